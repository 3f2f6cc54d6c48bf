#pragma once

#include "domain/money.h"

#include <QDateTime>
#include <QString>

namespace cohort {

/// One change of a member's points balance; `reason` uses the keys of points_ledger.reason.
struct PointsEntry
{
    qint64 memberId = 0;
    qint64 points = 0;
    QString reason; ///< activity | purchase | referral | refund | redeem
    qint64 orderId = 0; ///< 0 = none
    QDateTime at;
    qint64 id = 0; ///< set once stored
    bool operator==(const PointsEntry &) const = default;
};

/// How members earn points (积分): per active day, per whole unit of money spent and per
/// referred member. Purchase points count whole spending units only (¥9.99 at 1 point per ¥1
/// earns 9), so a refund takes back exactly what the purchase gave.
class PointsRules final
{
public:
    qint64 pointsPerActiveDay = 0;
    qint64 pointsPerSpendUnit = 0;
    /// The amount that earns `pointsPerSpendUnit`, in minor units (100 = one yuan).
    qint64 spendUnitMinor = 100;
    qint64 pointsPerReferral = 0;

    bool operator==(const PointsRules &) const = default;

    qint64 forActiveDays(qint64 days) const;
    qint64 forPurchase(const Money &total) const;
    qint64 forReferrals(qint64 referredMembers) const;

    PointsEntry purchaseEntry(qint64 memberId, qint64 orderId, const Money &total,
                              const QDateTime &at) const;
    PointsEntry refundEntry(qint64 memberId, qint64 orderId, const Money &total,
                            const QDateTime &at) const;
};

} // namespace cohort
