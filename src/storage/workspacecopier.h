#pragma once

#include "storage/workspaceerror.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>

namespace cohort {

class Database;

/// Copies every row of one workspace into another, empty one, keeping ids: a local workspace
/// published to a team server, or a team workspace exported to a local file (docs/team.md).
/// Both must be at the same schema version (this build's). The target is written in one
/// transaction: a failed or cancelled copy leaves it as it was. Derived data that each engine
/// keeps its own way (SQLite's search indexes, the message indexer's mark) is not copied; the
/// target rebuilds it.
class WorkspaceCopier final
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceCopier)

public:
    WorkspaceCopier(const Database &source, Database &target)
        : m_source(source)
        , m_target(target)
    {
    }

    /// The tables copied, parents before children (the order their rows are written in).
    static QStringList tables();
    /// True when `database` holds no row of its own in any copied table (the rows every new
    /// workspace starts with do not count).
    static bool isEmpty(const Database &database, WorkspaceError *error = nullptr);

    /// Copies; `progress` gets (rows copied, rows in all), `cancelled` is asked between chunks.
    bool run(const std::function<void(qint64 done, qint64 total)> &progress = {},
             const std::function<bool()> &cancelled = {});
    WorkspaceError lastError() const { return m_error; }
    /// Rows copied by the last run().
    qint64 rowsCopied() const { return m_rows; }

private:
    bool copyTable(const QString &table, qint64 total,
                   const std::function<void(qint64, qint64)> &progress,
                   const std::function<bool()> &cancelled);
    bool fail(const WorkspaceError &error);

    const Database &m_source;
    Database &m_target;
    WorkspaceError m_error;
    qint64 m_rows = 0;
};

} // namespace cohort
