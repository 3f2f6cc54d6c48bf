#pragma once

#include <QWizardPage>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QTreeWidget;

namespace Ui {
class ImportTargetWizardPage;
}

namespace cohort {

class ImportWizard;
struct ImportFileJob;

/// Import wizard, page 3 (the commit page): the target group of each file (an existing one or a
/// new one named from the chat title), the time zone of the chat times and, where the dates are
/// ambiguous, the date order, which must then be chosen.
class ImportTargetWizardPage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportTargetWizardPage(ImportWizard *wizard);
    ~ImportTargetWizardPage() override;

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    QListWidget *fileList() const;
    QComboBox *groupCombo() const;
    QLineEdit *nameEdit() const;
    QComboBox *dateOrderCombo() const;
    QComboBox *timeZoneCombo() const;
    /// Why the proposed group was chosen (a group already holds the file's messages).
    QLabel *groupNote() const;
    /// The chats of a full-account export, checkable; and the hint when none is a group.
    QTreeWidget *chatTree() const;
    QLabel *chatsHint() const;
    /// Why Import is disabled (empty when it is not).
    QString validationText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void showFile(int row);
    void showChats(const ImportFileJob &job);
    void storeChats();
    void storeGroup();
    void storeDateOrder();
    void fillGroups();
    void fillDateOrders();
    void updateValidation();
    int currentJob() const;

    std::unique_ptr<Ui::ImportTargetWizardPage> m_ui;
    ImportWizard *m_wizard;
    QList<int> m_rows; ///< list row -> job index (files that can be imported)
    bool m_loading = false;
};

} // namespace cohort
