#pragma once

#include "domain/announcementtemplate.h"
#include "domain/campaign.h"
#include "domain/product.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QTimeZone>

namespace cohort {

/// One occurrence of a campaign in one of its target groups: a line of the operator's plan.
struct CampaignOccurrence
{
    qint64 campaignId = 0;
    QString campaignName;
    CampaignType type = CampaignType::FlashSale;
    CampaignStatus status = CampaignStatus::Draft;
    qint64 groupId = 0; ///< 0 = the campaign targets every group
    QString groupName;
    QDateTime startUtc;
    QDateTime endUtc;
    QDate localDate; ///< the day it starts on in the display zone
    bool operator==(const CampaignOccurrence &) const = default;
};

/// Expands campaigns into their occurrences across target groups with `Schedule`, for the
/// calendar, the agenda and the weekly report; and fills an occurrence's announcement.
class OccurrenceExpander final
{
    Q_DECLARE_TR_FUNCTIONS(OccurrenceExpander)

public:
    /// `groupNames` names the target groups; `displayZone` decides which day an occurrence is on.
    OccurrenceExpander(const QHash<qint64, QString> &groupNames, const QTimeZone &displayZone);

    /// Only occurrences in this group (and campaigns for every group); 0 = all groups.
    void setGroupFilter(qint64 groupId) { m_groupFilter = groupId; }

    /// Occurrences overlapping [fromUtc, toUtc) of every campaign that is not cancelled, sorted
    /// by start, campaign and group. A campaign whose schedule cannot be read is left out and
    /// named in `problems`.
    QList<CampaignOccurrence> expand(const QList<Campaign> &campaigns, const QDateTime &fromUtc,
                                     const QDateTime &toUtc, QStringList *problems = nullptr) const;

    /// What the announcement of `occurrence` says: the campaign's first product (its campaign
    /// price, else the product's own), its tiers, the occurrence's end as deadline, the group.
    AnnouncementTemplate::Values announcementValues(const Campaign &campaign,
                                                    const CampaignOccurrence &occurrence,
                                                    const QHash<qint64, Product> &products) const;

private:
    QHash<qint64, QString> m_groupNames;
    QTimeZone m_zone;
    qint64 m_groupFilter = 0;
};

} // namespace cohort
