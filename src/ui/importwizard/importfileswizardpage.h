#pragma once

#include <QStringList>
#include <QWizardPage>

#include <memory>

namespace Ui {
class ImportFilesWizardPage;
}

namespace cohort {

class ImportWizard;

/// Import wizard, page 1: the list of chat-export files to import.
class ImportFilesWizardPage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportFilesWizardPage(ImportWizard *wizard);
    ~ImportFilesWizardPage() override;

    /// Adds files not listed yet (absolute paths).
    void addFiles(const QStringList &paths);
    QStringList files() const;

    bool isComplete() const override;
    bool validatePage() override;

public Q_SLOTS:
    /// Opens the file dialog (several files at once).
    void chooseFiles();
    void removeSelected();

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateButtons();

    std::unique_ptr<Ui::ImportFilesWizardPage> m_ui;
    ImportWizard *m_wizard;
};

} // namespace cohort
