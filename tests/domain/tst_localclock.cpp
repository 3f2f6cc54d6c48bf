#include "domain/localclock.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <vector>

using cohort::LocalClock;

namespace {

qint64 naive(int y, int m, int d, int h, int min)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), Qt::UTC).toSecsSinceEpoch();
}

int offsetAt(const QTimeZone &tz, qint64 utc)
{
    return QDateTime::fromSecsSinceEpoch(utc, Qt::UTC).toTimeZone(tz).offsetFromUtc();
}

/// The wall clock (naive seconds) QDateTime shows for a UTC instant.
qint64 wallOf(const QTimeZone &tz, qint64 utc)
{
    const QDateTime local = QDateTime::fromSecsSinceEpoch(utc, Qt::UTC).toTimeZone(tz);
    return QDateTime(local.date(), local.time(), Qt::UTC).toSecsSinceEpoch();
}

/// The UTC instant of a wall-clock time near a transition at `at`, by the documented rules,
/// decided with QDateTime::toTimeZone alone: the earliest instant showing it, else (in a gap)
/// the time moved forward with the offset in force before the change.
qint64 expectedUtc(const QTimeZone &tz, qint64 at, qint64 wall)
{
    const int before = offsetAt(tz, at - 1);
    const int after = offsetAt(tz, at);
    std::vector<qint64> shows;
    for (const int offset : { before, after }) {
        if (wallOf(tz, wall - offset) == wall)
            shows.push_back(wall - offset);
    }
    if (!shows.empty())
        return *std::min_element(shows.begin(), shows.end());
    // Only a gap leaves a time unshown: one between the old and new clocks at the change.
    if (!(before < after && wall >= at + before && wall < at + after))
        qFatal("wall time %lld near %lld is neither shown nor in a gap", wall, at);
    return wall - before;
}

constexpr qint64 Window = 3 * 3600;

} // namespace

/// LocalClock against QDateTime: every minute around every transition of 2020-2030, in zones that
/// change on the hour, the half hour (St John's, Adelaide, Lord Howe's half-hour DST) and the
/// quarter hour (Chatham).
class TestLocalClock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aroundTransitions_data()
    {
        QTest::addColumn<QByteArray>("zone");
        for (const char *zone :
             { "America/St_Johns", "Australia/Adelaide", "Australia/Lord_Howe", "Europe/Berlin",
               "America/New_York", "Asia/Shanghai", "Pacific/Chatham", "America/Sao_Paulo",
               "Asia/Kathmandu", "Europe/London" })
            QTest::newRow(zone) << QByteArray(zone);
    }
    void aroundTransitions()
    {
        QFETCH(QByteArray, zone);
        const QTimeZone tz(zone);
        QVERIFY(tz.isValid());
        std::vector<qint64> transitions;
        const auto list = tz.transitions(QDateTime(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC),
                                         QDateTime(QDate(2031, 1, 1), QTime(0, 0), Qt::UTC));
        for (const QTimeZone::OffsetData &t : list)
            transitions.push_back(t.atUtc.toSecsSinceEpoch());
        // Zones without changes still get checked around a few instants.
        if (transitions.empty())
            transitions = { naive(2020, 3, 29, 1, 0), naive(2025, 10, 26, 1, 0) };

        LocalClock forward(tz);
        LocalClock backward(tz);
        for (const qint64 at : transitions) {
            for (qint64 t = at - Window; t <= at + Window; t += 60) {
                const QDateTime expected = QDateTime::fromSecsSinceEpoch(t, Qt::UTC).toTimeZone(tz);
                QCOMPARE(forward.toLocalSeconds(t), t + expected.offsetFromUtc());
                QCOMPARE(forward.localDay(t), QDate(1970, 1, 1).daysTo(expected.date()));
                const qint64 back = 2 * at - t;
                QCOMPARE(backward.toLocalSeconds(back), back + offsetAt(tz, back));
            }
            const qint64 wallAt = at + offsetAt(tz, at - 1);
            for (qint64 w = wallAt - Window; w <= wallAt + Window; w += 60) {
                QCOMPARE(forward.toUtcSeconds(w), expectedUtc(tz, at, w));
                const qint64 back = 2 * wallAt - w;
                QCOMPARE(backward.toUtcSeconds(back), expectedUtc(tz, at, back));
            }
        }
    }

    void randomOrder_data() { aroundTransitions_data(); }
    void randomOrder()
    {
        // Jumping about hits the cached spans out of order (analytics does not read in time order).
        QFETCH(QByteArray, zone);
        const QTimeZone tz(zone);
        LocalClock clock(tz);
        QRandomGenerator random(42);
        const qint64 from = naive(2020, 1, 1, 0, 0);
        const qint64 to = naive(2031, 1, 1, 0, 0);
        for (int i = 0; i < 20000; ++i) {
            const qint64 t = from + qint64(random.bounded(double(to - from)));
            QCOMPARE(clock.toLocalSeconds(t), wallOf(tz, t));
            const qint64 wall = wallOf(tz, t);
            // A wall time shown once maps back to its instant; one shown twice maps to the first.
            const qint64 utc = clock.toUtcSeconds(wall);
            QVERIFY(utc <= t);
            QCOMPARE(wallOf(tz, utc), wall);
        }
    }

    void wallClockToUtc()
    {
        LocalClock clock(QTimeZone("Europe/Berlin"));
        // Winter: UTC+1; summer: UTC+2.
        QCOMPARE(clock.toUtcSeconds(naive(2024, 1, 15, 12, 0)), naive(2024, 1, 15, 11, 0));
        QCOMPARE(clock.toUtcSeconds(naive(2024, 7, 15, 12, 30)), naive(2024, 7, 15, 10, 30));
        // 02:30 does not exist on 31 March: it moves forward to 03:30, which is 01:30 UTC.
        QCOMPARE(clock.toUtcSeconds(naive(2024, 3, 31, 2, 30)), naive(2024, 3, 31, 1, 30));
        // 02:30 on 27 October happens twice (00:30 and 01:30 UTC): the first is taken.
        QCOMPARE(clock.toUtcSeconds(naive(2024, 10, 27, 2, 30)), naive(2024, 10, 27, 0, 30));
        QCOMPARE(clock.toUtcSeconds(naive(2024, 10, 27, 3, 0)), naive(2024, 10, 27, 2, 0));
        LocalClock stJohns(QTimeZone("America/St_Johns"));
        // The change at 02:00 local (05:30 UTC): 01:59 is still UTC-3:30.
        QCOMPARE(stJohns.toLocalSeconds(naive(2024, 3, 10, 5, 29)), naive(2024, 3, 10, 1, 59));
        QCOMPARE(stJohns.toLocalSeconds(naive(2024, 3, 10, 5, 30)), naive(2024, 3, 10, 3, 0));
        LocalClock utc(QTimeZone::utc());
        QCOMPARE(utc.toUtcSeconds(naive(2020, 2, 29, 23, 59)), naive(2020, 2, 29, 23, 59));
    }

    void invalidZoneIsUtc()
    {
        LocalClock clock { QTimeZone(QByteArray("Nowhere/Atlantis")) };
        QCOMPARE(clock.toLocalSeconds(naive(2024, 6, 1, 12, 0)), naive(2024, 6, 1, 12, 0));
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
