#pragma once

#include "domain/enums.h"
#include "domain/goalkpi.h"
#include "domain/money.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace cohort {

/// Who belongs in a group (DOMAIN.md §1 "customer portrait").
struct CustomerPortrait
{
    QString ageRange;
    QString genderMix;
    QString region;
    QString needs;
    QString pains;
    QStringList tags;
    bool operator==(const CustomerPortrait &) const = default;
};

/// A chat group on one platform, with the positioning the operator fixed for it.
struct Group
{
    qint64 id = 0;
    Platform platform = Platform::WeChat;
    QString name;
    GroupStatus status = GroupStatus::Active;
    QString mainBusiness;
    CustomerPortrait portrait;
    QList<GroupGoal> goals;
    /// Targets the operator set for the goals' KPIs (the others use their defaults).
    KpiTargets kpiTargets;
    PromotionPolicy promotionPolicy = PromotionPolicy::PrivateGarden;
    QStringList approvedPromoters;
    EntryThreshold entryThreshold = EntryThreshold::Free;
    Money entryFee;
    QString rulesText;
    /// Machine-checkable rule keys (no_links, no_cards, no_ads, no_private_soliciting, no_flooding).
    QStringList ruleFlags;
    int capacity = 0; ///< platform cap (500 for a WeChat group); 0 = unknown
    QString externalId; ///< chat id from an export (Telegram id, WeChat @chatroom), when known
    QString notes;
    QDateTime createdAt;
    bool operator==(const Group &) const = default;
};

} // namespace cohort
