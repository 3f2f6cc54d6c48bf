#include "storage/database.h"
#include "storage/grouprepository.h"
#include "storage/serveraddress.h"
#include "storage/serverchangelistener.h"
#include "storage/sqltransaction.h"
#include "storage/walcheckpoint.h"
#include "testbackends.h"
#include "testpostgres.h"

#include <QElapsedTimer>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace cohort;

/// A team workspace on PostgreSQL: what opening one finds and refuses, the schema against a
/// local workspace's, and the write lock its writers share.
class TestTeamServer : public QObject
{
    Q_OBJECT

    /// Table -> column -> "NOT NULL" or "", of the tables every engine has.
    using Shape = QMap<QString, QMap<QString, QString>>;

    static Shape shapeOf(const Database &db, QStringList *indexes)
    {
        Shape shape;
        QSqlQuery q(db.connection());
        if (db.dialect().isSqlite()) {
            // The search indexes' virtual tables and the tables behind them are SQLite's own.
            const QString tables = QStringLiteral(
                "m.type = 'table' AND m.sql NOT LIKE 'CREATE VIRTUAL%' AND m.name NOT LIKE "
                "'sqlite_%' AND m.name NOT LIKE 'members_search%' AND m.name NOT LIKE "
                "'messages_search%' AND m.name NOT LIKE 'messages_grams%'");
            q.exec(QStringLiteral("SELECT m.name, c.name, c.\"notnull\" FROM sqlite_master m JOIN "
                                  "pragma_table_info(m.name) c WHERE ")
                   + tables);
            while (q.next()) {
                // SQLite lets a primary key column be NULL unless it says NOT NULL; PostgreSQL
                // never does: compared as PostgreSQL means it, below.
                shape[q.value(0).toString()][q.value(1).toString()]
                    = q.value(2).toInt() ? QStringLiteral("NOT NULL") : QString();
            }
            q.exec(QStringLiteral("SELECT m.name, c.name FROM sqlite_master m JOIN "
                                  "pragma_table_info(m.name) c WHERE c.pk > 0 AND ")
                   + tables);
            while (q.next())
                shape[q.value(0).toString()][q.value(1).toString()] = QStringLiteral("NOT NULL");
            q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS "
                                  "NOT NULL"));
        } else {
            q.exec(QStringLiteral("SELECT table_name, column_name, is_nullable FROM "
                                  "information_schema.columns WHERE table_schema = "
                                  "current_schema()"));
            while (q.next()) {
                shape[q.value(0).toString()][q.value(1).toString()]
                    = q.value(2).toString() == QLatin1String("NO") ? QStringLiteral("NOT NULL")
                                                                   : QString();
            }
            q.exec(QStringLiteral(
                "SELECT i.indexname FROM pg_indexes i WHERE i.schemaname = current_schema() AND "
                "NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)"));
        }
        while (q.next())
            *indexes << q.value(0).toString();
        indexes->sort();
        return shape;
    }

    static QString newDatabase() { return test::createScratchDatabase(); }

    /// Runs `statement` on the test server's own database, through a connection of its own.
    static bool onMaintenanceDatabase(const QString &statement)
    {
        const QString name = QStringLiteral("tst-teamserver-admin");
        bool ok = false;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            ServerAddress::parse(test::postgresServer()).applyTo(db);
            QSqlQuery query(db);
            ok = db.open() && query.exec(statement);
            if (!ok)
                qWarning("%s: %s", qPrintable(statement),
                         qPrintable((db.isOpen() ? query.lastError() : db.lastError()).text()));
        }
        QSqlDatabase::removeDatabase(name);
        return ok;
    }

private Q_SLOTS:
    void init() { COHORT_REQUIRE_POSTGRES(); }

    /// Every migration on both engines gives the same tables, columns and indexes, but for the
    /// search indexes each engine keeps its own way (docs/team.md).
    void sameSchemaOnBothEngines()
    {
        Database local;
        QVERIFY(!local.openInMemory().isError());
        Database server;
        const WorkspaceError opened = server.open(newDatabase(), Database::OpenMode::CreateOrOpen);
        QVERIFY2(!opened.isError(), qPrintable(opened.message));
        QCOMPARE(server.schemaVersion(), Database::latestSchemaVersion());
        QStringList localIndexes;
        QStringList serverIndexes;
        const Shape localShape = shapeOf(local, &localIndexes);
        const Shape serverShape = shapeOf(server, &serverIndexes);
        QVERIFY(localShape.size() > 30);
        QCOMPARE(serverShape.keys().join(QLatin1Char(' ')),
                 localShape.keys().join(QLatin1Char(' ')));
        for (auto it = localShape.cbegin(); it != localShape.cend(); ++it)
            QCOMPARE(serverShape.value(it.key()), it.value());
        const QStringList trigram { QStringLiteral("members_display_name_trgm"),
                                    QStringLiteral("members_phone_trgm"),
                                    QStringLiteral("members_wechat_id_trgm") };
        for (const QString &index : trigram)
            QVERIFY(serverIndexes.removeOne(index));
        QCOMPARE(serverIndexes, localIndexes);
    }

    void refusesWhatIsNoWorkspace()
    {
        Database db;
        // An empty database opens only to be set up.
        const QString empty = newDatabase();
        WorkspaceError error = db.open(empty);
        QCOMPARE(error.kind, WorkspaceError::Kind::NotAWorkspace);
        QVERIFY(!db.isOpen());
        // Someone else's tables are never taken over.
        {
            QSqlDatabase raw
                = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("raw"));
            ServerAddress::parse(empty).applyTo(raw);
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE invoices (id int)")));
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        error = db.open(empty, Database::OpenMode::CreateOrOpen);
        QCOMPARE(error.kind, WorkspaceError::Kind::NotAWorkspace);
        // A server that does not answer: said as a lost connection, with the address.
        QTemporaryDir nowhere;
        error
            = db.open(QStringLiteral("postgresql://cohort@/x?host=%1&port=1").arg(nowhere.path()));
        QCOMPARE(error.kind, WorkspaceError::Kind::Disconnected);
        QVERIFY2(error.message.contains(QStringLiteral("postgresql://cohort@/x")),
                 qPrintable(error.message));
        error = db.open(QStringLiteral("postgresql://cohort@/"));
        QCOMPARE(error.kind, WorkspaceError::Kind::NotFound);
    }

    void refusesNewerFormat()
    {
        const QString address = newDatabase();
        {
            Database db;
            QVERIFY(!db.open(address, Database::OpenMode::CreateOrOpen).isError());
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(QStringLiteral("UPDATE meta SET value = '999' WHERE key IN "
                                          "('schema_version', 'compatible_version')")));
        }
        Database db;
        QCOMPARE(db.open(address).kind, WorkspaceError::Kind::TooNew);
    }

    /// Two people's writes queue for the workspace's lock as two programs' writes queue for a
    /// file: the second waits for the first to commit, then goes on.
    void writersQueue()
    {
        const QString address = newDatabase();
        Database first;
        QVERIFY(!first.open(address, Database::OpenMode::CreateOrOpen).isError());
        Database second;
        QVERIFY(!second.open(address).isError());
        QVERIFY(second.isServer());
        QCOMPARE(second.filePath(), ServerAddress::parse(address).toDisplayString());

        SqlTransaction holding(first);
        QVERIFY(holding.isActive());
        std::atomic<qint64> waitedMs { -1 };
        std::atomic<bool> wrote { false };
        QThread *writer = QThread::create([&] {
            QElapsedTimer timer;
            timer.start();
            Group g;
            g.name = QStringLiteral("second");
            wrote = GroupRepository(second).insert(g);
            waitedMs = timer.elapsed();
            second.releaseThreadConnection();
        });
        writer->start();
        QTest::qWait(700);
        QCOMPARE(waitedMs.load(), qint64(-1)); // still waiting for the lock
        Group g;
        g.name = QStringLiteral("first");
        QVERIFY(GroupRepository(first).insert(g));
        QVERIFY(holding.commit());
        QVERIFY(writer->wait(10000));
        delete writer;
        QVERIFY(wrote.load());
        QVERIFY(waitedMs.load() >= 600);
        QCOMPARE(GroupRepository(first).all().size(), 2);
    }

    /// A lock held longer than a writer waits is reported as a busy workspace, and nothing of
    /// the waiting write is kept.
    void busyAfterTimeout()
    {
        const QString address = newDatabase();
        Database first;
        QVERIFY(!first.open(address, Database::OpenMode::CreateOrOpen).isError());
        Database second;
        QVERIFY(!second.open(address).isError());
        SqlTransaction holding(first);
        QVERIFY(holding.isActive());
        WorkspaceError error;
        QThread *writer = QThread::create([&] {
            {
                SqlTransaction tx(second);
                error = tx.error();
            }
            second.releaseThreadConnection();
        });
        writer->start();
        QVERIFY(writer->wait(20000));
        delete writer;
        QCOMPARE(error.kind, WorkspaceError::Kind::Locked);
    }

    /// What one client commits reaches the other's windows through its Database's change
    /// signals within two seconds; a client's own commits are not announced twice.
    void otherClientsHearChanges()
    {
        const QString address = newDatabase();
        Database first;
        QVERIFY(!first.open(address, Database::OpenMode::CreateOrOpen).isError());
        Database second;
        QVERIFY(!second.open(address).isError());
        ServerChangeListener listener(second);
        QVERIFY(listener.isListening());
        QSignalSpy changed(&second, &Database::changed);
        QSignalSpy heard(&listener, &ServerChangeListener::received);

        Group g;
        g.name = QStringLiteral("from the first");
        QVERIFY(GroupRepository(first).insert(g));
        QVERIFY(heard.wait(2000));
        QCOMPARE(changed.count(), 1);
        QVERIFY(changed.at(0).at(0).value<Tables>().testFlag(Table::Groups));
        // The second sees the row the first committed.
        QCOMPARE(GroupRepository(second).all().size(), 1);

        // Its own write: announced once, by its own commit.
        Group own;
        own.name = QStringLiteral("from the second");
        QVERIFY(GroupRepository(second).insert(own));
        QCOMPARE(changed.count(), 2);
        QTest::qWait(500);
        QCOMPARE(changed.count(), 2);
        QCOMPARE(heard.count(), 1);

        // Orders named by row arrive with their ids (the dashboards re-read only those).
        const ChangeSet sent { Tables(Table::Orders), { 7, 42 } };
        {
            SqlTransaction tx(first);
            QVERIFY(tx.isActive());
            tx.touchOrders({ 7, 42 });
            QVERIFY(tx.commit());
        }
        QVERIFY(heard.wait(2000));
        const ChangeSet got = heard.last().at(0).value<ChangeSet>();
        QCOMPARE(got.tables, sent.tables);
        QCOMPARE(got.orderIds, sent.orderIds);
    }

    /// Notifications sent while a client is disconnected are lost: its listener notices the
    /// dropped connection, opens a new one, listens again and has every view reload.
    void listensAgainAfterReconnect()
    {
        const QString address = newDatabase();
        Database first;
        QVERIFY(!first.open(address, Database::OpenMode::CreateOrOpen).isError());
        Database second;
        QVERIFY(!second.open(address).isError());
        ServerChangeListener listener(second);
        listener.setHeartbeatInterval(100);
        QVERIFY(listener.isListening());
        const auto backendPid = [](const Database &db) {
            QSqlQuery query(db.connection());
            return query.exec(QStringLiteral("SELECT pg_backend_pid()")) && query.next()
                ? query.value(0).toLongLong()
                : qint64(-1);
        };
        const qint64 dropped = backendPid(second);
        QVERIFY(dropped > 0);

        QSignalSpy lost(&listener, &ServerChangeListener::connectionLost);
        QSignalSpy back(&listener, &ServerChangeListener::reconnected);
        QSignalSpy changed(&second, &Database::changed);
        QSignalSpy changedRows(&second, &Database::changedRows);
        QSignalSpy heard(&listener, &ServerChangeListener::received);
        {
            QSqlQuery kill(first.connection());
            kill.prepare(QStringLiteral("SELECT pg_terminate_backend(?)"));
            kill.addBindValue(dropped);
            QVERIFY2(kill.exec() && kill.next() && kill.value(0).toBool(),
                     qPrintable(kill.lastError().text()));
        }
        // Written while the second is cut off: its notification reaches nobody there.
        Group meanwhile;
        meanwhile.name = QStringLiteral("while disconnected");
        QVERIFY(GroupRepository(first).insert(meanwhile));

        QTRY_COMPARE_WITH_TIMEOUT(back.count(), 1, 5000);
        QCOMPARE(lost.count(), 1);
        QVERIFY(listener.isListening());
        QVERIFY(backendPid(second) != dropped);
        // The reload: every table at once, and no orders named (all of them are re-read).
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).value<Tables>(), ServerChangeListener::allTables());
        QVERIFY(ServerChangeListener::allTables().testFlag(Table::Groups));
        QVERIFY(ServerChangeListener::allTables().testFlag(Table::Identities));
        QCOMPARE(changedRows.count(), 1);
        const ChangeSet reload = changedRows.at(0).at(0).value<ChangeSet>();
        QCOMPARE(reload.tables, ServerChangeListener::allTables());
        QVERIFY(reload.orderIds.isEmpty());
        QCOMPARE(heard.count(), 0);
        QCOMPARE(GroupRepository(second).all().size(), 1);

        // The new connection listens.
        Group after;
        after.name = QStringLiteral("after the reconnect");
        QVERIFY(GroupRepository(first).insert(after));
        QVERIFY(heard.wait(2000));
        QVERIFY(heard.last().at(0).value<ChangeSet>().tables.testFlag(Table::Groups));
        QCOMPARE(lost.count(), 1);
        QCOMPARE(back.count(), 1);
    }

    /// While the server is away the listener tries again on every beat, and reloads once back.
    void keepsTryingWhileTheServerIsAway()
    {
        const QString address = newDatabase();
        Database first;
        QVERIFY(!first.open(address, Database::OpenMode::CreateOrOpen).isError());
        Database second;
        QVERIFY(!second.open(address).isError());
        ServerChangeListener listener(second);
        listener.setHeartbeatInterval(100);
        QVERIFY(listener.isListening());
        QSignalSpy lost(&listener, &ServerChangeListener::connectionLost);
        QSignalSpy back(&listener, &ServerChangeListener::reconnected);
        QSignalSpy changed(&second, &Database::changed);

        // The server turns new connections away (as while it restarts), then drops the second.
        // Only a connection to another database may say so.
        QString name;
        {
            QSqlQuery query(first.connection());
            QVERIFY(query.exec(QStringLiteral("SELECT current_database()")) && query.next());
            name = query.value(0).toString();
        }
        const auto allowConnections = [&name](bool allow) {
            return onMaintenanceDatabase(
                QStringLiteral("ALTER DATABASE \"%1\" ALLOW_CONNECTIONS %2")
                    .arg(name, allow ? QStringLiteral("true") : QStringLiteral("false")));
        };
        QVERIFY(allowConnections(false));
        const auto restore = qScopeGuard([&] { allowConnections(true); });
        QVERIFY(onMaintenanceDatabase(
            QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE "
                           "datname = '%1'")
                .arg(name)));

        QTRY_COMPARE_WITH_TIMEOUT(lost.count(), 1, 5000);
        // Several beats without a connection: still lost, said once, nothing announced.
        QTest::qWait(600);
        QCOMPARE(lost.count(), 1);
        QCOMPARE(back.count(), 0);
        QVERIFY(!listener.isListening());
        QCOMPARE(changed.count(), 0);

        QVERIFY(allowConnections(true));
        QTRY_COMPARE_WITH_TIMEOUT(back.count(), 1, 5000);
        QVERIFY(listener.isListening());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).value<Tables>(), ServerChangeListener::allTables());
        QCOMPARE(lost.count(), 1);
    }

    /// After an import or at open, a local workspace copies its log into the file; a server
    /// keeps its own log, and there is nothing to copy or to warn about.
    void noLogFileToCopy()
    {
        Database db;
        QVERIFY(!db.open(newDatabase(), Database::OpenMode::CreateOrOpen).isError());
        QCOMPARE(WalCheckpoint::logBytes(db), qint64(0));
        const WorkspaceError error = WalCheckpoint::run(db, WalCheckpoint::Mode::Truncate);
        QVERIFY2(!error.isError(), qPrintable(error.message));
    }

    void readOnlyRefusesWrites()
    {
        const QString address = newDatabase();
        {
            Database db;
            QVERIFY(!db.open(address, Database::OpenMode::CreateOrOpen).isError());
        }
        Database db;
        QVERIFY(!db.open(address, Database::OpenMode::ReadOnly).isError());
        QSqlQuery q(db.connection());
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO tags (name) VALUES ('x')")));
        QCOMPARE(Database::errorFromSql(q.lastError()).kind, WorkspaceError::Kind::ReadOnly);
    }
};

QTEST_GUILESS_MAIN(TestTeamServer)
#include "tst_teamserver.moc"
