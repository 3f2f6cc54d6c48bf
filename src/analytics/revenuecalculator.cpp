#include "analytics/revenuecalculator.h"

#include "analytics/idslots.h"
#include "analytics/metricscontext.h"
#include "analytics/periodmath.h"

#include <QHash>

#include <algorithm>
#include <limits>
#include <vector>

namespace cohort {

namespace {

QList<NamedAmount> sorted(QList<NamedAmount> list)
{
    std::sort(list.begin(), list.end(), [](const NamedAmount &a, const NamedAmount &b) {
        if (a.amount.minorUnits() != b.amount.minorUnits())
            return a.amount.minorUnits() > b.amount.minorUnits();
        return a.id < b.id;
    });
    return list;
}

} // namespace

RevenueMetrics RevenueCalculator::compute(const MetricsContext &context)
{
    const AnalyticsFacts &facts = context.facts();
    const QString currency = facts.currency;
    RevenueMetrics result;
    const QList<ProductRole> roles = EnumTraits<ProductRole>::all();
    const QList<qint64> buckets =
        PeriodMath::buckets(context.fromDay(), context.toDay(), context.request().granularity);

    // Sums in minor units; Money values are built once at the end.
    struct Sum
    {
        qint64 minor = 0;
        qint64 orders = 0;
    };
    Sum total;
    std::vector<Sum> perBucket(size_t(buckets.size()));
    // Per-order work uses dense slots; hash maps only for campaigns (few orders carry one).
    std::vector<Sum> groupSums(size_t(facts.groupIds.size()));
    std::vector<Sum> productSums(size_t(facts.productIds.size()));
    std::vector<size_t> productRole(size_t(facts.productIds.size()), 0);
    for (qsizetype p = 0; p < facts.productIds.size(); ++p)
        productRole[size_t(p)] = size_t(roles.indexOf(facts.products.value(facts.productIds.at(p)).role));
    IdSlots campaignSlots;
    std::vector<Sum> byCampaign; // by campaign slot
    std::vector<Sum> byRole(size_t(roles.size()));
    std::vector<qint64> groupRoles(size_t(facts.groupIds.size()) * size_t(roles.size()), 0);
    qsizetype bucket = -1;
    qint64 bucketEndUtc = std::numeric_limits<qint64>::min();

    for (size_t k = context.firstOrder(); k < facts.orders.size(); ++k) {
        const auto &o = facts.orders[k];
        if (o.orderedAt >= context.endUtc())
            break; // sorted by time
        if (!context.inScope(o.groupId))
            continue;
        if (!MetricsContext::counts(o)) {
            ++result.refunded;
            continue;
        }
        total.minor += o.totalMinor;
        ++total.orders;
        if (o.orderedAt >= bucketEndUtc) {
            const qint64 day = context.localDay(o.orderedAt);
            const auto it = std::upper_bound(buckets.cbegin(), buckets.cend(), day);
            bucket = qsizetype(it - buckets.cbegin()) - 1;
            bucketEndUtc = bucket + 1 < buckets.size() ? context.utcOfDayStart(buckets.at(bucket + 1))
                                                       : std::numeric_limits<qint64>::max();
        }
        if (bucket >= 0) {
            perBucket[size_t(bucket)].minor += o.totalMinor;
            ++perBucket[size_t(bucket)].orders;
        }
        const qsizetype productSlot = facts.productSlot(o.productId);
        const size_t roleIndex = productSlot >= 0 ? productRole[size_t(productSlot)] : 0;
        if (productSlot >= 0) {
            productSums[size_t(productSlot)].minor += o.totalMinor;
            ++productSums[size_t(productSlot)].orders;
        }
        byRole[roleIndex].minor += o.totalMinor;
        ++byRole[roleIndex].orders;
        const qsizetype groupSlot = facts.groupSlot(o.groupId);
        if (groupSlot >= 0) {
            groupSums[size_t(groupSlot)].minor += o.totalMinor;
            ++groupSums[size_t(groupSlot)].orders;
            groupRoles[size_t(groupSlot) * size_t(roles.size()) + roleIndex] += o.totalMinor;
        }
        if (o.campaignId != 0) {
            const size_t slot = size_t(campaignSlots.slot(o.campaignId));
            if (slot >= byCampaign.size())
                byCampaign.resize(slot + 1);
            byCampaign[slot].minor += o.totalMinor;
            ++byCampaign[slot].orders;
        }
    }

    result.revenue = Money(total.minor, currency);
    result.orders = total.orders;
    result.averageOrder = Money(total.orders > 0 ? total.minor / total.orders : 0, currency);
    for (qsizetype b = 0; b < buckets.size(); ++b)
        result.series.append({PeriodMath::dateOf(buckets.at(b)), Money(perBucket[size_t(b)].minor, currency),
                              perBucket[size_t(b)].orders});
    QList<NamedAmount> groupList;
    for (qsizetype g = 0; g < facts.groupIds.size(); ++g) {
        if (groupSums[size_t(g)].orders > 0)
            groupList.append({facts.groupIds.at(g), QString(), facts.groups.value(facts.groupIds.at(g)).name,
                              Money(groupSums[size_t(g)].minor, currency), groupSums[size_t(g)].orders});
    }
    result.byGroup = sorted(groupList);
    QList<NamedAmount> productList;
    for (qsizetype p = 0; p < facts.productIds.size(); ++p) {
        if (productSums[size_t(p)].orders > 0)
            productList.append({facts.productIds.at(p), QString(), facts.products.value(facts.productIds.at(p)).name,
                                Money(productSums[size_t(p)].minor, currency), productSums[size_t(p)].orders});
    }
    result.byProduct = sorted(productList);
    QList<NamedAmount> campaignList;
    for (size_t slot = 0; slot < byCampaign.size(); ++slot) {
        const qint64 id = campaignSlots.ids()[slot];
        campaignList.append({id, QString(), facts.campaigns.value(id), Money(byCampaign[slot].minor, currency),
                             byCampaign[slot].orders});
    }
    result.byCampaign = sorted(campaignList);
    for (qsizetype r = 0; r < roles.size(); ++r)
        result.byRole.append({qint64(roles.at(r)), enumKey(roles.at(r)), enumDisplayName(roles.at(r)),
                              Money(byRole[size_t(r)].minor, currency), byRole[size_t(r)].orders});
    for (const NamedAmount &group : std::as_const(result.byGroup)) {
        QList<Money> split;
        const size_t g = size_t(facts.groupSlot(group.id));
        for (qsizetype r = 0; r < roles.size(); ++r)
            split << Money(groupRoles[g * size_t(roles.size()) + size_t(r)], currency);
        result.byGroupAndRole.append({group.id, group.name, split});
    }
    return result;
}

} // namespace cohort
