#include "storage/walcheckpoint.h"

#include "storage/database.h"

#include <QFileInfo>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

namespace cohort {

qint64 WalCheckpoint::logBytes(const Database &database)
{
    // A team server keeps its own write-ahead log; there is no file beside a workspace.
    if (database.isInMemory() || database.isServer() || database.filePath().isEmpty())
        return 0;
    const QFileInfo log(database.filePath() + QLatin1String("-wal"));
    return log.exists() ? log.size() : 0;
}

WorkspaceError WalCheckpoint::run(const Database &database, Mode mode)
{
    if (!database.isOpen() || database.isReadOnly() || database.isInMemory() || database.isServer())
        return {};
    QSqlQuery query(database.connection());
    // Readers that hold the log back are not an error (SQLite reports them as "busy" in the
    // row): the copy happens after a later commit, or at the next open.
    if (query.exec(mode == Mode::Truncate ? QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")
                                          : QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)")))
        return {};
    const QSqlError error = query.lastError();
    query.finish();
    const int code = error.nativeErrorCode().toInt() & 0xff;
    if (code == 5 || code == 6) // SQLITE_BUSY, SQLITE_LOCKED: a writer of another program
        return {};
    WorkspaceError result = Database::errorFromSql(error);
    result.kind = WorkspaceError::Kind::Io;
    result.message = failedMessage(database.filePath(), logBytes(database),
                                   code == 13 ? tr("the disk is full") : error.text());
    result.details = error.text();
    return result;
}

QString WalCheckpoint::failedMessage(const QString &workspacePath, qint64 logBytes,
                                     const QString &cause)
{
    const QString name = QFileInfo(workspacePath).fileName();
    //: %1 = workspace file name, %2 = why (e.g. "the disk is full"), %3 = megabytes to free
    return tr("Your changes are saved, but only in “%1-wal”, the log beside “%1”: they could not "
              "be copied into “%1” itself (%2). Keep the two files together: copy, move or back "
              "up both or neither, and never delete the -wal file. Free at least %3 MB on that "
              "disk; Cohort finishes the copy the next time it opens the workspace.")
        .arg(name, cause, QLocale().toString(qMax<qint64>(1, (logBytes + (1 << 20) - 1) >> 20)));
}

} // namespace cohort
