#include "ui/importwizard/importrunner.h"

#include "storage/database.h"
#include "storage/jobrunner.h"
#include "storage/sqltransaction.h"
#include "storage/walcheckpoint.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QPointer>

namespace cohort {

namespace {
// Progress is posted at most this often: the pipeline reports every few thousand records.
constexpr qint64 ProgressIntervalMs = 50;
} // namespace

ImportRunner::ImportRunner(const Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
{
}

ImportRunner::~ImportRunner()
{
    // The job refers to this object (its flags, its posts): it ends first. It rolls back soon
    // after the cancel; the wait is on the job alone, never running it here.
    if (m_running) {
        cancel();
        m_job.waitForFinished();
    }
}

void ImportRunner::start(const QList<Request> &requests)
{
    if (m_running)
        return;
    m_cancelled = false;
    m_summaries.clear();
    m_error.clear();
    m_committed = false;
    m_logOnly.clear();
    m_running = true;
    m_job = m_database.jobs().run([this, requests](JobContext &job) { run(requests, job); });
    auto *watcher = new QFutureWatcher<void>(this);
    connect(watcher, &QFutureWatcher<void>::finished, this, &ImportRunner::onJobFinished);
    connect(watcher, &QFutureWatcher<void>::finished, watcher, &QObject::deleteLater);
    watcher->setFuture(m_job);
}

void ImportRunner::cancel()
{
    m_cancelled = true;
}

void ImportRunner::wait()
{
    if (m_running)
        m_job.waitForFinished();
}

void ImportRunner::post(std::function<void()> function)
{
    QPointer<ImportRunner> self(this);
    QMetaObject::invokeMethod(
        this,
        [self, function = std::move(function)] {
            if (self)
                function();
        },
        Qt::QueuedConnection);
}

void ImportRunner::run(const QList<Request> &requests, const JobContext &job)
{
    // The user's Cancel, or the workspace closing.
    const auto cancelled = [this, &job] { return m_cancelled.load() || job.isCancelled(); };
    QString error;
    bool committed = false;
    {
        // One outer transaction: every file's own transaction becomes a savepoint inside it.
        SqlTransaction outer(m_database);
        if (!outer.isActive()) {
            error = outer.error().message;
        } else {
            import::ImportPipeline pipeline(m_database);
            for (int i = 0; i < requests.size() && !cancelled(); ++i) {
                post([this, i] { Q_EMIT fileStarted(i); });
                import::ImportOptions options = requests.at(i).options;
                QElapsedTimer sincePost;
                sincePost.start();
                options.progress = [this, i, &sincePost](qint64 bytes, double rate) {
                    if (sincePost.elapsed() < ProgressIntervalMs)
                        return;
                    sincePost.restart();
                    post([this, i, bytes, rate] { Q_EMIT progressed(i, bytes, rate); });
                };
                options.cancelled = cancelled;
                options.finishing = [this, i] { post([this, i] { Q_EMIT fileFinishing(i); }); };
                import::ImportSummary summary = pipeline.importFile(requests.at(i).path, options);
                if (cancelled() && summary.status == import::ImportSummary::Status::Ok)
                    summary.status = import::ImportSummary::Status::Cancelled;
                post([this, i, summary] {
                    while (m_summaries.size() <= i)
                        m_summaries << import::ImportSummary();
                    m_summaries[i] = summary;
                    Q_EMIT fileFinished(i);
                });
            }
            if (cancelled()) {
                outer.rollback();
            } else {
                post([this] { Q_EMIT saving(); });
                if (outer.commit())
                    committed = true;
                else
                    error = outer.error().message;
            }
        }
    }
    // After the outer commit: inside it, the files' own checkpoints could not run.
    const QString logOnly = committed ? WalCheckpoint::run(m_database).message : QString();
    post([this, error, committed, logOnly] {
        m_error = error;
        m_committed = committed;
        m_logOnly = logOnly;
    });
}

void ImportRunner::onJobFinished()
{
    // Queued after every post() of the worker, so the results are in place.
    QPointer<ImportRunner> self(this);
    QMetaObject::invokeMethod(
        this,
        [self] {
            if (!self || !self->m_running)
                return;
            self->m_running = false;
            Q_EMIT self->finished();
        },
        Qt::QueuedConnection);
}

} // namespace cohort
