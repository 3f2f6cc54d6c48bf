#include "storage/orderrepository.h"

#include "storage/checkedquery.h"
#include "storage/database.h"
#include "storage/ledgerposter.h"
#include "storage/memberorderstats.h"
#include "storage/rowstamps.h"
#include "storage/sqltransaction.h"
#include "storage/sqlvalues.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace cohort {

namespace {

/// Members owning `orderIds` now: their order roll-up must be recomputed after the write.
QList<qint64> ownersOf(const QSqlDatabase &db, const QList<qint64> &orderIds)
{
    QList<qint64> owners;
    CheckedQuery q(db, QStringLiteral("SELECT member_id FROM orders WHERE id = ?"));
    for (const qint64 id : orderIds) {
        if (q.bind(id).exec().next())
            owners << q.value(0).toLongLong();
    }
    return owners;
}

const char *const Select = "SELECT id, member_id, product_id, group_id, campaign_id, quantity, "
                           "unit_price_minor, total_minor, currency, ordered_at, channel, status, "
                           "referrer_id, source_message_id, notes FROM orders";

Order readOrder(const QSqlQuery &q)
{
    Order o;
    o.id = q.value(0).toLongLong();
    o.memberId = q.value(1).toLongLong();
    o.productId = q.value(2).toLongLong();
    o.groupId = q.value(3).toLongLong();
    o.campaignId = q.value(4).toLongLong();
    o.quantity = q.value(5).toInt();
    const QString currency = q.value(8).toString();
    o.unitPrice = Money(q.value(6).toLongLong(), currency);
    o.total = Money(q.value(7).toLongLong(), currency);
    o.orderedAt = sql::toDateTime(q.value(9));
    o.channel = enumFromKey(q.value(10).toString(), OrderChannel::Manual);
    o.status = enumFromKey(q.value(11).toString(), OrderStatus::Placed);
    o.referrerId = q.value(12).toLongLong();
    o.sourceMessageId = q.value(13).toLongLong();
    o.notes = q.value(14).toString();
    return o;
}

} // namespace

bool OrderRepository::fail(const QString &message)
{
    m_error = { WorkspaceError::Kind::Invalid, message };
    return false;
}

std::optional<Order> OrderRepository::find(qint64 id) const
{
    CheckedQuery q(m_database, QLatin1String(Select) + QStringLiteral(" WHERE id = ?"));
    if (q.bind(id).exec().next())
        return readOrder(q);
    return std::nullopt;
}

QList<Order> OrderRepository::findMany(const QList<qint64> &ids) const
{
    QList<qint64> sorted = ids;
    std::sort(sorted.begin(), sorted.end());
    sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
    QList<Order> result;
    CheckedQuery q(m_database, QLatin1String(Select) + QStringLiteral(" WHERE id = ?"));
    for (const qint64 id : std::as_const(sorted)) {
        if (q.bind(id).exec().next())
            result << readOrder(q);
    }
    return result;
}

QList<Order> OrderRepository::memberOrders(qint64 memberId) const
{
    QList<Order> result;
    CheckedQuery q(m_database,
                   QLatin1String(Select)
                       + QStringLiteral(" WHERE member_id = ? ORDER BY ordered_at, id"));
    q.bind(memberId).exec();
    while (q.next())
        result << readOrder(q);
    return result;
}

QList<Order> OrderRepository::campaignOrders(qint64 campaignId) const
{
    QList<Order> result;
    CheckedQuery q(m_database,
                   QLatin1String(Select)
                       + QStringLiteral(" WHERE campaign_id = ? ORDER BY ordered_at, id"));
    q.bind(campaignId).exec();
    while (q.next())
        result << readOrder(q);
    return result;
}

qint64 OrderRepository::count() const
{
    return CheckedQuery(m_database, QStringLiteral("SELECT COUNT(*) FROM orders"))
        .scalar()
        .toLongLong();
}

bool OrderRepository::insert(Order &order)
{
    qint64 id = 0;
    if (order.total.currency().isEmpty() && order.total.isZero())
        order.total = order.unitPrice.times(order.quantity);
    if (!write(order, true, &id))
        return false;
    order.id = id;
    return true;
}

bool OrderRepository::restore(const Order &order)
{
    Q_ASSERT(order.id > 0);
    return write(order, true, nullptr);
}

bool OrderRepository::update(const Order &order)
{
    return write(order, false, nullptr);
}

bool OrderRepository::validate(const QSqlDatabase &db, const Order &o)
{
    if (o.quantity <= 0)
        return fail(tr("The quantity must be at least 1."));
    if (o.unitPrice.currency().isEmpty())
        return fail(tr("The order needs a unit price."));
    if (o.unitPrice.isNegative() || o.total.isNegative())
        return fail(tr("Prices cannot be negative."));
    if (o.total.currency() != o.unitPrice.currency())
        return fail(tr("The total and the unit price must be in the same currency."));
    if (!o.orderedAt.isValid())
        return fail(tr("The order needs a date and time."));
    CheckedQuery member(db, QStringLiteral("SELECT 1 FROM members WHERE id = ?"));
    if (!member.bind(o.memberId).exec().next())
        return fail(tr("The order’s member does not exist."));
    CheckedQuery q(db, QStringLiteral("SELECT currency, name FROM products WHERE id = ?"));
    if (!q.bind(o.productId).exec().next())
        return fail(tr("The order’s product does not exist."));
    if (q.value(0).toString() != o.unitPrice.currency()) {
        return fail(tr("“%1” is sold in %2; the order cannot be in %3.")
                        .arg(q.value(1).toString(), q.value(0).toString(), o.unitPrice.currency()));
    }
    if (o.referrerId > 0 && o.referrerId == o.memberId)
        return fail(tr("A member cannot be credited for their own order."));
    return true;
}

bool OrderRepository::write(Order o, bool insert, qint64 *newId)
{
    return catchQueryError(m_error, [&] {
        SqlTransaction tx(m_database);
        if (!tx.isActive()) {
            m_error = tx.error();
            return false;
        }
        if (!validate(tx.connection(), o))
            return false;
        QList<qint64> owners = insert ? QList<qint64>() : ownersOf(tx.connection(), { o.id });
        owners << o.memberId;
        QSqlQuery q(tx.connection());
        const bool explicitId = insert && o.id > 0;
        const QString columns
            = QStringLiteral("member_id, product_id, group_id, campaign_id, quantity, "
                             "unit_price_minor, total_minor, currency, ordered_at, channel, "
                             "status, referrer_id, source_message_id, notes");
        if (insert) {
            q.prepare(QStringLiteral("INSERT INTO orders (") + columns
                      + (explicitId ? QStringLiteral(
                             ", id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                                    : QStringLiteral(
                                        ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")));
        } else {
            q.prepare(QStringLiteral(
                          "UPDATE orders SET member_id = ?, product_id = ?, group_id = ?, "
                          "campaign_id = ?, quantity = ?, unit_price_minor = ?, total_minor = ?, "
                          "currency = ?, ordered_at = ?, channel = ?, status = ?, referrer_id = ?, "
                          "source_message_id = ?, notes = ?, ")
                      + RowStamps::stamp(m_database.dialect()) + QStringLiteral(" WHERE id = ?"));
        }
        q.addBindValue(o.memberId);
        q.addBindValue(o.productId);
        q.addBindValue(sql::fromId(o.groupId));
        q.addBindValue(sql::fromId(o.campaignId));
        q.addBindValue(o.quantity);
        q.addBindValue(o.unitPrice.minorUnits());
        q.addBindValue(o.total.minorUnits());
        q.addBindValue(o.unitPrice.currency());
        q.addBindValue(o.orderedAt.toSecsSinceEpoch());
        q.addBindValue(enumKey(o.channel));
        q.addBindValue(enumKey(o.status));
        q.addBindValue(sql::fromId(o.referrerId));
        q.addBindValue(sql::fromId(o.sourceMessageId));
        q.addBindValue(sql::text(o.notes));
        if (!insert || explicitId)
            q.addBindValue(o.id);
        if (!q.exec()) {
            m_error = Database::errorFromSql(q.lastError());
            return false;
        }
        if (!insert && q.numRowsAffected() == 0) {
            m_error = { WorkspaceError::Kind::NotFound, tr("The order no longer exists.") };
            return false;
        }
        if (newId)
            *newId = explicitId ? o.id : q.lastInsertId().toLongLong();
        QSqlError statsError;
        if (!MemberOrderStats::refresh(tx.connection(), owners, &statsError)) {
            m_error = Database::errorFromSql(statsError);
            return false;
        }
        const qint64 writtenId = insert && !explicitId ? (newId ? *newId : 0) : o.id;
        LedgerPoster poster(m_database);
        if (writtenId > 0 && !poster.sync({ writtenId }, QDateTime::currentDateTimeUtc())) {
            m_error = poster.lastError();
            return false;
        }
        // The members' order columns (count, spend) follow Orders: lists of members depend on it.
        tx.touch(Table::Ledger | Table::Points);
        tx.touchOrders(writtenId > 0 ? QList<qint64> { writtenId } : QList<qint64>());
        if (!tx.commit()) {
            m_error = tx.error();
            return false;
        }
        return true;
    });
}

bool OrderRepository::setStatus(const QList<qint64> &ids, OrderStatus status)
{
    QList<QPair<qint64, OrderStatus>> statuses;
    statuses.reserve(ids.size());
    for (const qint64 id : ids)
        statuses.append({ id, status });
    return setStatuses(statuses);
}

bool OrderRepository::setStatuses(const QList<QPair<qint64, OrderStatus>> &statuses)
{
    return catchQueryError(m_error, [&] {
        SqlTransaction tx(m_database);
        if (!tx.isActive()) {
            m_error = tx.error();
            return false;
        }
        QList<qint64> ids;
        ids.reserve(statuses.size());
        for (const auto &entry : statuses)
            ids << entry.first;
        const QList<qint64> owners = ownersOf(tx.connection(), ids);
        QSqlQuery q(tx.connection());
        q.prepare(QStringLiteral("UPDATE orders SET status = ?, ")
                  + RowStamps::stamp(m_database.dialect()) + QStringLiteral(" WHERE id = ?"));
        for (const auto &[id, status] : statuses) {
            q.addBindValue(enumKey(status));
            q.addBindValue(id);
            if (!q.exec()) {
                m_error = Database::errorFromSql(q.lastError());
                return false;
            }
        }
        QSqlError statsError;
        if (!MemberOrderStats::refresh(tx.connection(), owners, &statsError)) {
            m_error = Database::errorFromSql(statsError);
            return false;
        }
        LedgerPoster poster(m_database);
        if (!poster.sync(ids, QDateTime::currentDateTimeUtc())) {
            m_error = poster.lastError();
            return false;
        }
        tx.touch(Table::Ledger | Table::Points);
        tx.touchOrders(ids);
        if (!tx.commit()) {
            m_error = tx.error();
            return false;
        }
        return true;
    });
}

bool OrderRepository::remove(const QList<qint64> &ids)
{
    return catchQueryError(m_error, [&] {
        SqlTransaction tx(m_database);
        if (!tx.isActive()) {
            m_error = tx.error();
            return false;
        }
        const QList<qint64> owners = ownersOf(tx.connection(), ids);
        // The ledgers keep their history: what the orders earned is reversed, not erased.
        LedgerPoster poster(m_database);
        if (!poster.withdraw(ids, QDateTime::currentDateTimeUtc())) {
            m_error = poster.lastError();
            return false;
        }
        QSqlQuery q(tx.connection());
        q.prepare(QStringLiteral("DELETE FROM orders WHERE id = ?"));
        for (const qint64 id : ids) {
            q.addBindValue(id);
            if (!q.exec()) {
                m_error = Database::errorFromSql(q.lastError());
                return false;
            }
        }
        QSqlError statsError;
        if (!MemberOrderStats::refresh(tx.connection(), owners, &statsError)) {
            m_error = Database::errorFromSql(statsError);
            return false;
        }
        tx.touch(Table::Ledger | Table::Points);
        tx.touchOrders(ids);
        if (!tx.commit()) {
            m_error = tx.error();
            return false;
        }
        return true;
    });
}

} // namespace cohort
