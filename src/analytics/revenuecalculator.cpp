#include "analytics/revenuecalculator.h"

#include "analytics/metricscontext.h"
#include "analytics/periodmath.h"

#include <QHash>

#include <algorithm>

namespace cohort {

namespace {

QList<NamedAmount> sorted(const QHash<qint64, NamedAmount> &byId)
{
    QList<NamedAmount> list = byId.values();
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
    result.revenue = Money(0, currency);
    result.averageOrder = Money(0, currency);

    const QList<qint64> buckets =
        PeriodMath::buckets(context.fromDay(), context.toDay(), context.request().granularity);
    for (const qint64 start : buckets)
        result.series.append({PeriodMath::dateOf(start), Money(0, currency), 0});

    QHash<qint64, NamedAmount> byGroup;
    QHash<qint64, NamedAmount> byProduct;
    QHash<qint64, NamedAmount> byCampaign;
    QHash<qint64, NamedAmount> byRole;
    QHash<qint64, QList<Money>> groupRoles;
    const QList<ProductRole> roles = EnumTraits<ProductRole>::all();
    for (const ProductRole role : EnumTraits<ProductRole>::all())
        byRole.insert(qint64(role), {qint64(role), enumKey(role), enumDisplayName(role), Money(0, currency), 0});

    auto add = [&](QHash<qint64, NamedAmount> &map, qint64 id, const QString &name, qint64 minor) {
        NamedAmount &row = map[id];
        if (row.orders == 0 && row.amount.currency().isEmpty()) {
            row.id = id;
            row.name = name;
            row.amount = Money(0, currency);
        }
        row.amount += Money(minor, currency);
        ++row.orders;
    };

    for (const auto &o : facts.orders) {
        if (o.orderedAt < context.startUtc() || o.orderedAt >= context.endUtc() || !context.inScope(o.groupId))
            continue;
        if (!MetricsContext::counts(o)) {
            ++result.refunded;
            continue;
        }
        ++result.orders;
        result.revenue += Money(o.totalMinor, currency);
        const qint64 day = context.localDay(o.orderedAt);
        const auto it = std::upper_bound(buckets.cbegin(), buckets.cend(), day);
        const qsizetype b = qsizetype(it - buckets.cbegin()) - 1;
        if (b >= 0) {
            result.series[b].revenue += Money(o.totalMinor, currency);
            ++result.series[b].orders;
        }
        if (o.groupId != 0)
            add(byGroup, o.groupId, facts.groups.value(o.groupId).name, o.totalMinor);
        const auto product = facts.products.constFind(o.productId);
        add(byProduct, o.productId, product != facts.products.cend() ? product->name : QString(), o.totalMinor);
        if (o.campaignId != 0)
            add(byCampaign, o.campaignId, facts.campaigns.value(o.campaignId), o.totalMinor);
        const ProductRole role = product != facts.products.cend() ? product->role : ProductRole::Traffic;
        if (o.groupId != 0) {
            QList<Money> &split = groupRoles[o.groupId];
            if (split.isEmpty())
                split = QList<Money>(roles.size(), Money(0, currency));
            split[roles.indexOf(role)] += Money(o.totalMinor, currency);
        }
        NamedAmount &roleRow = byRole[qint64(role)];
        roleRow.amount += Money(o.totalMinor, currency);
        ++roleRow.orders;
    }
    if (result.orders > 0)
        result.averageOrder = Money(result.revenue.minorUnits() / result.orders, currency);
    result.byGroup = sorted(byGroup);
    for (const NamedAmount &group : std::as_const(result.byGroup))
        result.byGroupAndRole.append({group.id, group.name, groupRoles.value(group.id)});
    result.byProduct = sorted(byProduct);
    result.byCampaign = sorted(byCampaign);
    for (const ProductRole role : EnumTraits<ProductRole>::all())
        result.byRole.append(byRole.value(qint64(role)));
    return result;
}

} // namespace cohort
