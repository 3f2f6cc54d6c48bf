#include "analytics/metricsjson.h"

#include <QJsonArray>

namespace cohort {

namespace {

QJsonValue money(const Money &m)
{
    return QJsonObject{{QStringLiteral("amount"), m.toPlainString()},
                       {QStringLiteral("minor"), QJsonValue(m.minorUnits())},
                       {QStringLiteral("currency"), m.currency()}};
}

QJsonValue date(const QDate &d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue();
}

QJsonObject member(const MemberRef &m)
{
    QJsonArray roles;
    for (const MemberRole role : m.roles)
        roles.append(enumKey(role));
    return {{QStringLiteral("member_id"), QJsonValue(m.memberId)},
            {QStringLiteral("name"), m.name},
            {QStringLiteral("roles"), roles}};
}

QJsonObject headline(const DashboardMetrics::Headline &h)
{
    return {{QStringLiteral("messages"), QJsonValue(h.messages)},
            {QStringLiteral("active_members"), QJsonValue(h.activeMembers)},
            {QStringLiteral("active_ratio"), h.activeRatio},
            {QStringLiteral("joins"), QJsonValue(h.joins)},
            {QStringLiteral("leaves"), QJsonValue(h.leaves)},
            {QStringLiteral("buyers"), QJsonValue(h.buyers)},
            {QStringLiteral("orders"), QJsonValue(h.orders)},
            {QStringLiteral("revenue"), money(h.revenue)},
            {QStringLiteral("conversion_rate"), h.conversionRate},
            {QStringLiteral("repurchase_rate"), h.repurchaseRate},
            {QStringLiteral("new_by_referral"), QJsonValue(h.newByReferral)},
            {QStringLiteral("violations"), QJsonValue(h.violations)}};
}

QJsonArray amounts(const QList<NamedAmount> &list)
{
    QJsonArray out;
    for (const NamedAmount &a : list) {
        QJsonObject o{{QStringLiteral("id"), QJsonValue(a.id)},
                      {QStringLiteral("name"), a.name},
                      {QStringLiteral("amount"), money(a.amount)},
                      {QStringLiteral("orders"), QJsonValue(a.orders)}};
        if (!a.key.isEmpty())
            o.insert(QStringLiteral("key"), a.key);
        out.append(o);
    }
    return out;
}

QJsonArray conversionRows(const QList<ConversionRow> &rows)
{
    QJsonArray out;
    for (const ConversionRow &r : rows) {
        QJsonObject o{{QStringLiteral("id"), QJsonValue(r.id)},
                      {QStringLiteral("name"), r.name},
                      {QStringLiteral("members"), QJsonValue(r.members)},
                      {QStringLiteral("buyers"), QJsonValue(r.buyers)},
                      {QStringLiteral("rate"), r.rate}};
        if (!r.key.isEmpty())
            o.insert(QStringLiteral("key"), r.key);
        if (r.orders > 0) {
            o.insert(QStringLiteral("orders"), QJsonValue(r.orders));
            o.insert(QStringLiteral("revenue"), money(r.revenue));
        }
        out.append(o);
    }
    return out;
}

QJsonObject activity(const ActivityMetrics &a)
{
    QJsonArray series;
    for (const ActivityPoint &p : a.series)
        series.append(QJsonObject{{QStringLiteral("period"), date(p.periodStart)},
                                  {QStringLiteral("messages"), QJsonValue(p.messages)},
                                  {QStringLiteral("active_members"), QJsonValue(p.activeMembers)},
                                  {QStringLiteral("joins"), QJsonValue(p.joins)},
                                  {QStringLiteral("leaves"), QJsonValue(p.leaves)}});
    QJsonArray heatmap;
    for (const auto &row : a.heatmap) {
        QJsonArray hours;
        for (const qint64 v : row)
            hours.append(QJsonValue(v));
        heatmap.append(hours);
    }
    QJsonArray top;
    for (const Contributor &c : a.topContributors) {
        QJsonObject o = member(c.member);
        o.insert(QStringLiteral("messages"), QJsonValue(c.messages));
        top.append(o);
    }
    QJsonArray silent;
    for (const SilentMember &s : a.silentMembers) {
        QJsonObject o = member(s.member);
        o.insert(QStringLiteral("last_message"), date(s.lastMessage));
        o.insert(QStringLiteral("days_silent"), QJsonValue(s.daysSilent));
        silent.append(o);
    }
    return {{QStringLiteral("messages"), QJsonValue(a.messages)},
            {QStringLiteral("messages_per_day"), a.messagesPerDay},
            {QStringLiteral("active_members"), QJsonValue(a.activeMembers)},
            {QStringLiteral("members"), QJsonValue(a.members)},
            {QStringLiteral("active_ratio"), a.activeRatio},
            {QStringLiteral("joins"), QJsonValue(a.joins)},
            {QStringLiteral("leaves"), QJsonValue(a.leaves)},
            {QStringLiteral("net_growth"), QJsonValue(a.netGrowth)},
            {QStringLiteral("series"), series},
            {QStringLiteral("heatmap_weekday_hour"), heatmap},
            {QStringLiteral("top_contributors"), top},
            {QStringLiteral("silent_count"), QJsonValue(a.silentCount)},
            {QStringLiteral("silent_members"), silent}};
}

QJsonObject conversion(const ConversionMetrics &c)
{
    QJsonArray funnel;
    for (const FunnelStep &s : c.funnel)
        funnel.append(QJsonObject{{QStringLiteral("step"), s.key},
                                  {QStringLiteral("count"), QJsonValue(s.count)},
                                  {QStringLiteral("rate_of_previous"), s.rateOfPrevious},
                                  {QStringLiteral("rate_of_first"), s.rateOfFirst}});
    return {{QStringLiteral("funnel"), funnel},
            {QStringLiteral("conversion_rate"), c.conversionRate},
            {QStringLiteral("by_group"), conversionRows(c.byGroup)},
            {QStringLiteral("by_source"), conversionRows(c.bySource)},
            {QStringLiteral("by_campaign"), conversionRows(c.byCampaign)},
            {QStringLiteral("median_days_to_first_order"),
             c.medianDaysToFirstOrder < 0 ? QJsonValue() : QJsonValue(c.medianDaysToFirstOrder)}};
}

QJsonObject repurchase(const RepurchaseMetrics &r)
{
    QJsonArray intervals;
    for (const IntervalBucket &b : r.intervals)
        intervals.append(QJsonObject{{QStringLiteral("from_days"), b.fromDays},
                                     {QStringLiteral("to_days"), b.toDays < 0 ? QJsonValue() : QJsonValue(b.toDays)},
                                     {QStringLiteral("count"), QJsonValue(b.count)}});
    QJsonArray cohorts;
    for (const CohortRow &c : r.cohorts) {
        QJsonArray retention;
        for (const double v : c.retention)
            retention.append(v);
        cohorts.append(QJsonObject{{QStringLiteral("month"), c.month.toString(QStringLiteral("yyyy-MM"))},
                                   {QStringLiteral("buyers"), QJsonValue(c.buyers)},
                                   {QStringLiteral("retention"), retention}});
    }
    QJsonArray due;
    for (const DueBuyer &d : r.due) {
        QJsonObject o = member(d.member);
        o.insert(QStringLiteral("product_id"), QJsonValue(d.productId));
        o.insert(QStringLiteral("product"), d.productName);
        o.insert(QStringLiteral("last_order"), date(d.lastOrder));
        o.insert(QStringLiteral("due"), date(d.due));
        due.append(o);
    }
    return {{QStringLiteral("buyers"), QJsonValue(r.buyers)},
            {QStringLiteral("repeat_buyers"), QJsonValue(r.repeatBuyers)},
            {QStringLiteral("repurchase_rate"), r.repurchaseRate},
            {QStringLiteral("intervals"), intervals},
            {QStringLiteral("median_interval_days"),
             r.medianIntervalDays < 0 ? QJsonValue() : QJsonValue(r.medianIntervalDays)},
            {QStringLiteral("cohorts"), cohorts},
            {QStringLiteral("due"), due}};
}

QJsonObject fission(const FissionMetrics &f)
{
    QJsonArray top;
    for (const Referrer &r : f.topReferrers) {
        QJsonObject o = member(r.member);
        o.insert(QStringLiteral("referrals"), QJsonValue(r.referrals));
        top.append(o);
    }
    return {{QStringLiteral("new_members"), QJsonValue(f.newMembers)},
            {QStringLiteral("new_by_referral"), QJsonValue(f.newByReferral)},
            {QStringLiteral("referral_share"), f.referralShare},
            {QStringLiteral("referrers"), QJsonValue(f.referrers)},
            {QStringLiteral("k_factor"), f.kFactor},
            {QStringLiteral("max_tree_depth"), f.maxTreeDepth},
            {QStringLiteral("top_referrers"), top}};
}

QJsonObject revenue(const RevenueMetrics &r)
{
    QJsonArray series;
    for (const RevenuePoint &p : r.series)
        series.append(QJsonObject{{QStringLiteral("period"), date(p.periodStart)},
                                  {QStringLiteral("revenue"), money(p.revenue)},
                                  {QStringLiteral("orders"), QJsonValue(p.orders)}});
    return {{QStringLiteral("revenue"), money(r.revenue)},
            {QStringLiteral("orders"), QJsonValue(r.orders)},
            {QStringLiteral("refunded"), QJsonValue(r.refunded)},
            {QStringLiteral("average_order"), money(r.averageOrder)},
            {QStringLiteral("series"), series},
            {QStringLiteral("by_group"), amounts(r.byGroup)},
            {QStringLiteral("by_product"), amounts(r.byProduct)},
            {QStringLiteral("by_campaign"), amounts(r.byCampaign)},
            {QStringLiteral("by_product_role"), amounts(r.byRole)}};
}

QJsonArray portfolio(const QList<PortfolioRow> &rows)
{
    QJsonArray out;
    for (const PortfolioRow &r : rows) {
        out.append(QJsonObject {
            { QStringLiteral("group_id"), QJsonValue(r.groupId) },
            { QStringLiteral("name"), r.name },
            { QStringLiteral("platform"), enumKey(r.platform) },
            { QStringLiteral("members"), QJsonValue(r.members) },
            { QStringLiteral("active_members"), QJsonValue(r.activeMembers) },
            { QStringLiteral("active_ratio"), r.activeRatio },
            { QStringLiteral("messages"), QJsonValue(r.messages) },
            { QStringLiteral("joins"), QJsonValue(r.joins) },
            { QStringLiteral("leaves"), QJsonValue(r.leaves) },
            { QStringLiteral("buyers"), QJsonValue(r.buyers) },
            { QStringLiteral("orders"), QJsonValue(r.orders) },
            { QStringLiteral("revenue"), money(r.revenue) },
            { QStringLiteral("conversion_rate"), r.conversionRate },
            { QStringLiteral("repurchase_rate"), r.repurchaseRate },
            { QStringLiteral("violations"), QJsonValue(r.violations) },
            { QStringLiteral("health"),
              QJsonObject {
                  { QStringLiteral("score"), r.health.score },
                  { QStringLiteral("activity"), r.health.activity },
                  { QStringLiteral("growth"), r.health.growth },
                  { QStringLiteral("conversion"), r.health.conversion },
                  { QStringLiteral("discipline"), r.health.discipline },
                  { QStringLiteral("weekly_active_share"), r.health.weeklyActiveShare },
                  { QStringLiteral("monthly_buyer_share"), r.health.monthlyBuyerShare },
                  { QStringLiteral("monthly_net_growth"), r.health.monthlyNetGrowth } } } });
    }
    return out;
}

} // namespace

QJsonObject MetricsJson::toJson(const DashboardMetrics &m)
{
    return {{QStringLiteral("from"), date(m.from)},
            {QStringLiteral("to"), date(m.to)},
            {QStringLiteral("kpis"), headline(m.current)},
            {QStringLiteral("previous_period_kpis"), headline(m.previous)},
            {QStringLiteral("activity"), activity(m.activity)},
            {QStringLiteral("conversion"), conversion(m.conversion)},
            {QStringLiteral("repurchase"), repurchase(m.repurchase)},
            {QStringLiteral("fission"), fission(m.fission)},
            {QStringLiteral("revenue"), revenue(m.revenue)},
            {QStringLiteral("violations"), QJsonValue(m.violations)},
            {QStringLiteral("portfolio"), portfolio(m.portfolio)}};
}

} // namespace cohort
