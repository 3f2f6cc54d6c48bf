#include "storage/solitairerepository.h"

#include "storage/checkedquery.h"
#include "storage/database.h"
#include "storage/orderrepository.h"
#include "storage/sqltransaction.h"

#include <QSqlError>
#include <QSqlQuery>

namespace cohort {

QList<SolitaireRepository::Post> SolitaireRepository::posts(qint64 groupId) const
{
    QList<Post> result;
    CheckedQuery q(m_database,
                   QStringLiteral("SELECT id, sent_at, member_id, body FROM messages "
                                  "WHERE group_id = ? AND kind = ? ORDER BY sent_at, id"));
    q.bind(groupId).bind(int(MessageKind::Solitaire)).exec();
    while (q.next()) {
        result.append({ q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(),
                        q.value(3).toString() });
    }
    return result;
}

QList<SolitaireRepository::MemberName> SolitaireRepository::memberNames(qint64 groupId) const
{
    QList<MemberName> result;
    CheckedQuery q(m_database,
                   QStringLiteral("SELECT m.id, m.display_name FROM memberships ms "
                                  "JOIN members m ON m.id = ms.member_id WHERE ms.group_id = ?"));
    q.bind(groupId).exec();
    while (q.next())
        result.append({ q.value(0).toLongLong(), q.value(1).toString(), true });
    CheckedQuery names(
        m_database,
        QStringLiteral("SELECT i.member_id, n.name FROM memberships ms "
                       "JOIN identities i ON i.member_id = ms.member_id "
                       "JOIN identity_names n ON n.identity_id = i.id WHERE ms.group_id = ?"));
    names.bind(groupId).exec();
    while (names.next())
        result.append({ names.value(0).toLongLong(), names.value(1).toString(), false });
    return result;
}

QList<SolitaireRepository::SourcedOrder>
SolitaireRepository::ordersFrom(const QList<qint64> &messageIds) const
{
    QList<SourcedOrder> result;
    CheckedQuery q(m_database,
                   QStringLiteral("SELECT id, member_id, product_id, campaign_id, quantity FROM "
                                  "orders WHERE source_message_id = ? ORDER BY id"));
    for (const qint64 messageId : messageIds) {
        q.bind(messageId).exec();
        while (q.next()) {
            result.append({ q.value(0).toLongLong(), q.value(1).toLongLong(),
                            q.value(2).toLongLong(), q.value(3).toLongLong(), messageId,
                            q.value(4).toInt() });
        }
    }
    return result;
}

bool SolitaireRepository::insertOrders(QList<Order> &orders)
{
    return catchQueryError(m_error, [&] {
        SqlTransaction tx(m_database);
        if (!tx.isActive()) {
            m_error = tx.error();
            return false;
        }
        // Each insert is a savepoint inside this transaction: one failure undoes them all.
        OrderRepository repository(m_database);
        const QList<Order> before = orders;
        CheckedQuery taken(tx.connection(),
                           QStringLiteral("SELECT id FROM orders WHERE source_message_id = ? "
                                          "AND member_id = ? AND product_id = ?"));
        for (Order &order : orders) {
            // The unique index would refuse it too; this says which order it already is.
            if (order.sourceMessageId > 0
                && taken.bind(order.sourceMessageId)
                       .bind(order.memberId)
                       .bind(order.productId)
                       .exec()
                       .next()) {
                m_error = { WorkspaceError::Kind::Invalid,
                            tr("This solitaire entry is already in Orders (order %1).")
                                .arg(taken.value(0).toLongLong()) };
                orders = before;
                return false;
            }
            const bool ok = order.id > 0 ? repository.restore(order) : repository.insert(order);
            if (!ok) {
                m_error = repository.lastError();
                orders = before; // rolled back: no id handed out here exists
                return false;
            }
        }
        tx.touch(Table::Orders | Table::Members);
        if (!tx.commit()) {
            m_error = tx.error();
            return false;
        }
        return true;
    });
}

bool SolitaireRepository::removeOrders(const QList<qint64> &ids)
{
    OrderRepository repository(m_database);
    if (!repository.remove(ids)) {
        m_error = repository.lastError();
        return false;
    }
    return true;
}

} // namespace cohort
