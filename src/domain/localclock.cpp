#include "domain/localclock.h"

#include <QDateTime>

#include <algorithm>
#include <limits>

namespace cohort {

namespace {

constexpr qint64 Forever = std::numeric_limits<qint64>::max();
constexpr qint64 Never = std::numeric_limits<qint64>::min();
/// UTC offsets stay within ±14 h; a day either side of a wall-clock time holds every instant that
/// can show it.
constexpr qint64 Day = 86400;

QDateTime utcInstant(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
}

} // namespace

LocalClock::LocalClock(const QTimeZone &zone)
    : m_zone(zone.isValid() ? zone : QTimeZone::utc())
{
}

LocalClock::Span LocalClock::spanAt(qint64 utcSeconds)
{
    auto it = std::upper_bound(m_spans.begin(), m_spans.end(), utcSeconds,
                               [](qint64 t, const Span &s) { return t < s.start; });
    if (it != m_spans.begin() && utcSeconds < std::prev(it)->end)
        return *std::prev(it);

    Span span { Never, Forever, m_zone.offsetFromUtc(utcInstant(utcSeconds)) };
    if (m_zone.hasTransitions()) {
        // previousTransition() is strictly before its argument: one second later finds a
        // transition at this very instant.
        const QTimeZone::OffsetData before = m_zone.previousTransition(utcInstant(utcSeconds + 1));
        if (before.atUtc.isValid())
            span.start = std::min(before.atUtc.toSecsSinceEpoch(), utcSeconds);
        const QTimeZone::OffsetData after = m_zone.nextTransition(utcInstant(utcSeconds));
        if (after.atUtc.isValid())
            span.end = std::max(after.atUtc.toSecsSinceEpoch(), utcSeconds + 1);
    }
    m_spans.insert(it, span);
    return span;
}

LocalClock::Span LocalClock::localSpanAt(qint64 localSeconds)
{
    // The UTC spans that can show this wall-clock time, in time order (at least one).
    std::vector<Span> near { spanAt(localSeconds - Day) };
    while (near.back().end != Forever && near.back().end <= localSeconds + Day)
        near.push_back(spanAt(near.back().end));

    for (size_t i = 0; i < near.size(); ++i) {
        const Span &s = near[i];
        const qint64 wallStart = s.start == Never ? Never : s.start + s.offset;
        const qint64 wallEnd = s.end == Forever ? Forever : s.end + s.offset;
        if (localSeconds < wallStart || localSeconds >= wallEnd)
            continue;
        // The first span showing the time wins; in an overlap the wall times the span before
        // also shows belong to it.
        qint64 start = wallStart;
        if (i > 0)
            start = std::max(start, near[i - 1].end + near[i - 1].offset);
        else if (s.start != Never)
            start = std::max(start, s.start + Day); // the span before, not looked at, ends sooner
        return { start, wallEnd, s.offset };
    }
    // In a gap: between a span whose wall clock ends before this time and the next, which
    // starts after it.
    for (size_t i = 0; i + 1 < near.size(); ++i) {
        const qint64 gapStart = near[i].end + near[i].offset;
        const qint64 gapEnd = near[i + 1].start + near[i + 1].offset;
        if (localSeconds >= gapStart && localSeconds < gapEnd)
            return { gapStart, gapEnd, near[i].offset };
    }
    return { localSeconds, localSeconds + 1, near.front().offset };
}

} // namespace cohort
