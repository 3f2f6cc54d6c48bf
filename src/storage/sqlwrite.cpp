#include "storage/sqlwrite.h"

#include "storage/database.h"
#include "storage/sqltransaction.h"

#include <QSqlError>
#include <QSqlQuery>

namespace cohort {

bool writeEach(const Database &database, const QString &sql, const QList<qint64> &ids,
               Tables tables, const std::function<void(QSqlQuery &, qint64)> &bind,
               WorkspaceError *error)
{
    SqlTransaction tx(database);
    if (!tx.isActive()) {
        *error = tx.error();
        return false;
    }
    QSqlQuery q(tx.connection());
    q.prepare(sql);
    for (const qint64 id : ids) {
        bind(q, id);
        if (!q.exec()) {
            *error = Database::errorFromSql(q.lastError());
            return false;
        }
    }
    tx.touch(tables);
    if (!tx.commit()) {
        *error = tx.error();
        return false;
    }
    return true;
}

bool execBound(QSqlQuery &query, const QString &sql, const QVariantList &values,
               WorkspaceError *error)
{
    if (!query.prepare(sql)) {
        *error = Database::errorFromSql(query.lastError());
        return false;
    }
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        *error = Database::errorFromSql(query.lastError());
        return false;
    }
    return true;
}

} // namespace cohort
