#include "storage/campaignresultsrepository.h"

#include "domain/tierpricing.h"
#include "storage/checkedquery.h"
#include "storage/database.h"
#include "storage/sqlvalues.h"

#include <QSqlError>
#include <QSqlQuery>

namespace cohort {

qint64 CampaignResults::goalActual() const
{
    if (goalKind == QLatin1String("revenue"))
        return revenue.minorUnits();
    if (goalKind == QLatin1String("new_members"))
        return newMembers;
    return orders;
}

std::optional<int> CampaignResults::goalPercent() const
{
    if (goalKind.isEmpty() || goalValue <= 0)
        return std::nullopt;
    return int(goalActual() * 100 / goalValue);
}

CampaignResults CampaignResultsRepository::results(const Campaign &campaign,
                                                   const QDateTime &now) const
{
    CampaignResults r;
    r.campaignId = campaign.id;
    r.goalKind = campaign.goalKind;
    r.goalValue = campaign.goalValue;
    const QSqlDatabase db = m_database.connection();
    // Orders by currency: the one most orders use is the campaign's revenue currency.
    CheckedQuery q(db,
                   QStringLiteral("SELECT currency, COUNT(*), COALESCE(SUM(total_minor), 0), "
                                  "COALESCE(SUM(quantity), 0) FROM orders WHERE campaign_id = ? "
                                  "AND status <> ? GROUP BY currency "
                                  "ORDER BY COUNT(*) DESC, currency"));
    q.bind(campaign.id).bind(enumKey(OrderStatus::Refunded)).exec();
    bool first = true;
    while (q.next()) {
        const qint64 count = q.value(1).toLongLong();
        r.orders += count;
        r.quantity += q.value(3).toLongLong();
        if (first)
            r.revenue = Money(q.value(2).toLongLong(), q.value(0).toString());
        else
            r.otherCurrencyOrders += count;
        first = false;
    }
    r.participants = CheckedQuery(db,
                                  QStringLiteral("SELECT COUNT(DISTINCT member_id) FROM "
                                                 "orders WHERE campaign_id = ? AND status <> ?"))
                         .bind(campaign.id)
                         .bind(enumKey(OrderStatus::Refunded))
                         .scalar()
                         .toLongLong();
    if (!campaign.priceTiers.isEmpty()) {
        const std::optional<PriceTier> tier
            = TierPricing(campaign.priceTiers).tierFor(int(r.participants));
        r.tierReached = tier;
    }

    // The window: from the start to the end; a one-off without an end lasts its duration, an
    // open-ended recurring campaign runs until now.
    r.windowStart = campaign.startsAt;
    r.windowEnd = campaign.endsAt;
    if (!r.windowEnd.isValid() && r.windowStart.isValid())
        r.windowEnd = campaign.recurrence.trimmed().isEmpty()
            ? r.windowStart.addSecs(qint64(campaign.durationMinutes) * 60)
            : now;
    if (r.windowStart.isValid() && r.windowEnd > r.windowStart) {
        // A join is a membership event of kind join or a membership's join time, so members
        // added by hand count as well as imported joins; UNION keeps each member once.
        // The groups as bound values, not an OR over a subquery: (group_id, at) stays an index
        // range, which keeps a selection in the Campaigns pane quick on 280,000 events.
        // A campaign targets a handful of groups, far below sql::MaxIdsPerStatement.
        const QString marks = sql::placeholders(campaign.groupIds.size());
        auto inGroups = [&campaign, &marks](const QString &column) -> QString {
            if (campaign.groupIds.isEmpty())
                return QString(); // a campaign for every group
            return QStringLiteral(" AND ") + column + QStringLiteral(" IN (") + marks
                + QLatin1Char(')');
        };
        CheckedQuery joins(
            db,
            QStringLiteral(
                "SELECT COUNT(*), COALESCE(SUM(CASE WHEN m.referrer_id IS NULL THEN 0 ELSE 1 "
                "END), 0) FROM (SELECT e.member_id AS member_id FROM membership_events e "
                "WHERE e.kind = ? AND e.at >= ? AND e.at < ?")
                + inGroups(QStringLiteral("e.group_id"))
                + QStringLiteral(" UNION SELECT s.member_id AS member_id FROM memberships s "
                                 "WHERE s.joined_at >= ? AND s.joined_at < ?")
                + inGroups(QStringLiteral("s.group_id"))
                + QStringLiteral(") j JOIN members m ON m.id = j.member_id"));
        joins.bind(enumKey(MembershipEventKind::Join));
        for (int part = 0; part < 2; ++part) {
            joins.bind(sql::fromDateTime(r.windowStart));
            joins.bind(sql::fromDateTime(r.windowEnd));
            for (const qint64 group : campaign.groupIds)
                joins.bind(group);
        }
        r.newMembers = joins.scalar().toLongLong();
        r.referredNewMembers = joins.value(1).toLongLong();
    }
    return r;
}

} // namespace cohort
