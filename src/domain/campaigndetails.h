#pragma once

#include "domain/money.h"

#include <QString>

namespace cohort {

/// The type-specific fields of a campaign (DOMAIN.md §4) and their stored JSON forms: the
/// referral reward lives in the `reward_rule` column, everything else in `details`.
struct CampaignDetails
{
    // Member referral day (裂变): what the recommender earns and what the new member gets.
    Money referrerReward; ///< zero-currency Money = no money reward
    QString newMemberGift;
    // Solitaire group-buy (接龙): how members collect what they ordered.
    QString pickupNote;
    // Red-packet activation (红包).
    Money redPacketTotal;
    int redPacketCount = 0;
    // Knowledge session / live class.
    QString sessionTopic;
    QString sessionSpeaker;
    // Check-in challenge (打卡).
    int checkInDays = 0;
    QString checkInReward;

    bool operator==(const CampaignDetails &) const = default;

    /// {"referrer_rebate_minor":1000,"currency":"CNY","new_member_gift":"..."}; empty when unset.
    QString rewardRuleJson() const;
    /// The other fields as a JSON object; empty when all are unset.
    QString detailsJson() const;
    /// Reads both stored forms; unknown keys and unreadable text are ignored.
    static CampaignDetails fromJson(const QString &rewardRule, const QString &details);
};

} // namespace cohort
