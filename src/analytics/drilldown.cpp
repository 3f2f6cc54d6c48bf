#include "analytics/drilldown.h"

#include "analytics/activitycalculator.h"
#include "analytics/funnelstages.h"
#include "analytics/metricscontext.h"
#include "analytics/periodmath.h"

#include <QHash>

#include <algorithm>

namespace cohort {

namespace {

/// Rows for members by dense index, most first (ties by name).
QList<DrillDown::Row> toRows(const MetricsContext &context, const QHash<qint32, qint64> &values)
{
    QList<DrillDown::Row> rows;
    rows.reserve(values.size());
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        rows.append({context.memberRef(it.key()), it.value()});
    std::sort(rows.begin(), rows.end(), [](const DrillDown::Row &a, const DrillDown::Row &b) {
        if (a.value != b.value)
            return a.value > b.value;
        return a.member.name.localeAwareCompare(b.member.name) < 0;
    });
    return rows;
}

} // namespace

QList<DrillDown::Row> DrillDown::members(const AnalyticsFacts &facts, const MetricsRequest &request, Kind kind,
                                         qint64 param)
{
    const MetricsContext context(facts, request);
    QHash<qint32, qint64> values;
    auto bucketOf = [&](qint64 day) { return PeriodMath::bucketStart(day, request.granularity); };
    auto add = [&](qint64 memberId, qint64 amount) {
        const qsizetype i = context.index(memberId);
        if (i >= 0)
            values[qint32(i)] += amount;
    };

    switch (kind) {
    case Kind::Silent: {
        QList<Row> rows;
        const ActivityMetrics activity = ActivityCalculator::compute(context);
        for (const SilentMember &s : activity.silentMembers)
            rows.append({s.member, s.daysSilent});
        return rows;
    }
    case Kind::ActiveInPeriod:
    case Kind::HeatCell:
        for (const auto &r : facts.dayActivity) {
            if (r.day < context.fromDay() || r.day > context.toDay() || !context.inScope(r.groupId))
                continue;
            if (kind == Kind::ActiveInPeriod && bucketOf(r.day) != param)
                continue;
            if (kind == Kind::HeatCell && int(((r.day % 7) + 7 + 3) % 7) != int(param / 24))
                continue;
            add(r.memberId, r.messages);
        }
        return toRows(context, values);
    case Kind::JoinsInPeriod:
    case Kind::LeavesInPeriod:
        for (const auto &e : facts.events) {
            if (e.at < context.startUtc() || e.at >= context.endUtc() || !context.inScope(e.groupId))
                continue;
            if ((e.kind == MembershipEventKind::Join) != (kind == Kind::JoinsInPeriod))
                continue;
            if (param >= 0 && bucketOf(context.localDay(e.at)) != param)
                continue;
            add(e.memberId, 1);
        }
        return toRows(context, values);
    case Kind::NewByReferral:
        for (qsizetype i = 0; i < context.memberCount(); ++i) {
            const qint64 first = context.firstJoin(i);
            const qint64 referrer = facts.members[size_t(i)].referrerId;
            if (first >= context.startUtc() && first < context.endUtc() && first != 0
                && referrer != 0 && referrer != facts.members[size_t(i)].id)
                values[qint32(i)] = 1;
        }
        return toRows(context, values);
    case Kind::Buyers:
    case Kind::FunnelStep:
        break;
    }

    if (kind == Kind::Buyers) {
        for (size_t k = context.firstOrder(); k < facts.orders.size(); ++k) {
            const auto &o = facts.orders[k];
            if (o.orderedAt >= context.endUtc())
                break; // sorted by time
            if (context.inScope(o.groupId) && MetricsContext::counts(o))
                add(o.memberId, 1);
        }
        return toRows(context, values);
    }
    // A funnel step lists who reached it, with the number that got them there.
    const FunnelStages stages(context);
    const int step = int(std::clamp<qint64>(param, 0, FunnelStages::StepCount - 1));
    for (qsizetype i = 0; i < context.memberCount(); ++i) {
        if (stages.reached(i) < step)
            continue;
        qint64 value = stages.messages(i);
        if (step == FunnelStages::ActiveBuyers || step == FunnelStages::ActiveRepeatBuyers)
            value = stages.orders(i);
        else if (step == FunnelStages::ReferringRepeatBuyers)
            value = stages.referrals(i);
        values[qint32(i)] = value;
    }
    return toRows(context, values);
}

} // namespace cohort
