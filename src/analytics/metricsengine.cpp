#include "analytics/metricsengine.h"

#include "analytics/activitycalculator.h"
#include "analytics/conversioncalculator.h"
#include "analytics/fissioncalculator.h"
#include "analytics/healthscore.h"
#include "analytics/metricscontext.h"
#include "analytics/periodmath.h"
#include "analytics/repurchasecalculator.h"
#include "analytics/revenuecalculator.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace cohort {

namespace {

qint64 countViolations(const MetricsContext &context)
{
    qint64 n = 0;
    for (const auto &v : context.facts().violations)
        n += v.at >= context.startUtc() && v.at < context.endUtc() && context.inScope(v.groupId);
    return n;
}

DashboardMetrics::Headline headlineFrom(const ActivityMetrics &activity, const ConversionMetrics &conversion,
                                        const RepurchaseMetrics &repurchase, const FissionMetrics &fission,
                                        const RevenueMetrics &revenue, qint64 violations)
{
    DashboardMetrics::Headline h;
    h.messages = activity.messages;
    h.activeMembers = activity.activeMembers;
    h.activeRatio = activity.activeRatio;
    h.joins = activity.joins;
    h.leaves = activity.leaves;
    h.buyers = repurchase.buyers;
    h.orders = revenue.orders;
    h.revenue = revenue.revenue;
    h.conversionRate = conversion.conversionRate;
    h.repurchaseRate = repurchase.repurchaseRate;
    h.newByReferral = fission.newByReferral;
    h.violations = violations;
    return h;
}

} // namespace

DashboardMetrics MetricsEngine::compute(const AnalyticsFacts &facts, const MetricsRequest &request)
{
    DashboardMetrics result;
    result.from = request.from;
    result.to = request.to;
    const MetricsContext context(facts, request);
    result.activity = ActivityCalculator::compute(context);
    result.conversion = ConversionCalculator::compute(context);
    result.repurchase = RepurchaseCalculator::compute(context);
    result.fission = FissionCalculator::compute(context);
    result.revenue = RevenueCalculator::compute(context);
    result.violations = countViolations(context);
    result.current = headlineFrom(result.activity, result.conversion, result.repurchase, result.fission,
                                  result.revenue, result.violations);
    MetricsRequest previous = request;
    std::tie(previous.from, previous.to) = PeriodMath::previousPeriod(request.from, request.to);
    result.previous = headline(facts, previous);
    result.portfolio = portfolio(facts, request);
    return result;
}

DashboardMetrics::Headline MetricsEngine::headline(const AnalyticsFacts &facts, const MetricsRequest &request)
{
    const MetricsContext context(facts, request);
    return headlineFrom(ActivityCalculator::compute(context), ConversionCalculator::compute(context),
                        RepurchaseCalculator::compute(context), FissionCalculator::compute(context),
                        RevenueCalculator::compute(context), countViolations(context));
}

QList<PortfolioRow> MetricsEngine::portfolio(const AnalyticsFacts &facts, const MetricsRequest &request)
{
    const MetricsContext context(facts, request);
    const qint64 end = context.endUtc() - 1;
    QHash<qint64, PortfolioRow> rows;
    QHash<qint64, QSet<qint64>> members;
    for (auto it = facts.groups.cbegin(); it != facts.groups.cend(); ++it) {
        if (!context.inScope(it.key()))
            continue;
        PortfolioRow row;
        row.groupId = it.key();
        row.name = it->name;
        row.platform = it->platform;
        row.revenue = Money(0, facts.currency);
        rows.insert(it.key(), row);
    }
    for (const auto &m : facts.memberships) {
        if (rows.contains(m.groupId) && (m.joinedAt == 0 || m.joinedAt <= end) && (m.leftAt == 0 || m.leftAt > end))
            members[m.groupId].insert(m.memberId);
    }
    QHash<qint64, QSet<qint64>> active;
    for (const auto &r : facts.dayActivity) {
        if (r.day > context.toDay())
            break;
        if (r.day < context.fromDay() || !rows.contains(r.groupId))
            continue;
        rows[r.groupId].messages += r.messages;
        active[r.groupId].insert(r.memberId);
    }
    for (const auto &e : facts.events) {
        if (e.at < context.startUtc() || e.at >= context.endUtc() || !rows.contains(e.groupId))
            continue;
        if (e.kind == MembershipEventKind::Join)
            ++rows[e.groupId].joins;
        else
            ++rows[e.groupId].leaves;
    }
    QHash<qint64, QHash<qint64, qint64>> ordersByBuyer;
    for (const auto &o : facts.orders) {
        if (o.orderedAt < context.startUtc() || o.orderedAt >= context.endUtc() || !rows.contains(o.groupId)
            || !MetricsContext::counts(o))
            continue;
        PortfolioRow &row = rows[o.groupId];
        ++row.orders;
        row.revenue += Money(o.totalMinor, facts.currency);
        ++ordersByBuyer[o.groupId][o.memberId];
    }
    for (const auto &v : facts.violations) {
        if (v.at >= context.startUtc() && v.at < context.endUtc() && rows.contains(v.groupId))
            ++rows[v.groupId].violations;
    }

    QList<PortfolioRow> list;
    for (auto it = rows.begin(); it != rows.end(); ++it) {
        PortfolioRow &row = it.value();
        const QSet<qint64> groupMembers = members.value(row.groupId);
        row.members = groupMembers.size();
        row.activeMembers = active.value(row.groupId).size();
        row.activeRatio = row.members > 0 ? double(row.activeMembers) / double(row.members) : 0.0;
        const QHash<qint64, qint64> buyers = ordersByBuyer.value(row.groupId);
        qint64 repeat = 0;
        qint64 memberBuyers = 0;
        for (auto b = buyers.cbegin(); b != buyers.cend(); ++b) {
            repeat += b.value() >= 2;
            memberBuyers += groupMembers.contains(b.key());
        }
        row.buyers = buyers.size();
        row.conversionRate = row.members > 0 ? double(memberBuyers) / double(row.members) : 0.0;
        row.repurchaseRate = row.buyers > 0 ? double(repeat) / double(row.buyers) : 0.0;
        row.health = HealthScoreFormula::compute(row.members, row.activeMembers, row.joins, row.leaves,
                                                 memberBuyers, row.violations);
        list.append(row);
    }
    std::sort(list.begin(), list.end(), [](const PortfolioRow &a, const PortfolioRow &b) {
        return a.health.score != b.health.score ? a.health.score < b.health.score : a.groupId < b.groupId;
    });
    return list;
}

} // namespace cohort
