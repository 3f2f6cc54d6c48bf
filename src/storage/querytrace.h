#pragma once

#include <QList>
#include <QString>

class QThread;

namespace cohort {

/// The statements one watched thread ran, with how long each took (exec to the end of its
/// iteration). The GUI's stall watchdog watches the GUI thread, to name the query behind a
/// stall. Off unless a thread is watched; then CheckedQuery records its statements on that
/// thread. Only the watched thread records and takes, so it needs no lock.
class QueryTrace final
{
public:
    struct Entry
    {
        QString sql;
        qint64 startedNs = 0; ///< on now()'s clock
        qint64 elapsedNs = 0;
    };

    /// Starts recording the statements run on `thread`; nullptr stops.
    static void watch(QThread *thread);
    /// Whether the calling thread is the watched one.
    static bool active();
    /// A monotonic clock in nanoseconds.
    static qint64 now();
    static void record(const QString &sql, qint64 startedNs, qint64 elapsedNs);
    /// The entries started at or after `sinceNs`; every entry recorded so far is dropped.
    static QList<Entry> take(qint64 sinceNs);
};

} // namespace cohort
