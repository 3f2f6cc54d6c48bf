#pragma once

#include <QWizardPage>

#include <memory>

class QTableWidget;

namespace Ui {
class ImportPreviewWizardPage;
}

namespace cohort {

class ImportWizard;

/// Import wizard, page 2: per file the detected format and confidence, the first messages and
/// the people who wrote them, read without touching the workspace.
class ImportPreviewWizardPage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportPreviewWizardPage(ImportWizard *wizard);
    ~ImportPreviewWizardPage() override;

    void initializePage() override;
    bool isComplete() const override;

    /// Shows the preview of the `index`-th file.
    void showFile(int index);
    QTableWidget *messageTable() const;
    QTableWidget *peopleTable() const;
    QString formatText() const;
    QString noteText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    std::unique_ptr<Ui::ImportPreviewWizardPage> m_ui;
    ImportWizard *m_wizard;
};

} // namespace cohort
