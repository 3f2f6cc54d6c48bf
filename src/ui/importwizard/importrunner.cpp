#include "ui/importwizard/importrunner.h"

#include "storage/database.h"
#include "storage/sqltransaction.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QThread>

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
    if (m_thread) {
        cancel();
        m_thread->wait();
        delete m_thread;
    }
}

void ImportRunner::start(const QList<Request> &requests)
{
    if (m_thread)
        return;
    m_cancelled = false;
    m_summaries.clear();
    m_error.clear();
    m_committed = false;
    m_thread = QThread::create([this, requests] { run(requests); });
    connect(m_thread, &QThread::finished, this, &ImportRunner::onThreadFinished);
    m_thread->start();
}

void ImportRunner::cancel()
{
    m_cancelled = true;
}

void ImportRunner::wait()
{
    if (m_thread)
        m_thread->wait();
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

void ImportRunner::run(const QList<Request> &requests)
{
    QString error;
    bool committed = false;
    {
        // One outer transaction: every file's own transaction becomes a savepoint inside it.
        SqlTransaction outer(m_database);
        if (!outer.isActive()) {
            error = outer.error().message;
        } else {
            import::ImportPipeline pipeline(m_database);
            for (int i = 0; i < requests.size() && !m_cancelled; ++i) {
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
                options.cancelled = [this] { return m_cancelled.load(); };
                options.finishing = [this, i] { post([this, i] { Q_EMIT fileFinishing(i); }); };
                import::ImportSummary summary = pipeline.importFile(requests.at(i).path, options);
                if (m_cancelled && summary.status == import::ImportSummary::Status::Ok)
                    summary.status = import::ImportSummary::Status::Cancelled;
                post([this, i, summary] {
                    while (m_summaries.size() <= i)
                        m_summaries << import::ImportSummary();
                    m_summaries[i] = summary;
                    Q_EMIT fileFinished(i);
                });
            }
            if (m_cancelled) {
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
    // A worker's connection must not outlive its thread.
    m_database.releaseThreadConnection();
    post([this, error, committed] {
        m_error = error;
        m_committed = committed;
    });
}

void ImportRunner::onThreadFinished()
{
    // Queued after every post() of the worker, so the results are in place.
    QPointer<ImportRunner> self(this);
    QMetaObject::invokeMethod(
        this,
        [self] {
            if (!self || !self->m_thread)
                return;
            self->m_thread->deleteLater();
            self->m_thread = nullptr;
            Q_EMIT self->finished();
        },
        Qt::QueuedConnection);
}

} // namespace cohort
