#pragma once

#include <QList>

class QSqlDatabase;
class QSqlError;

namespace cohort {

/// Keeps the per-member order roll-up (members.order_count, spent_minor, spent_currency) exact.
/// Every write of orders calls refresh() for the members it touched, inside its own transaction,
/// so the Members list sorts by orders and spend through an index instead of aggregating orders.
class MemberOrderStats final
{
public:
    /// Recomputes the roll-up of `memberIds` from their orders (refunded orders excluded).
    static bool refresh(const QSqlDatabase &connection, const QList<qint64> &memberIds,
                        QSqlError *error = nullptr);
};

} // namespace cohort
