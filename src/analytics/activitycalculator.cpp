#include "analytics/activitycalculator.h"

#include "analytics/metricscontext.h"
#include "analytics/periodmath.h"

#include <algorithm>
#include <limits>

namespace cohort {

namespace {

int isoWeekdayIndex(qint64 day)
{
    // 1970-01-01 was a Thursday (index 3 with Monday = 0).
    return int(((day % 7) + 7 + 3) % 7);
}

constexpr int MaxSilentListed = 500;
constexpr qint32 Never = std::numeric_limits<qint32>::min();

} // namespace

ActivityMetrics ActivityCalculator::compute(const MetricsContext &context)
{
    const AnalyticsFacts &facts = context.facts();
    const MetricsRequest &request = context.request();
    ActivityMetrics result;
    const size_t n = size_t(context.memberCount());

    const QList<qint64> buckets = PeriodMath::buckets(context.fromDay(), context.toDay(), request.granularity);
    QList<ActivityPoint> series;
    series.reserve(buckets.size());
    for (const qint64 start : buckets)
        series.append(ActivityPoint{PeriodMath::dateOf(start), 0, 0, 0, 0});
    auto bucketIndex = [&](qint64 day) {
        const auto it = std::upper_bound(buckets.cbegin(), buckets.cend(), day);
        return qsizetype(it - buckets.cbegin()) - 1;
    };

    // Rows come in day order, so members in random order: a member's counters share one record
    // (one cache miss per row instead of one per array).
    struct PerMember
    {
        qint64 messages = 0;
        qint32 lastDay = Never;
        qint32 lastBucket = -1;
    };
    std::vector<PerMember> state(n);
    // Rows come sorted by day, so a member's bucket only moves forward: remembering the last
    // bucket counted for each member gives distinct active members per bucket without sets.
    qsizetype bucket = -1;
    qint64 bucketEnd = std::numeric_limits<qint64>::min();
    // The rows before the range only give the last activity of silent members (details).
    const size_t first = request.details ? 0 : context.firstActivityRow();
    for (size_t r = first; r < facts.dayActivity.size(); ++r) {
        const auto &row = facts.dayActivity[r];
        if (row.day > context.toDay())
            break;
        if (!context.inScope(row.groupId))
            continue;
        const qsizetype i = context.index(row.memberId);
        if (i < 0)
            continue;
        state[size_t(i)].lastDay = std::max(state[size_t(i)].lastDay, row.day);
        if (row.day < context.fromDay())
            continue;
        result.messages += row.messages;
        state[size_t(i)].messages += row.messages;
        if (row.day >= bucketEnd) {
            bucket = bucketIndex(row.day);
            bucketEnd = bucket + 1 < buckets.size() ? buckets.at(bucket + 1) : std::numeric_limits<qint64>::max();
        }
        if (bucket >= 0) {
            series[bucket].messages += row.messages;
            if (state[size_t(i)].lastBucket != bucket) {
                state[size_t(i)].lastBucket = qint32(bucket);
                ++series[bucket].activeMembers;
            }
        }
    }
    for (size_t i = 0; i < n; ++i)
        result.activeMembers += state[i].messages > 0;

    for (const auto &row : facts.hourActivity) {
        if (!request.details)
            break;
        if (row.day < context.fromDay() || row.day > context.toDay() || !context.inScope(row.groupId))
            continue;
        result.heatmap[size_t(isoWeekdayIndex(row.day))][size_t(std::clamp(row.hour, 0, 23))] += row.messages;
    }

    for (size_t k = context.firstEvent(); k < facts.events.size(); ++k) {
        const auto &e = facts.events[k];
        if (e.at >= context.endUtc())
            break; // sorted by time
        if (!context.inScope(e.groupId))
            continue;
        const qsizetype b = bucketIndex(context.localDay(e.at));
        if (e.kind == MembershipEventKind::Join) {
            ++result.joins;
            if (b >= 0)
                ++series[b].joins;
        } else {
            ++result.leaves;
            if (b >= 0)
                ++series[b].leaves;
        }
    }
    result.netGrowth = result.joins - result.leaves;
    result.series = series;

    result.members = context.membersInRangeCount();
    result.activeRatio = result.members > 0 ? double(result.activeMembers) / double(result.members) : 0.0;
    result.messagesPerDay = context.dayCount() > 0 ? double(result.messages) / double(context.dayCount()) : 0.0;

    if (!request.details)
        return result;
    std::vector<std::pair<qint64, qint32>> ranking; // (messages, index)
    for (size_t i = 0; i < n; ++i) {
        if (state[i].messages > 0)
            ranking.emplace_back(state[i].messages, qint32(i));
    }
    auto byMessages = [&](const auto &a, const auto &b) {
        return a.first != b.first ? a.first > b.first : context.memberId(a.second) < context.memberId(b.second);
    };
    const size_t top = std::min(ranking.size(), size_t(std::max(0, request.topCount)));
    std::partial_sort(ranking.begin(), ranking.begin() + qsizetype(top), ranking.end(), byMessages);
    for (size_t k = 0; k < top; ++k)
        result.topContributors.append({context.memberRef(ranking[k].second), ranking[k].first});

    struct Silent
    {
        int rank;
        qint64 days; ///< max for "never"
        qint32 index;
    };
    std::vector<Silent> silent;
    const std::vector<char> &atEnd = context.membersAtEnd();
    for (size_t i = 0; i < n; ++i) {
        if (!atEnd[i])
            continue;
        const bool never = state[i].lastDay == Never;
        const qint64 days = never ? std::numeric_limits<qint64>::max() : context.toDay() - state[i].lastDay;
        if (never || days >= request.silentDays)
            silent.push_back({context.topRoleRank(qsizetype(i)), days, qint32(i)});
    }
    result.silentCount = qint64(silent.size());
    auto silentOrder = [&](const Silent &a, const Silent &b) {
        if (a.rank != b.rank)
            return a.rank < b.rank;
        if (a.days != b.days)
            return a.days > b.days;
        return context.memberId(a.index) < context.memberId(b.index);
    };
    const size_t listed = std::min(silent.size(), size_t(MaxSilentListed));
    std::partial_sort(silent.begin(), silent.begin() + qsizetype(listed), silent.end(), silentOrder);
    for (size_t k = 0; k < listed; ++k) {
        const bool never = silent[k].days == std::numeric_limits<qint64>::max();
        result.silentMembers.append({context.memberRef(silent[k].index),
                                     never ? QDate() : PeriodMath::dateOf(state[size_t(silent[k].index)].lastDay),
                                     never ? -1 : silent[k].days});
    }
    return result;
}

} // namespace cohort
