#include "analytics/conversioncalculator.h"

#include "analytics/funnelstages.h"
#include "analytics/idslots.h"
#include "analytics/metricscontext.h"

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
    const std::vector<char> &members = context.membersInRange();
    const FunnelStages stages(context);

    for (int step = 0; step < FunnelStages::StepCount; ++step) {
        const qint64 count = stages.count(step);
        result.funnel.append({ FunnelStages::key(step), count,
                               ratio(count, stages.count(std::max(0, step - 1))),
                               ratio(count, stages.count(FunnelStages::Members)) });
    }
    const qint64 memberCount = stages.count(FunnelStages::Members);
    qint64 buyers = 0;
    for (size_t i = 0; i < n; ++i)
        buyers += stages.orders(qsizetype(i)) >= 1;
    result.conversionRate = ratio(buyers, memberCount);
    if (!context.request().details)
        return result;

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
        if (o.campaignId == 0 || !context.inScope(o.groupId) || !MetricsContext::counts(o))
            continue;
        const qsizetype i = context.index(o.memberId);
        if (i < 0)
            continue;
        const qint32 slot = campaignSlots.slot(o.campaignId);
        if (size_t(slot) >= campaignSums.size())
            campaignSums.resize(size_t(slot) + 1);
        ++campaignSums[size_t(slot)].orders;
        campaignSums[size_t(slot)].minor += o.totalMinor;
        campaignBuyers.push_back(quint64(quint32(slot)) << 32 | quint32(i));
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
        sourceCounts[s].second += stages.orders(qsizetype(i)) >= 1;
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
        const qint64 firstOrder = stages.firstOrderAt(qsizetype(i));
        if (firstOrder > 0 && joined > 0 && firstOrder >= joined)
            days.push_back(double(firstOrder - joined) / 86400.0);
    }
    result.medianDaysToFirstOrder = median(days);
    return result;
}

} // namespace cohort
