#include "demo/demogenerator.h"
#include "rules/groupscanner.h"
#include "rules/phraselists.h"
#include "storage/activityrollups.h"
#include "storage/database.h"
#include "storage/memberrepository.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace cohort;

/// DemoGenerator: deterministic from the seed, realistic counts and variety, consistent data.
class TestDemoGenerator : public QObject
{
    Q_OBJECT

    static qint64 scalar(const Database &db, const QString &sql)
    {
        QSqlQuery q(db.connection());
        if (!q.exec(sql) || !q.next())
            qFatal("query failed: %s", qPrintable(sql));
        return q.value(0).toLongLong();
    }

    /// SHA-256 over every row of every table but meta, in primary-key order.
    static QByteArray contentHash(const Database &db)
    {
        QCryptographicHash hash(QCryptographicHash::Sha256);
        QSqlQuery tables(db.connection());
        tables.exec(
            QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name <> 'meta' "
                           "AND name NOT LIKE 'sqlite_%' ORDER BY name"));
        while (tables.next()) {
            const QString table = tables.value(0).toString();
            QSqlQuery rows(db.connection());
            rows.exec(QStringLiteral("SELECT * FROM ") + table);
            const int columns = rows.record().count();
            QStringList order;
            for (int i = 1; i <= columns; ++i)
                order << QString::number(i);
            rows.exec(QStringLiteral("SELECT * FROM ") + table + QStringLiteral(" ORDER BY ")
                      + order.join(QLatin1Char(',')));
            hash.addData(table.toUtf8());
            while (rows.next()) {
                for (int i = 0; i < columns; ++i) {
                    hash.addData(rows.value(i).toString().toUtf8());
                    hash.addData(QByteArrayView("\x1f", 1));
                }
            }
        }
        return hash.result().toHex();
    }

    static std::unique_ptr<Database> generated(quint32 seed)
    {
        auto db = std::make_unique<Database>();
        if (db->openInMemory().isError())
            return nullptr;
        DemoGenerator generator(*db);
        if (!generator.generate(seed, DemoGenerator::Scale::Small))
            qWarning("%s", qPrintable(generator.lastError().message));
        return db;
    }

    std::unique_ptr<Database> m_db;
    DemoGenerator::Counts m_counts;

private Q_SLOTS:
    void initTestCase()
    {
        m_db = std::make_unique<Database>();
        QVERIFY(!m_db->openInMemory().isError());
        DemoGenerator generator(*m_db);
        QList<int> percents;
        generator.setProgressCallback([&percents](int percent, const QString &step) {
            QVERIFY(!step.isEmpty());
            percents << percent;
        });
        QSignalSpy spy(m_db.get(), &Database::changed);
        QElapsedTimer timer;
        timer.start();
        QVERIFY2(generator.generate(7, DemoGenerator::Scale::Small),
                 qPrintable(generator.lastError().message));
        qInfo("small demo data generated in %lld ms (informational, not a limit)", timer.elapsed());
        QVERIFY(std::is_sorted(percents.cbegin(), percents.cend()));
        QCOMPARE(percents.last(), 100);
        QCOMPARE(spy.count(), 1); // one transaction, one announcement
        const Tables touched = spy.at(0).at(0).value<Tables>();
        QVERIFY(touched.testFlag(Table::Members) && touched.testFlag(Table::Orders)
                && touched.testFlag(Table::Messages));
        const DemoGenerator::Counts &c = generator.counts();
        QCOMPARE(c.members, scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM members")));
        QCOMPARE(c.orders, scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM orders")));
        QCOMPARE(c.messages, scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM messages")));
        QVERIFY(touched.testFlag(Table::Violations));
        m_counts = c;
    }

    void cleanupTestCase() { m_db.reset(); }

    void countsWithinRanges_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<qint64>("low");
        QTest::addColumn<qint64>("high");
        QTest::newRow("groups") << QStringLiteral("SELECT COUNT(*) FROM chat_groups") << 10LL
                                << 14LL;
        QTest::newRow("platforms")
            << QStringLiteral("SELECT COUNT(DISTINCT platform) FROM chat_groups") << 5LL << 7LL;
        QTest::newRow("members") << QStringLiteral("SELECT COUNT(*) FROM members") << 2700LL
                                 << 3300LL;
        QTest::newRow("products") << QStringLiteral("SELECT COUNT(*) FROM products") << 35LL
                                  << 45LL;
        QTest::newRow("product roles")
            << QStringLiteral("SELECT COUNT(DISTINCT role) FROM products") << 4LL << 4LL;
        QTest::newRow("repurchase products")
            << QStringLiteral("SELECT COUNT(*) FROM products WHERE repurchase_cycle_days > 0")
            << 10LL << 40LL;
        QTest::newRow("campaigns")
            << QStringLiteral("SELECT COUNT(*) FROM campaigns") << 20LL << 30LL;
        QTest::newRow("campaign types")
            << QStringLiteral("SELECT COUNT(DISTINCT type) FROM campaigns") << 7LL << 7LL;
        QTest::newRow("campaign tiers")
            << QStringLiteral("SELECT COUNT(DISTINCT campaign_id) FROM campaign_price_tiers") << 2LL
            << 10LL;
        QTest::newRow("recurring campaigns")
            << QStringLiteral("SELECT COUNT(*) FROM campaigns WHERE recurrence <> ''") << 5LL
            << 25LL;
        QTest::newRow("announcements")
            << QStringLiteral("SELECT COUNT(*) FROM campaigns WHERE announcement_template = ''")
            << 0LL << 0LL;
        QTest::newRow("orders") << QStringLiteral("SELECT COUNT(*) FROM orders") << 7000LL
                                << 9000LL;
        QTest::newRow("refunds") << QStringLiteral(
            "SELECT COUNT(*) FROM orders WHERE status = 'refunded'")
                                 << 100LL << 1000LL;
        QTest::newRow("order statuses")
            << QStringLiteral("SELECT COUNT(DISTINCT status) FROM orders") << 4LL << 4LL;
        QTest::newRow("campaign orders")
            << QStringLiteral("SELECT COUNT(*) FROM orders WHERE campaign_id IS NOT NULL") << 1000LL
            << 4000LL;
        QTest::newRow("repeat buyers")
            << QStringLiteral("SELECT COUNT(*) FROM (SELECT member_id FROM orders GROUP BY "
                              "member_id HAVING COUNT(*) >= 2)")
            << 300LL << 3000LL;
        QTest::newRow("messages over six months")
            << QStringLiteral("SELECT COUNT(*) FROM messages") << 20000LL << 90000LL;
        QTest::newRow("message span days")
            << QStringLiteral("SELECT (MAX(sent_at) - MIN(sent_at)) / 86400 FROM messages") << 180LL
            << 184LL;
        QTest::newRow("referred members")
            << QStringLiteral("SELECT COUNT(*) FROM members WHERE referrer_id IS NOT NULL") << 400LL
            << 1200LL;
        QTest::newRow("chains three deep") << QStringLiteral(
            "SELECT COUNT(*) FROM members a JOIN members b ON a.referrer_id = b.id "
            "JOIN members c ON b.referrer_id = c.id")
                                           << 20LL << 1000LL;
        QTest::newRow("left members")
            << QStringLiteral("SELECT COUNT(*) FROM memberships WHERE left_at IS NOT NULL") << 100LL
            << 800LL;
        QTest::newRow("rejoined") << QStringLiteral(
            "SELECT COUNT(*) FROM (SELECT group_id, member_id FROM membership_events "
            "WHERE kind = 'join' GROUP BY 1, 2 HAVING COUNT(*) > 1)")
                                  << 20LL << 500LL;
        QTest::newRow("roles") << QStringLiteral("SELECT COUNT(DISTINCT role) FROM memberships")
                               << 7LL << 7LL;
        QTest::newRow("owners") << QStringLiteral(
            "SELECT COUNT(*) FROM memberships WHERE role = 'owner'")
                                << 10LL << 14LL;
        QTest::newRow("tags") << QStringLiteral("SELECT COUNT(*) FROM tags") << 10LL << 40LL;
        QTest::newRow("tagged members")
            << QStringLiteral("SELECT COUNT(DISTINCT member_id) FROM member_tags") << 1500LL
            << 2500LL;
        QTest::newRow("source channels")
            << QStringLiteral("SELECT COUNT(DISTINCT source_channel) FROM members") << 7LL << 9LL;
        QTest::newRow("identities")
            << QStringLiteral("SELECT COUNT(*) FROM identities") << 3000LL << 6000LL;
        QTest::newRow("chinese names") << QStringLiteral(
            "SELECT COUNT(*) FROM members WHERE display_name NOT GLOB '*[A-Za-z]*'")
                                       << 1500LL << 2500LL;
        QTest::newRow("english names") << QStringLiteral(
            "SELECT COUNT(*) FROM members WHERE display_name GLOB '[A-Z]* [A-Z]*'")
                                       << 600LL << 1300LL;
        QTest::newRow("positioning filled")
            << QStringLiteral("SELECT COUNT(*) FROM chat_groups WHERE main_business = '' OR goals "
                              "= '' OR rules_text = '' "
                              "OR portrait_age = '' OR capacity = 0")
            << 0LL << 0LL;
        QTest::newRow("over capacity")
            << QStringLiteral("SELECT COUNT(*) FROM chat_groups g WHERE capacity < (SELECT "
                              "COUNT(*) FROM memberships m "
                              "WHERE m.group_id = g.id AND left_at IS NULL)")
            << 0LL << 0LL;
    }

    void countsWithinRanges()
    {
        QFETCH(QString, sql);
        QFETCH(qint64, low);
        QFETCH(qint64, high);
        const qint64 value = scalar(*m_db, sql);
        QVERIFY2(value >= low && value <= high,
                 qPrintable(QStringLiteral("%1 not in [%2, %3]").arg(value).arg(low).arg(high)));
    }

    void consistency_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::newRow("self referral")
            << QStringLiteral("SELECT COUNT(*) FROM members WHERE referrer_id = id");
        QTest::newRow("referrer newer than member") << QStringLiteral(
            "SELECT COUNT(*) FROM members m JOIN members r ON r.id = m.referrer_id "
            "WHERE r.first_seen > m.first_seen");
        QTest::newRow("order before first seen")
            << QStringLiteral("SELECT COUNT(*) FROM orders o JOIN members m ON m.id = o.member_id "
                              "WHERE o.ordered_at < m.first_seen");
        QTest::newRow("order outside period")
            << QStringLiteral(
                   "SELECT COUNT(*) FROM orders WHERE ordered_at < %1 OR ordered_at > %2")
                   .arg(DemoGenerator::periodStart().toSecsSinceEpoch())
                   .arg(DemoGenerator::periodEnd().toSecsSinceEpoch());
        QTest::newRow("total above price x quantity") << QStringLiteral(
            "SELECT COUNT(*) FROM orders WHERE total_minor > unit_price_minor * quantity "
            "OR total_minor <= 0");
        QTest::newRow("currency differs from product") << QStringLiteral(
            "SELECT COUNT(*) FROM orders o JOIN products p ON p.id = o.product_id "
            "WHERE o.currency <> p.currency");
        QTest::newRow("message from someone absent") << QStringLiteral(
            "SELECT COUNT(*) FROM messages x WHERE NOT EXISTS (SELECT 1 FROM memberships s "
            "WHERE s.group_id = x.group_id AND s.member_id = x.member_id)");
        QTest::newRow("left before joined")
            << QStringLiteral("SELECT COUNT(*) FROM memberships WHERE left_at < joined_at");
        QTest::newRow("partner levels") << QStringLiteral(
            "SELECT COUNT(*) FROM partners a JOIN partners b ON a.recruiter_id = b.member_id "
            "WHERE b.recruiter_id IS NOT NULL");
        QTest::newRow("last active without messages") << QStringLiteral(
            "SELECT COUNT(*) FROM members m WHERE last_active IS NOT NULL AND last_active <> "
            "(SELECT MAX(sent_at) FROM messages x WHERE x.member_id = m.id)");
    }

    void consistency()
    {
        QFETCH(QString, sql);
        QCOMPARE(scalar(*m_db, sql), 0);
    }

    void foreignKeysHold()
    {
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_key_check")));
        const bool violation = q.next();
        QVERIFY2(!violation, violation ? qPrintable(q.value(0).toString()) : "");
        QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
    }

    void indexesAreRebuilt()
    {
        Database fresh;
        QVERIFY(!fresh.openInMemory().isError());
        const QString list
            = QStringLiteral("SELECT group_concat(sql, ';') FROM (SELECT sql FROM sqlite_master "
                             "WHERE type = 'index' ORDER BY name)");
        QSqlQuery a(fresh.connection());
        QSqlQuery b(m_db->connection());
        QVERIFY(a.exec(list) && a.next());
        QVERIFY(b.exec(list) && b.next());
        QVERIFY(!a.value(0).toString().isEmpty());
        QCOMPARE(b.value(0).toString(), a.value(0).toString());
    }

    void rollupsMatchMessages()
    {
        ActivityRollups rollups(*m_db);
        QCOMPARE(rollups.countMismatches(), 0);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT SUM(messages) FROM group_hour_activity")),
                 scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM messages")));
        QCOMPARE(m_db->timeZoneId(), QStringLiteral("Asia/Shanghai"));
    }

    void repositoriesReadTheData()
    {
        MemberRepository members(*m_db);
        const std::optional<Member> owner = members.find(1);
        QVERIFY(owner);
        QCOMPARE(members.memberships(1).size(),
                 scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM chat_groups")));
        QVERIFY(!members.identities(1).isEmpty());
        QVERIFY(!members.allTags().isEmpty());
    }

    /// The demo's groups have rules, and what they found is on record as a re-scan finds it.
    void rulesWereChecked()
    {
        const QString rows = QStringLiteral(
            "SELECT group_concat(message_id || ':' || rule || ':' || matched, '|') FROM "
            "(SELECT * FROM rule_violations ORDER BY group_id, message_id, rule)");
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(rows) && q.next());
        const QString found = q.value(0).toString();
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM rule_violations")),
                 m_counts.violations);
        QVERIFY(m_counts.violations > 100);
        QVERIFY(scalar(*m_db, QStringLiteral("SELECT COUNT(DISTINCT rule) FROM rule_violations"))
                >= 2);
        // On a second copy: a re-scan writes new rows, and the others compare this one's content.
        std::unique_ptr<Database> copy = generated(7);
        QVERIFY(copy);
        rules::GroupScanner scanner(*copy, rules::PhraseLists::load(*copy));
        QSqlQuery groups(copy->connection());
        QVERIFY(groups.exec(QStringLiteral("SELECT id FROM chat_groups")));
        while (groups.next())
            QVERIFY(scanner.rescan(groups.value(0).toLongLong(), {}).ok);
        QSqlQuery again(copy->connection());
        QVERIFY(again.exec(rows) && again.next());
        QCOMPARE(again.value(0).toString(), found);
    }

    void deterministic()
    {
        const QByteArray mine = contentHash(*m_db);
        std::unique_ptr<Database> same = generated(7);
        QVERIFY(same);
        QCOMPARE(contentHash(*same), mine);
        std::unique_ptr<Database> other = generated(8);
        QVERIFY(other);
        QVERIFY(contentHash(*other) != mine);
    }

    void refusesAFilledWorkspace()
    {
        DemoGenerator generator(*m_db);
        const qint64 before = scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM members"));
        QVERIFY(!generator.generate(1, DemoGenerator::Scale::Small));
        QCOMPARE(generator.lastError().kind, WorkspaceError::Kind::Invalid);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM members")), before);
    }

    void cancelLeavesNothing_data()
    {
        QTest::addColumn<int>("afterSteps");
        QTest::newRow("at once") << 0;
        QTest::newRow("midway") << 4;
    }

    void cancelLeavesNothing()
    {
        QFETCH(int, afterSteps);
        Database db;
        QVERIFY(!db.openInMemory().isError());
        DemoGenerator generator(db);
        int polls = 0;
        generator.setCancelFlag([&polls, afterSteps]() { return polls++ >= afterSteps; });
        QSignalSpy spy(&db, &Database::changed);
        QVERIFY(!generator.generate(3, DemoGenerator::Scale::Small));
        QVERIFY(generator.wasCancelled());
        QCOMPARE(spy.count(), 0);
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM chat_groups")), 0);
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM members")), 0);
    }

    void scaleKeys()
    {
        QCOMPARE(DemoGenerator::scaleFromKey(QStringLiteral("small")), DemoGenerator::Scale::Small);
        QCOMPARE(DemoGenerator::scaleFromKey(QStringLiteral("large")), DemoGenerator::Scale::Large);
        QVERIFY(!DemoGenerator::scaleFromKey(QStringLiteral("huge")));
    }
};

QTEST_GUILESS_MAIN(TestDemoGenerator)
#include "tst_demogenerator.moc"
