#pragma once

#include "storage/changeset.h"
#include "storage/workspaceerror.h"

#include <QSqlDatabase>
#include <QString>

namespace cohort {

class Database;

/// RAII write transaction on the calling thread's connection. Rolls back unless commit()
/// succeeds. Nested guards become savepoints, so repository calls compose into one atomic unit;
/// change signals go out once, after the outermost commit.
class SqlTransaction final
{
public:
    explicit SqlTransaction(const Database &database);
    ~SqlTransaction();
    SqlTransaction(const SqlTransaction &) = delete;
    SqlTransaction &operator=(const SqlTransaction &) = delete;

    bool isActive() const { return m_active; }
    QSqlDatabase connection() const { return m_connection; }
    /// Records that this transaction changed `tables` (announced after the outermost commit).
    void touch(Tables tables);
    /// Records that this transaction wrote (inserted, updated or deleted) the orders `ids`.
    void touchOrders(const QList<qint64> &ids);
    bool commit();
    void rollback();
    const WorkspaceError &error() const { return m_error; }

private:
    bool exec(const QString &sql);

    Database &m_database;
    QSqlDatabase m_connection;
    QString m_savepoint; ///< empty for the outermost transaction
    Tables m_tables;
    QSet<qint64> m_orderIds;
    bool m_ordersWhole = false; ///< orders changed that no id names
    WorkspaceError m_error;
    bool m_active = false;
};

} // namespace cohort
