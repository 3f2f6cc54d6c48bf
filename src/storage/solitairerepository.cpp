#include "storage/solitairerepository.h"

#include "storage/database.h"
#include "storage/orderrepository.h"
#include "storage/sqltransaction.h"

#include <QSqlError>
#include <QSqlQuery>

namespace cohort {

QList<SolitaireRepository::Post> SolitaireRepository::posts(qint64 groupId) const
{
    QList<Post> result;
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, sent_at, member_id, body FROM messages "
                             "WHERE group_id = ? AND kind = ? ORDER BY sent_at, id"));
    q.addBindValue(groupId);
    q.addBindValue(int(MessageKind::Solitaire));
    if (!q.exec())
        return result;
    while (q.next()) {
        result.append({ q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(),
                        q.value(3).toString() });
    }
    return result;
}

QList<SolitaireRepository::MemberName> SolitaireRepository::memberNames(qint64 groupId) const
{
    QList<MemberName> result;
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT m.id, m.display_name FROM memberships ms "
                             "JOIN members m ON m.id = ms.member_id WHERE ms.group_id = ?"));
    q.addBindValue(groupId);
    if (q.exec()) {
        while (q.next())
            result.append({ q.value(0).toLongLong(), q.value(1).toString(), true });
    }
    q.prepare(
        QStringLiteral("SELECT i.member_id, n.name FROM memberships ms "
                       "JOIN identities i ON i.member_id = ms.member_id "
                       "JOIN identity_names n ON n.identity_id = i.id WHERE ms.group_id = ?"));
    q.addBindValue(groupId);
    if (q.exec()) {
        while (q.next())
            result.append({ q.value(0).toLongLong(), q.value(1).toString(), false });
    }
    return result;
}

QList<SolitaireRepository::SourcedOrder>
SolitaireRepository::ordersFrom(const QList<qint64> &messageIds) const
{
    QList<SourcedOrder> result;
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT id, member_id, product_id, campaign_id, quantity FROM orders "
                             "WHERE source_message_id = ? ORDER BY id"));
    for (const qint64 messageId : messageIds) {
        q.addBindValue(messageId);
        if (!q.exec())
            continue;
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
    SqlTransaction tx(m_database);
    if (!tx.isActive()) {
        m_error = tx.error();
        return false;
    }
    // Each insert is a savepoint inside this transaction: one failure undoes them all.
    OrderRepository repository(m_database);
    const QList<Order> before = orders;
    QSqlQuery taken(tx.connection());
    taken.prepare(QStringLiteral("SELECT id FROM orders WHERE source_message_id = ? "
                                 "AND member_id = ? AND product_id = ?"));
    for (Order &order : orders) {
        // The unique index would refuse it too; this says which order it already is.
        taken.addBindValue(order.sourceMessageId);
        taken.addBindValue(order.memberId);
        taken.addBindValue(order.productId);
        if (order.sourceMessageId > 0 && taken.exec() && taken.next()) {
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
