#include "domain/enums.h"
#include "storage/activityrollups.h"
#include "storage/database.h"
#include "storage/sqltransaction.h"

#include "testbackends.h"
#include <QDateTime>
#include <QRandomGenerator>
#include <QSqlQuery>

#include <QTest>

using namespace cohort;

namespace {

/// Inserts `count` random messages (some system, some without author) around a DST change.
QList<qint64> insertMessages(Database &db, int count, quint32 seed)
{
    QRandomGenerator random(seed);
    SqlTransaction tx(db);
    QSqlQuery q(tx.connection());
    q.exec(QStringLiteral("INSERT INTO chat_groups (id, platform, name, created_at) VALUES (1, "
                          "'wechat', 'A', 0), (2, 'qq', 'B', 0)"));
    q.exec(QStringLiteral("INSERT INTO members (id, display_name, created_at) VALUES (1, 'a', 0), "
                          "(2, 'b', 0), (3, 'c', 0)"));
    // 2026-03-28 .. 2026-04-01 spans the Europe/Berlin spring change (29 March, 02:00 -> 03:00).
    const qint64 start = QDateTime(QDate(2026, 3, 28), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
    q.prepare(QStringLiteral("INSERT INTO messages (group_id, member_id, sent_at, kind, body, "
                             "fingerprint) VALUES (?, ?, ?, ?, 'x', ?)"));
    QList<qint64> ids;
    for (int i = 0; i < count; ++i) {
        q.addBindValue(1 + int(random.bounded(2)));
        const int member = int(random.bounded(4));
        q.addBindValue(member == 0 ? QVariant(QMetaType(QMetaType::LongLong)) : QVariant(member));
        q.addBindValue(start + qint64(random.bounded(5 * 86400)));
        q.addBindValue(random.bounded(10) == 0 ? int(MessageKind::System) : int(random.bounded(3)));
        q.addBindValue(qint64(i) + 1);
        if (!q.exec())
            return {};
        ids << q.lastInsertId().toLongLong();
    }
    tx.commit();
    return ids;
}

} // namespace

/// Roll-ups equal a from-scratch recomputation after rebuilds and deletions, across DST.
class TestActivityRollups : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { cohort::test::addBackendRows(); }
    void rebuildAndRemoveStayExact()
    {
        Database db;
        COHORT_OPEN_FRESH_WORKSPACE(db);
        QVERIFY(db.setTimeZoneId(QStringLiteral("Europe/Berlin")));
        const QList<qint64> ids = insertMessages(db, 2000, 7);
        QCOMPARE(ids.size(), 2000);
        ActivityRollups rollups(db);
        QVERIFY(rollups.countMismatches() > 0); // nothing rolled up yet
        QVERIFY(rollups.rebuild());
        QCOMPARE(rollups.countMismatches(), qint64(0));

        QRandomGenerator random(11);
        for (int round = 0; round < 5; ++round) {
            QList<qint64> victims;
            for (int i = 0; i < 150; ++i)
                victims << ids.at(int(random.bounded(int(ids.size()))));
            QVERIFY(rollups.removeMessages(victims));
            QCOMPARE(rollups.countMismatches(), qint64(0));
        }
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT SUM(messages) FROM member_day_activity")));
        QVERIFY(q.next());
        const qint64 rolled = q.value(0).toLongLong();
        QVERIFY(q.exec(QStringLiteral(
            "SELECT COUNT(*) FROM messages WHERE member_id IS NOT NULL AND kind <> 5")));
        QVERIFY(q.next());
        QCOMPARE(rolled, q.value(0).toLongLong());
    }

    void detectsDrift()
    {
        Database db;
        COHORT_OPEN_FRESH_WORKSPACE(db);
        QVERIFY(db.setTimeZoneId(QStringLiteral("Asia/Shanghai")));
        insertMessages(db, 300, 3);
        ActivityRollups rollups(db);
        QVERIFY(rollups.rebuild());
        QCOMPARE(rollups.countMismatches(), qint64(0));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral(
            "UPDATE member_day_activity SET messages = messages + 1 WHERE (group_id, day, "
            "member_id) "
            "= (SELECT group_id, day, member_id FROM member_day_activity ORDER BY group_id, day, "
            "member_id LIMIT 1)")));
        QCOMPARE(rollups.countMismatches(), qint64(1));
        QVERIFY(q.exec(QStringLiteral(
            "DELETE FROM group_hour_activity WHERE (group_id, day, hour) = (SELECT group_id, day, "
            "hour FROM group_hour_activity ORDER BY group_id, day, hour LIMIT 1)")));
        QCOMPARE(rollups.countMismatches(), qint64(2));
        QVERIFY(rollups.rebuild());
        QCOMPARE(rollups.countMismatches(), qint64(0));
    }

    void localDayFollowsTimeZone()
    {
        Database db;
        COHORT_OPEN_FRESH_WORKSPACE(db);
        QVERIFY(db.setTimeZoneId(QStringLiteral("Asia/Shanghai")));
        SqlTransaction tx(db);
        QSqlQuery q(tx.connection());
        q.exec(QStringLiteral("INSERT INTO chat_groups (id, platform, name, created_at) VALUES (1, "
                              "'wechat', 'A', 0)"));
        q.exec(QStringLiteral(
            "INSERT INTO members (id, display_name, created_at) VALUES (1, 'a', 0)"));
        // 2026-01-01 17:30 UTC is 2026-01-02 01:30 in Shanghai.
        q.prepare(QStringLiteral("INSERT INTO messages (group_id, member_id, sent_at, kind, body, "
                                 "fingerprint) VALUES (1, 1, ?, 0, 'x', 1)"));
        q.addBindValue(QDateTime(QDate(2026, 1, 1), QTime(17, 30), Qt::UTC).toSecsSinceEpoch());
        QVERIFY(q.exec());
        QVERIFY(tx.commit());
        QVERIFY(ActivityRollups(db).rebuild());
        QSqlQuery check(db.connection());
        QVERIFY(check.exec(QStringLiteral("SELECT day, hour FROM group_hour_activity")));
        QVERIFY(check.next());
        QCOMPARE(check.value(0).toLongLong(), QDate(1970, 1, 1).daysTo(QDate(2026, 1, 2)));
        QCOMPARE(check.value(1).toInt(), 1);
    }
};

QTEST_GUILESS_MAIN(TestActivityRollups)
#include "tst_activityrollups.moc"
