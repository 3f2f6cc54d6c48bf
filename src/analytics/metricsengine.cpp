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
    previous.details = false;
    result.previous = headline(facts, previous);
    result.portfolio = portfolio(context);
    return result;
}

DashboardMetrics::Headline MetricsEngine::headline(const AnalyticsFacts &facts, const MetricsRequest &original)
{
    MetricsRequest request = original;
    request.details = false;
    const MetricsContext context(facts, request);
    return headlineFrom(ActivityCalculator::compute(context), ConversionCalculator::compute(context),
                        RepurchaseCalculator::compute(context), FissionCalculator::compute(context),
                        RevenueCalculator::compute(context), countViolations(context));
}

QList<PortfolioRow> MetricsEngine::portfolio(const AnalyticsFacts &facts, const MetricsRequest &request)
{
    return portfolio(MetricsContext(facts, request));
}

QList<PortfolioRow> MetricsEngine::portfolio(const MetricsContext &context)
{
    const AnalyticsFacts &facts = context.facts();
    const qint64 end = context.endUtc() - 1;
    const size_t n = size_t(context.memberCount());
    const size_t groups = size_t(facts.groupIds.size());
    QList<PortfolioRow> rows(qsizetype(groups), PortfolioRow{});
    std::vector<char> wanted(groups, 0);
    std::vector<size_t> scopeRow(groups, 0); // by group slot: row of the arrays below
    size_t scopeRows = 0;
    for (size_t g = 0; g < groups; ++g) {
        const qint64 id = facts.groupIds.at(qsizetype(g));
        wanted[g] = context.inScope(id);
        if (wanted[g])
            scopeRow[g] = scopeRows++;
        rows[qsizetype(g)].groupId = id;
        rows[qsizetype(g)].name = facts.groups.value(id).name;
        rows[qsizetype(g)].platform = facts.groups.value(id).platform;
    }
    // One byte per (group, member): bit 0 member at the end, bit 1 active, bits 2-3 orders
    // counted up to 2. Dense arrays beat hash sets by an order of magnitude here; only the
    // groups of the scope get a row (one group of 60 clears a 60th of the memory).
    std::vector<quint8> flags(scopeRows * n, 0);
    auto cell = [&](qsizetype g, qsizetype i) { return scopeRow[size_t(g)] * n + size_t(i); };
    for (const auto &m : facts.memberships) {
        const qsizetype g = facts.groupSlot(m.groupId);
        const qsizetype i = context.index(m.memberId);
        if (g < 0 || i < 0 || !wanted[size_t(g)] || !((m.joinedAt == 0 || m.joinedAt <= end) && (m.leftAt == 0 || m.leftAt > end)))
            continue;
        if (!(flags[cell(g, i)] & 1)) {
            flags[cell(g, i)] |= 1;
            ++rows[g].members;
        }
    }
    for (size_t k = context.firstActivityRow(); k < facts.dayActivity.size(); ++k) {
        const auto &r = facts.dayActivity[k];
        if (r.day > context.toDay())
            break;
        const qsizetype g = facts.groupSlot(r.groupId);
        const qsizetype i = context.index(r.memberId);
        if (g < 0 || i < 0 || !wanted[size_t(g)])
            continue;
        rows[g].messages += r.messages;
        if (!(flags[cell(g, i)] & 2)) {
            flags[cell(g, i)] |= 2;
            ++rows[g].activeMembers;
        }
    }
    for (size_t k = context.firstEvent(); k < facts.events.size(); ++k) {
        const auto &e = facts.events[k];
        if (e.at >= context.endUtc())
            break; // sorted by time
        const qsizetype g = facts.groupSlot(e.groupId);
        if (g < 0 || !wanted[size_t(g)])
            continue;
        if (e.kind == MembershipEventKind::Join)
            ++rows[g].joins;
        else
            ++rows[g].leaves;
    }
    std::vector<qint64> revenue(groups, 0);
    std::vector<qint64> repeat(groups, 0);
    std::vector<qint64> memberBuyers(groups, 0);
    for (size_t k = context.firstOrder(); k < facts.orders.size(); ++k) {
        const auto &o = facts.orders[k];
        if (o.orderedAt >= context.endUtc())
            break;
        if (!MetricsContext::counts(o))
            continue;
        const qsizetype g = facts.groupSlot(o.groupId);
        const qsizetype i = context.index(o.memberId);
        if (g < 0 || i < 0 || !wanted[size_t(g)])
            continue;
        ++rows[g].orders;
        revenue[size_t(g)] += o.totalMinor;
        quint8 &cellFlags = flags[cell(g, i)];
        const int count = cellFlags >> 2;
        if (count == 0) {
            ++rows[g].buyers;
            memberBuyers[size_t(g)] += cellFlags & 1;
        } else if (count == 1) {
            ++repeat[size_t(g)];
        }
        if (count < 2)
            cellFlags = quint8(cellFlags + 4);
    }
    for (const auto &v : facts.violations) {
        const qsizetype g = facts.groupSlot(v.groupId);
        if (g >= 0 && wanted[size_t(g)] && v.at >= context.startUtc() && v.at < context.endUtc())
            ++rows[g].violations;
    }

    QList<PortfolioRow> list;
    for (size_t g = 0; g < groups; ++g) {
        if (!wanted[g])
            continue;
        PortfolioRow &row = rows[qsizetype(g)];
        row.revenue = Money(revenue[g], facts.currency);
        row.activeRatio = row.members > 0 ? double(row.activeMembers) / double(row.members) : 0.0;
        row.conversionRate = row.members > 0 ? double(memberBuyers[g]) / double(row.members) : 0.0;
        row.repurchaseRate = row.buyers > 0 ? double(repeat[g]) / double(row.buyers) : 0.0;
        row.health = HealthScoreFormula::compute(row.members, row.activeMembers, row.joins, row.leaves,
                                                 memberBuyers[g], row.violations);
        list.append(row);
    }
    std::sort(list.begin(), list.end(), [](const PortfolioRow &a, const PortfolioRow &b) {
        return a.health.score != b.health.score ? a.health.score < b.health.score : a.groupId < b.groupId;
    });
    return list;
}

} // namespace cohort
