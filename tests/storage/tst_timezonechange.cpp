#include "storage/activityrollups.h"
#include "storage/database.h"
#include "storage/sqltransaction.h"
#include "storage/timezonechange.h"
#include "storage/workspacezone.h"

#include "testbackends.h"
#include <QDateTime>
#include <QSignalSpy>
#include <QSqlQuery>

#include <QTest>
#include <QThread>

using namespace cohort;

namespace {

/// One group, one member, `count` messages an hour apart from 2026-01-01 00:30 UTC.
void insertHourlyMessages(Database &db, int count)
{
    SqlTransaction tx(db);
    QSqlQuery q(tx.connection());
    QVERIFY(q.exec(QStringLiteral("INSERT INTO chat_groups (id, platform, name, created_at) "
                                  "VALUES (1, 'wechat', 'A', 0)")));
    QVERIFY(q.exec(QStringLiteral("INSERT INTO members (id, display_name, created_at) "
                                  "VALUES (1, 'a', 0)")));
    q.prepare(QStringLiteral("INSERT INTO messages (group_id, member_id, sent_at, kind, body, "
                             "fingerprint) VALUES (1, 1, ?, 0, 'x', ?)"));
    const qint64 start = QDateTime(QDate(2026, 1, 1), QTime(0, 30), Qt::UTC).toSecsSinceEpoch();
    for (int i = 0; i < count; ++i) {
        q.addBindValue(start + qint64(i) * 3600);
        q.addBindValue(i + 1);
        QVERIFY(q.exec());
    }
    QVERIFY(tx.commit());
}

/// The roll-ups as text, to compare whole states.
QStringList rollupRows(const Database &db)
{
    QStringList rows;
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT 'd', group_id, day, member_id, messages FROM member_day_activity "
                          "UNION ALL SELECT 'h', group_id, day, hour, messages FROM "
                          "group_hour_activity ORDER BY 1, 2, 3, 4"));
    while (q.next()) {
        rows << QStringLiteral("%1 %2 %3 %4 %5")
                    .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                         q.value(3).toString(), q.value(4).toString());
    }
    return rows;
}

/// Messages per local day in the day roll-up, keyed by date.
QMap<QDate, qint64> messagesPerDay(const Database &db)
{
    QMap<QDate, qint64> days;
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT day, SUM(messages) FROM member_day_activity GROUP BY day"));
    while (q.next())
        days.insert(QDate(1970, 1, 1).addDays(q.value(0).toLongLong()), q.value(1).toLongLong());
    return days;
}

} // namespace

/// A change of the workspace zone records it and re-derives the local-day roll-ups in one
/// transaction, on any thread; cancelling or failing leaves the workspace as it was.
class TestTimeZoneChange : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { cohort::test::addBackendRows(); }
    void init()
    {
        m_db = std::make_unique<Database>();
        COHORT_OPEN_FRESH_WORKSPACE(*m_db);
        QVERIFY(m_db->setTimeZoneId(QStringLiteral("UTC")));
        insertHourlyMessages(*m_db, 48); // two whole UTC days
        QVERIFY(ActivityRollups(*m_db).rebuild());
    }

    void cleanup() { m_db.reset(); }

    void movesLocalDaysToTheNewZone()
    {
        QCOMPARE(messagesPerDay(*m_db),
                 (QMap<QDate, qint64> { { QDate(2026, 1, 1), 24 }, { QDate(2026, 1, 2), 24 } }));
        QSignalSpy changed(m_db.get(), &Database::changed);
        QList<int> progress;
        TimeZoneChange change(*m_db);
        change.setProgressCallback([&progress](int percent) { progress << percent; });
        QVERIFY2(change.run(QStringLiteral("Asia/Shanghai")),
                 qPrintable(change.lastError().message));
        QCOMPARE(m_db->timeZoneId(), QStringLiteral("Asia/Shanghai"));
        // UTC+8: the first 16 hours fall on 1 January, the next 24 on the 2nd, the last 8 on the
        // 3rd.
        QCOMPARE(messagesPerDay(*m_db),
                 (QMap<QDate, qint64> { { QDate(2026, 1, 1), 16 },
                                        { QDate(2026, 1, 2), 24 },
                                        { QDate(2026, 1, 3), 8 } }));
        QCOMPARE(ActivityRollups(*m_db).countMismatches(), qint64(0));
        // One announcement, after the one commit: every table reads differently now.
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().first().value<Tables>(), WorkspaceZone::changedTables());
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last(), 100);
        QVERIFY(std::is_sorted(progress.cbegin(), progress.cend()));
    }

    void cancelLeavesEverythingAsItWas()
    {
        const QStringList before = rollupRows(*m_db);
        QVERIFY(!before.isEmpty());
        QSignalSpy changed(m_db.get(), &Database::changed);
        TimeZoneChange change(*m_db);
        change.setCancelFlag([] { return true; });
        QVERIFY(!change.run(QStringLiteral("America/Los_Angeles")));
        QVERIFY(change.wasCancelled());
        QCOMPARE(m_db->timeZoneId(), QStringLiteral("UTC"));
        QCOMPARE(rollupRows(*m_db), before);
        QCOMPARE(changed.size(), 0);
    }

    void unknownZoneIsRefused()
    {
        const QStringList before = rollupRows(*m_db);
        TimeZoneChange change(*m_db);
        QVERIFY(!change.run(QStringLiteral("Mars/Olympus_Mons")));
        QVERIFY(!change.wasCancelled());
        QVERIFY(change.lastError().message.contains(QStringLiteral("Mars/Olympus_Mons")));
        QCOMPARE(m_db->timeZoneId(), QStringLiteral("UTC"));
        QCOMPARE(rollupRows(*m_db), before);
    }

    void runsOnAWorkerWithItsOwnConnection()
    {
        bool ok = false;
        QThread *worker = QThread::create([&] {
            ok = TimeZoneChange(*m_db).run(QStringLiteral("America/Los_Angeles"));
            m_db->releaseThreadConnection();
        });
        worker->start();
        QVERIFY(worker->wait(60000));
        delete worker;
        QVERIFY(ok);
        QCOMPARE(m_db->timeZoneId(), QStringLiteral("America/Los_Angeles"));
        QCOMPARE(ActivityRollups(*m_db).countMismatches(), qint64(0));
        // UTC-8 in January: 1 January 00:30 UTC is still 31 December there.
        QCOMPARE(messagesPerDay(*m_db).firstKey(), QDate(2025, 12, 31));
    }

private:
    std::unique_ptr<Database> m_db;
};

QTEST_GUILESS_MAIN(TestTimeZoneChange)
#include "tst_timezonechange.moc"
