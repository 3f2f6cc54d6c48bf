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
    // Conversion by group is the portfolio's members and buyers, so the two never disagree.
    result.conversion.byGroup.clear();
    for (const PortfolioRow &row : std::as_const(result.portfolio))
        result.conversion.byGroup.append({ row.groupId, QString(), row.name, row.members,
                                           row.buyers, row.conversionRate, 0, Money() });
    std::sort(result.conversion.byGroup.begin(), result.conversion.byGroup.end(),
              [](const ConversionRow &a, const ConversionRow &b) { return a.id < b.id; });
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
    // One byte per (group, member): bit 0 member of the group during the range, bit 1 active,
    // bits 2-3 orders counted up to 2. Dense arrays beat hash sets by an order of magnitude here;
    // only the groups of the scope get a row (one group of 60 clears a 60th of the memory).
    std::vector<quint8> flags(scopeRows * n, 0);
    auto cell = [&](qsizetype g, qsizetype i) { return scopeRow[size_t(g)] * n + size_t(i); };
    // Health needs members active per week and buying per 30 days: (group row, window, member)
    // keys, counted once each after a sort.
    std::vector<quint64> windowKeys;
    std::vector<quint64> buyerKeys;
    auto windowKey = [&](qsizetype g, qint64 window, qsizetype i) {
        return quint64(scopeRow[size_t(g)]) << 48 | quint64(window & 0xffff) << 32
            | quint64(quint32(i));
    };
    // The group's members during the range as MetricsContext defines them for the scope: a
    // membership covering some of the range, or a membership event, a message or a sale there.
    auto present = [&](qsizetype g, qsizetype i) {
        if (!(flags[cell(g, i)] & 1)) {
            flags[cell(g, i)] |= 1;
            ++rows[g].members;
        }
    };
    for (const auto &m : facts.memberships) {
        const qsizetype g = facts.groupSlot(m.groupId);
        const qsizetype i = context.index(m.memberId);
        if (g >= 0 && i >= 0 && wanted[size_t(g)] && context.coversRange(m))
            present(g, i);
    }
    for (size_t k = context.firstActivityRow(); k < facts.dayActivity.size(); ++k) {
        const auto &r = facts.dayActivity[k];
        if (r.day > context.toDay())
            break;
        const qsizetype g = facts.groupSlot(r.groupId);
        const qsizetype i = context.index(r.memberId);
        if (g < 0 || i < 0 || !wanted[size_t(g)])
            continue;
        present(g, i);
        windowKeys.push_back(windowKey(g, (r.day - context.fromDay()) / 7, i));
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
        const qsizetype i = context.index(e.memberId);
        if (g < 0 || !wanted[size_t(g)])
            continue;
        if (i >= 0)
            present(g, i);
        if (e.kind == MembershipEventKind::Join)
            ++rows[g].joins;
        else
            ++rows[g].leaves;
    }
    std::vector<qint64> revenue(groups, 0);
    std::vector<qint64> repeat(groups, 0);
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
        present(g, i);
        buyerKeys.push_back(
            windowKey(g, (context.localDay(o.orderedAt) - context.fromDay()) / 30, i));
        ++rows[g].orders;
        revenue[size_t(g)] += o.totalMinor;
        quint8 &cellFlags = flags[cell(g, i)];
        const int count = cellFlags >> 2;
        if (count == 0)
            ++rows[g].buyers;
        else if (count == 1)
            ++repeat[size_t(g)];
        if (count < 2)
            cellFlags = quint8(cellFlags + 4);
    }
    for (const auto &v : facts.violations) {
        const qsizetype g = facts.groupSlot(v.groupId);
        if (g >= 0 && wanted[size_t(g)] && v.at >= context.startUtc() && v.at < context.endUtc())
            ++rows[g].violations;
    }

    auto countByRow = [&](std::vector<quint64> &keys) {
        std::sort(keys.begin(), keys.end());
        std::vector<qint64> perRow(scopeRows, 0);
        for (size_t k = 0; k < keys.size(); ++k) {
            if (k == 0 || keys[k] != keys[k - 1])
                ++perRow[size_t(keys[k] >> 48)];
        }
        return perRow;
    };
    const std::vector<qint64> activeWeeks = countByRow(windowKeys);
    const std::vector<qint64> buyerMonths = countByRow(buyerKeys);

    QList<PortfolioRow> list;
    for (size_t g = 0; g < groups; ++g) {
        if (!wanted[g])
            continue;
        PortfolioRow &row = rows[qsizetype(g)];
        row.revenue = Money(revenue[g], facts.currency);
        row.activeRatio = row.members > 0 ? double(row.activeMembers) / double(row.members) : 0.0;
        row.conversionRate = row.members > 0 ? double(row.buyers) / double(row.members) : 0.0;
        row.repurchaseRate = row.buyers > 0 ? double(repeat[g]) / double(row.buyers) : 0.0;
        HealthInputs inputs;
        inputs.members = row.members;
        inputs.activeMemberWeeks = activeWeeks[scopeRow[g]];
        inputs.buyerMonths = buyerMonths[scopeRow[g]];
        inputs.joins = row.joins;
        inputs.leaves = row.leaves;
        inputs.violations = row.violations;
        inputs.days = context.dayCount();
        row.health = HealthScoreFormula::compute(inputs);
        list.append(row);
    }
    std::sort(list.begin(), list.end(), [](const PortfolioRow &a, const PortfolioRow &b) {
        return a.health.score != b.health.score ? a.health.score < b.health.score : a.groupId < b.groupId;
    });
    return list;
}

} // namespace cohort
