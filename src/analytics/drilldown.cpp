#include "analytics/drilldown.h"

#include "analytics/activitycalculator.h"
#include "analytics/metricscontext.h"
#include "analytics/periodmath.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace cohort {

namespace {

QList<DrillDown::Row> toRows(const MetricsContext &context, const QHash<qint64, qint64> &values)
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
    QHash<qint64, qint64> values;
    const QSet<qint64> members = context.membersAt(context.endUtc() - 1);
    auto bucketOf = [&](qint64 day) { return PeriodMath::bucketStart(day, request.granularity); };

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
            values[r.memberId] += r.messages;
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
            values[e.memberId] += 1;
        }
        return toRows(context, values);
    case Kind::Buyers:
    case Kind::FunnelStep:
        break;
    case Kind::NewByReferral:
        for (auto it = context.firstJoins().cbegin(); it != context.firstJoins().cend(); ++it) {
            if (it.value() < context.startUtc() || it.value() >= context.endUtc())
                continue;
            const qsizetype index = facts.memberIndex(it.key());
            if (index >= 0 && facts.members[size_t(index)].referrerId != 0)
                values[it.key()] = 1;
        }
        return toRows(context, values);
    }

    // Buyers and funnel steps.
    QHash<qint64, qint64> orders;
    for (const auto &o : facts.orders) {
        if (o.orderedAt >= context.startUtc() && o.orderedAt < context.endUtc() && context.inScope(o.groupId)
            && MetricsContext::counts(o))
            ++orders[o.memberId];
    }
    if (kind == Kind::Buyers)
        return toRows(context, orders);
    QHash<qint64, qint64> messages;
    for (const auto &r : facts.dayActivity) {
        if (r.day >= context.fromDay() && r.day <= context.toDay() && context.inScope(r.groupId))
            messages[r.memberId] += r.messages;
    }
    QHash<qint64, qint64> referred;
    for (const auto &m : facts.members) {
        if (m.referrerId != 0)
            ++referred[m.referrerId];
    }
    for (const qint64 id : members) {
        switch (param) {
        case 0:
            values[id] = messages.value(id);
            break;
        case 1:
            if (messages.contains(id))
                values[id] = messages.value(id);
            break;
        case 2:
            if (orders.value(id) >= 1)
                values[id] = orders.value(id);
            break;
        case 3:
            if (orders.value(id) >= 2)
                values[id] = orders.value(id);
            break;
        case 4:
            if (referred.contains(id))
                values[id] = referred.value(id);
            break;
        default:
            break;
        }
    }
    return toRows(context, values);
}

} // namespace cohort
