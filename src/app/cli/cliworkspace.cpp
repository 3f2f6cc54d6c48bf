#include "app/cli/cliworkspace.h"

#include "storage/database.h"
#include "storage/grouprepository.h"
#include "storage/serveraddress.h"
#include "storage/walcheckpoint.h"
#include "storage/workspacelock.h"

#include <QDate>

namespace cohort::cli {

bool CliWorkspace::open(Database &database, const QString &path, bool create, CliContext &context,
                        std::unique_ptr<WorkspaceLock> *writeLock)
{
    if (path.isEmpty()) {
        context.err << tr("cohort-cli: --workspace is required.") << '\n';
        return false;
    }
    // A team workspace is named by its address; its password, if given there, is never shown.
    const bool server = ServerAddress::isServerAddress(path);
    const QString shown = server && ServerAddress::parse(path).isValid()
        ? ServerAddress::parse(path).toDisplayString()
        : path;
    if (writeLock && !server) { // a server's writers queue on the server (SqlDialect)
        // Writing behind an open window would leave its lists stale and its dialogs waiting on
        // the database's write lock.
        auto lock = std::make_unique<WorkspaceLock>(path);
        switch (lock->tryLock()) {
        case WorkspaceLock::Result::Acquired:
            break;
        case WorkspaceLock::Result::HeldByOther:
            context.err << QStringLiteral("cohort-cli: %1: %2 %3")
                               .arg(path, lock->holderDescription(),
                                    tr("Close it there first; this command changes it."))
                        << '\n';
            return false;
        case WorkspaceLock::Result::Error:
            context.err << QStringLiteral("cohort-cli: %1: %2").arg(path, lock->errorString())
                        << '\n';
            return false;
        }
        *writeLock = std::move(lock);
    }
    const WorkspaceError error = database.open(
        path, create ? Database::OpenMode::CreateOrOpen : Database::OpenMode::ReadWrite);
    if (error.isError()) {
        // The contract is one line; a driver's message may carry line breaks of its own.
        QString line = error.message;
        line.replace(QLatin1Char('\n'), QLatin1Char(' '));
        context.err << QStringLiteral("cohort-cli: %1: %2").arg(shown, line) << '\n';
        if (context.verbose && !error.details.isEmpty())
            context.err << error.details << '\n';
        return false;
    }
    // A log left by a copy that failed (a full disk) or by a crash: copied now, or said again;
    // the command goes on, its changes are safe in the log as well.
    if (!server && !database.isReadOnly() && WalCheckpoint::logBytes(database) > 0) {
        if (const WorkspaceError log = WalCheckpoint::run(database, WalCheckpoint::Mode::Truncate);
            log.isError())
            context.err << QStringLiteral("cohort-cli: %1: %2").arg(path, log.message) << '\n';
    }
    return true;
}

std::optional<qint64> CliWorkspace::groupId(const Database &database, const QString &name,
                                            CliContext &context)
{
    const std::optional<Group> group = GroupRepository(database).findByName(name);
    if (!group) {
        context.err << tr("cohort-cli: no group named “%1” in this workspace.").arg(name) << '\n';
        return std::nullopt;
    }
    return group->id;
}

std::optional<QDate> CliWorkspace::date(const QString &text, const QString &option,
                                        CliContext &context)
{
    const QDate parsed = QDate::fromString(text, Qt::ISODate);
    if (!parsed.isValid()) {
        context.err << tr("cohort-cli: %1 “%2” is not a date (use YYYY-MM-DD).").arg(option, text)
                    << '\n';
        return std::nullopt;
    }
    return parsed;
}

} // namespace cohort::cli
