#pragma once

#include "storage/analyticsfacts.h"
#include "storage/workspaceerror.h"

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

    bool load(AnalyticsFacts &facts);
    const WorkspaceError &lastError() const { return m_error; }

private:
    const Database &m_database;
    WorkspaceError m_error;
};

} // namespace cohort
