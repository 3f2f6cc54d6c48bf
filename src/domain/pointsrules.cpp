#include "domain/pointsrules.h"

namespace cohort {

qint64 PointsRules::forActiveDays(qint64 days) const
{
    return days > 0 ? days * pointsPerActiveDay : 0;
}

qint64 PointsRules::forPurchase(const Money &total) const
{
    if (spendUnitMinor <= 0 || total.minorUnits() <= 0)
        return 0;
    return total.minorUnits() / spendUnitMinor * pointsPerSpendUnit;
}

qint64 PointsRules::forReferrals(qint64 referredMembers) const
{
    return referredMembers > 0 ? referredMembers * pointsPerReferral : 0;
}

PointsEntry PointsRules::purchaseEntry(qint64 memberId, qint64 orderId, const Money &total,
                                       const QDateTime &at) const
{
    return { memberId, forPurchase(total), QStringLiteral("purchase"), orderId, at };
}

PointsEntry PointsRules::refundEntry(qint64 memberId, qint64 orderId, const Money &total,
                                     const QDateTime &at) const
{
    return { memberId, -forPurchase(total), QStringLiteral("refund"), orderId, at };
}

} // namespace cohort
