#include "testbackends.h"

#include "storage/database.h"
#include "testpostgres.h"

#include <QDir>
#include <QMutex>
#include <QSqlError>
#include <QSqlQuery>

namespace cohort::test {

namespace {

/// A database migrated to the latest schema once per process, which every fresh workspace
/// copies (CREATE DATABASE ... TEMPLATE): a copy takes a fraction of running the migrations.
QString migratedTemplate(WorkspaceError *error)
{
    static QMutex mutex;
    static QString name;
    const QMutexLocker locker(&mutex);
    if (!name.isEmpty())
        return name;
    const QString uri = createScratchDatabase();
    if (uri.isEmpty()) {
        *error = { WorkspaceError::Kind::Disconnected,
                   QStringLiteral("no scratch database on the test server") };
        return {};
    }
    {
        Database database;
        *error = database.open(uri, Database::OpenMode::CreateOrOpen);
        if (error->isError())
            return {};
        // A copy needs its template without connections: the Database closes them all.
    }
    name = uri.section(QLatin1Char('?'), 0, 0).section(QLatin1Char('/'), -1);
    return name;
}

} // namespace

void addBackendRows()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    QTest::newRow("postgres") << QStringLiteral("postgres");
}

QString currentBackend()
{
    QFETCH_GLOBAL(QString, backend);
    return backend;
}

WorkspaceError openFreshWorkspace(Database &database, const QString &backend)
{
    if (backend != QLatin1String("postgres"))
        return database.openInMemory();
    QString location;
    return createWorkspace(database, backend, QString(), &location);
}

WorkspaceError createWorkspace(Database &database, const QString &backend, const QString &folder,
                               QString *location)
{
    if (backend != QLatin1String("postgres")) {
        *location = QDir(folder).filePath(QStringLiteral("workspace.cohort"));
        return database.open(*location, Database::OpenMode::CreateOrOpen);
    }
    WorkspaceError error;
    const QString templateName = migratedTemplate(&error);
    if (error.isError())
        return error;
    *location = createScratchDatabase(templateName);
    if (location->isEmpty())
        return { WorkspaceError::Kind::Disconnected,
                 QStringLiteral("no copy of the migrated database on the test server") };
    return database.open(*location, Database::OpenMode::ReadWrite);
}

QString integrityCheck(const Database &database)
{
    QSqlQuery q(database.connection());
    if (database.dialect().isSqlite()) {
        if (!q.exec(QStringLiteral("PRAGMA integrity_check")))
            return q.lastError().text();
        QStringList lines;
        while (q.next())
            lines << q.value(0).toString();
        return lines.join(QLatin1Char('\n'));
    }
    if (!q.exec(QStringLiteral("CREATE EXTENSION IF NOT EXISTS amcheck")))
        return q.lastError().text();
    // bt_index_check raises an error on the first inconsistency it finds.
    if (!q.exec(QStringLiteral(
            "SELECT count(bt_index_check(c.oid, true)) FROM pg_index i JOIN pg_class c ON c.oid "
            "= i.indexrelid JOIN pg_am a ON a.oid = c.relam WHERE a.amname = 'btree' AND "
            "c.relnamespace = current_schema()::regnamespace"))
        || !q.next())
        return q.lastError().text();
    return q.value(0).toLongLong() > 0 ? QStringLiteral("ok")
                                       : QStringLiteral("no B-tree index was checked");
}

qint64 foreignKeyProblems(const Database &database)
{
    QSqlQuery q(database.connection());
    if (database.dialect().isSqlite()) {
        if (!q.exec(QStringLiteral("PRAGMA foreign_key_check")))
            return -1;
        qint64 rows = 0;
        while (q.next())
            ++rows;
        return rows;
    }
    if (!q.exec(QStringLiteral(
            "SELECT (SELECT count(*) FROM pg_constraint WHERE contype = 'f' AND NOT convalidated "
            "AND connamespace = current_schema()::regnamespace) + (SELECT count(*) FROM "
            "pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid WHERE t.tgisinternal AND "
            "t.tgenabled = 'D' AND c.relnamespace = current_schema()::regnamespace)"))
        || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

QString joinedColumn(const Database &database, const QString &sql)
{
    QSqlQuery q(database.connection());
    if (!q.exec(sql))
        return q.lastError().text();
    QStringList values;
    while (q.next())
        values << q.value(0).toString();
    return values.join(QLatin1Char(','));
}

} // namespace cohort::test
