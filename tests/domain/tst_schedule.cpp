#include "domain/schedule.h"

#include <QTest>

using cohort::RecurrenceRule;
using cohort::Schedule;

namespace {

QDateTime utc(int y, int m, int d, int h, int min)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), Qt::UTC);
}

Schedule make(const QByteArray &zone, const QDateTime &localStart, const QString &rule,
              int minutes = 60)
{
    std::optional<RecurrenceRule> parsed;
    if (!rule.isEmpty())
        parsed = RecurrenceRule::parse(rule);
    return Schedule(localStart, minutes, QTimeZone(zone), parsed);
}

QList<QDateTime> starts(const QList<Schedule::Occurrence> &occurrences)
{
    QList<QDateTime> result;
    for (const auto &o : occurrences)
        result << o.startUtc;
    return result;
}

/// Wall-clock start times of the occurrences in the schedule's zone, "yyyy-MM-dd HH:mm".
QStringList wallTimes(const Schedule &schedule, const QList<Schedule::Occurrence> &occurrences)
{
    QStringList result;
    for (const auto &o : occurrences)
        result
            << o.startUtc.toTimeZone(schedule.zone()).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    return result;
}

} // namespace

/// Schedule: expanding recurrence rules into UTC occurrences across DST changes and month ends.
class TestSchedule : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void weekdaysKeepWallClockAcrossSpringChangeInBerlin()
    {
        // Berlin moves to summer time on Sunday 2024-03-31.
        const Schedule s = make("Europe/Berlin", QDateTime(QDate(2024, 3, 25), QTime(20, 0)),
                                QStringLiteral("FREQ=WEEKLY;BYDAY=MO,TU,WE,TH"));
        const auto list = s.occurrences(utc(2024, 3, 1, 0, 0), utc(2024, 4, 5, 0, 0));
        QCOMPARE(starts(list),
                 (QList<QDateTime> { utc(2024, 3, 25, 19, 0), utc(2024, 3, 26, 19, 0),
                                     utc(2024, 3, 27, 19, 0), utc(2024, 3, 28, 19, 0),
                                     utc(2024, 4, 1, 18, 0), utc(2024, 4, 2, 18, 0),
                                     utc(2024, 4, 3, 18, 0), utc(2024, 4, 4, 18, 0) }));
        QCOMPARE(list.first().endUtc, utc(2024, 3, 25, 20, 0));
        QCOMPARE(list.last().localDate, QDate(2024, 4, 4));
        for (const QString &wall : wallTimes(s, list))
            QVERIFY2(wall.endsWith(QLatin1String("20:00")), qPrintable(wall));
    }

    void autumnChangeInNewYork()
    {
        // New York leaves daylight time on Sunday 2024-11-03.
        const Schedule s = make("America/New_York", QDateTime(QDate(2024, 10, 31), QTime(20, 0)),
                                QStringLiteral("FREQ=DAILY"), 90);
        const auto list = s.occurrences(utc(2024, 11, 2, 0, 0), utc(2024, 11, 5, 0, 0));
        QCOMPARE(starts(list),
                 (QList<QDateTime> { utc(2024, 11, 2, 0, 0), utc(2024, 11, 3, 0, 0),
                                     utc(2024, 11, 4, 1, 0) }));
        QCOMPARE(wallTimes(s, list).last(), QStringLiteral("2024-11-03 20:00"));
        // Nov 1 at 20:00 EDT is 00:00 UTC on Nov 2: it belongs to the local date Nov 1.
        QCOMPARE(list.first().localDate, QDate(2024, 11, 1));
    }

    void springGapMovesForward()
    {
        // 02:30 does not exist in Berlin on 2024-03-31: it becomes 03:30 summer time.
        const Schedule s = make("Europe/Berlin", QDateTime(QDate(2024, 3, 30), QTime(2, 30)),
                                QStringLiteral("FREQ=DAILY;COUNT=3"));
        const auto list = s.occurrences(utc(2024, 1, 1, 0, 0), utc(2025, 1, 1, 0, 0));
        QCOMPARE(
            wallTimes(s, list),
            (QStringList { QStringLiteral("2024-03-30 02:30"), QStringLiteral("2024-03-31 03:30"),
                           QStringLiteral("2024-04-01 02:30") }));
        QCOMPARE(list.at(1).startUtc, utc(2024, 3, 31, 1, 30));
        QCOMPARE(list.at(1).localDate, QDate(2024, 3, 31));
        // New York's gap: 02:15 on 2024-03-10 becomes 03:15 EDT = 07:15 UTC.
        QCOMPARE(
            Schedule::wallToUtc(QDate(2024, 3, 10), QTime(2, 15), QTimeZone("America/New_York")),
            utc(2024, 3, 10, 7, 15));
    }

    void autumnOverlapTakesFirst()
    {
        // 02:30 happens twice in Berlin on 2024-10-27; the summer-time one (00:30 UTC) is first.
        QCOMPARE(Schedule::wallToUtc(QDate(2024, 10, 27), QTime(2, 30), QTimeZone("Europe/Berlin")),
                 utc(2024, 10, 27, 0, 30));
        QCOMPARE(
            Schedule::wallToUtc(QDate(2024, 11, 3), QTime(1, 30), QTimeZone("America/New_York")),
            utc(2024, 11, 3, 5, 30));
        const Schedule s = make("Europe/Berlin", QDateTime(QDate(2024, 10, 26), QTime(2, 30)),
                                QStringLiteral("FREQ=DAILY;COUNT=3"));
        QCOMPARE(starts(s.occurrences(utc(2024, 1, 1, 0, 0), utc(2025, 1, 1, 0, 0))),
                 (QList<QDateTime> { utc(2024, 10, 26, 0, 30), utc(2024, 10, 27, 0, 30),
                                     utc(2024, 10, 28, 1, 30) }));
    }

    void expansion_data()
    {
        QTest::addColumn<QByteArray>("zone");
        QTest::addColumn<QDateTime>("start");
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QStringList>("expected");
        const QDateTime jan1(QDate(2024, 1, 1), QTime(10, 0));
        QTest::newRow("first saturday, COUNT, New York DST")
            << QByteArray("America/New_York") << jan1
            << QStringLiteral("FREQ=MONTHLY;BYDAY=1SA;COUNT=4")
            << QStringList { QStringLiteral("2024-01-06 10:00"), QStringLiteral("2024-02-03 10:00"),
                             QStringLiteral("2024-03-02 10:00"),
                             QStringLiteral("2024-04-06 10:00") };
        QTest::newRow("last friday")
            << QByteArray("Europe/Berlin") << jan1
            << QStringLiteral("FREQ=MONTHLY;BYDAY=-1FR;COUNT=3")
            << QStringList { QStringLiteral("2024-01-26 10:00"), QStringLiteral("2024-02-23 10:00"),
                             QStringLiteral("2024-03-29 10:00") };
        QTest::newRow("day 31 skips short months")
            << QByteArray("Asia/Shanghai") << QDateTime(QDate(2024, 1, 31), QTime(9, 0))
            << QStringLiteral("FREQ=MONTHLY;COUNT=4")
            << QStringList { QStringLiteral("2024-01-31 09:00"), QStringLiteral("2024-03-31 09:00"),
                             QStringLiteral("2024-05-31 09:00"),
                             QStringLiteral("2024-07-31 09:00") };
        QTest::newRow("explicit BYMONTHDAY=31")
            << QByteArray("Asia/Shanghai") << QDateTime(QDate(2024, 8, 1), QTime(9, 0))
            << QStringLiteral("FREQ=MONTHLY;BYMONTHDAY=31;UNTIL=20241231")
            << QStringList { QStringLiteral("2024-08-31 09:00"), QStringLiteral("2024-10-31 09:00"),
                             QStringLiteral("2024-12-31 09:00") };
        QTest::newRow("last day of month, leap year")
            << QByteArray("Asia/Shanghai") << jan1
            << QStringLiteral("FREQ=MONTHLY;BYMONTHDAY=-1;COUNT=4")
            << QStringList { QStringLiteral("2024-01-31 10:00"), QStringLiteral("2024-02-29 10:00"),
                             QStringLiteral("2024-03-31 10:00"),
                             QStringLiteral("2024-04-30 10:00") };
        QTest::newRow("second to last day, 2023")
            << QByteArray("Asia/Shanghai") << QDateTime(QDate(2023, 2, 1), QTime(10, 0))
            << QStringLiteral("FREQ=MONTHLY;BYMONTHDAY=-2;COUNT=2")
            << QStringList { QStringLiteral("2023-02-27 10:00"),
                             QStringLiteral("2023-03-30 10:00") };
        QTest::newRow("until date is inclusive")
            << QByteArray("Europe/Berlin") << jan1 << QStringLiteral("FREQ=WEEKLY;UNTIL=20240115")
            << QStringList { QStringLiteral("2024-01-01 10:00"), QStringLiteral("2024-01-08 10:00"),
                             QStringLiteral("2024-01-15 10:00") };
        QTest::newRow("until instant in UTC")
            << QByteArray("Europe/Berlin") << jan1
            << QStringLiteral("FREQ=WEEKLY;UNTIL=20240115T085959Z")
            << QStringList { QStringLiteral("2024-01-01 10:00"),
                             QStringLiteral("2024-01-08 10:00") };
        QTest::newRow("until floating wall time")
            << QByteArray("Europe/Berlin") << jan1
            << QStringLiteral("FREQ=WEEKLY;UNTIL=20240115T100000")
            << QStringList { QStringLiteral("2024-01-01 10:00"), QStringLiteral("2024-01-08 10:00"),
                             QStringLiteral("2024-01-15 10:00") };
        QTest::newRow("every other week")
            << QByteArray("Europe/Berlin") << QDateTime(QDate(2024, 1, 3), QTime(20, 0))
            << QStringLiteral("FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,WE;COUNT=4")
            << QStringList { QStringLiteral("2024-01-03 20:00"), QStringLiteral("2024-01-15 20:00"),
                             QStringLiteral("2024-01-17 20:00"),
                             QStringLiteral("2024-01-29 20:00") };
        QTest::newRow("start not on a BYDAY day")
            << QByteArray("Europe/Berlin") << QDateTime(QDate(2024, 1, 3), QTime(10, 0))
            << QStringLiteral("FREQ=WEEKLY;BYDAY=SA;COUNT=2")
            << QStringList { QStringLiteral("2024-01-06 10:00"),
                             QStringLiteral("2024-01-13 10:00") };
        QTest::newRow("daily on weekdays")
            << QByteArray("Europe/Berlin") << QDateTime(QDate(2024, 1, 5), QTime(10, 0))
            << QStringLiteral("FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR;COUNT=3")
            << QStringList { QStringLiteral("2024-01-05 10:00"), QStringLiteral("2024-01-08 10:00"),
                             QStringLiteral("2024-01-09 10:00") };
        QTest::newRow("every third day")
            << QByteArray("Europe/Berlin") << QDateTime(QDate(2024, 2, 27), QTime(10, 0))
            << QStringLiteral("FREQ=DAILY;INTERVAL=3;COUNT=3")
            << QStringList { QStringLiteral("2024-02-27 10:00"), QStringLiteral("2024-03-01 10:00"),
                             QStringLiteral("2024-03-04 10:00") };
        QTest::newRow("friday the 13th")
            << QByteArray("Europe/Berlin") << jan1
            << QStringLiteral("FREQ=MONTHLY;BYDAY=FR;BYMONTHDAY=13;COUNT=2")
            << QStringList { QStringLiteral("2024-09-13 10:00"),
                             QStringLiteral("2024-12-13 10:00") };
        QTest::newRow("every saturday of the month")
            << QByteArray("Europe/Berlin") << QDateTime(QDate(2024, 6, 1), QTime(10, 0))
            << QStringLiteral("FREQ=MONTHLY;BYDAY=SA;UNTIL=20240630")
            << QStringList { QStringLiteral("2024-06-01 10:00"), QStringLiteral("2024-06-08 10:00"),
                             QStringLiteral("2024-06-15 10:00"), QStringLiteral("2024-06-22 10:00"),
                             QStringLiteral("2024-06-29 10:00") };
        QTest::newRow("fifth monday exists in some months only")
            << QByteArray("Europe/Berlin") << jan1
            << QStringLiteral("FREQ=MONTHLY;BYDAY=5MO;COUNT=2")
            << QStringList { QStringLiteral("2024-01-29 10:00"),
                             QStringLiteral("2024-04-29 10:00") };
        QTest::newRow("one-off") << QByteArray("Asia/Shanghai") << jan1 << QString()
                                 << QStringList { QStringLiteral("2024-01-01 10:00") };
    }
    void expansion()
    {
        QFETCH(QByteArray, zone);
        QFETCH(QDateTime, start);
        QFETCH(QString, rule);
        QFETCH(QStringList, expected);
        const Schedule s = make(zone, start, rule);
        QVERIFY(s.isValid());
        QCOMPARE(wallTimes(s, s.occurrences(utc(2020, 1, 1, 0, 0), utc(2030, 1, 1, 0, 0))),
                 expected);
    }

    void countIsUsedUpBeforeTheWindow()
    {
        const Schedule s = make("Asia/Shanghai", QDateTime(QDate(2024, 1, 1), QTime(10, 0)),
                                QStringLiteral("FREQ=DAILY;COUNT=3"));
        const auto list = s.occurrences(utc(2024, 1, 2, 0, 0), utc(2024, 1, 10, 0, 0));
        QCOMPARE(starts(list), (QList<QDateTime> { utc(2024, 1, 2, 2, 0), utc(2024, 1, 3, 2, 0) }));
    }

    void windowBoundaries()
    {
        const Schedule s = make("Asia/Shanghai", QDateTime(QDate(2024, 1, 1), QTime(10, 0)),
                                QStringLiteral("FREQ=DAILY"), 60);
        // [02:00, 03:00) UTC of Jan 2: an occurrence starting at the end is excluded, one running
        // into the window is included.
        QCOMPARE(s.occurrences(utc(2024, 1, 2, 2, 30), utc(2024, 1, 3, 2, 0)).size(), 1);
        QCOMPARE(s.occurrences(utc(2024, 1, 2, 3, 0), utc(2024, 1, 3, 2, 0)).size(), 0);
        QCOMPARE(s.occurrences(utc(2024, 1, 2, 3, 0), utc(2024, 1, 3, 2, 1)).size(), 1);
        // Nothing before the start.
        QVERIFY(s.occurrences(utc(2023, 1, 1, 0, 0), utc(2024, 1, 1, 0, 0)).isEmpty());
    }

    void nextOccurrence()
    {
        const Schedule s = make("Europe/Berlin", QDateTime(QDate(2024, 3, 25), QTime(20, 0)),
                                QStringLiteral("FREQ=WEEKLY;BYDAY=MO,TH;COUNT=3"));
        QCOMPARE(s.nextOccurrence(utc(2024, 3, 26, 0, 0))->startUtc, utc(2024, 3, 28, 19, 0));
        QCOMPARE(s.nextOccurrence(utc(2024, 3, 29, 0, 0))->startUtc, utc(2024, 4, 1, 18, 0));
        QVERIFY(!s.nextOccurrence(utc(2024, 4, 2, 0, 0)).has_value());
    }

    void forCampaign()
    {
        cohort::Campaign c;
        c.timeZone = QStringLiteral("Europe/Berlin");
        c.startsAt = utc(2024, 3, 25, 19, 0); // 20:00 in Berlin
        c.endsAt = utc(2024, 4, 2, 0, 0);
        c.recurrence = QStringLiteral("FREQ=WEEKLY;BYDAY=MO,TH");
        c.durationMinutes = 30;
        QString error;
        const auto s = Schedule::forCampaign(c, &error);
        QVERIFY2(s, qPrintable(error));
        QCOMPARE(s->startTime(), QTime(20, 0));
        const auto list = s->occurrences(utc(2024, 1, 1, 0, 0), utc(2025, 1, 1, 0, 0));
        // endsAt closes an open-ended rule: Mar 25, Mar 28, Apr 1.
        QCOMPARE(starts(list),
                 (QList<QDateTime> { utc(2024, 3, 25, 19, 0), utc(2024, 3, 28, 19, 0),
                                     utc(2024, 4, 1, 18, 0) }));
        QCOMPARE(list.first().endUtc, utc(2024, 3, 25, 19, 30));
        // A COUNT in the rule wins over endsAt.
        c.recurrence = QStringLiteral("FREQ=WEEKLY;BYDAY=MO,TH;COUNT=5");
        QCOMPARE(Schedule::forCampaign(c)
                     ->occurrences(utc(2024, 1, 1, 0, 0), utc(2025, 1, 1, 0, 0))
                     .size(),
                 5);
        c.recurrence.clear();
        QCOMPARE(Schedule::forCampaign(c)
                     ->occurrences(utc(2024, 1, 1, 0, 0), utc(2025, 1, 1, 0, 0))
                     .size(),
                 1);
        c.timeZone = QStringLiteral("Mars/Olympus_Mons");
        QVERIFY(!Schedule::forCampaign(c, &error));
        QVERIFY(!error.isEmpty());
        c.timeZone = QStringLiteral("Asia/Shanghai");
        c.recurrence = QStringLiteral("FREQ=YEARLY");
        QVERIFY(!Schedule::forCampaign(c));
        c.recurrence.clear();
        c.startsAt = QDateTime();
        QVERIFY(!Schedule::forCampaign(c));
    }

    void impossibleRuleTerminates()
    {
        // February never has a 30th: the expansion must give up instead of looping forever.
        const Schedule s = make("Asia/Shanghai", QDateTime(QDate(2024, 2, 1), QTime(10, 0)),
                                QStringLiteral("FREQ=MONTHLY;INTERVAL=12;BYMONTHDAY=30"));
        QVERIFY(!s.nextOccurrence(utc(2024, 1, 1, 0, 0)).has_value());
    }
};

QTEST_APPLESS_MAIN(TestSchedule)
#include "tst_schedule.moc"
