#pragma once

#include "domain/campaigndetails.h"
#include "domain/enums.h"
#include "domain/money.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace cohort {

/// Unit price once at least `minParticipants` people buy together (阶梯拼团).
struct PriceTier
{
    int minParticipants = 1;
    Money unitPrice;
    bool operator==(const PriceTier &) const = default;
};

/// A product offered in a campaign, with an optional campaign price and quantity limit.
struct CampaignProduct
{
    qint64 productId = 0;
    Money price; ///< zero-currency Money = the product's own price
    int quantityLimit = 0; ///< 0 = unlimited
    bool operator==(const CampaignProduct &) const = default;
};

/// A scheduled activity in one or more groups (DOMAIN.md §4).
struct Campaign
{
    qint64 id = 0;
    QString name;
    CampaignType type = CampaignType::FlashSale;
    CampaignStatus status = CampaignStatus::Draft;
    QList<qint64> groupIds;
    QList<CampaignProduct> products;
    QList<PriceTier> priceTiers;
    QDateTime startsAt;
    QDateTime endsAt;
    QString timeZone; ///< IANA id the schedule is written in
    /// Recurrence rule, RFC 5545 RRULE subset (e.g. "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH"); empty = one-off.
    QString recurrence;
    int durationMinutes = 60;
    QString goalKind; ///< orders | revenue | new_members
    qint64 goalValue = 0;
    /// The fields only some campaign types use (referral reward, red packets, session topic ...).
    CampaignDetails details;
    QString announcementTemplate;
    QString notes;
    bool operator==(const Campaign &) const = default;
};

} // namespace cohort
