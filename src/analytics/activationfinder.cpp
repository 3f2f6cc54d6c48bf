#include "analytics/activationfinder.h"

#include "analytics/activitycalculator.h"
#include "analytics/metricscontext.h"
#include "analytics/metricsengine.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace cohort {

namespace {

bool fellByMoreThanHalf(double earlier, double recent)
{
    return earlier > 0 && recent < earlier / 2;
}

} // namespace

QList<QuietGroup> ActivationFinder::find(const AnalyticsFacts &facts, const QDate &to,
                                         const QList<qint64> &groupIds)
{
    MetricsRequest recent;
    recent.groupIds = groupIds;
    recent.from = to.addDays(-(PeriodDays - 1));
    recent.to = to;
    recent.details = false;
    MetricsRequest earlier = recent;
    earlier.from = recent.from.addDays(-PeriodDays);
    earlier.to = recent.from.addDays(-1);

    QHash<qint64, PortfolioRow> before;
    const QList<PortfolioRow> earlierRows = MetricsEngine::portfolio(facts, earlier);
    for (const PortfolioRow &row : earlierRows)
        before.insert(row.groupId, row);

    QList<QuietGroup> result;
    const QList<PortfolioRow> recentRows = MetricsEngine::portfolio(facts, recent);
    for (const PortfolioRow &now : recentRows) {
        const PortfolioRow then = before.value(now.groupId);
        QuietGroup quiet;
        quiet.groupId = now.groupId;
        quiet.name = now.name;
        quiet.earlierActiveRatio = then.activeRatio;
        quiet.recentActiveRatio = now.activeRatio;
        quiet.earlierMessagesPerDay = double(then.messages) / PeriodDays;
        quiet.recentMessagesPerDay = double(now.messages) / PeriodDays;
        if (!fellByMoreThanHalf(quiet.earlierActiveRatio, quiet.recentActiveRatio)
            && !fellByMoreThanHalf(quiet.earlierMessagesPerDay, quiet.recentMessagesPerDay))
            continue;

        MetricsRequest group = earlier;
        group.groupIds = { now.groupId };
        group.details = true;
        group.topCount = TopWriters;
        const MetricsContext earlierContext(facts, group);
        const ActivityMetrics activity = ActivityCalculator::compute(earlierContext);

        MetricsRequest groupNow = recent;
        groupNow.groupIds = { now.groupId };
        const MetricsContext recentContext(facts, groupNow);
        QSet<qint64> wroteRecently;
        for (size_t k = recentContext.firstActivityRow(); k < facts.dayActivity.size(); ++k) {
            const auto &r = facts.dayActivity[k];
            if (r.day > recentContext.toDay())
                break;
            if (r.groupId == now.groupId && r.messages > 0)
                wroteRecently.insert(r.memberId);
        }
        for (const Contributor &writer : activity.topContributors) {
            const qsizetype i = recentContext.index(writer.member.memberId);
            if (!wroteRecently.contains(writer.member.memberId) && i >= 0
                && recentContext.membersAtEnd()[size_t(i)])
                quiet.silentCarriers << writer;
        }
        result << quiet;
    }
    std::stable_sort(result.begin(), result.end(), [](const QuietGroup &a, const QuietGroup &b) {
        const double fallA = a.recentMessagesPerDay - a.earlierMessagesPerDay;
        const double fallB = b.recentMessagesPerDay - b.earlierMessagesPerDay;
        return fallA != fallB ? fallA < fallB : a.groupId < b.groupId;
    });
    return result;
}

} // namespace cohort
