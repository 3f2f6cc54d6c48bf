#pragma once

#include "app/cli/clicommand.h"

#include <QString>

#include <memory>
#include <optional>

namespace cohort {
class Database;
class WorkspaceLock;
} // namespace cohort

namespace cohort::cli {

/// Workspace plumbing shared by the commands: opening with a one-line error, resolving
/// --group NAME, parsing dates.
class CliWorkspace final
{
    Q_DECLARE_TR_FUNCTIONS(CliWorkspace)

public:
    /// Opens `path` (created when `create`); prints "cohort-cli: <path>: <reason>" on failure.
    /// A command that writes passes `writeLock`: the workspace's lock (the one the window takes)
    /// is taken into it first, and a workspace open in Cohort elsewhere is refused with who holds
    /// it. Declare the lock before the Database, so it is released after the workspace closed.
    static bool open(Database &database, const QString &path, bool create, CliContext &context,
                     std::unique_ptr<WorkspaceLock> *writeLock = nullptr);
    /// Group id for `name`; prints an error naming the group and returns nullopt when unknown.
    static std::optional<qint64> groupId(const Database &database, const QString &name,
                                         CliContext &context);
    /// Parses YYYY-MM-DD; prints an error naming `option` on failure.
    static std::optional<QDate> date(const QString &text, const QString &option,
                                     CliContext &context);
};

} // namespace cohort::cli
