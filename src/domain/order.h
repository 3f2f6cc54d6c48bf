#pragma once

#include "domain/enums.h"
#include "domain/money.h"

#include <QDateTime>
#include <QString>

namespace cohort {

/// One purchase by a member (DOMAIN.md §5). `total` is stored, not derived, so a negotiated
/// total survives later price edits.
struct Order
{
    qint64 id = 0;
    qint64 memberId = 0;
    qint64 productId = 0;
    qint64 groupId = 0; ///< 0 = none
    qint64 campaignId = 0; ///< 0 = none
    int quantity = 1;
    Money unitPrice;
    Money total;
    QDateTime orderedAt;
    OrderChannel channel = OrderChannel::Manual;
    OrderStatus status = OrderStatus::Placed;
    qint64 referrerId = 0; ///< member credited for the referral; 0 = none
    qint64 sourceMessageId = 0; ///< solitaire message the order came from; 0 = none
    QString notes;
    bool operator==(const Order &) const = default;
};

} // namespace cohort
