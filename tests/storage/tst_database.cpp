#include "storage/campaignrepository.h"
#include "storage/database.h"
#include "storage/listquery.h"
#include "storage/listspecs.h"
#include "storage/migrator.h"
#include "storage/sqltransaction.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimeZone>

#include <condition_variable>
#include <mutex>

using namespace cohort;

namespace {

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

int countRows(const Database &db, const QString &table)
{
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table);
    return q.next() ? q.value(0).toInt() : -1;
}

} // namespace

/// Opening, creating, migrating and refusing workspaces; transactions and change signals.
class TestDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void freshInMemoryHasAllMigrations()
    {
        Database db;
        QVERIFY(!db.openInMemory().isError());
        QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
        QVERIFY(Database::latestSchemaVersion() >= 1);
        QCOMPARE(countRows(db, QStringLiteral("chat_groups")), 0);
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    void timeZoneIsRecorded()
    {
        Database db;
        QVERIFY(!db.openInMemory().isError());
        QVERIFY(!db.timeZoneId().isEmpty());
        QVERIFY(db.setTimeZoneId(QStringLiteral("Asia/Shanghai")));
        QCOMPARE(db.timeZoneId(), QStringLiteral("Asia/Shanghai"));
        QVERIFY(!db.setTimeZoneId(QStringLiteral("Not/AZone")));
        QCOMPARE(db.timeZoneId(), QStringLiteral("Asia/Shanghai"));
    }

    void zoneOfAnOldWorkspaceIsFixedOnFirstOpen()
    {
        // A workspace written before zones were recorded gets one when it is first opened, so
        // it stops following whichever computer opens it.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.cohort"));
        QVERIFY(!Database().createAtVersion(path, 1).isError());
        auto recorded = [&path] {
            Database db;
            if (db.open(path, Database::OpenMode::ReadOnly).isError())
                return QStringLiteral("(no open)");
            QSqlQuery q(db.connection());
            q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'time_zone'"));
            return q.next() ? q.value(0).toString() : QString();
        };
        {
            Database db;
            QVERIFY(!db.open(path).isError());
            QCOMPARE(db.timeZoneId(), QString::fromUtf8(QTimeZone::systemTimeZoneId()));
        }
        QCOMPARE(recorded(), QString::fromUtf8(QTimeZone::systemTimeZoneId()));
        {
            Database db;
            QVERIFY(!db.open(path).isError());
            QVERIFY(db.setTimeZoneId(QStringLiteral("Asia/Shanghai")));
        }
        {
            Database db;
            QVERIFY(!db.open(path).isError());
            QCOMPARE(db.timeZoneId(), QStringLiteral("Asia/Shanghai"));
        }
    }

    void createFileAndReopen()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("w.cohort"));
        {
            Database db;
            QCOMPARE(db.open(path).kind, WorkspaceError::Kind::NotFound);
            {
                const auto e = db.open(path, Database::OpenMode::CreateOrOpen);
                QVERIFY2(!e.isError(), qPrintable(e.message));
            }
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
            QVERIFY(q.exec(QStringLiteral("PRAGMA busy_timeout")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toInt(), 5000);
        }
        Database again;
        QVERIFY(!again.open(path).isError());
        QCOMPARE(again.schemaVersion(), Database::latestSchemaVersion());
    }

    void refusesNonWorkspaceUntouched_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<int>("kind");
        QTest::newRow("text file") << QByteArray("hello, this is not a database\n")
                                   << int(WorkspaceError::Kind::NotAWorkspace);
        QTest::newRow("truncated header")
            << QByteArray("SQLite format 3\0", 16) << int(WorkspaceError::Kind::NotAWorkspace);
    }
    void refusesNonWorkspaceUntouched()
    {
        QFETCH(QByteArray, content);
        QFETCH(int, kind);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("x.cohort"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
        f.close();
        Database db;
        const WorkspaceError error = db.open(path);
        QCOMPARE(int(error.kind), kind);
        QVERIFY(!error.message.isEmpty());
        QVERIFY(!db.isOpen());
        QCOMPARE(fileBytes(path), content);
    }

    void refusesForeignSqliteUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("other.db"));
        {
            QSqlDatabase other
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            other.setDatabaseName(path);
            QVERIFY(other.open());
            QSqlQuery(other).exec(QStringLiteral("CREATE TABLE t (x)"));
            other.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        const QByteArray before = fileBytes(path);
        Database db;
        QCOMPARE(db.open(path).kind, WorkspaceError::Kind::NotAWorkspace);
        QCOMPARE(fileBytes(path), before);
    }

    void refusesCorruptUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("c.cohort"));
        {
            Database db;
            QVERIFY(!db.open(path, Database::OpenMode::CreateOrOpen).isError());
            QSqlQuery q(db.connection());
            q.exec(QStringLiteral("PRAGMA journal_mode=DELETE"));
            for (int i = 0; i < 200; ++i) {
                q.prepare(QStringLiteral("INSERT INTO tags (name) VALUES (?)"));
                q.addBindValue(QStringLiteral("tag %1 with some padding to fill pages").arg(i));
                QVERIFY(q.exec());
            }
        }
        QByteArray bytes = fileBytes(path);
        // The page size is the big-endian 16-bit number at offset 16 of the header.
        const int page = (uchar(bytes.at(16)) << 8) | uchar(bytes.at(17));
        QVERIFY(page >= 512);
        QVERIFY(bytes.size() > 2 * page);
        // Scribble over the second page: the header still says "Cohort", the b-tree is garbage.
        for (int i = page + 8; i < 2 * page; ++i)
            bytes[i] = char(0xA5);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        f.close();
        Database db;
        const WorkspaceError error = db.open(path);
        QVERIFY2(error.kind == WorkspaceError::Kind::Corrupt
                     || error.kind == WorkspaceError::Kind::NotAWorkspace,
                 qPrintable(error.message));
        QCOMPARE(fileBytes(path), bytes);
    }

    void refusesNewerWorkspace()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("n.cohort"));
        {
            Database db;
            QVERIFY(!db.open(path, Database::OpenMode::CreateOrOpen).isError());
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(QStringLiteral("UPDATE meta SET value = '999' WHERE key IN "
                                          "('schema_version', 'compatible_version')")));
        }
        Database db;
        const WorkspaceError error = db.open(path);
        QCOMPARE(error.kind, WorkspaceError::Kind::TooNew);
        QVERIFY(error.message.contains(QStringLiteral("newer")));
        QCOMPARE(int(Database::inspectFile(path).kind), int(WorkspaceError::Kind::TooNew));
    }

    void newerButCompatibleOpens()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("c.cohort"));
        {
            Database db;
            QVERIFY(!db.open(path, Database::OpenMode::CreateOrOpen).isError());
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(
                QStringLiteral("UPDATE meta SET value = '999' WHERE key = 'schema_version'")));
        }
        Database db;
        QVERIFY(!db.open(path).isError());
    }

    void upgradesFromEveryEarlierVersion()
    {
        // The versions that exist: numbers may have gaps until branches are merged and renumbered.
        QList<int> versions;
        const QStringList names
            = QDir(QStringLiteral(":/cohort/migrations"))
                  .entryList({ QStringLiteral("*.sql") }, QDir::Files, QDir::Name);
        for (const QString &name : names)
            versions << name.left(4).toInt();
        QVERIFY(versions.size() >= 2);
        QCOMPARE(versions.last(), Database::latestSchemaVersion());
        for (const int from : std::as_const(versions)) {
            if (from == Database::latestSchemaVersion())
                break;
            QTemporaryDir dir;
            const QString path = dir.filePath(QStringLiteral("old.cohort"));
            QVERIFY(!Database().createAtVersion(path, from).isError());
            int hookVersion = 0;
            Database db;
            db.setBeforeMigration([&](const QString &, int version) {
                hookVersion = version;
                return WorkspaceError {};
            });
            QVERIFY(!db.open(path).isError());
            QCOMPARE(hookVersion, from);
            QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
        }
    }

    void messageSearchMigrationAddsTheTimeIndex()
    {
        // Found by name: migration numbers are renumbered when branches merge.
        const QStringList names = QDir(QStringLiteral(":/cohort/migrations"))
                                      .entryList({ QStringLiteral("*_message_search.sql") });
        QCOMPARE(names.size(), 1);
        const int version = names.first().left(4).toInt();
        QVERIFY(version > 1);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("before.cohort"));
        QVERIFY(!Database().createAtVersion(path, version - 1).isError());
        Database db;
        QVERIFY(!db.open(path).isError());
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT id FROM messages"
                                      " ORDER BY sent_at DESC, id DESC LIMIT 10")));
        QString plan;
        while (q.next())
            plan += q.value(3).toString() + QLatin1Char('\n');
        QVERIFY2(plan.contains(QStringLiteral("messages_sent")), qPrintable(plan));
        QVERIFY2(!plan.contains(QStringLiteral("TEMP B-TREE")), qPrintable(plan));
    }

    void campaignDetailsMigrationKeepsCampaigns()
    {
        // Found by name: migrations are renumbered when branches merge.
        const QStringList names = QDir(QStringLiteral(":/cohort/migrations"))
                                      .entryList({ QStringLiteral("*_campaign_details.sql") });
        QCOMPARE(names.size(), 1);
        const int version = names.first().left(4).toInt();
        QVERIFY(version > 1);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("before.cohort"));
        QVERIFY(!Database().createAtVersion(path, version - 1).isError());
        {
            // A campaign written at the older version, with plain SQL (createAtVersion closes).
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                         QStringLiteral("details-migration"));
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            QVERIFY(q.exec(QStringLiteral(
                "INSERT INTO campaigns (id, name, type, reward_rule) VALUES (5, 'Referral day', "
                "'referral_day', '{\"referrer_rebate_minor\":1000,\"currency\":\"CNY\","
                "\"new_member_gift\":\"SN-001\"}')")));
            q.finish();
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("details-migration"));
        Database db;
        QVERIFY(!db.open(path).isError());
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT details FROM campaigns WHERE id = 5")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QString());
        const std::optional<Campaign> campaign = CampaignRepository(db).find(5);
        QVERIFY(campaign);
        QCOMPARE(campaign->details.referrerReward, Money(1000, QStringLiteral("CNY")));
        QCOMPARE(campaign->details.newMemberGift, QStringLiteral("SN-001"));
        Campaign changed = *campaign;
        changed.details.sessionTopic = QStringLiteral("Q&A");
        QVERIFY(CampaignRepository(db).update(changed));
        QCOMPARE(CampaignRepository(db).find(5)->details, changed.details);
    }

    void searchMigrationIndexesExistingMembers()
    {
        // Found by name: migrations are renumbered when branches merge.
        const QStringList names
            = QDir(QStringLiteral(":/cohort/migrations"))
                  .entryList({ QStringLiteral("????_search.sql") }, QDir::Files);
        QCOMPARE(names.size(), 1);
        const int version = names.first().left(4).toInt();
        QVERIFY(version > 1);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("before-search.cohort"));
        QVERIFY(!Database().createAtVersion(path, version - 1).isError());
        {
            // Members written at the older version, with plain SQL (no triggers exist yet).
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                         QStringLiteral("search-migration"));
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            QVERIFY(q.exec(QStringLiteral(
                "INSERT INTO members (display_name, phone, wechat_id, created_at) VALUES "
                "('Li Na', '13800001111', 'wx_lina', 0), ('王芳', '', 'WX_Fang', 0)")));
            q.finish();
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("search-migration"));
        Database db;
        QVERIFY(!db.open(path).isError());
        QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
        ListQuery members(db, ListSpecs::members(db.dialect()));
        // Texts of three characters and more go through the index: the old rows are in it.
        const QList<std::pair<QString, qint64>> expected {
            { QStringLiteral("li na"), 1 }, { QStringLiteral("00001111"), 1 },
            { QStringLiteral("wx_"), 2 },   { QStringLiteral("王芳"), 1 },
            { QStringLiteral("fang"), 1 },  { QStringLiteral("zzz"), 0 },
        };
        for (const auto &[text, count] : expected) {
            ListFilter filter;
            filter.text = text;
            QCOMPARE(members.count(filter), count);
            QCOMPARE(qint64(members.page(filter, {}, 0, 10).rows.size()), count);
        }
        // And the triggers keep it for rows written after the upgrade.
        QSqlQuery q(db.connection());
        QVERIFY(
            q.exec(QStringLiteral("UPDATE members SET display_name = 'Zhou Mei' WHERE id = 1")));
        ListFilter filter;
        filter.text = QStringLiteral("li na");
        QCOMPARE(members.count(filter), 0);
        filter.text = QStringLiteral("ZHOU");
        QCOMPARE(members.count(filter), 1);
    }

    void migrationPlaceholders()
    {
        const QString sql = QStringLiteral(
            "CREATE TABLE a (id ${PK}, n ${INT64});\n-- a comment\nCREATE TABLE b (${INT64});\n");
        QCOMPARE(
            Migrator::statements(SqlDialect().expandMigration(sql)),
            (QStringList { QStringLiteral("CREATE TABLE a (id INTEGER PRIMARY KEY, n INTEGER)"),
                           QStringLiteral("CREATE TABLE b (INTEGER)") }));
    }

    void upToDateFileIsNotMigrated()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cur.cohort"));
        {
            Database db;
            QVERIFY(!db.open(path, Database::OpenMode::CreateOrOpen).isError());
        }
        Database db;
        bool called = false;
        db.setBeforeMigration([&](const QString &, int) {
            called = true;
            return WorkspaceError {};
        });
        QVERIFY(!db.open(path).isError());
        QVERIFY(!called);
    }

    void statementsSplit()
    {
        const QStringList list = Migrator::statements(QStringLiteral(
            "-- comment;\nCREATE TABLE a (x);\n\nCREATE TABLE b (\n  y -- trailing\n);\n"));
        QCOMPARE(list.size(), 2);
        QVERIFY(list.at(0).startsWith(QStringLiteral("CREATE TABLE a")));
        QVERIFY(list.at(1).contains(QStringLiteral("y")));
        // A trigger body's own statements stay inside the trigger.
        const QStringList trigger = Migrator::statements(
            QStringLiteral("CREATE TRIGGER t AFTER INSERT ON a BEGIN\n  INSERT INTO b VALUES (1);\n"
                           "  INSERT INTO b VALUES (2);\nEND;\nCREATE TABLE c (z);\n"));
        QCOMPARE(trigger.size(), 2);
        QVERIFY(trigger.at(0).endsWith(QStringLiteral("END")));
        QCOMPARE(trigger.at(1), QStringLiteral("CREATE TABLE c (z)"));
    }

    void transactionRollsBackUnlessCommitted()
    {
        Database db;
        QVERIFY(!db.openInMemory().isError());
        QSignalSpy spy(&db, &Database::changed);
        {
            SqlTransaction tx(db);
            QVERIFY(tx.isActive());
            QSqlQuery q(tx.connection());
            QVERIFY(q.exec(QStringLiteral("INSERT INTO tags (name) VALUES ('a')")));
            tx.touch(Table::Tags);
        }
        QCOMPARE(countRows(db, QStringLiteral("tags")), 0);
        QCOMPARE(spy.count(), 0);
        {
            SqlTransaction tx(db);
            QSqlQuery q(tx.connection());
            QVERIFY(q.exec(QStringLiteral("INSERT INTO tags (name) VALUES ('b')")));
            tx.touch(Table::Tags);
            QVERIFY(tx.commit());
        }
        QCOMPARE(countRows(db, QStringLiteral("tags")), 1);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).value<Tables>(), Tables(Table::Tags));
    }

    void nestedTransactionsAreOneUnit()
    {
        Database db;
        QVERIFY(!db.openInMemory().isError());
        QSignalSpy spy(&db, &Database::changed);
        {
            SqlTransaction outer(db);
            QSqlQuery(outer.connection())
                .exec(QStringLiteral("INSERT INTO tags (name) VALUES ('o')"));
            {
                SqlTransaction inner(db);
                QVERIFY(inner.isActive());
                QSqlQuery(inner.connection())
                    .exec(QStringLiteral("INSERT INTO tags (name) VALUES ('i')"));
                inner.touch(Table::Members);
                QVERIFY(inner.commit());
            }
            {
                SqlTransaction failing(db);
                QSqlQuery(failing.connection())
                    .exec(QStringLiteral("INSERT INTO tags (name) VALUES ('x')"));
                // not committed: only this savepoint is undone
            }
            QCOMPARE(spy.count(), 0); // nothing announced before the outermost commit
            outer.touch(Table::Tags);
            QVERIFY(outer.commit());
        }
        QCOMPARE(countRows(db, QStringLiteral("tags")), 2);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).value<Tables>(), Tables(Table::Tags | Table::Members));

        {
            SqlTransaction outer(db);
            SqlTransaction inner(db);
            QSqlQuery(inner.connection())
                .exec(QStringLiteral("INSERT INTO tags (name) VALUES ('z')"));
            QVERIFY(inner.commit());
            // outer never commits: the inner work goes too
        }
        QCOMPARE(countRows(db, QStringLiteral("tags")), 2);
    }

    void workerThreadsGetTheirOwnConnection()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(!db.open(dir.filePath(QStringLiteral("t.cohort")), Database::OpenMode::CreateOrOpen)
                     .isError());
        const QString mainName = db.connection().connectionName();
        QString workerName;
        int workerCount = -1;
        QThread *thread = QThread::create([&] {
            workerName = db.connection().connectionName();
            SqlTransaction tx(db);
            QSqlQuery(tx.connection()).exec(QStringLiteral("INSERT INTO tags (name) VALUES ('w')"));
            tx.commit();
            workerCount = countRows(db, QStringLiteral("tags"));
            db.releaseThreadConnection();
        });
        thread->start();
        QVERIFY(thread->wait(10000));
        delete thread;
        QVERIFY(!workerName.isEmpty());
        QVERIFY(workerName != mainName);
        QCOMPARE(workerCount, 1);
        QCOMPARE(countRows(db, QStringLiteral("tags")), 1);
    }

    void inMemoryReadersDoNotStopWriters()
    {
        // A worker holds a read of `tags` open (a list reloading) while this thread writes to
        // the same table, as an undo does: the write must go through, in the scratch workspace
        // as in a file one.
        Database db;
        QVERIFY(!db.openInMemory().isError());
        for (int i = 0; i < 3; ++i)
            QVERIFY(QSqlQuery(db.connection())
                        .exec(QStringLiteral("INSERT INTO tags (name) VALUES ('t%1')").arg(i)));
        std::mutex mutex;
        std::condition_variable changed;
        bool reading = false;
        bool written = false;
        QThread *thread = QThread::create([&] {
            {
                QSqlQuery read(db.connection());
                read.setForwardOnly(true);
                if (read.exec(QStringLiteral("SELECT name FROM tags ORDER BY id")) && read.next()) {
                    std::unique_lock lock(mutex);
                    reading = true;
                    changed.notify_all();
                    changed.wait(lock, [&] { return written; });
                }
            }
            db.releaseThreadConnection();
        });
        thread->start();
        {
            std::unique_lock lock(mutex);
            QVERIFY(changed.wait_for(lock, std::chrono::seconds(10), [&] { return reading; }));
        }
        SqlTransaction tx(db);
        QVERIFY(tx.isActive());
        QSqlQuery write(tx.connection());
        const bool ok = write.exec(QStringLiteral("UPDATE tags SET name = 'renamed' WHERE id = 1"));
        const QString error = write.lastError().text();
        const bool committed = ok && tx.commit();
        {
            std::lock_guard lock(mutex);
            written = true;
        }
        changed.notify_all();
        QVERIFY(thread->wait(10000));
        delete thread;
        QVERIFY2(ok, qPrintable(error));
        QVERIFY(committed);
    }

    void readOnlyRefusesWrites()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("r.cohort"));
        {
            Database db;
            QVERIFY(!db.open(path, Database::OpenMode::CreateOrOpen).isError());
        }
        Database db;
        QVERIFY(!db.open(path, Database::OpenMode::ReadOnly).isError());
        SqlTransaction tx(db);
        QVERIFY(!tx.isActive());
        QCOMPARE(tx.error().kind, WorkspaceError::Kind::ReadOnly);
    }

    void backupIsVerifiedCopy()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(!db.open(dir.filePath(QStringLiteral("b.cohort")), Database::OpenMode::CreateOrOpen)
                     .isError());
        QSqlQuery(db.connection()).exec(QStringLiteral("INSERT INTO tags (name) VALUES ('kept')"));
        const QString copy = dir.filePath(QStringLiteral("copy.cohort"));
        QVERIFY(!db.backupTo(copy).isError());
        QVERIFY(db.backupTo(copy).isError()); // never overwrites
        Database restored;
        QVERIFY(!restored.open(copy).isError());
        QCOMPARE(countRows(restored, QStringLiteral("tags")), 1);
    }

    void diskFullRollsBack()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(!db.open(dir.filePath(QStringLiteral("f.cohort")), Database::OpenMode::CreateOrOpen)
                     .isError());
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO tags (name) VALUES ('before')")));
        QVERIFY(q.exec(QStringLiteral("PRAGMA page_count")));
        QVERIFY(q.next());
        const int pages = q.value(0).toInt();
        QVERIFY(q.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages + 1)));
        SqlTransaction tx(db);
        QSqlQuery insert(tx.connection());
        insert.prepare(QStringLiteral("INSERT INTO tags (name) VALUES (?)"));
        bool failed = false;
        WorkspaceError error;
        for (int i = 0; i < 5000 && !failed; ++i) {
            insert.addBindValue(QString(QString(200, QChar(u'a' + i % 26)) + QString::number(i)));
            if (!insert.exec()) {
                failed = true;
                error = Database::errorFromSql(insert.lastError());
            }
        }
        QVERIFY(failed);
        QCOMPARE(error.kind, WorkspaceError::Kind::Io);
        QVERIFY(error.message.contains(QStringLiteral("full")));
        tx.rollback();
        QCOMPARE(countRows(db, QStringLiteral("tags")), 1);
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
