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

double median(std::vector<double> values)
{
    if (values.empty())
        return -1;
    const size_t mid = values.size() / 2;
    std::nth_element(values.begin(), values.begin() + qsizetype(mid), values.end());
    const double upper = values[mid];
    if (values.size() % 2)
        return upper;
    const double lower = *std::max_element(values.begin(), values.begin() + qsizetype(mid));
    return (lower + upper) / 2.0;
}

} // namespace

ConversionMetrics ConversionCalculator::compute(const MetricsContext &context)
{
    const AnalyticsFacts &facts = context.facts();
    ConversionMetrics result;
    const size_t n = size_t(context.memberCount());
    const std::vector<char> &members = context.membersAtEnd();

    std::vector<char> active(n, 0);
    for (const auto &row : facts.dayActivity) {
        if (row.day > context.toDay())
            break;
        if (row.day < context.fromDay() || !context.inScope(row.groupId))
            continue;
        const qsizetype i = context.index(row.memberId);
        if (i >= 0 && members[size_t(i)])
            active[size_t(i)] = 1;
    }

    std::vector<qint32> ordersByMember(n, 0);
    std::vector<qint64> firstOrderAt(n, 0);
    // Bit per (group slot, member): bought in that group in the range.
    const size_t groups = size_t(facts.groupIds.size());
    std::vector<char> groupBuyers(context.request().details ? groups * n : 0, 0);
    QHash<qint64, ConversionRow> campaigns;
    QHash<qint64, QSet<qint32>> campaignBuyers;
    for (const auto &o : facts.orders) {
        if (o.orderedAt < context.startUtc())
            continue;
        if (o.orderedAt >= context.endUtc())
            break; // sorted by time
        if (!context.inScope(o.groupId) || !MetricsContext::counts(o))
            continue;
        const qsizetype i = context.index(o.memberId);
        if (i < 0)
            continue;
        if (ordersByMember[size_t(i)]++ == 0)
            firstOrderAt[size_t(i)] = o.orderedAt;
        if (!context.request().details)
            continue;
        const qsizetype g = facts.groupSlot(o.groupId);
        if (g >= 0)
            groupBuyers[size_t(g) * n + size_t(i)] = 1;
        if (o.campaignId != 0) {
            ConversionRow &row = campaigns[o.campaignId];
            if (row.id == 0) {
                row.id = o.campaignId;
                row.name = facts.campaigns.value(o.campaignId);
                row.revenue = Money(0, facts.currency);
            }
            ++row.orders;
            row.revenue = Money(row.revenue.minorUnits() + o.totalMinor, facts.currency);
            campaignBuyers[o.campaignId].insert(qint32(i));
        }
    }

    qint64 memberCount = 0;
    qint64 activeCount = 0;
    qint64 buyers = 0;
    qint64 repeat = 0;
    for (size_t i = 0; i < n; ++i) {
        if (!members[i])
            continue;
        ++memberCount;
        activeCount += active[i];
        buyers += ordersByMember[i] >= 1;
        repeat += ordersByMember[i] >= 2;
    }
    std::vector<char> referred(n, 0);
    for (const auto &m : facts.members) {
        if (m.referrerId == 0)
            continue;
        const qsizetype r = context.index(m.referrerId);
        if (r >= 0 && members[size_t(r)])
            referred[size_t(r)] = 1;
    }
    const qint64 referrers = std::count(referred.begin(), referred.end(), char(1));

    const QList<std::pair<QString, qint64>> steps{
        {QStringLiteral("members"), memberCount},
        {QStringLiteral("active"), activeCount},
        {QStringLiteral("buyers"), buyers},
        {QStringLiteral("repeat_buyers"), repeat},
        {QStringLiteral("referrers"), referrers},
    };
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const qint64 previous = i == 0 ? steps.at(0).second : steps.at(i - 1).second;
        result.funnel.append({steps.at(i).first, steps.at(i).second, ratio(steps.at(i).second, previous),
                              ratio(steps.at(i).second, steps.at(0).second)});
    }
    result.conversionRate = ratio(buyers, memberCount);
    if (!context.request().details)
        return result;

    // By group: one pass over memberships counts each group's members at the end of the range
    // and how many of them bought in that group.
    std::vector<std::pair<qint64, qint64>> perGroup(groups); // (members, buyers among them)
    const qint64 end = context.endUtc() - 1;
    for (const auto &m : facts.memberships) {
        if (!context.inScope(m.groupId) || !((m.joinedAt == 0 || m.joinedAt <= end) && (m.leftAt == 0 || m.leftAt > end)))
            continue;
        const qsizetype g = facts.groupSlot(m.groupId);
        const qsizetype i = context.index(m.memberId);
        if (g < 0 || i < 0)
            continue;
        auto &counts = perGroup[size_t(g)];
        ++counts.first;
        counts.second += groupBuyers[size_t(g) * n + size_t(i)];
    }
    for (qsizetype g = 0; g < qsizetype(groups); ++g) {
        const qint64 groupId = facts.groupIds.at(g);
        if (!context.inScope(groupId))
            continue;
        const auto counts = perGroup[size_t(g)];
        result.byGroup.append({groupId, QString(), facts.groups.value(groupId).name, counts.first, counts.second,
                               ratio(counts.second, counts.first), 0, Money()});
    }

    QHash<int, ConversionRow> sources;
    for (size_t i = 0; i < n; ++i) {
        if (!members[i])
            continue;
        const SourceChannel source = facts.members[i].source;
        ConversionRow &row = sources[int(source)];
        if (row.key.isEmpty()) {
            row.key = enumKey(source);
            row.name = enumDisplayName(source);
        }
        ++row.members;
        row.buyers += ordersByMember[i] >= 1;
    }
    for (auto it = sources.begin(); it != sources.end(); ++it) {
        it->rate = ratio(it->buyers, it->members);
        result.bySource.append(*it);
    }
    std::sort(result.bySource.begin(), result.bySource.end(), [](const ConversionRow &a, const ConversionRow &b) {
        return a.members > b.members || (a.members == b.members && a.key < b.key);
    });

    for (auto it = campaigns.begin(); it != campaigns.end(); ++it) {
        it->buyers = campaignBuyers.value(it.key()).size();
        it->members = memberCount;
        it->rate = ratio(it->buyers, it->members);
        result.byCampaign.append(*it);
    }
    std::sort(result.byCampaign.begin(), result.byCampaign.end(), [](const ConversionRow &a, const ConversionRow &b) {
        return a.revenue.minorUnits() > b.revenue.minorUnits() || (a.revenue == b.revenue && a.id < b.id);
    });

    std::vector<double> days;
    for (size_t i = 0; i < n; ++i) {
        const qint64 joined = context.firstJoin(qsizetype(i));
        if (ordersByMember[i] > 0 && members[i] && joined > 0 && firstOrderAt[i] >= joined)
            days.push_back(double(firstOrderAt[i] - joined) / 86400.0);
    }
    result.medianDaysToFirstOrder = median(days);
    return result;
}

} // namespace cohort
