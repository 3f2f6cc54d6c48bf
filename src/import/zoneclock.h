#pragma once

#include <QHash>
#include <QTimeZone>

namespace cohort::import {

/// Converts between naive wall-clock seconds and Unix instants in one time zone, caching the UTC
/// offset per hour so that bulk imports construct no QDateTime per record.
class ZoneClock final
{
public:
    explicit ZoneClock(const QTimeZone &zone);

    /// The instant of the wall-clock time `wallSeconds` (seconds since 1970-01-01T00:00 of the
    /// naive clock). Times inside a DST gap move forward like QDateTime does; repeated times in
    /// an overlap take the first occurrence.
    qint64 toUtc(qint64 wallSeconds);
    /// The wall-clock time (naive seconds) of the instant `utcSeconds` in this zone.
    qint64 toWall(qint64 utcSeconds);
    const QTimeZone &zone() const { return m_zone; }

    static qint64 floorDiv(qint64 a, qint64 b)
    {
        return a / b - ((a % b != 0) && ((a < 0) != (b < 0)));
    }

private:
    QTimeZone m_zone;
    qint64 m_lastWallHour;
    int m_lastWallOffset = 0;
    qint64 m_lastUtcHour;
    int m_lastUtcOffset = 0;
    QHash<qint64, int> m_wallOffsets; ///< wall hour -> seconds to subtract
    QHash<qint64, int> m_utcOffsets; ///< UTC hour -> seconds to add
};

} // namespace cohort::import
