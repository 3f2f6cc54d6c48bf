#include "analytics/positioningscorecard.h"

#include "analytics/fissioncalculator.h"
#include "analytics/metricscontext.h"
#include "analytics/metricsengine.h"

#include <QHash>

#include <algorithm>

namespace cohort {

QList<GroupScorecard> PositioningScorecard::compute(const AnalyticsFacts &facts,
                                                    const QList<Group> &groups, const QDate &to)
{
    MetricsRequest request;
    request.from = to.addDays(-(WindowDays - 1));
    request.to = to;
    request.details = false;
    for (const Group &group : groups) {
        if (!group.goals.isEmpty())
            request.groupIds << group.id;
    }
    QHash<qint64, PortfolioRow> rows;
    // An empty scope would mean "every group" to the engine.
    if (!request.groupIds.isEmpty()) {
        const QList<PortfolioRow> portfolio = MetricsEngine::portfolio(facts, request);
        for (const PortfolioRow &row : portfolio)
            rows.insert(row.groupId, row);
    }

    QList<GroupScorecard> cards;
    cards.reserve(groups.size());
    for (const Group &group : groups) {
        GroupScorecard card;
        card.groupId = group.id;
        card.name = group.name;
        card.goals = group.goals;
        const QList<GoalKpi> kpis = GoalKpis::forGoals(group.goals);
        if (kpis.isEmpty()) {
            cards << card;
            continue;
        }
        const PortfolioRow row = rows.value(group.id);
        FissionMetrics fission;
        if (kpis.contains(GoalKpi::ReferralShare)) {
            MetricsRequest one = request;
            one.groupIds = { group.id };
            fission = FissionCalculator::compute(MetricsContext(facts, one));
        }
        card.attainment = Attainment::Met;
        card.worstShare = 1;
        bool first = true;
        for (const GoalKpi kpi : kpis) {
            KpiScore score;
            score.kpi = kpi;
            switch (kpi) {
            case GoalKpi::ActiveRatio:
                score.value = row.activeRatio;
                break;
            case GoalKpi::MessagesPerActiveMember:
                score.value = row.activeMembers > 0
                    ? double(row.messages) / double(row.activeMembers)
                    : 0.0;
                break;
            case GoalKpi::ConversionRate:
                score.value = row.conversionRate;
                break;
            case GoalKpi::RepurchaseRate:
                score.value = row.repurchaseRate;
                break;
            case GoalKpi::Joins:
                score.value = double(row.joins);
                break;
            case GoalKpi::ReferralShare:
                score.value = fission.referralShare;
                break;
            }
            score.target = GoalKpis::target(group.kpiTargets, kpi);
            score.attainment = GoalKpis::attainment(score.value, score.target);
            const double share = score.target > 0 ? score.value / score.target : 1.0;
            card.worstShare = first ? share : std::min(card.worstShare, share);
            first = false;
            card.attainment = std::min(card.attainment, score.attainment);
            card.kpis << score;
        }
        cards << card;
    }
    return cards;
}

void PositioningScorecard::sortWorstFirst(QList<GroupScorecard> &cards)
{
    std::stable_sort(cards.begin(), cards.end(),
                     [](const GroupScorecard &a, const GroupScorecard &b) {
                         if (a.attainment != b.attainment)
                             return a.attainment < b.attainment;
                         if (a.worstShare != b.worstShare)
                             return a.worstShare < b.worstShare;
                         return a.name.localeAwareCompare(b.name) < 0;
                     });
}

} // namespace cohort
