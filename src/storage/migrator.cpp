#include "storage/migrator.h"

#include "storage/database.h"
#include "storage/sqltransaction.h"

#include <QDir>
#include <QFile>
#include <QMap>
#include <QSqlError>
#include <QSqlQuery>

namespace cohort {

namespace {

/// Migration files by version number, from their "NNNN_name.sql" resource names.
QMap<int, QString> migrationFiles()
{
    QMap<int, QString> files;
    const QDir dir(QStringLiteral(":/cohort/migrations"));
    const QStringList names = dir.entryList({ QStringLiteral("*.sql") }, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        bool ok = false;
        const int version = name.left(4).toInt(&ok);
        if (ok && version > 0)
            files.insert(version, dir.filePath(name));
    }
    return files;
}

// Workspaces written by this schema can still be opened by Cohort builds that know at least
// this version. Raise it only when a migration breaks older readers. 14: deleting a message calls
// cohort_grams(), which older builds do not define, and their indexer would leave messages_grams
// behind the mark. 15: older builds change rows without raising their versions (RowStamps), so an
// edit in this build could overwrite their change unseen.
constexpr int CompatibleVersion = 15;

} // namespace

int Migrator::latestVersion()
{
    const QMap<int, QString> files = migrationFiles();
    return files.isEmpty() ? 0 : files.lastKey();
}

QStringList Migrator::statements(const QString &sql)
{
    QStringList result;
    QString current;
    const QStringList lines = sql.split(QLatin1Char('\n'));
    for (const QString &rawLine : lines) {
        const QString line = rawLine.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1String("--")))
            continue;
        current += rawLine + QLatin1Char('\n');
        // A trigger's body holds statements of its own: it ends at the line ending in "END;".
        const bool trigger
            = current.trimmed().startsWith(QLatin1String("CREATE TRIGGER"), Qt::CaseInsensitive);
        const bool end = trigger ? line.endsWith(QLatin1String("END;"), Qt::CaseInsensitive)
                                 : line.endsWith(QLatin1Char(';'));
        if (end) {
            result << current.trimmed().chopped(1);
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        result << current.trimmed();
    return result;
}

WorkspaceError Migrator::migrate(int fromVersion, int toVersion)
{
    const QMap<int, QString> files = migrationFiles();
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        const int version = it.key();
        if (version <= fromVersion || version > toVersion)
            continue;
        QFile file(it.value());
        if (!file.open(QIODevice::ReadOnly))
            return { WorkspaceError::Kind::Io,
                     QStringLiteral("missing migration %1").arg(it.value()) };
        const QString sql = m_database.dialect().expandMigration(QString::fromUtf8(file.readAll()));

        SqlTransaction tx(m_database);
        if (!tx.isActive())
            return tx.error();
        QSqlQuery query(tx.connection());
        const QStringList list = statements(sql);
        for (const QString &statement : list) {
            if (!query.exec(statement)) {
                WorkspaceError error = Database::errorFromSql(query.lastError());
                error.message = Database::tr("Upgrading the workspace to format %1 failed: %2")
                                    .arg(version)
                                    .arg(error.message);
                return error;
            }
        }
        query.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?) "
                                     "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
        const QList<std::pair<QString, QString>> marks {
            { QStringLiteral("schema_version"), QString::number(version) },
            { QStringLiteral("compatible_version"), QString::number(CompatibleVersion) },
        };
        for (const auto &[key, value] : marks) {
            query.addBindValue(key);
            query.addBindValue(value);
            if (!query.exec())
                return Database::errorFromSql(query.lastError());
        }
        // PRAGMA values cannot be bound; both are integers this code controls. Without the
        // application id the file would not open as a workspace again.
        if (m_database.dialect().isSqlite()
            && (!query.exec(
                    QStringLiteral("PRAGMA application_id = %1").arg(Database::ApplicationId))
                || !query.exec(QStringLiteral("PRAGMA user_version = %1").arg(version))))
            return Database::errorFromSql(query.lastError());
        if (!tx.commit())
            return tx.error();
    }
    return {};
}

} // namespace cohort
