#include "storage/jobrunner.h"

#include "storage/database.h"

#include <QThread>

#include <algorithm>

namespace cohort {

namespace {
// Imports and backups can hold a worker for minutes: the dashboard and report jobs still get one.
constexpr int MinWorkers = 4;
} // namespace

JobRunner::JobRunner(Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
{
    m_pool.setObjectName(QStringLiteral("cohort-jobs"));
    m_pool.setMaxThreadCount(std::max(MinWorkers, QThread::idealThreadCount()));
}

JobRunner::~JobRunner()
{
    shutdown();
}

void JobRunner::submit(QFutureInterfaceBase job, std::function<void(JobContext &)> body)
{
    {
        QMutexLocker locker(&m_mutex);
        if (m_shutDown) {
            job.cancel();
            job.reportFinished();
            return;
        }
        m_jobs.removeIf([](const QFutureInterfaceBase &tracked) { return tracked.isFinished(); });
        m_jobs.append(job);
    }
    m_pool.start([this, job, body = std::move(body)]() mutable {
        if (!job.isCanceled()) {
            JobContext context(m_database, job);
            body(context);
        }
        // Pool threads live on after the job: the connection goes now, while the Database is
        // certainly alive (cancelAndWait() cannot return before this line ran).
        m_database.releaseThreadConnection();
        job.reportFinished();
    });
}

void JobRunner::cancelAll()
{
    QMutexLocker locker(&m_mutex);
    for (QFutureInterfaceBase &job : m_jobs)
        job.cancel();
}

void JobRunner::cancelAndWait()
{
    cancelAll();
    // Waits for the pool, not for the futures: QFuture::waitForFinished() may run a queued task
    // on the waiting thread.
    m_pool.waitForDone();
    QMutexLocker locker(&m_mutex);
    m_jobs.clear();
}

void JobRunner::shutdown()
{
    {
        QMutexLocker locker(&m_mutex);
        m_shutDown = true;
    }
    cancelAndWait();
}

int JobRunner::activeJobs() const
{
    QMutexLocker locker(&m_mutex);
    return int(std::count_if(m_jobs.cbegin(), m_jobs.cend(),
                             [](const QFutureInterfaceBase &job) { return !job.isFinished(); }));
}

} // namespace cohort
