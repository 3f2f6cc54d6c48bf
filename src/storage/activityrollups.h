#pragma once

#include "storage/workspaceerror.h"

#include <QList>

#include <functional>

namespace cohort {

class Database;

/// Keeps the activity roll-ups (member_day_activity, group_hour_activity) exact: rebuilds them
/// from the messages table, checks them against a from-scratch recomputation, and deletes
/// messages while decrementing the roll-ups in the same transaction. What counts is
/// MessageActivity's definition, which every other writer (imports, demo data) uses too.
class ActivityRollups final
{
public:
    explicit ActivityRollups(const Database &database)
        : m_database(database)
    {
    }

    /// Replaces both roll-ups with a recomputation (after a time-zone change or a repair), in
    /// the workspace zone as the calling thread's connection sees it (an uncommitted change of
    /// the zone in an enclosing transaction counts).
    bool rebuild();
    /// Called on the rebuilding thread with the percentage done.
    void setProgressCallback(std::function<void(int percent)> callback)
    {
        m_progress = std::move(callback);
    }
    /// Asked now and then while rebuilding; true stops the rebuild, which then rolls back.
    void setCancelFlag(std::function<bool()> cancelled) { m_cancelled = std::move(cancelled); }
    /// The last rebuild() stopped because the cancel flag said so.
    bool wasCancelled() const { return m_wasCancelled; }
    /// Number of roll-up rows that differ from a recomputation (0 = exact); -1 on error.
    qint64 countMismatches();
    /// Deletes messages and keeps the roll-ups exact; one transaction.
    bool removeMessages(const QList<qint64> &messageIds);
    const WorkspaceError &lastError() const { return m_error; }

private:
    struct Row
    {
        qint64 groupId;
        qint64 day;
        qint64 key; ///< member id (day roll-up) or hour (hour roll-up)
        qint64 messages;
    };
    bool recompute(QList<Row> &days, QList<Row> &hours);
    /// Reports `done` of `total` steps; false when the rebuild is to stop.
    bool step(qint64 done, qint64 total);

    const Database &m_database;
    WorkspaceError m_error;
    std::function<void(int)> m_progress;
    std::function<bool()> m_cancelled;
    bool m_wasCancelled = false;
    int m_lastPercent = -1;
};

} // namespace cohort
