#include "import/zoneclock.h"

#include <QDateTime>

#include <limits>

namespace cohort::import {

ZoneClock::ZoneClock(const QTimeZone &zone)
    : m_zone(zone)
    , m_lastWallHour(std::numeric_limits<qint64>::min())
    , m_lastUtcHour(std::numeric_limits<qint64>::min())
{
}

qint64 ZoneClock::toUtc(qint64 wallSeconds)
{
    const qint64 hour = floorDiv(wallSeconds, 3600);
    if (hour != m_lastWallHour) {
        auto it = m_wallOffsets.constFind(hour);
        if (it == m_wallOffsets.cend()) {
            const qint64 start = hour * 3600;
            const QDateTime naive = QDateTime::fromSecsSinceEpoch(start, Qt::UTC);
            const QDateTime local(naive.date(), naive.time(), m_zone);
            it = m_wallOffsets.insert(hour, int(start - local.toSecsSinceEpoch()));
        }
        m_lastWallHour = hour;
        m_lastWallOffset = *it;
    }
    return wallSeconds - m_lastWallOffset;
}

qint64 ZoneClock::toWall(qint64 utcSeconds)
{
    const qint64 hour = floorDiv(utcSeconds, 3600);
    if (hour != m_lastUtcHour) {
        auto it = m_utcOffsets.constFind(hour);
        if (it == m_utcOffsets.cend()) {
            const int offset
                = m_zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(hour * 3600, Qt::UTC));
            it = m_utcOffsets.insert(hour, offset);
        }
        m_lastUtcHour = hour;
        m_lastUtcOffset = *it;
    }
    return utcSeconds + m_lastUtcOffset;
}

} // namespace cohort::import
