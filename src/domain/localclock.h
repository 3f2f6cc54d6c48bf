#pragma once

#include <QTimeZone>

#include <vector>

namespace cohort {

/// Converts between UTC instants and wall-clock time of one time zone. Imports and analytics
/// convert millions of instants, so the offsets are cached per interval between the zone's real
/// transitions (some zones change on the half or quarter hour, so no fixed grid is exact).
/// Not thread-safe: each thread keeps its own clock.
class LocalClock final
{
public:
    explicit LocalClock(const QTimeZone &zone);

    const QTimeZone &zone() const { return m_zone; }
    /// Wall-clock seconds (naive, as if UTC) for a UTC instant.
    qint64 toLocalSeconds(qint64 utcSeconds)
    {
        if (utcSeconds < m_lastUtc.start || utcSeconds >= m_lastUtc.end)
            m_lastUtc = spanAt(utcSeconds);
        return utcSeconds + m_lastUtc.offset;
    }
    /// UTC instant of a naive wall-clock time. A time in a DST gap is moved forward by the gap
    /// (it keeps the offset in force before the change); a time that occurs twice in an overlap
    /// takes its first, earlier instant.
    qint64 toUtcSeconds(qint64 localSeconds)
    {
        if (localSeconds < m_lastLocal.start || localSeconds >= m_lastLocal.end)
            m_lastLocal = localSpanAt(localSeconds);
        return localSeconds - m_lastLocal.offset;
    }
    /// Days since 1970-01-01 of the local date of a UTC instant.
    qint64 localDay(qint64 utcSeconds) { return floorDiv(toLocalSeconds(utcSeconds), 86400); }

    static qint64 floorDiv(qint64 a, qint64 b)
    {
        return a / b - ((a % b != 0) && ((a < 0) != (b < 0)));
    }

private:
    /// Seconds [start, end) (UTC, or wall clock for local spans) in which one offset applies.
    struct Span
    {
        qint64 start = 0;
        qint64 end = 0;
        int offset = 0;
    };

    Span spanAt(qint64 utcSeconds);
    Span localSpanAt(qint64 localSeconds);

    QTimeZone m_zone;
    std::vector<Span> m_spans; ///< between transitions, sorted by start, disjoint
    Span m_lastUtc;
    Span m_lastLocal;
};

} // namespace cohort
