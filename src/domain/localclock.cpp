#include "domain/localclock.h"

#include <QDateTime>

namespace cohort {

LocalClock::LocalClock(const QTimeZone &zone)
    : m_zone(zone.isValid() ? zone : QTimeZone::utc())
{
}

int LocalClock::offsetAtUtc(qint64 utcSeconds)
{
    // Offsets change on whole hours in every zone in use since 1970 except a few historical
    // half-hour shifts; caching per UTC hour is exact for all of them.
    const qint64 hour = floorDiv(utcSeconds, 3600);
    const auto it = m_utcHourOffsets.find(hour);
    if (it != m_utcHourOffsets.end())
        return it->second;
    const int offset = m_zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(hour * 3600, Qt::UTC));
    m_utcHourOffsets.emplace(hour, offset);
    return offset;
}

qint64 LocalClock::toLocalSeconds(qint64 utcSeconds)
{
    return utcSeconds + offsetAtUtc(utcSeconds);
}

qint64 LocalClock::toUtcSeconds(qint64 localSeconds)
{
    const qint64 hour = floorDiv(localSeconds, 3600);
    const auto it = m_localHourShift.find(hour);
    if (it != m_localHourShift.end())
        return localSeconds + it->second;
    const qint64 secs = localSeconds - hour * 3600;
    const QDateTime naive = QDateTime::fromSecsSinceEpoch(hour * 3600, Qt::UTC);
    const QDateTime local(naive.date(), naive.time(), m_zone);
    const qint64 shift = local.toSecsSinceEpoch() - hour * 3600;
    m_localHourShift.emplace(hour, shift);
    return localSeconds - secs + secs + shift;
}

} // namespace cohort
