#include "ui/importwizard/importwizard.h"

#include "storage/database.h"
#include "ui/importwizard/importfileswizardpage.h"
#include "ui/importwizard/importpreviewwizardpage.h"
#include "ui/importwizard/importrunwizardpage.h"
#include "ui/importwizard/importsummarywizardpage.h"
#include "ui/importwizard/importtargetwizardpage.h"

#include <QEvent>

namespace cohort {

ImportWizard::ImportWizard(Database &database, QWidget *parent)
    : QWizard(parent)
    , m_database(database)
    // Chat exports are read in the workspace's zone unless the user picks the zone the phone
    // was in: the computer's zone has nothing to do with where the chat happened.
    , m_timeZoneId(database.timeZoneId())
{
    setObjectName(QStringLiteral("importWizard"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage, true);
    setOption(QWizard::NoCancelButtonOnLastPage, true);
    m_filesPage = new ImportFilesWizardPage(this);
    m_previewPage = new ImportPreviewWizardPage(this);
    m_targetPage = new ImportTargetWizardPage(this);
    m_runPage = new ImportRunWizardPage(this);
    m_summaryPage = new ImportSummaryWizardPage(this);
    setPage(FilesPage, m_filesPage);
    setPage(PreviewPage, m_previewPage);
    setPage(TargetPage, m_targetPage);
    setPage(RunPage, m_runPage);
    setPage(SummaryPage, m_summaryPage);
    setStartId(FilesPage);
    resize(900, 620);
    retranslateUi();
}

ImportWizard::~ImportWizard() = default;

void ImportWizard::addFiles(const QStringList &paths)
{
    m_filesPage->addFiles(paths);
}

void ImportWizard::setPaths(const QStringList &paths)
{
    QList<ImportFileJob> jobs;
    for (const QString &path : paths) {
        auto it = std::find_if(m_jobs.begin(), m_jobs.end(),
                               [&](const ImportFileJob &job) { return job.path == path; });
        if (it != m_jobs.end()) {
            jobs << *it;
        } else {
            ImportFileJob job;
            job.path = path;
            jobs << job;
        }
    }
    m_jobs = jobs;
}

void ImportWizard::reject()
{
    if (m_runPage->isRunning()) {
        // The runner rolls back; the wizard closes once it has (see ImportRunWizardPage).
        m_runPage->cancelAndClose();
        return;
    }
    QWizard::reject();
}

void ImportWizard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizard::changeEvent(event);
}

void ImportWizard::retranslateUi()
{
    setWindowTitle(tr("Import Chat Exports"));
    // Set here, not left to qtbase's catalogue, which a system may not have installed.
    setButtonText(QWizard::BackButton, tr("< &Back"));
    setButtonText(QWizard::NextButton, tr("&Next >"));
    setButtonText(QWizard::CancelButton, tr("Cancel"));
    setButtonText(QWizard::CommitButton, tr("&Import"));
    setButtonText(QWizard::FinishButton, tr("&Close"));
}

} // namespace cohort
