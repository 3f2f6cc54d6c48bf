#pragma once

#include <QFuture>
#include <QObject>
#include <QString>

namespace cohort {

class BackupManager;
class Database;

/// Takes the daily verified backup of the open workspace as a job of the workspace's job runner
/// (with the worker's own connection), so opening a large workspace never waits for its copy.
class AutoBackupRunner final : public QObject
{
    Q_OBJECT

public:
    explicit AutoBackupRunner(QObject *parent = nullptr);
    ~AutoBackupRunner() override;

    /// Starts BackupManager::backupIfDue as a job of `database`'s runner; `manager` must stay
    /// alive until the job has ended (the runner waits for it when the workspace closes, so the
    /// manager goes after the database). Ignored while a run is going on.
    void start(BackupManager *manager, Database *database);
    bool isRunning() const { return m_running; }
    /// Blocks until the current run, if any, has ended and delivers its signals (before its
    /// workspace closes, and in tests).
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
    struct Outcome
    {
        QString backupPath;
        QString error;
    };
    void collect(const QFuture<Outcome> &future);

    QFuture<Outcome> m_future;
    bool m_running = false;
    quint64 m_run = 0; ///< the run a watcher reports on; waitForIdle() moves it on
};

} // namespace cohort
