#include "storage/querytrace.h"

#include <QAtomicPointer>
#include <QElapsedTimer>
#include <QThread>

namespace cohort {

namespace {

QAtomicPointer<QThread> s_watched;
QList<QueryTrace::Entry> s_entries; // touched by the watched thread only
/// A stall that never ends would otherwise grow the list without bound.
constexpr qsizetype MaxEntries = 10000;

} // namespace

void QueryTrace::watch(QThread *thread)
{
    s_watched.storeRelease(thread);
    if (!thread || thread == QThread::currentThread())
        s_entries.clear();
}

bool QueryTrace::active()
{
    QThread *const watched = s_watched.loadRelaxed();
    return watched && watched == QThread::currentThread();
}

qint64 QueryTrace::now()
{
    static const QElapsedTimer clock = [] {
        QElapsedTimer timer;
        timer.start();
        return timer;
    }();
    return clock.nsecsElapsed();
}

void QueryTrace::record(const QString &sql, qint64 startedNs, qint64 elapsedNs)
{
    if (!active())
        return;
    if (s_entries.size() >= MaxEntries)
        s_entries.removeFirst();
    s_entries.append({ sql, startedNs, elapsedNs });
}

QList<QueryTrace::Entry> QueryTrace::take(qint64 sinceNs)
{
    QList<Entry> taken;
    if (!active())
        return taken;
    for (const Entry &entry : std::as_const(s_entries)) {
        if (entry.startedNs >= sinceNs)
            taken.append(entry);
    }
    s_entries.clear();
    return taken;
}

} // namespace cohort
