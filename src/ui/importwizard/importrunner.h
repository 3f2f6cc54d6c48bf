#pragma once

#include "import/importpipeline.h"

#include <QFuture>
#include <QList>
#include <QObject>

#include <atomic>
#include <functional>
#include <memory>

namespace cohort {

class Database;
class JobContext;

/// Runs the import pipeline over a list of files as a job of the workspace's job runner.
/// All files go into one outer transaction, so Cancel leaves the workspace exactly as before;
/// a file that fails is rolled back alone (its savepoint) and the others still count.
class ImportRunner final : public QObject
{
    Q_OBJECT

public:
    struct Request
    {
        QString path;
        import::ImportOptions options; ///< progress and cancelled are set by the runner
    };

    explicit ImportRunner(const Database &database, QObject *parent = nullptr);
    ~ImportRunner() override;

    void start(const QList<Request> &requests);
    /// Asks the worker to stop; finished() follows once it has rolled back.
    void cancel();
    bool isRunning() const { return m_running; }
    bool isCancelRequested() const { return m_cancelled.load(); }
    /// Blocks until the worker has ended (after cancel(), when the window must close).
    void wait();

    /// Results so far, one per request started.
    const QList<import::ImportSummary> &summaries() const { return m_summaries; }
    /// Why the outer transaction could not start or commit (empty when it did).
    QString error() const { return m_error; }
    /// Set when the import committed but only into the workspace's log (a full disk): what is
    /// safe and what to free (WalCheckpoint).
    QString logOnly() const { return m_logOnly; }
    bool committed() const { return m_committed; }

Q_SIGNALS:
    void fileStarted(int index);
    void progressed(int index, qint64 bytesRead, double messagesPerSecond);
    /// File `index` has been read; its indexes are being built and it is being saved.
    void fileFinishing(int index);
    /// Every file is in; the workspace is being saved.
    void saving();
    void fileFinished(int index);
    /// The worker has ended: committed() tells whether the workspace changed.
    void finished();

private:
    void run(const QList<Request> &requests, const JobContext &job);
    void post(std::function<void()> function);
    void onJobFinished();

    const Database &m_database;
    QFuture<void> m_job;
    bool m_running = false;
    std::atomic<bool> m_cancelled = false;
    QList<import::ImportSummary> m_summaries;
    QString m_error;
    QString m_logOnly;
    bool m_committed = false;
};

} // namespace cohort
