#pragma once

#include <QObject>
#include <QString>

class QThread;

namespace cohort {

class BackupManager;
class Database;

/// Takes the daily verified backup of the open workspace on a worker thread (with the worker's
/// own connection), so opening a large workspace never waits for its copy.
class AutoBackupRunner final : public QObject
{
    Q_OBJECT

public:
    explicit AutoBackupRunner(QObject *parent = nullptr);
    ~AutoBackupRunner() override;

    /// Starts BackupManager::backupIfDue on a worker; both objects must stay alive until
    /// finished() (call waitForIdle() before destroying them). Ignored while a run is going on.
    void start(BackupManager *manager, Database *database);
    bool isRunning() const { return m_worker != nullptr; }
    /// Blocks until the current run, if any, has ended (before its workspace is closed).
    void waitForIdle();

Q_SIGNALS:
    void started();
    /// A copy was written to `backupPath`.
    void backedUp(const QString &backupPath);
    /// The workspace had no unsaved day of changes: nothing to copy.
    void notDue();
    /// The copy failed; the workspace itself is unaffected.
    void failed(const QString &message);
    /// After each of the three above.
    void finished();

private:
    void collect();

    QThread *m_worker = nullptr;
    // Written by the worker, read on the GUI thread after it has finished.
    QString m_backupPath;
    QString m_error;
};

} // namespace cohort
