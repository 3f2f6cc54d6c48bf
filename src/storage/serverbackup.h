#pragma once

#include "storage/workspaceerror.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>

namespace cohort {

/// Backups of a team workspace (docs/team.md): dumps made with PostgreSQL's pg_dump when it is
/// installed on this computer, kept in root/<server and database>/<UTC time>.dump (pg_dump's
/// custom format), and restored with pg_restore into a new, empty database. Without pg_dump a
/// team workspace's backups are its server administrator's, and the caller says so. The
/// password of the address goes to the tools through their environment, never their command
/// line, which other users of the computer can read.
class ServerBackup final
{
    Q_DECLARE_TR_FUNCTIONS(ServerBackup)

public:
    struct Entry
    {
        QString path;
        QDateTime createdAt; ///< UTC, from the file name
        qint64 size = 0; ///< bytes
    };
    /// Dumps kept per workspace; older ones are deleted after a new one succeeds.
    static constexpr int Keep = 14;

    /// `root` holds one folder per team workspace; empty means defaultRoot().
    explicit ServerBackup(const QString &root = QString());
    /// QStandardPaths::AppDataLocation + "/team-backups".
    static QString defaultRoot();
    /// The full path of PostgreSQL's `tool` (pg_dump, pg_restore), or empty when not installed.
    static QString toolPath(const QString &tool);
    /// Whether pg_dump and pg_restore are both installed.
    static bool isAvailable();

    /// Where the dumps of the workspace at `address` go.
    QString folderFor(const QString &address) const;
    /// The dumps of that workspace, newest first.
    QList<Entry> backups(const QString &address) const;
    /// Dumps the workspace at `address` (may carry the password) into its folder and rotates;
    /// returns the new file, or empty with lastError(). `cancelled` is asked while it runs.
    QString backUp(const QString &address, const std::function<bool()> &cancelled = {});
    /// Restores `dump` into the empty database at `address`, in one transaction: a failed or
    /// cancelled restore leaves it empty. The roles' grants are not restored (a new database
    /// has roles of its own: TeamRoles::setUp()).
    bool restore(const QString &dump, const QString &address,
                 const std::function<bool()> &cancelled = {});
    WorkspaceError lastError() const { return m_error; }

private:
    bool run(const QString &tool, const QStringList &arguments, const QString &password,
             const std::function<bool()> &cancelled);
    bool fail(WorkspaceError::Kind kind, const QString &message);

    QString m_root;
    WorkspaceError m_error;
};

} // namespace cohort
