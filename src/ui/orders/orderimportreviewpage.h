#pragma once

#include <QWizardPage>

#include <memory>

class QCheckBox;
class QComboBox;

namespace Ui {
class OrderImportReviewPage;
}

namespace cohort {

class OrderImportWizard;

/// Last page of the order import: what will be written, a member choice for every ambiguous
/// row (an existing member or a new one) and the lines that cannot be imported.
class OrderImportReviewPage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit OrderImportReviewPage(OrderImportWizard *wizard);
    ~OrderImportReviewPage() override;

    /// The member combo of ambiguous entry `index` (its data: member id, 0 = new, -1 = unset).
    QComboBox *choiceCombo(int index) const;
    QString summaryText() const;
    QCheckBox *skipDuplicatesCheck() const;
    /// Line and message of each problem shown.
    QStringList issueTexts() const;

    void initializePage() override;
    bool isComplete() const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillChoices(int index);
    void updateSummary();
    void retranslate();

    std::unique_ptr<Ui::OrderImportReviewPage> m_ui;
    OrderImportWizard *m_wizard;
    QList<QComboBox *> m_choices;
};

} // namespace cohort
