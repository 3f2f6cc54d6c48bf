#pragma once

#include "domain/order.h"
#include "storage/workspaceerror.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace cohort {

class Database;

/// Reads what solitaire (接龙) detection needs (a group's solitaire posts, its members' names,
/// orders already taken from those posts) and writes accepted orders, all in one transaction.
class SolitaireRepository final
{
    Q_DECLARE_TR_FUNCTIONS(SolitaireRepository)

public:
    /// A stored message of kind solitaire.
    struct Post
    {
        qint64 messageId = 0;
        qint64 sentAt = 0; ///< Unix seconds
        qint64 memberId = 0; ///< 0 = unknown author
        QString body;
    };

    /// A name a member of the group goes by: their display name or a name seen for an identity.
    struct MemberName
    {
        qint64 memberId = 0;
        QString name;
        bool isDisplayName = false;
    };

    /// An order whose source message is one of a thread's posts.
    struct SourcedOrder
    {
        qint64 orderId = 0;
        qint64 memberId = 0;
        qint64 productId = 0;
        qint64 campaignId = 0;
        qint64 sourceMessageId = 0;
        int quantity = 0;
    };

    explicit SolitaireRepository(const Database &database)
        : m_database(database)
    {
    }

    /// The group's solitaire posts in time order.
    QList<Post> posts(qint64 groupId) const;
    /// Display names and identity names of the group's members (current and past).
    QList<MemberName> memberNames(qint64 groupId) const;
    /// Orders that came from any of `messageIds`.
    QList<SourcedOrder> ordersFrom(const QList<qint64> &messageIds) const;

    /// Inserts `orders` in one transaction (all or none) and sets their ids; an order with an
    /// id is restored under it (redo). A second order from the same message, member and product
    /// is refused by the schema (orders_source_message), so nothing is accepted twice.
    bool insertOrders(QList<Order> &orders);
    /// Deletes the orders `ids` in one transaction (undo of insertOrders).
    bool removeOrders(const QList<qint64> &ids);

    const WorkspaceError &lastError() const { return m_error; }

private:
    const Database &m_database;
    WorkspaceError m_error;
};

} // namespace cohort
