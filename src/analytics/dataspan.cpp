#include "analytics/dataspan.h"

#include "analytics/periodmath.h"
#include "domain/localclock.h"
#include "storage/analyticsfacts.h"

#include <QSet>

#include <limits>

namespace cohort {

DataSpan DataSpan::of(const AnalyticsFacts &facts, const QList<qint64> &groupIds)
{
    const QSet<qint64> scope(groupIds.cbegin(), groupIds.cend());
    const auto inScope
        = [&scope](qint64 groupId) { return scope.isEmpty() || scope.contains(groupId); };
    LocalClock clock { QTimeZone(facts.timeZoneId.toUtf8()) };
    qint64 first = std::numeric_limits<qint64>::max();
    qint64 last = std::numeric_limits<qint64>::min();
    auto see = [&](qint64 day) {
        first = std::min(first, day);
        last = std::max(last, day);
    };
    // Every list is sorted by time: the first hit from either end is the oldest or newest.
    auto ends = [&](const auto &rows, auto groupOf, auto dayOf) {
        for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
            if (inScope(groupOf(*it))) {
                see(dayOf(*it));
                break;
            }
        }
        for (auto it = rows.crbegin(); it != rows.crend(); ++it) {
            if (inScope(groupOf(*it))) {
                see(dayOf(*it));
                break;
            }
        }
    };
    ends(
        facts.dayActivity, [](const auto &r) { return r.groupId; },
        [](const auto &r) { return qint64(r.day); });
    ends(
        facts.orders, [](const auto &o) { return o.groupId; },
        [&](const auto &o) { return clock.localDay(o.orderedAt); });
    ends(
        facts.events, [](const auto &e) { return e.groupId; },
        [&](const auto &e) { return clock.localDay(e.at); });
    if (last == std::numeric_limits<qint64>::min())
        return {};
    return { PeriodMath::dateOf(first), PeriodMath::dateOf(last) };
}

} // namespace cohort
