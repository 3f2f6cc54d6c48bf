#include "ui/safety/autobackuprunner.h"

#include "storage/backupmanager.h"
#include "storage/database.h"
#include "storage/jobrunner.h"

#include <QFutureWatcher>

namespace cohort {

AutoBackupRunner::AutoBackupRunner(QObject *parent)
    : QObject(parent)
{
}

AutoBackupRunner::~AutoBackupRunner() = default;

void AutoBackupRunner::start(BackupManager *manager, Database *database)
{
    if (m_running || !manager || !database)
        return;
    m_running = true;
    const quint64 run = ++m_run;
    m_future = database->jobs().run([manager](JobContext &job) {
        Outcome outcome;
        const std::optional<BackupManager::Entry> entry = manager->backupIfDue(job.database());
        if (entry)
            outcome.backupPath = entry->path;
        else if (manager->lastError().isError())
            outcome.error = manager->lastError().message;
        return outcome;
    });
    auto *watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcher<Outcome>::finished, this, [this, watcher, run] {
        watcher->deleteLater();
        if (run == m_run) // not yet collected by waitForIdle()
            collect(watcher->future());
    });
    watcher->setFuture(m_future);
    Q_EMIT started();
}

void AutoBackupRunner::waitForIdle()
{
    if (!m_running)
        return;
    m_future.waitForFinished();
    ++m_run;
    collect(m_future);
}

void AutoBackupRunner::collect(const QFuture<Outcome> &future)
{
    m_running = false;
    m_future = {};
    if (future.isCanceled() || future.resultCount() == 0) {
        Q_EMIT finished(); // its workspace closed before the job started
        return;
    }
    const Outcome outcome = future.result();
    if (!outcome.backupPath.isEmpty())
        Q_EMIT backedUp(outcome.backupPath);
    else if (!outcome.error.isEmpty())
        Q_EMIT failed(outcome.error);
    else
        Q_EMIT notDue();
    Q_EMIT finished();
}

} // namespace cohort
