#include "analytics/drilldown.h"

#include "analytics/activitycalculator.h"
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
    const std::vector<char> &members = context.membersAtEnd();
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
            if (first >= context.startUtc() && first < context.endUtc() && first != 0 && facts.members[size_t(i)].referrerId != 0)
                values[qint32(i)] = 1;
        }
        return toRows(context, values);
    case Kind::Buyers:
    case Kind::FunnelStep:
        break;
    }

    // Buyers and funnel steps.
    QHash<qint32, qint64> orders;
    for (const auto &o : facts.orders) {
        if (o.orderedAt >= context.startUtc() && o.orderedAt < context.endUtc() && context.inScope(o.groupId)
            && MetricsContext::counts(o)) {
            const qsizetype i = context.index(o.memberId);
            if (i >= 0)
                ++orders[qint32(i)];
        }
    }
    if (kind == Kind::Buyers)
        return toRows(context, orders);
    QHash<qint32, qint64> messages;
    for (const auto &r : facts.dayActivity) {
        if (r.day >= context.fromDay() && r.day <= context.toDay() && context.inScope(r.groupId)) {
            const qsizetype i = context.index(r.memberId);
            if (i >= 0)
                messages[qint32(i)] += r.messages;
        }
    }
    QHash<qint32, qint64> referred;
    for (const auto &m : facts.members) {
        const qsizetype r = m.referrerId != 0 ? context.index(m.referrerId) : -1;
        if (r >= 0)
            ++referred[qint32(r)];
    }
    for (qsizetype i = 0; i < context.memberCount(); ++i) {
        if (!members[size_t(i)])
            continue;
        const qint32 k = qint32(i);
        switch (param) {
        case 0:
            values[k] = messages.value(k);
            break;
        case 1:
            if (messages.contains(k))
                values[k] = messages.value(k);
            break;
        case 2:
            if (orders.value(k) >= 1)
                values[k] = orders.value(k);
            break;
        case 3:
            if (orders.value(k) >= 2)
                values[k] = orders.value(k);
            break;
        case 4:
            if (referred.contains(k))
                values[k] = referred.value(k);
            break;
        default:
            break;
        }
    }
    return toRows(context, values);
}

} // namespace cohort
