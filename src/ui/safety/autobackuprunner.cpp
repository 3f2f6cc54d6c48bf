#include "ui/safety/autobackuprunner.h"

#include "storage/backupmanager.h"
#include "storage/database.h"

#include <QThread>

namespace cohort {

AutoBackupRunner::AutoBackupRunner(QObject *parent)
    : QObject(parent)
{
}

AutoBackupRunner::~AutoBackupRunner()
{
    waitForIdle();
}

void AutoBackupRunner::start(BackupManager *manager, Database *database)
{
    if (m_worker || !manager || !database)
        return;
    m_backupPath.clear();
    m_error.clear();
    m_worker = QThread::create([this, manager, database] {
        const std::optional<BackupManager::Entry> entry = manager->backupIfDue(*database);
        if (entry)
            m_backupPath = entry->path;
        else if (manager->lastError().isError())
            m_error = manager->lastError().message;
        // A worker's connection must not outlive its thread.
        database->releaseThreadConnection();
    });
    // Queued to this thread; a run already collected by waitForIdle() is not collected twice.
    connect(m_worker, &QThread::finished, this, [this, worker = m_worker] {
        if (m_worker == worker)
            collect();
    });
    Q_EMIT started();
    m_worker->start(QThread::LowPriority);
}

void AutoBackupRunner::waitForIdle()
{
    if (!m_worker)
        return;
    m_worker->wait();
    collect();
}

void AutoBackupRunner::collect()
{
    m_worker->wait();
    delete m_worker;
    m_worker = nullptr;
    if (!m_backupPath.isEmpty())
        Q_EMIT backedUp(m_backupPath);
    else if (!m_error.isEmpty())
        Q_EMIT failed(m_error);
    else
        Q_EMIT notDue();
    Q_EMIT finished();
}

} // namespace cohort
