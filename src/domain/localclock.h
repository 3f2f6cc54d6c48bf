#pragma once

#include <QTimeZone>

#include <unordered_map>

namespace cohort {

/// Converts between UTC instants and wall-clock time of one time zone, caching the offset per
/// UTC hour so that millions of conversions (imports, analytics) stay cheap.
class LocalClock final
{
public:
    explicit LocalClock(const QTimeZone &zone);

    const QTimeZone &zone() const { return m_zone; }
    /// Wall-clock seconds (naive, as if UTC) for a UTC instant.
    qint64 toLocalSeconds(qint64 utcSeconds);
    /// UTC instant of a naive wall-clock time. In a DST gap the time is moved forward; in an
    /// overlap the earlier instant is chosen (QDateTime's rules).
    qint64 toUtcSeconds(qint64 localSeconds);
    /// Days since 1970-01-01 of the local date of a UTC instant.
    qint64 localDay(qint64 utcSeconds) { return floorDiv(toLocalSeconds(utcSeconds), 86400); }

    static qint64 floorDiv(qint64 a, qint64 b) { return a >= 0 ? a / b : -((-a + b - 1) / b); }

private:
    int offsetAtUtc(qint64 utcSeconds);

    QTimeZone m_zone;
    std::unordered_map<qint64, int> m_utcHourOffsets;
    std::unordered_map<qint64, qint64> m_localHourShift; ///< local hour → utc - local seconds
};

} // namespace cohort
