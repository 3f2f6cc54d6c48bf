#pragma once

#include "storage/analyticsfacts.h"

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

private:
    const Database &m_database;
};

} // namespace cohort
