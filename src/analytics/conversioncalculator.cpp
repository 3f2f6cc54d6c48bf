#include "analytics/conversioncalculator.h"

#include "analytics/idslots.h"
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
    for (size_t r = context.firstActivityRow(); r < facts.dayActivity.size(); ++r) {
        const auto &row = facts.dayActivity[r];
        if (row.day > context.toDay())
            break;
        if (row.day < context.fromDay() || !context.inScope(row.groupId))
            continue;
        const qsizetype i = context.index(row.memberId);
        if (i >= 0 && members[size_t(i)])
            active[size_t(i)] = 1;
    }

    // One record per member: orders arrive in time order, members in random order.
    struct Buying
    {
        qint64 firstOrderAt = 0;
        qint32 orders = 0;
    };
    std::vector<Buying> buying(n);
    // Bit per (group of the scope, member): bought in that group in the range. Only the scope's
    // groups get a row: one group of 60 needs a 60th of the memory to clear.
    const size_t groups = size_t(facts.groupIds.size());
    std::vector<qint32> scopeRow(groups, -1); // by group slot
    size_t scopeRows = 0;
    for (size_t g = 0; g < groups; ++g) {
        if (context.inScope(facts.groupIds.at(qsizetype(g))))
            scopeRow[g] = qint32(scopeRows++);
    }
    std::vector<char> groupBuyers(context.request().details ? scopeRows * n : 0, 0);
    // Campaigns by dense slot; their distinct buyers as (slot, member) keys, counted after a sort.
    struct CampaignSum
    {
        qint64 orders = 0;
        qint64 minor = 0;
    };
    IdSlots campaignSlots;
    std::vector<CampaignSum> campaignSums;
    std::vector<quint64> campaignBuyers;
    for (size_t k = context.firstOrder(); k < facts.orders.size(); ++k) {
        const auto &o = facts.orders[k];
        if (o.orderedAt >= context.endUtc())
            break; // sorted by time
        if (!context.inScope(o.groupId) || !MetricsContext::counts(o))
            continue;
        const qsizetype i = context.index(o.memberId);
        if (i < 0)
            continue;
        if (buying[size_t(i)].orders++ == 0)
            buying[size_t(i)].firstOrderAt = o.orderedAt;
        if (!context.request().details)
            continue;
        const qsizetype g = facts.groupSlot(o.groupId);
        if (g >= 0 && scopeRow[size_t(g)] >= 0)
            groupBuyers[size_t(scopeRow[size_t(g)]) * n + size_t(i)] = 1;
        if (o.campaignId != 0) {
            const qint32 slot = campaignSlots.slot(o.campaignId);
            if (size_t(slot) >= campaignSums.size())
                campaignSums.resize(size_t(slot) + 1);
            ++campaignSums[size_t(slot)].orders;
            campaignSums[size_t(slot)].minor += o.totalMinor;
            campaignBuyers.push_back(quint64(quint32(slot)) << 32 | quint32(i));
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
        buyers += buying[i].orders >= 1;
        repeat += buying[i].orders >= 2;
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
        counts.second += groupBuyers[size_t(scopeRow[size_t(g)]) * n + size_t(i)];
    }
    for (qsizetype g = 0; g < qsizetype(groups); ++g) {
        const qint64 groupId = facts.groupIds.at(g);
        if (!context.inScope(groupId))
            continue;
        const auto counts = perGroup[size_t(g)];
        result.byGroup.append({groupId, QString(), facts.groups.value(groupId).name, counts.first, counts.second,
                               ratio(counts.second, counts.first), 0, Money()});
    }

    // Counted by the enum's value first; the rows (names, keys) are made once per source.
    std::vector<std::pair<qint64, qint64>> sourceCounts; // (members, buyers) by int(source)
    std::vector<SourceChannel> sourceOf;
    for (size_t i = 0; i < n; ++i) {
        if (!members[i])
            continue;
        const SourceChannel source = facts.members[i].source;
        const size_t s = size_t(int(source));
        if (s >= sourceCounts.size()) {
            sourceCounts.resize(s + 1, {0, 0});
            sourceOf.resize(s + 1, source);
        }
        sourceOf[s] = source;
        ++sourceCounts[s].first;
        sourceCounts[s].second += buying[i].orders >= 1;
    }
    for (size_t s = 0; s < sourceCounts.size(); ++s) {
        if (sourceCounts[s].first == 0)
            continue;
        ConversionRow row;
        row.key = enumKey(sourceOf[s]);
        row.name = enumDisplayName(sourceOf[s]);
        row.members = sourceCounts[s].first;
        row.buyers = sourceCounts[s].second;
        row.rate = ratio(row.buyers, row.members);
        result.bySource.append(row);
    }
    std::sort(result.bySource.begin(), result.bySource.end(), [](const ConversionRow &a, const ConversionRow &b) {
        return a.members > b.members || (a.members == b.members && a.key < b.key);
    });

    std::sort(campaignBuyers.begin(), campaignBuyers.end());
    std::vector<qint64> distinctBuyers(campaignSums.size(), 0);
    for (size_t k = 0; k < campaignBuyers.size(); ++k) {
        if (k == 0 || campaignBuyers[k] != campaignBuyers[k - 1])
            ++distinctBuyers[size_t(campaignBuyers[k] >> 32)];
    }
    for (size_t slot = 0; slot < campaignSums.size(); ++slot) {
        ConversionRow row;
        row.id = campaignSlots.ids()[slot];
        row.name = facts.campaigns.value(row.id);
        row.orders = campaignSums[slot].orders;
        row.revenue = Money(campaignSums[slot].minor, facts.currency);
        row.buyers = distinctBuyers[slot];
        row.members = memberCount;
        row.rate = ratio(row.buyers, row.members);
        result.byCampaign.append(row);
    }
    std::sort(result.byCampaign.begin(), result.byCampaign.end(), [](const ConversionRow &a, const ConversionRow &b) {
        return a.revenue.minorUnits() > b.revenue.minorUnits() || (a.revenue == b.revenue && a.id < b.id);
    });

    std::vector<double> days;
    for (size_t i = 0; i < n; ++i) {
        const qint64 joined = context.firstJoin(qsizetype(i));
        if (buying[i].orders > 0 && members[i] && joined > 0 && buying[i].firstOrderAt >= joined)
            days.push_back(double(buying[i].firstOrderAt - joined) / 86400.0);
    }
    result.medianDaysToFirstOrder = median(days);
    return result;
}

} // namespace cohort
