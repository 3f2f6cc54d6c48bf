#include "domain/orderstatusflow.h"

namespace cohort {

bool OrderStatusFlow::canChange(OrderStatus from, OrderStatus to)
{
    switch (to) {
    case OrderStatus::Placed:
        return false;
    case OrderStatus::Paid:
        return from == OrderStatus::Placed;
    case OrderStatus::Delivered:
        // Cash on delivery skips "paid": the courier collects it.
        return from == OrderStatus::Placed || from == OrderStatus::Paid;
    case OrderStatus::Refunded:
        // Only money that came in can go back; an unpaid order is deleted instead.
        return from == OrderStatus::Paid || from == OrderStatus::Delivered;
    }
    return false;
}

bool OrderStatusFlow::canChangeAll(const QList<OrderStatus> &from, OrderStatus to)
{
    if (from.isEmpty())
        return false;
    for (const OrderStatus status : from) {
        if (!canChange(status, to))
            return false;
    }
    return true;
}

} // namespace cohort
