#include "testpostgres.h"

#include "testsupport.h"

#include <QCoreApplication>
#include <QMutex>
#include <QMutexLocker>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>

#include <atomic>
#include <cstdlib>

namespace cohort::test {

namespace {

QMutex scratchMutex;
QStringList scratchNames; // guarded by scratchMutex
bool dropRegistered = false; // guarded by scratchMutex

// "host" may name a Unix socket directory, which QPSQL passes on to libpq as such.
struct ServerAddress
{
    QString host;
    int port = 5432;
    QString user;
    QString password;
    QString database;
};

// libpq accepts host and port in the authority or as query items; the query items win, as they do
// in libpq. The socket directory of scripts/pg-cluster's URI is a query item, the authority empty.
ServerAddress parseUri(const QString &uri)
{
    const QUrl url(uri);
    const QUrlQuery query(url);
    ServerAddress address;
    address.host = url.host(QUrl::FullyDecoded);
    address.port = url.port(5432);
    address.user = url.userName(QUrl::FullyDecoded);
    address.password = url.password(QUrl::FullyDecoded);
    address.database = url.path(QUrl::FullyDecoded).mid(1);
    if (query.hasQueryItem(QStringLiteral("host")))
        address.host = query.queryItemValue(QStringLiteral("host"), QUrl::FullyDecoded);
    if (query.hasQueryItem(QStringLiteral("port")))
        address.port = query.queryItemValue(QStringLiteral("port")).toInt();
    if (query.hasQueryItem(QStringLiteral("user")))
        address.user = query.queryItemValue(QStringLiteral("user"), QUrl::FullyDecoded);
    if (address.database.isEmpty())
        address.database = QStringLiteral("postgres");
    return address;
}

// The text is edited instead of rebuilt through QUrl, which would re-encode the socket directory:
// everything but the path stays as the caller wrote it.
QString uriWithDatabase(const QString &uri, const QString &database)
{
    const qsizetype scheme = uri.indexOf(QStringLiteral("://"));
    const qsizetype authority = scheme < 0 ? 0 : scheme + 3;
    qsizetype rest = uri.indexOf(QLatin1Char('?'), authority);
    if (rest < 0)
        rest = uri.indexOf(QLatin1Char('#'), authority);
    if (rest < 0)
        rest = uri.size();
    qsizetype path = uri.indexOf(QLatin1Char('/'), authority);
    if (path < 0 || path > rest)
        path = rest;
    return uri.left(path) + QLatin1Char('/') + database + uri.mid(rest);
}

QString quotedIdentifier(const QString &name)
{
    QString quoted = name;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

// Runs statements on the server's maintenance database through a connection of their own, removed
// afterwards. `run` gets the open connection; returns false, with a warning, when it cannot open.
template<typename Run> bool withMaintenanceConnection(const QString &uri, Run run)
{
    const ServerAddress address = parseUri(uri);
    const QString name = QStringLiteral("cohort-test-pg-") + QUuid::createUuid().toString();
    bool opened = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(address.host);
        db.setPort(address.port);
        db.setUserName(address.user);
        db.setPassword(address.password);
        db.setDatabaseName(address.database);
        // A server given by address that does not answer would otherwise hang the test.
        db.setConnectOptions(QStringLiteral("connect_timeout=10"));
        opened = db.open();
        if (opened)
            run(db);
        else
            qWarning("Cannot connect to the PostgreSQL server %s: %s", qPrintable(uri),
                     qPrintable(db.lastError().text()));
    }
    QSqlDatabase::removeDatabase(name);
    return opened;
}

void dropAtExit()
{
    dropScratchDatabases();
}

// Under QTEST_MAIN the post routines run as the application ends, while Qt's SQL plugins are still
// there. Without an application, atexit handlers run in the reverse order of registration among
// the destructors of statics: registered after the first connection, the handler runs before Qt's
// SQL globals are gone. Called with scratchMutex held.
void registerDropLocked()
{
    if (dropRegistered)
        return;
    dropRegistered = true;
    if (QCoreApplication::instance())
        qAddPostRoutine(dropAtExit);
    else
        std::atexit(dropAtExit);
}

} // namespace

QString postgresServer()
{
    return qEnvironmentVariable("COHORT_TEST_PG");
}

QString createScratchDatabase(const QString &templateName)
{
    static std::atomic<int> counter { 0 };
    const QString server = postgresServer();
    if (server.isEmpty()) {
        qWarning("No PostgreSQL server for a scratch database: COHORT_TEST_PG is not set");
        return {};
    }
    QString created;
    withMaintenanceConnection(server, [&](QSqlDatabase &db) {
        // A database left by an earlier run of a process with the same pid (one that crashed, on a
        // server of one's own) takes its name: the next number is tried instead.
        for (int attempt = 0; attempt < 100 && created.isEmpty(); ++attempt) {
            const QString name = QStringLiteral("cohort_t_%1_%2")
                                     .arg(QCoreApplication::applicationPid())
                                     .arg(counter.fetch_add(1));
            QString statement = QStringLiteral("CREATE DATABASE ") + name;
            if (!templateName.isEmpty())
                statement += QStringLiteral(" TEMPLATE ") + quotedIdentifier(templateName);
            QSqlQuery query(db);
            if (query.exec(statement)) {
                created = name;
                break;
            }
            // 42P04: duplicate_database. Anything else will not go away by retrying.
            if (query.lastError().nativeErrorCode() != QLatin1String("42P04")) {
                qWarning("Cannot create a scratch database on %s: %s", qPrintable(server),
                         qPrintable(query.lastError().text()));
                return;
            }
        }
    });
    if (created.isEmpty())
        return {};
    {
        const QMutexLocker locker(&scratchMutex);
        scratchNames << created;
        registerDropLocked();
    }
    return uriWithDatabase(server, created);
}

void dropScratchDatabases()
{
    QStringList names;
    {
        const QMutexLocker locker(&scratchMutex);
        names.swap(scratchNames);
    }
    const QString server = postgresServer();
    if (names.isEmpty() || server.isEmpty())
        return;
    withMaintenanceConnection(server, [&](QSqlDatabase &db) {
        for (const QString &name : std::as_const(names)) {
            QSqlQuery query(db);
            // FORCE: a connection the test left open would otherwise keep its database alive.
            if (!query.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name)))
                qWarning("Cannot drop the scratch database %s: %s", qPrintable(name),
                         qPrintable(query.lastError().text()));
        }
    });
}

bool postgresRequired()
{
    // The same switch as for the tools: scripts/test both installs them and starts the server.
    return toolsRequired();
}

} // namespace cohort::test
