#pragma once

#include <QWizardPage>

#include <memory>

class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace Ui {
class ImportSummaryWizardPage;
}

namespace cohort {

class ImportWizard;

/// Import wizard, page 5: per file the messages added, duplicates skipped, new members, joins,
/// leaves, warnings and errors with line numbers, and a way to the group's messages.
class ImportSummaryWizardPage final : public QWizardPage
{
    Q_OBJECT

public:
    enum Column {
        FileColumn,
        StatusColumn,
        GroupColumn,
        AddedColumn,
        DuplicatesColumn,
        NewMembersColumn,
        JoinsColumn,
        LeavesColumn,
        WarningsColumn,
        ErrorsColumn,
        ColumnCount
    };

    explicit ImportSummaryWizardPage(ImportWizard *wizard);
    ~ImportSummaryWizardPage() override;

    void initializePage() override;

    QTableWidget *summaryTable() const;
    QPlainTextEdit *issuesEdit() const;
    QPushButton *showGroupButton() const;
    QString resultText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void fill();
    void showIssues();
    void setHeaders();
    /// The job shown in `row` of the table.
    int jobOfRow(int row) const;

    std::unique_ptr<Ui::ImportSummaryWizardPage> m_ui;
    ImportWizard *m_wizard;
    QList<int> m_rows;
};

} // namespace cohort
