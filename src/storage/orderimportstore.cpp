#include "storage/orderimportstore.h"

#include "storage/checkedquery.h"
#include "storage/database.h"
#include "storage/grouprepository.h"
#include "storage/memberrepository.h"
#include "storage/orderrepository.h"
#include "storage/productrepository.h"
#include "storage/sqltransaction.h"

#include <QSqlQuery>

namespace cohort {

QList<OrderImportStore::MemberKey> OrderImportStore::members(const QString &where,
                                                             const QString &value) const
{
    QList<MemberKey> result;
    CheckedQuery q(m_database,
                   QStringLiteral("SELECT id, display_name, phone, wechat_id FROM members WHERE ")
                       + where + QStringLiteral(" ORDER BY id"));
    if (!value.isNull())
        q.bind(value);
    q.exec();
    while (q.next())
        result.append({ q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                        q.value(3).toString() });
    return result;
}

QList<OrderImportStore::MemberKey> OrderImportStore::membersWithPhone() const
{
    return members(QStringLiteral("phone <> ''"), QString());
}

QList<OrderImportStore::MemberKey> OrderImportStore::membersWithWechatId() const
{
    return members(QStringLiteral("wechat_id <> ''"), QString());
}

QList<OrderImportStore::MemberKey> OrderImportStore::membersNamed(const QString &name) const
{
    return members(QStringLiteral("display_name = ?"), name);
}

bool OrderImportStore::hasSameOrder(const Order &order) const
{
    // orders_member (member_id, ordered_at) finds the candidates.
    CheckedQuery q(m_database,
                   QStringLiteral("SELECT 1 FROM orders WHERE member_id = ? AND ordered_at = ? AND "
                                  "product_id = ? AND quantity = ? AND total_minor = ? LIMIT 1"));
    return q.bind(order.memberId)
        .bind(order.orderedAt.toSecsSinceEpoch())
        .bind(order.productId)
        .bind(order.quantity)
        .bind(order.total.minorUnits())
        .exec()
        .next();
}

QList<Product> OrderImportStore::products() const
{
    return ProductRepository(m_database).all();
}

QList<Group> OrderImportStore::groups() const
{
    return GroupRepository(m_database).all();
}

bool OrderImportStore::write(Batch &batch, const ProgressCallback &progress,
                             const CancelFlag &cancel)
{
    Q_ASSERT(batch.orders.size() == batch.orderNewMember.size()
             && batch.orders.size() == batch.lines.size());
    m_error = {};
    m_errorLine = 0;
    m_cancelled = false;
    SqlTransaction tx(m_database);
    if (!tx.isActive()) {
        m_error = tx.error();
        return false;
    }
    const qsizetype total = batch.newMembers.size() + batch.orders.size();
    qsizetype done = 0;
    const auto step = [&]() {
        ++done;
        // Every 64 rows: often enough for a smooth bar, rarely enough to cost nothing.
        if (progress && (done % 64 == 0 || done == total))
            progress(done, total);
        if (cancel && cancel()) {
            m_cancelled = true;
            m_error = { WorkspaceError::Kind::Invalid, tr("The import was cancelled.") };
            return false;
        }
        return true;
    };
    MemberRepository members(m_database);
    for (Member &member : batch.newMembers) {
        if (!members.insert(member)) {
            m_error = members.lastError();
            return false;
        }
        if (!step())
            return false;
    }
    OrderRepository orders(m_database);
    for (qsizetype i = 0; i < batch.orders.size(); ++i) {
        Order &order = batch.orders[i];
        const int newMember = batch.orderNewMember.at(i);
        if (newMember >= 0)
            order.memberId = batch.newMembers.at(newMember).id;
        if (!orders.insert(order)) {
            m_error = orders.lastError();
            m_errorLine = batch.lines.at(i);
            return false;
        }
        if (!step())
            return false;
    }
    tx.touch(Table::Orders | Table::Members);
    if (!tx.commit()) {
        m_error = tx.error();
        return false;
    }
    return true;
}

} // namespace cohort
