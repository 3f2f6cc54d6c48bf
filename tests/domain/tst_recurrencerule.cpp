#include "domain/recurrencerule.h"

#include <QLocale>
#include <QTest>

using cohort::RecurrenceRule;

/// RecurrenceRule: parsing, canonical text and English descriptions.
class TestRecurrenceRule : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("canonical");
        QTest::newRow("weekdays") << QStringLiteral("FREQ=WEEKLY;BYDAY=MO,TU,WE,TH")
                                  << QStringLiteral("FREQ=WEEKLY;BYDAY=MO,TU,WE,TH");
        QTest::newRow("lower case, prefix, spaces")
            << QStringLiteral("RRULE:freq=monthly; byday=1sa ")
            << QStringLiteral("FREQ=MONTHLY;BYDAY=1SA");
        QTest::newRow("last friday") << QStringLiteral("FREQ=MONTHLY;BYDAY=-1FR;COUNT=6")
                                     << QStringLiteral("FREQ=MONTHLY;BYDAY=-1FR;COUNT=6");
        QTest::newRow("plus ordinal") << QStringLiteral("FREQ=MONTHLY;BYDAY=+2TU")
                                      << QStringLiteral("FREQ=MONTHLY;BYDAY=2TU");
        QTest::newRow("month days") << QStringLiteral("FREQ=MONTHLY;BYMONTHDAY=1,15,-1")
                                    << QStringLiteral("FREQ=MONTHLY;BYMONTHDAY=1,15,-1");
        QTest::newRow("interval 1 dropped")
            << QStringLiteral("FREQ=DAILY;INTERVAL=1") << QStringLiteral("FREQ=DAILY");
        QTest::newRow("order normalised")
            << QStringLiteral("UNTIL=20241231;BYDAY=TU;INTERVAL=2;FREQ=WEEKLY")
            << QStringLiteral("FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;UNTIL=20241231");
        QTest::newRow("utc until") << QStringLiteral("FREQ=DAILY;UNTIL=20240301T120000Z")
                                   << QStringLiteral("FREQ=DAILY;UNTIL=20240301T120000Z");
        QTest::newRow("floating until") << QStringLiteral("FREQ=DAILY;UNTIL=20240301T120000")
                                        << QStringLiteral("FREQ=DAILY;UNTIL=20240301T120000");
        QTest::newRow("wkst monday")
            << QStringLiteral("FREQ=WEEKLY;WKST=MO") << QStringLiteral("FREQ=WEEKLY");
    }
    void roundTrip()
    {
        QFETCH(QString, input);
        QFETCH(QString, canonical);
        QString error;
        const auto rule = RecurrenceRule::parse(input, &error);
        QVERIFY2(rule.has_value(), qPrintable(error));
        QCOMPARE(rule->toString(), canonical);
        QCOMPARE(RecurrenceRule::parse(rule->toString()), rule);
    }

    void fields()
    {
        const auto rule = RecurrenceRule::parse(QStringLiteral("FREQ=MONTHLY;BYDAY=1SA,-1FR"));
        QVERIFY(rule);
        QCOMPARE(rule->frequency, RecurrenceRule::Frequency::Monthly);
        QCOMPARE(rule->byDay.size(), 2);
        QCOMPARE(rule->byDay.at(0), (RecurrenceRule::WeekdayNum { 1, 6 }));
        QCOMPARE(rule->byDay.at(1), (RecurrenceRule::WeekdayNum { -1, 5 }));
        const auto until
            = RecurrenceRule::parse(QStringLiteral("FREQ=DAILY;UNTIL=20240301T120000Z"));
        QCOMPARE(until->untilDateTime, QDateTime(QDate(2024, 3, 1), QTime(12, 0), Qt::UTC));
    }

    void invalid_data()
    {
        QTest::addColumn<QString>("input");
        QTest::newRow("empty") << QString();
        QTest::newRow("no freq") << QStringLiteral("BYDAY=MO");
        QTest::newRow("yearly") << QStringLiteral("FREQ=YEARLY");
        QTest::newRow("hourly") << QStringLiteral("FREQ=HOURLY");
        QTest::newRow("bad day") << QStringLiteral("FREQ=WEEKLY;BYDAY=MX");
        QTest::newRow("ordinal in weekly") << QStringLiteral("FREQ=WEEKLY;BYDAY=1MO");
        QTest::newRow("ordinal zero") << QStringLiteral("FREQ=MONTHLY;BYDAY=0MO");
        QTest::newRow("ordinal six") << QStringLiteral("FREQ=MONTHLY;BYDAY=6MO");
        QTest::newRow("month day zero") << QStringLiteral("FREQ=MONTHLY;BYMONTHDAY=0");
        QTest::newRow("month day 32") << QStringLiteral("FREQ=MONTHLY;BYMONTHDAY=32");
        QTest::newRow("month day weekly") << QStringLiteral("FREQ=WEEKLY;BYMONTHDAY=3");
        QTest::newRow("interval zero") << QStringLiteral("FREQ=DAILY;INTERVAL=0");
        QTest::newRow("count and until") << QStringLiteral("FREQ=DAILY;COUNT=3;UNTIL=20240101");
        QTest::newRow("bad until") << QStringLiteral("FREQ=DAILY;UNTIL=2024-01-01");
        QTest::newRow("unsupported part") << QStringLiteral("FREQ=MONTHLY;BYSETPOS=1");
        QTest::newRow("sunday week start") << QStringLiteral("FREQ=WEEKLY;WKST=SU");
        QTest::newRow("no value") << QStringLiteral("FREQ");
        // RFC 5545: each part at most once (found by fuzzing: two UNTILs did not round-trip).
        QTest::newRow("two untils")
            << QStringLiteral("FREQ=MONTHLY;UNTIL=20240301T120001;UNTIL=24240301");
        QTest::newRow("two freqs") << QStringLiteral("FREQ=DAILY;FREQ=WEEKLY");
    }
    void invalid()
    {
        QFETCH(QString, input);
        QString error;
        QVERIFY(!RecurrenceRule::parse(input, &error).has_value());
        QVERIFY(!error.isEmpty());
    }

    void describe_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QDate>("start");
        QTest::addColumn<QTime>("time");
        QTest::addColumn<QString>("expected");
        const QDate monday(2024, 4, 1);
        QTest::newRow("flash sale")
            << QStringLiteral("FREQ=WEEKLY;BYDAY=MO,TU,WE,TH") << monday << QTime(20, 0)
            << QStringLiteral("Every Monday to Thursday at 20:00");
        QTest::newRow("first saturday")
            << QStringLiteral("FREQ=MONTHLY;BYDAY=1SA") << monday << QTime(10, 0)
            << QStringLiteral("The first Saturday of each month at 10:00");
        QTest::newRow("last friday")
            << QStringLiteral("FREQ=MONTHLY;BYDAY=-1FR;COUNT=3") << monday << QTime(19, 30)
            << QStringLiteral("The last Friday of each month at 19:30, 3 times");
        QTest::newRow("list") << QStringLiteral("FREQ=WEEKLY;BYDAY=MO,WE,FR") << monday
                              << QTime(8, 0)
                              << QStringLiteral("Every Monday, Wednesday and Friday at 08:00");
        QTest::newRow("weekly default day")
            << QStringLiteral("FREQ=WEEKLY") << QDate(2024, 4, 3) << QTime(21, 0)
            << QStringLiteral("Every Wednesday at 21:00");
        QTest::newRow("every other week")
            << QStringLiteral("FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;UNTIL=20241231") << monday
            << QTime(20, 0)
            << QStringLiteral("Every 2 weeks on Tuesday at 20:00, until 31/12/2024");
        QTest::newRow("daily") << QStringLiteral("FREQ=DAILY") << monday << QTime(7, 0)
                               << QStringLiteral("Every day at 07:00");
        QTest::newRow("every third day") << QStringLiteral("FREQ=DAILY;INTERVAL=3") << monday
                                         << QTime(7, 0) << QStringLiteral("Every 3 days at 07:00");
        QTest::newRow("month end")
            << QStringLiteral("FREQ=MONTHLY;BYMONTHDAY=-1") << monday << QTime(9, 0)
            << QStringLiteral("The last day of each month at 09:00");
        QTest::newRow("month days")
            << QStringLiteral("FREQ=MONTHLY;BYMONTHDAY=1,15") << monday << QTime(9, 0)
            << QStringLiteral("Day 1 and day 15 of each month at 09:00");
        QTest::newRow("monthly default day")
            << QStringLiteral("FREQ=MONTHLY;INTERVAL=2") << QDate(2024, 4, 20) << QTime(9, 0)
            << QStringLiteral("Day 20 of every 2 months at 09:00");
        QTest::newRow("every saturday of the month")
            << QStringLiteral("FREQ=MONTHLY;BYDAY=SA") << monday << QTime(10, 0)
            << QStringLiteral("Every Saturday of each month at 10:00");
        QTest::newRow("third to last and second sunday")
            << QStringLiteral("FREQ=MONTHLY;BYDAY=-3WE,2SU") << monday << QTime(10, 0)
            << QStringLiteral(
                   "The third to last Wednesday and the second Sunday of each month at 10:00");
        QTest::newRow("daily limited to month days")
            << QStringLiteral("FREQ=DAILY;BYMONTHDAY=1,-1") << monday << QTime(9, 0)
            << QStringLiteral("Day 1 and the last day of each month at 09:00");
        QTest::newRow("single count") << QStringLiteral("FREQ=DAILY;COUNT=1") << monday
                                      << QTime(9, 0) << QStringLiteral("Every day at 09:00, once");
    }
    void describe()
    {
        QFETCH(QString, rule);
        QFETCH(QDate, start);
        QFETCH(QTime, time);
        QFETCH(QString, expected);
        const auto parsed = RecurrenceRule::parse(rule);
        QVERIFY(parsed);
        QCOMPARE(parsed->describe(QLocale(QLocale::English, QLocale::UnitedKingdom), start, time),
                 expected);
    }

    void describeUsesLocaleDayNames()
    {
        const auto rule = RecurrenceRule::parse(QStringLiteral("FREQ=WEEKLY;BYDAY=SA"));
        const QString text = rule->describe(QLocale(QLocale::Chinese, QLocale::China),
                                            QDate(2024, 4, 6), QTime(10, 0));
        QVERIFY2(text.contains(QStringLiteral("星期六")), qPrintable(text));
    }
};

QTEST_MAIN(TestRecurrenceRule)
#include "tst_recurrencerule.moc"
