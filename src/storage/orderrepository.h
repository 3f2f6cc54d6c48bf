#pragma once

#include "domain/order.h"
#include "storage/workspaceerror.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>

#include <optional>

class QSqlDatabase;

namespace cohort {

class Database;

/// Reads and writes orders. Validates quantity, member, product and currency; the total is
/// stored (a negotiated total survives price edits). Each write is one transaction.
class OrderRepository final
{
    Q_DECLARE_TR_FUNCTIONS(OrderRepository)

public:
    explicit OrderRepository(const Database &database)
        : m_database(database)
    {
    }

    std::optional<Order> find(qint64 id) const;
    /// Orders with these ids (unknown ids skipped), in id order; for selections and undo.
    QList<Order> findMany(const QList<qint64> &ids) const;
    /// A member's orders, oldest first.
    QList<Order> memberOrders(qint64 memberId) const;
    /// Orders of a campaign, oldest first (tier pricing counts its participants).
    QList<Order> campaignOrders(qint64 campaignId) const;
    qint64 count() const;
    /// Inserts `order` and sets its id; an unset total becomes unit price × quantity.
    bool insert(Order &order);
    /// Re-inserts a deleted order with its old id (undo).
    bool restore(const Order &order);
    bool update(const Order &order);
    bool setStatus(const QList<qint64> &ids, OrderStatus status);
    /// Gives each order its own status in one transaction (undo of a status change).
    bool setStatuses(const QList<QPair<qint64, OrderStatus>> &statuses);
    bool remove(const QList<qint64> &ids);
    const WorkspaceError &lastError() const { return m_error; }

private:
    bool write(Order order, bool insert, qint64 *newId);
    bool validate(const QSqlDatabase &db, const Order &order);
    bool fail(const QString &message);

    const Database &m_database;
    WorkspaceError m_error;
};

} // namespace cohort
