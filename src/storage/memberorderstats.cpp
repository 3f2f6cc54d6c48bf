#include "storage/memberorderstats.h"

#include "domain/enums.h"

#include <QSqlError>
#include <QSqlQuery>

namespace cohort {

bool MemberOrderStats::refresh(const QSqlDatabase &connection, const QList<qint64> &memberIds,
                               QSqlError *error)
{
    QSqlQuery q(connection);
    q.prepare(QStringLiteral(
        "UPDATE members SET "
        "order_count = (SELECT count(*) FROM orders o WHERE o.member_id = members.id AND o.status <> ?), "
        "spent_minor = (SELECT coalesce(sum(o.total_minor), 0) FROM orders o "
        "               WHERE o.member_id = members.id AND o.status <> ?), "
        "spent_currency = coalesce((SELECT max(o.currency) FROM orders o "
        "                           WHERE o.member_id = members.id AND o.status <> ?), '') "
        "WHERE id = ?"));
    const QString refunded = enumKey(OrderStatus::Refunded);
    QList<qint64> done;
    for (const qint64 id : memberIds) {
        if (id <= 0 || done.contains(id))
            continue;
        done << id;
        q.addBindValue(refunded);
        q.addBindValue(refunded);
        q.addBindValue(refunded);
        q.addBindValue(id);
        if (!q.exec()) {
            if (error)
                *error = q.lastError();
            return false;
        }
    }
    return true;
}

} // namespace cohort
