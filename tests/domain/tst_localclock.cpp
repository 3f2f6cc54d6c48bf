#include "domain/localclock.h"

#include <QDateTime>
#include <QTest>

using cohort::LocalClock;

namespace {

qint64 naive(int y, int m, int d, int h, int min)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), Qt::UTC).toSecsSinceEpoch();
}

} // namespace

/// LocalClock against QDateTime, including both DST transitions of Europe/Berlin.
class TestLocalClock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matchesQDateTime_data()
    {
        QTest::addColumn<QByteArray>("zone");
        QTest::newRow("Shanghai") << QByteArray("Asia/Shanghai");
        QTest::newRow("Berlin") << QByteArray("Europe/Berlin");
        QTest::newRow("New York") << QByteArray("America/New_York");
        QTest::newRow("Kathmandu +05:45") << QByteArray("Asia/Kathmandu");
    }
    void matchesQDateTime()
    {
        QFETCH(QByteArray, zone);
        const QTimeZone tz(zone);
        QVERIFY(tz.isValid());
        LocalClock clock(tz);
        // Every 37 minutes through 2024, which crosses both DST changes.
        const qint64 start = naive(2024, 1, 1, 0, 0);
        for (qint64 t = start; t < start + 366 * 86400; t += 37 * 60) {
            const QDateTime expected = QDateTime::fromSecsSinceEpoch(t, Qt::UTC).toTimeZone(tz);
            const qint64 local = clock.toLocalSeconds(t);
            QCOMPARE(local, t + expected.offsetFromUtc());
            QCOMPARE(clock.localDay(t), QDate(1970, 1, 1).daysTo(expected.date()));
        }
    }

    void wallClockToUtc()
    {
        LocalClock clock(QTimeZone("Europe/Berlin"));
        // Winter: UTC+1; summer: UTC+2.
        QCOMPARE(clock.toUtcSeconds(naive(2024, 1, 15, 12, 0)), naive(2024, 1, 15, 11, 0));
        QCOMPARE(clock.toUtcSeconds(naive(2024, 7, 15, 12, 30)), naive(2024, 7, 15, 10, 30));
        // The hour after the spring change: 03:30 local is 01:30 UTC.
        QCOMPARE(clock.toUtcSeconds(naive(2024, 3, 31, 3, 30)), naive(2024, 3, 31, 1, 30));
        // Before it: 01:59 local is 00:59 UTC.
        QCOMPARE(clock.toUtcSeconds(naive(2024, 3, 31, 1, 59)), naive(2024, 3, 31, 0, 59));
        LocalClock utc(QTimeZone::utc());
        QCOMPARE(utc.toUtcSeconds(naive(2020, 2, 29, 23, 59)), naive(2020, 2, 29, 23, 59));
    }

    void negativeDays()
    {
        LocalClock clock(QTimeZone::utc());
        QCOMPARE(clock.localDay(-1), qint64(-1));
        QCOMPARE(LocalClock::floorDiv(-86400, 86400), qint64(-1));
        QCOMPARE(LocalClock::floorDiv(-86401, 86400), qint64(-2));
    }
};

QTEST_GUILESS_MAIN(TestLocalClock)
#include "tst_localclock.moc"
