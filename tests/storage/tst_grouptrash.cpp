#include "demo/demogenerator.h"
#include "storage/activityrollups.h"
#include "storage/checkedquery.h"
#include "storage/database.h"
#include "storage/grouptrash.h"

#include "testbackends.h"
#include <QCryptographicHash>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>

#include <QTest>

using namespace cohort;

/// Deleting groups into the trash and undoing it, on a generated demo workspace: every row of
/// every table comes back as it was, Cancel and a failed read change nothing, roll-ups stay exact
/// and leftover batches are purged when a workspace is opened.
class TestGroupTrash : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_demo; ///< generated once, copied for each test
    std::unique_ptr<Database> m_db;
    QList<qint64> m_groups; ///< the two groups with most messages

    static QList<qint64> ids(const Database &db, const QString &sql)
    {
        QList<qint64> result;
        QSqlQuery q(db.connection());
        if (!q.exec(sql))
            return result;
        while (q.next())
            result << q.value(0).toLongLong();
        return result;
    }

    static qint64 scalar(const Database &db, const QString &sql)
    {
        const QList<qint64> values = ids(db, sql);
        return values.isEmpty() ? -1 : values.first();
    }

    /// Every table of the workspace, each as a row count and a hash of its sorted rows.
    static QStringList census(const Database &db)
    {
        QStringList result;
        const QSqlDatabase connection = db.connection();
        const QStringList tables = connection.tables();
        for (const QString &table : tables) {
            QSqlQuery q(connection);
            if (!q.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(table))) {
                result << table + QStringLiteral(": unreadable");
                continue;
            }
            QStringList rows;
            while (q.next()) {
                QStringList values;
                for (int i = 0; i < q.record().count(); ++i)
                    values << (q.isNull(i) ? QStringLiteral("NULL") : q.value(i).toString());
                rows << values.join(QLatin1Char('\x1f'));
            }
            rows.sort();
            result << QStringLiteral("%1: %2 rows %3")
                          .arg(table)
                          .arg(rows.size())
                          .arg(QString::fromLatin1(
                              QCryptographicHash::hash(rows.join(QLatin1Char('\n')).toUtf8(),
                                                       QCryptographicHash::Sha1)
                                  .toHex()));
        }
        result.sort();
        return result;
    }

    static void verifyIntact(const Database &db)
    {
        QCOMPARE(ActivityRollups(db).countMismatches(), qint64(0));
        QCOMPARE(cohort::test::foreignKeyProblems(db), qint64(0));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_demo = m_dir.filePath(QStringLiteral("demo.cohort"));
        Database db;
        QVERIFY(!db.open(m_demo, Database::OpenMode::CreateOrOpen).isError());
        DemoGenerator generator(db);
        QVERIFY2(generator.generate(14, DemoGenerator::Scale::Small),
                 qPrintable(generator.lastError().message));
        db.close();
    }

    void init()
    {
        const QString path = m_dir.filePath(QStringLiteral("work.cohort"));
        QFile::remove(path);
        QVERIFY(QFile::copy(m_demo, path));
        m_db = std::make_unique<Database>();
        QVERIFY(!m_db->open(path).isError());
        m_groups = ids(*m_db,
                       QStringLiteral("SELECT group_id FROM messages GROUP BY group_id "
                                      "ORDER BY COUNT(*) DESC, group_id LIMIT 2"));
        QCOMPARE(m_groups.size(), 2);
    }

    void cleanup()
    {
        CheckedQuery::clearFailures();
        m_db.reset();
    }

    void deleteUndoRedoRoundTrip()
    {
        const QStringList before = census(*m_db);
        GroupTrash trash(*m_db);
        const GroupTrash::Counts counts = trash.count(m_groups);
        QCOMPARE(counts.groups, qint64(2));
        QVERIFY(counts.messages > 1000); // several message chunks
        QVERIFY(counts.memberships > 0);

        QList<int> progress;
        trash.setProgressCallback([&](int percent) { progress << percent; });
        const qint64 batch = trash.moveToTrash(m_groups);
        QVERIFY2(batch > 0, qPrintable(trash.lastError().message));
        QCOMPARE(progress.last(), 100);
        QVERIFY(std::is_sorted(progress.cbegin(), progress.cend()));
        QCOMPARE(scalar(*m_db,
                        QStringLiteral("SELECT COUNT(*) FROM chat_groups WHERE id IN (%1, %2)")
                            .arg(m_groups.at(0))
                            .arg(m_groups.at(1))),
                 qint64(0));
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM trash_messages")),
                 counts.messages);
        const qint64 moved
            = scalar(*m_db,
                     QStringLiteral(
                         "SELECT (SELECT COUNT(*) FROM trash_chat_groups) + (SELECT COUNT(*) FROM "
                         "trash_memberships) + (SELECT COUNT(*) FROM trash_membership_events) + "
                         "(SELECT COUNT(*) FROM trash_messages) + (SELECT COUNT(*) FROM "
                         "trash_rule_violations) + (SELECT COUNT(*) FROM trash_campaign_groups) + "
                         "(SELECT COUNT(*) FROM trash_partner_groups) + (SELECT COUNT(*) FROM "
                         "trash_member_day_activity) + (SELECT COUNT(*) FROM "
                         "trash_group_hour_activity) + (SELECT COUNT(*) FROM trash_links)"));
        QCOMPARE(moved, counts.rows);
        QCOMPARE(trash.count(m_groups).rows, qint64(0));
        verifyIntact(*m_db);
        const QStringList deleted = census(*m_db);

        QVERIFY2(trash.restore(batch), qPrintable(trash.lastError().message));
        QCOMPARE(census(*m_db), before);
        QCOMPARE(trash.batchCount(), qint64(0));
        verifyIntact(*m_db);

        // Redo takes the same rows again; its batch has a new id, so only the rest compares.
        const qint64 again = trash.moveToTrash(m_groups);
        QVERIFY2(again > 0, qPrintable(trash.lastError().message));
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM messages")),
                 scalar(*m_db,
                        QStringLiteral("SELECT COUNT(*) FROM messages WHERE group_id NOT "
                                       "IN (%1, %2)")
                            .arg(m_groups.at(0))
                            .arg(m_groups.at(1))));
        const auto withoutTrash = [](QStringList tables) {
            tables.removeIf([](const QString &t) { return t.startsWith(QLatin1String("trash_")); });
            return tables;
        };
        QCOMPARE(withoutTrash(census(*m_db)), withoutTrash(deleted));
        QVERIFY(trash.restore(again));
        QCOMPARE(census(*m_db), before);
        verifyIntact(*m_db);
    }

    void cancelChangesNothing_data()
    {
        QTest::addColumn<int>("askedBeforeCancel");
        QTest::newRow("at once") << 0;
        QTest::newRow("after a chunk") << 1;
        QTest::newRow("after three chunks") << 3;
    }

    void cancelChangesNothing()
    {
        QFETCH(int, askedBeforeCancel);
        const QStringList before = census(*m_db);
        GroupTrash trash(*m_db);
        int asked = 0;
        trash.setCancelFlag([&] { return asked++ >= askedBeforeCancel; });
        QCOMPARE(trash.moveToTrash(m_groups), qint64(0));
        QVERIFY(trash.wasCancelled());
        QCOMPARE(census(*m_db), before);
    }

    void failedReadAbortsAndChangesNothing_data()
    {
        QTest::addColumn<QString>("fragment");
        QTest::addColumn<int>("times");
        QTest::newRow("counting") << QStringLiteral("COUNT(*) FROM messages") << 1;
        QTest::newRow("first chunk") << QStringLiteral("SELECT MAX(id) FROM") << 1;
        QTest::newRow("a later chunk") << QStringLiteral("SELECT MAX(id) FROM") << -1;
    }

    void failedReadAbortsAndChangesNothing()
    {
        QFETCH(QString, fragment);
        QFETCH(int, times);
        const QStringList before = census(*m_db);
        GroupTrash trash(*m_db);
        int chunks = 0;
        if (times < 0) {
            // Fails from the second chunk on: the first chunk has been moved by then.
            trash.setCancelFlag([&] {
                if (++chunks == 2)
                    CheckedQuery::failMatching(fragment);
                return false;
            });
        } else {
            CheckedQuery::failMatching(fragment, times);
        }
        bool threw = false;
        try {
            trash.moveToTrash(m_groups);
        } catch (const QueryError &) {
            threw = true;
        }
        QVERIFY(threw);
        CheckedQuery::clearFailures();
        QCOMPARE(census(*m_db), before);
    }

    void leftoverBatchesArePurgedOnOpen()
    {
        GroupTrash trash(*m_db);
        QVERIFY(trash.moveToTrash({ m_groups.at(0) }) > 0);
        QVERIFY(trash.moveToTrash({ m_groups.at(1) }) > 0);
        QCOMPARE(trash.batchCount(), qint64(2));
        const QString path = m_db->filePath();
        m_db->close();
        QVERIFY(!m_db->open(path).isError());
        QCOMPARE(GroupTrash(*m_db).batchCount(), qint64(0));
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM trash_messages")), qint64(0));
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM trash_links")), qint64(0));
        verifyIntact(*m_db);
    }

    /// With the check deferred, open() writes nothing of the trash: the caller purges it once
    /// the check has passed.
    void deferredOpenLeavesTheTrashToPurgeTrash()
    {
        GroupTrash trash(*m_db);
        QVERIFY(trash.moveToTrash({ m_groups.at(0) }) > 0);
        const QString path = m_db->filePath();
        m_db->close();
        QVERIFY(!m_db->open(path, Database::OpenMode::ReadWrite, Database::IntegrityCheck::Deferred)
                     .isError());
        QCOMPARE(GroupTrash(*m_db).batchCount(), qint64(1));
        QVERIFY(!m_db->checkIntegrity().isError());
        QVERIFY(!m_db->purgeTrash().isError());
        QCOMPARE(GroupTrash(*m_db).batchCount(), qint64(0));
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM trash_messages")), qint64(0));
        verifyIntact(*m_db);
    }
};

QTEST_GUILESS_MAIN(TestGroupTrash)
#include "tst_grouptrash.moc"
