#pragma once

#include <QFuture>
#include <QFutureInterface>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QThreadPool>

#include <functional>
#include <type_traits>

namespace cohort {

class Database;

/// What a job sees of its runner while it runs on a worker thread.
class JobContext final
{
public:
    JobContext(Database &database, QFutureInterfaceBase job)
        : m_database(database)
        , m_job(std::move(job))
    {
    }

    /// The workspace. Its connection on this thread is opened on first use and closed by the
    /// runner when the job returns.
    Database &database() const { return m_database; }
    /// Whether the job was cancelled (QFuture::cancel(), a superseding request, or the workspace
    /// closing); a long job checks it between steps and returns early.
    bool isCancelled() const { return m_job.isCanceled(); }
    /// Reports progress from 0 to 100 (QFutureWatcher::progressValueChanged/progressTextChanged
    /// on the GUI thread). Updates are rate-limited except the last (100), and never go back.
    void setProgress(int percent, const QString &text = {})
    {
        m_job.setProgressValueAndText(percent, text);
    }

private:
    Database &m_database;
    QFutureInterfaceBase m_job;
};

/// Runs the background jobs of one open workspace on its own thread pool (the global pool stays
/// free for Qt's own use, e.g. painting). Each job gets the workspace through JobContext, its
/// thread's connection is closed when it returns, and every job is tracked: cancelAndWait()
/// (workspace close) cancels them all and returns once none runs, so no job outlives the
/// Database. Completion is signal-driven: watch the returned future with a QFutureWatcher whose
/// parent is the object that applies the result, so a result for a closed workspace is dropped
/// together with that object. A cancelled future carries no result.
class JobRunner final : public QObject
{
    Q_OBJECT

public:
    explicit JobRunner(Database &database, QObject *parent = nullptr);
    /// Cancels and waits (cancelAndWait()).
    ~JobRunner() override;

    /// Starts `work(JobContext &)` on a worker thread and returns its future. After shutdown()
    /// the future is already cancelled and `work` never runs.
    template<typename Work> auto run(Work work) -> QFuture<std::invoke_result_t<Work, JobContext &>>
    {
        using Result = std::invoke_result_t<Work, JobContext &>;
        QFutureInterface<Result> job;
        job.reportStarted();
        job.setProgressRange(0, 100);
        submit(job, [job, work = std::move(work)](JobContext &context) mutable {
            if constexpr (std::is_void_v<Result>) {
                work(context);
            } else {
                job.reportResult(work(context));
            }
        });
        return job.future();
    }

    /// Cancels every job; each stops at its next isCancelled() check.
    void cancelAll();
    /// Cancels every job and blocks until none runs (their connections are closed by then).
    /// It waits on the pool, never running a queued job on the calling thread.
    void cancelAndWait();
    /// cancelAndWait(), then refuses new jobs (the workspace is closing).
    void shutdown();
    /// Jobs queued or running.
    int activeJobs() const;
    /// The pool the jobs run on (tests and benchmarks check that it, not the global one, is used).
    const QThreadPool &pool() const { return m_pool; }

private:
    void submit(QFutureInterfaceBase job, std::function<void(JobContext &)> body);

    Database &m_database;
    QThreadPool m_pool;
    mutable QMutex m_mutex;
    QList<QFutureInterfaceBase> m_jobs; ///< not yet finished (pruned on submit)
    bool m_shutDown = false;
};

} // namespace cohort
