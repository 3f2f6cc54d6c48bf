#pragma once

#include "domain/enums.h"

#include <QList>

namespace cohort {

/// Which status changes an order may make: placed → paid → delivered, and a refund of money
/// that was paid. Going back is not a status change but an undo.
class OrderStatusFlow final
{
public:
    /// Whether an order in `from` may be set to `to` (never to the status it already has).
    static bool canChange(OrderStatus from, OrderStatus to);
    /// Whether every status in `from` may be set to `to`; false for an empty list.
    static bool canChangeAll(const QList<OrderStatus> &from, OrderStatus to);
};

} // namespace cohort
