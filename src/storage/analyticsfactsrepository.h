#pragma once

#include "storage/analyticsfacts.h"
#include "storage/changeset.h"

namespace cohort {

class Database;

/// Loads AnalyticsFacts from a workspace in a handful of sequential scans (one read transaction,
/// so the snapshot is consistent). Safe to call on a worker thread.
class AnalyticsFactsRepository final
{
public:
    explicit AnalyticsFactsRepository(const Database &database)
        : m_database(database)
    {
    }

    /// Replaces `facts`; throws QueryError when a scan fails.
    void load(AnalyticsFacts &facts) const;
    /// Replaces `facts` with `previous` brought up to date after changes to `changed`: only the
    /// parts those tables (and what their deletes cascade to) feed are read again, the rest is
    /// copied; with `orderIds`, the orders changed are those only (ChangeSet::orderIds). Equal to
    /// load() when `previous` was loaded before the changes. Throws QueryError.
    void reload(AnalyticsFacts &facts, const AnalyticsFacts &previous, Tables changed,
                const QSet<qint64> &orderIds = {}) const;

private:
    const Database &m_database;
};

} // namespace cohort
