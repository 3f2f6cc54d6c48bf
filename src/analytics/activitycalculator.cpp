#include "analytics/activitycalculator.h"

#include "analytics/metricscontext.h"
#include "analytics/periodmath.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace cohort {

namespace {

int isoWeekdayIndex(qint64 day)
{
    // 1970-01-01 was a Thursday (index 3 with Monday = 0).
    return int(((day % 7) + 7 + 3) % 7);
}

constexpr int MaxSilentListed = 500;

} // namespace

ActivityMetrics ActivityCalculator::compute(const MetricsContext &context)
{
    const AnalyticsFacts &facts = context.facts();
    const MetricsRequest &request = context.request();
    ActivityMetrics result;

    const QList<qint64> buckets = PeriodMath::buckets(context.fromDay(), context.toDay(), request.granularity);
    QList<ActivityPoint> series;
    series.reserve(buckets.size());
    for (const qint64 start : buckets)
        series.append(ActivityPoint{PeriodMath::dateOf(start), 0, 0, 0, 0});
    auto bucketIndex = [&](qint64 day) {
        const auto it = std::upper_bound(buckets.cbegin(), buckets.cend(), day);
        return qsizetype(it - buckets.cbegin()) - 1;
    };
    QList<QSet<qint64>> bucketMembers(buckets.size());

    QHash<qint64, qint64> messagesByMember;
    QHash<qint64, qint64> lastDayByMember;
    for (const auto &row : facts.dayActivity) {
        if (row.day > context.toDay())
            break; // sorted by day
        if (!context.inScope(row.groupId))
            continue;
        qint64 &last = lastDayByMember[row.memberId];
        last = std::max<qint64>(last == 0 ? row.day : last, row.day);
        if (row.day < context.fromDay())
            continue;
        result.messages += row.messages;
        messagesByMember[row.memberId] += row.messages;
        const qsizetype b = bucketIndex(row.day);
        if (b >= 0) {
            series[b].messages += row.messages;
            bucketMembers[b].insert(row.memberId);
        }
    }
    for (qsizetype b = 0; b < series.size(); ++b)
        series[b].activeMembers = bucketMembers.at(b).size();
    result.activeMembers = messagesByMember.size();

    for (const auto &row : facts.hourActivity) {
        if (row.day < context.fromDay() || row.day > context.toDay() || !context.inScope(row.groupId))
            continue;
        result.heatmap[size_t(isoWeekdayIndex(row.day))][size_t(std::clamp(row.hour, 0, 23))] += row.messages;
    }

    for (const auto &e : facts.events) {
        if (e.at < context.startUtc() || e.at >= context.endUtc() || !context.inScope(e.groupId))
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

    const QSet<qint64> members = context.membersAt(context.endUtc() - 1);
    result.members = members.size();
    result.activeRatio = result.members > 0 ? double(result.activeMembers) / double(result.members) : 0.0;
    result.messagesPerDay = context.dayCount() > 0 ? double(result.messages) / double(context.dayCount()) : 0.0;

    QList<std::pair<qint64, qint64>> ranking; // (messages, member)
    ranking.reserve(messagesByMember.size());
    for (auto it = messagesByMember.cbegin(); it != messagesByMember.cend(); ++it)
        ranking.append({it.value(), it.key()});
    std::sort(ranking.begin(), ranking.end(), [](const auto &a, const auto &b) {
        return a.first != b.first ? a.first > b.first : a.second < b.second;
    });
    for (qsizetype i = 0; i < ranking.size() && i < request.topCount; ++i)
        result.topContributors.append({context.memberRef(ranking.at(i).second), ranking.at(i).first});

    QList<SilentMember> silent;
    for (const qint64 memberId : members) {
        const qint64 last = lastDayByMember.value(memberId, 0);
        const bool never = !lastDayByMember.contains(memberId);
        const qint64 days = never ? -1 : context.toDay() - last;
        if (never || days >= request.silentDays)
            silent.append({context.memberRef(memberId), never ? QDate() : PeriodMath::dateOf(last), days});
    }
    result.silentCount = silent.size();
    std::sort(silent.begin(), silent.end(), [](const SilentMember &a, const SilentMember &b) {
        const int ra = a.member.roles.isEmpty() ? 99 : MetricsContext::roleRank(a.member.roles.first());
        const int rb = b.member.roles.isEmpty() ? 99 : MetricsContext::roleRank(b.member.roles.first());
        if (ra != rb)
            return ra < rb;
        const qint64 da = a.daysSilent < 0 ? std::numeric_limits<qint64>::max() : a.daysSilent;
        const qint64 db = b.daysSilent < 0 ? std::numeric_limits<qint64>::max() : b.daysSilent;
        if (da != db)
            return da > db;
        return a.member.memberId < b.member.memberId;
    });
    if (silent.size() > MaxSilentListed)
        silent.resize(MaxSilentListed);
    result.silentMembers = silent;
    return result;
}

} // namespace cohort
