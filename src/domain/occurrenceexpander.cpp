#include "domain/occurrenceexpander.h"

#include "domain/schedule.h"

#include <algorithm>

namespace cohort {

OccurrenceExpander::OccurrenceExpander(const QHash<qint64, QString> &groupNames,
                                       const QTimeZone &displayZone)
    : m_groupNames(groupNames)
    , m_zone(displayZone.isValid() ? displayZone : QTimeZone::utc())
{
}

QList<CampaignOccurrence> OccurrenceExpander::expand(const QList<Campaign> &campaigns,
                                                     const QDateTime &fromUtc,
                                                     const QDateTime &toUtc,
                                                     QStringList *problems) const
{
    QList<CampaignOccurrence> result;
    for (const Campaign &campaign : campaigns) {
        if (campaign.status == CampaignStatus::Cancelled || !campaign.startsAt.isValid())
            continue;
        QList<qint64> groups;
        for (const qint64 id : campaign.groupIds) {
            if (m_groupFilter == 0 || id == m_groupFilter)
                groups << id;
        }
        if (campaign.groupIds.isEmpty())
            groups << 0;
        if (groups.isEmpty())
            continue;
        QString error;
        const std::optional<Schedule> schedule = Schedule::forCampaign(campaign, &error);
        if (!schedule) {
            if (problems)
                *problems << tr("%1: %2").arg(campaign.name, error);
            continue;
        }
        const QList<Schedule::Occurrence> times = schedule->occurrences(fromUtc, toUtc);
        for (const Schedule::Occurrence &time : times) {
            for (const qint64 group : std::as_const(groups)) {
                CampaignOccurrence o;
                o.campaignId = campaign.id;
                o.campaignName = campaign.name;
                o.type = campaign.type;
                o.status = campaign.status;
                o.groupId = group;
                o.groupName = group == 0 ? tr("All groups")
                                         : m_groupNames.value(group, tr("Group %1").arg(group));
                o.startUtc = time.startUtc;
                o.endUtc = time.endUtc;
                o.localDate = time.startUtc.toTimeZone(m_zone).date();
                result << o;
            }
        }
    }
    std::stable_sort(result.begin(), result.end(),
                     [](const CampaignOccurrence &a, const CampaignOccurrence &b) {
                         if (a.startUtc != b.startUtc)
                             return a.startUtc < b.startUtc;
                         if (a.campaignId != b.campaignId)
                             return a.campaignId < b.campaignId;
                         return a.groupName < b.groupName;
                     });
    return result;
}

AnnouncementTemplate::Values
OccurrenceExpander::announcementValues(const Campaign &campaign,
                                       const CampaignOccurrence &occurrence,
                                       const QHash<qint64, Product> &products) const
{
    AnnouncementTemplate::Values values;
    QStringList names;
    for (const CampaignProduct &cp : campaign.products) {
        const auto product = products.constFind(cp.productId);
        if (product == products.cend())
            continue;
        names << product->name;
        // The first product sets {price}: a flash sale has exactly one.
        if (names.size() == 1)
            values.price = cp.price.currency().isEmpty() ? product->price : cp.price;
    }
    values.product = names.join(tr(", "));
    values.tiers = campaign.priceTiers;
    // A tiered group buy is announced at its entry tier, not at a product's list price.
    if (!campaign.priceTiers.isEmpty() && campaign.type == CampaignType::TieredGroupBuy)
        values.price = Money();
    values.deadline = occurrence.endUtc;
    values.timeZone = m_zone;
    values.group = occurrence.groupName;
    values.campaign = campaign.name;
    return values;
}

} // namespace cohort
