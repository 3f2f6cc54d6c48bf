#include "models/messageindexrunner.h"

#include "storage/database.h"
#include "storage/jobrunner.h"
#include "storage/messageindexer.h"
#include "storage/queryerror.h"

#include <QFutureWatcher>
#include <QThread>

namespace cohort {

namespace {

/// Between chunks the job lets go of the workspace this long, so a writer that is waiting for it
/// (SQLite's busy handler polls) gets it before the next chunk.
constexpr int PauseMs = 30;

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
        Q_EMIT indexChanged();
        Q_EMIT finished();
        if (m_again)
            start();
    });
    watcher->setFuture(m_database.jobs().run([](JobContext &job) {
        MessageIndexer indexer(job.database());
        qint64 total = 0;
        try {
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
