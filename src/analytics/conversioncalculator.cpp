#include "analytics/conversioncalculator.h"

#include "analytics/metricscontext.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace cohort {

namespace {

double ratio(qint64 part, qint64 whole)
{
    return whole > 0 ? double(part) / double(whole) : 0.0;
}

double median(QList<double> values)
{
    if (values.isEmpty())
        return -1;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2.0;
}

} // namespace

ConversionMetrics ConversionCalculator::compute(const MetricsContext &context)
{
    const AnalyticsFacts &facts = context.facts();
    ConversionMetrics result;
    const QSet<qint64> members = context.membersAt(context.endUtc() - 1);

    QSet<qint64> active;
    for (const auto &row : facts.dayActivity) {
        if (row.day > context.toDay())
            break;
        if (row.day >= context.fromDay() && context.inScope(row.groupId) && members.contains(row.memberId))
            active.insert(row.memberId);
    }

    QHash<qint64, qint64> ordersByMember;
    QHash<qint64, qint64> firstOrderAt;
    QHash<qint64, QSet<qint64>> groupBuyers;
    QHash<qint64, ConversionRow> campaigns;
    QHash<qint64, QSet<qint64>> campaignBuyers;
    for (const auto &o : facts.orders) {
        if (o.orderedAt < context.startUtc() || o.orderedAt >= context.endUtc())
            continue;
        if (!context.inScope(o.groupId) || !MetricsContext::counts(o))
            continue;
        ++ordersByMember[o.memberId];
        if (!firstOrderAt.contains(o.memberId))
            firstOrderAt.insert(o.memberId, o.orderedAt); // orders are sorted by time
        if (o.groupId != 0)
            groupBuyers[o.groupId].insert(o.memberId);
        if (o.campaignId != 0) {
            ConversionRow &row = campaigns[o.campaignId];
            row.id = o.campaignId;
            row.name = facts.campaigns.value(o.campaignId);
            ++row.orders;
            row.revenue += Money(o.totalMinor, facts.currency);
            campaignBuyers[o.campaignId].insert(o.memberId);
        }
    }

    qint64 buyers = 0;
    qint64 repeat = 0;
    for (const qint64 id : members) {
        const qint64 n = ordersByMember.value(id, 0);
        buyers += n >= 1;
        repeat += n >= 2;
    }
    QSet<qint64> referrerIds;
    for (const auto &m : facts.members) {
        if (m.referrerId != 0 && members.contains(m.referrerId))
            referrerIds.insert(m.referrerId);
    }

    const QList<std::pair<QString, qint64>> steps{
        {QStringLiteral("members"), qint64(members.size())},
        {QStringLiteral("active"), qint64(active.size())},
        {QStringLiteral("buyers"), buyers},
        {QStringLiteral("repeat_buyers"), repeat},
        {QStringLiteral("referrers"), qint64(referrerIds.size())},
    };
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const qint64 previous = i == 0 ? steps.at(0).second : steps.at(i - 1).second;
        result.funnel.append({steps.at(i).first, steps.at(i).second, ratio(steps.at(i).second, previous),
                              ratio(steps.at(i).second, steps.at(0).second)});
    }
    result.conversionRate = ratio(buyers, members.size());

    // By group: members of each group at the end of the range and who of them bought there.
    QList<qint64> groupIds = facts.groups.keys();
    std::sort(groupIds.begin(), groupIds.end());
    for (const qint64 groupId : groupIds) {
        if (!context.inScope(groupId))
            continue;
        const QSet<qint64> groupMembers = context.groupMembersAt(groupId, context.endUtc() - 1);
        qint64 groupBuyerCount = 0;
        const QSet<qint64> bought = groupBuyers.value(groupId);
        for (const qint64 id : bought)
            groupBuyerCount += groupMembers.contains(id);
        result.byGroup.append({groupId, QString(), facts.groups.value(groupId).name,
                               qint64(groupMembers.size()), groupBuyerCount,
                               ratio(groupBuyerCount, groupMembers.size()), 0, Money()});
    }

    QHash<int, ConversionRow> sources;
    for (const qint64 id : members) {
        const qsizetype index = facts.memberIndex(id);
        const SourceChannel source = index >= 0 ? facts.members[size_t(index)].source : SourceChannel::Other;
        ConversionRow &row = sources[int(source)];
        row.key = enumKey(source);
        row.name = enumDisplayName(source);
        ++row.members;
        row.buyers += ordersByMember.value(id, 0) >= 1;
    }
    for (auto it = sources.begin(); it != sources.end(); ++it) {
        it->rate = ratio(it->buyers, it->members);
        result.bySource.append(*it);
    }
    std::sort(result.bySource.begin(), result.bySource.end(),
              [](const ConversionRow &a, const ConversionRow &b) { return a.members > b.members || (a.members == b.members && a.key < b.key); });

    for (auto it = campaigns.begin(); it != campaigns.end(); ++it) {
        it->buyers = campaignBuyers.value(it.key()).size();
        it->members = members.size();
        it->rate = ratio(it->buyers, it->members);
        result.byCampaign.append(*it);
    }
    std::sort(result.byCampaign.begin(), result.byCampaign.end(),
              [](const ConversionRow &a, const ConversionRow &b) { return a.revenue.minorUnits() > b.revenue.minorUnits() || (a.revenue == b.revenue && a.id < b.id); });

    QList<double> days;
    for (auto it = firstOrderAt.cbegin(); it != firstOrderAt.cend(); ++it) {
        const qint64 joined = context.firstJoin(it.key());
        if (joined > 0 && it.value() >= joined && members.contains(it.key()))
            days << double(it.value() - joined) / 86400.0;
    }
    result.medianDaysToFirstOrder = median(days);
    return result;
}

} // namespace cohort
