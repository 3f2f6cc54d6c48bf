#include "models/messageindexrunner.h"

#include "storage/database.h"
#include "storage/jobrunner.h"
#include "storage/messageindexer.h"
#include "storage/queryerror.h"

#include <QFutureWatcher>
#include <QThread>
#include <QTimer>

namespace cohort {

namespace {

/// Between chunks the job lets go of the workspace this long, so a writer that is waiting for it
/// (SQLite's busy handler polls) gets it before the next chunk.
constexpr int PauseMs = 30;
/// A run that could not finish is tried again after this long, this many times in a row.
constexpr int RetryMs = 2000;
constexpr int MaxRetries = 5;

} // namespace

MessageIndexRunner::MessageIndexRunner(Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
{
    connect(&database, &Database::changed, this, [this](Tables tables) {
        if (tables & Table::Messages)
            start();
    });
}

void MessageIndexRunner::start()
{
    if (m_running) {
        m_again = true;
        return;
    }
    if (!MessageIndexer(m_database).isSupported() || m_database.isReadOnly())
        return;
    m_running = true;
    m_again = false;
    auto *watcher = new QFutureWatcher<bool>(this);
    connect(watcher, &QFutureWatcher<bool>::progressValueChanged, this, [this](int percent) {
        Q_EMIT progressChanged(percent);
        Q_EMIT indexChanged();
    });
    connect(watcher, &QFutureWatcher<bool>::finished, this, [this, watcher] {
        watcher->deleteLater();
        m_running = false;
        const bool caughtUp = watcher->future().resultCount() > 0 && watcher->result();
        Q_EMIT indexChanged();
        Q_EMIT finished();
        if (m_again) {
            start();
        } else if (!caughtUp && !watcher->future().isCanceled() && ++m_failures <= MaxRetries) {
            // Another writer held the workspace (or a read failed): try again a little later
            // rather than wait for the next commit, a few times at most.
            QTimer::singleShot(RetryMs, this, &MessageIndexRunner::start);
        }
        if (caughtUp)
            m_failures = 0;
    });
    watcher->setFuture(m_database.jobs().run([](JobContext &job) {
        MessageIndexer indexer(job.database());
        qint64 total = 0;
        try {
            // Most commits that touch messages add none to index: no write lock for them.
            if (!indexer.isBehind())
                return true;
            total = indexer.backlog();
        } catch (const QueryError &) {
            return false; // read again on the next start
        }
        qint64 done = 0;
        job.setProgress(0);
        while (!job.isCancelled()) {
            const qint64 indexed = indexer.indexChunk();
            if (indexed <= 0) {
                job.setProgress(100);
                return indexed == 0;
            }
            done += indexed;
            total = std::max(total, done);
            job.setProgress(int(done * 99 / std::max<qint64>(1, total)));
            QThread::msleep(PauseMs);
        }
        return false;
    }));
}

} // namespace cohort
