#include "ui/orders/orderimportwizard.h"

#include "import/orders/orderimporter.h"
#include "storage/database.h"
#include "storage/jobrunner.h"
#include "ui/orders/orderimportfilepage.h"
#include "ui/orders/orderimportmappingpage.h"
#include "ui/orders/orderimportreviewpage.h"

#include <QEvent>
#include <QFutureWatcher>
#include <QMessageBox>
#include <QProgressDialog>

namespace cohort {

OrderImportWizard::OrderImportWizard(Database &database, QWidget *parent)
    : QWizard(parent)
    , m_database(database)
{
    setObjectName(QStringLiteral("orderImportWizard"));
    setOption(QWizard::NoBackButtonOnStartPage);
    m_filePage = new OrderImportFilePage(this);
    m_mappingPage = new OrderImportMappingPage(this);
    m_reviewPage = new OrderImportReviewPage(this);
    setPage(FilePageId, m_filePage);
    setPage(MappingPageId, m_mappingPage);
    setPage(ReviewPageId, m_reviewPage);
    setStartId(FilePageId);
    resize(820, 600);
    retranslate();
}

OrderImportWizard::~OrderImportWizard()
{
    // An import still running rolls back at its next check; the workspace's job runner waits
    // for it before the workspace closes.
    if (m_cancel)
        m_cancel->store(true);
}

bool OrderImportWizard::loadFile(const QString &path)
{
    m_fileLoaded = m_file.read(path);
    return m_fileLoaded;
}

void OrderImportWizard::preparePlan(const import::OrderColumnMapping &mapping)
{
    m_mapping = mapping;
    import::OrderImporter importer(m_database);
    m_plan = importer.prepare(m_file, m_mapping);
}

void OrderImportWizard::accept()
{
    if (!m_plan.isReady() || m_importing)
        return;
    m_importing = true;
    auto *progress = new QProgressDialog(tr("Importing orders…"), tr("Cancel"), 0, 100, this);
    progress->setWindowTitle(windowTitle());
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(300);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    progress->setValue(0);
    auto cancel = std::make_shared<std::atomic<bool>>(false);
    m_cancel = cancel;
    connect(progress, &QProgressDialog::canceled, progress, [cancel] { cancel->store(true); });

    const import::OrderImportPlan plan = m_plan;
    // The job writes on its worker's connection of the workspace; the lists refresh from the
    // change signal once it commits.
    const QFuture<Outcome> future = m_database.jobs().run([plan, cancel](JobContext &job) {
        import::OrderImporter importer(job.database());
        Outcome outcome;
        outcome.ok = importer.commit(
            plan,
            [&job](qsizetype done, qsizetype total) {
                job.setProgress(total > 0 ? int(done * 100 / total) : 100);
            },
            [cancel, &job] { return cancel->load() || job.isCancelled(); });
        outcome.cancelled = importer.wasCancelled();
        outcome.error = importer.errorString();
        outcome.orders = importer.committedOrderIds();
        outcome.members = importer.committedMemberIds();
        return outcome;
    });
    auto *watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcher<Outcome>::progressValueChanged, progress,
            &QProgressDialog::setValue);
    connect(watcher, &QFutureWatcher<Outcome>::finished, this, [this, watcher, progress] {
        watcher->deleteLater();
        progress->disconnect(); // closing a progress dialog reports "canceled"
        progress->close();
        progress->deleteLater();
        m_importing = false;
        m_cancel.reset();
        finishImport(watcher->future());
    });
    watcher->setFuture(future);
}

void OrderImportWizard::finishImport(const QFuture<Outcome> &future)
{
    if (future.isCanceled() || future.resultCount() == 0)
        return; // the workspace is closing
    const Outcome outcome = future.result();
    if (outcome.cancelled)
        return; // nothing was written; the user may import later or change the mapping
    if (!outcome.ok) {
        showError(tr("Nothing was imported. %1").arg(outcome.error));
        return;
    }
    m_orderIds = outcome.orders;
    m_memberIds = outcome.members;
    QWizard::accept();
}

void OrderImportWizard::showError(const QString &message)
{
    Q_EMIT errorShown(message);
    QMessageBox box(QMessageBox::Warning, windowTitle(), message, QMessageBox::Ok, this);
    box.setTextFormat(Qt::PlainText);
    box.exec();
}

void OrderImportWizard::retranslate()
{
    setWindowTitle(tr("Import Orders"));
    setButtonText(QWizard::FinishButton, tr("&Import"));
}

void OrderImportWizard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizard::changeEvent(event);
}

} // namespace cohort
