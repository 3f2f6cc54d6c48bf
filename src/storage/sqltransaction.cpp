#include "storage/sqltransaction.h"

#include "storage/database.h"
#include "storage/serverchangelistener.h"

#include <QSqlError>
#include <QSqlQuery>

namespace cohort {

SqlTransaction::SqlTransaction(const Database &database)
    : m_database(const_cast<Database &>(database))
    , m_connection(database.connection())
{
    if (!m_connection.isOpen()) {
        m_error = Database::errorFromSql(m_connection.lastError());
        return;
    }
    if (m_database.isReadOnly()) {
        // A team workspace is read-only when the login may not write (a viewer, TeamRoles).
        m_error = m_database.isServer()
            ? WorkspaceError { WorkspaceError::Kind::Denied,
                               Database::tr("The team server refused this: your role does not "
                                            "allow it. Nothing was saved."),
                               {} }
            : WorkspaceError { WorkspaceError::Kind::ReadOnly,
                               Database::tr("The workspace is open read-only. Nothing was saved."),
                               {} };
        return;
    }
    Database::ThreadState &state = m_database.threadState();
    if (state.depth == 0) {
        state.pending = {};
        state.pendingOrderIds.clear();
        state.ordersWhole = false;
        m_active = exec(m_database.dialect().beginWrite());
        const QString lock = m_database.dialect().writeLockStatement();
        if (m_active && !lock.isEmpty() && !exec(lock)) {
            QSqlQuery(m_connection).exec(QStringLiteral("ROLLBACK"));
            m_active = false;
        }
    } else {
        m_savepoint = QStringLiteral("sp") + QString::number(++state.savepointCounter);
        m_active = exec(QStringLiteral("SAVEPOINT ") + m_savepoint);
    }
    if (m_active)
        ++state.depth;
}

void SqlTransaction::touch(Tables tables)
{
    m_tables |= tables;
    if (tables & Table::Orders)
        m_ordersWhole = true;
}

void SqlTransaction::touchOrders(const QList<qint64> &ids)
{
    m_tables |= Table::Orders;
    for (const qint64 id : ids)
        m_orderIds.insert(id);
    if (ids.isEmpty())
        m_ordersWhole = true;
}

SqlTransaction::~SqlTransaction()
{
    if (m_active)
        rollback();
}

bool SqlTransaction::exec(const QString &sql)
{
    QSqlQuery query(m_connection);
    if (query.exec(sql))
        return true;
    m_error = Database::errorFromSql(query.lastError());
    return false;
}

bool SqlTransaction::commit()
{
    if (!m_active)
        return false;
    Database::ThreadState &state = m_database.threadState();
    if (!m_savepoint.isEmpty()) {
        if (!exec(QStringLiteral("RELEASE SAVEPOINT ") + m_savepoint)) {
            rollback();
            return false;
        }
        state.pending |= m_tables;
        state.pendingOrderIds.unite(m_orderIds);
        state.ordersWhole = state.ordersWhole || m_ordersWhole;
        m_active = false;
        --state.depth;
        return true;
    }
    ChangeSet change;
    change.tables = state.pending | m_tables;
    if (!state.ordersWhole && !m_ordersWhole)
        change.orderIds = state.pendingOrderIds.unite(m_orderIds);
    // Other clients of a team workspace hear of it when it commits (ServerChangeListener).
    if (change.tables && m_database.isServer()) {
        QSqlQuery notify(m_connection);
        notify.prepare(QStringLiteral("SELECT pg_notify(?, ?)"));
        notify.addBindValue(ServerChangeListener::channel());
        notify.addBindValue(ServerChangeListener::payload(m_database, change));
        if (!notify.exec()) {
            m_error = Database::errorFromSql(notify.lastError());
            rollback();
            return false;
        }
    }
    if (!exec(QStringLiteral("COMMIT"))) {
        const WorkspaceError error = m_error;
        rollback();
        m_error = error;
        return false;
    }
    m_active = false;
    state.depth = 0;
    state.pending = {};
    state.pendingOrderIds.clear();
    state.ordersWhole = false;
    m_database.finishOutermost(true, change);
    return true;
}

void SqlTransaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    Database::ThreadState &state = m_database.threadState();
    --state.depth;
    QSqlQuery query(m_connection);
    if (!m_savepoint.isEmpty()) {
        query.exec(QStringLiteral("ROLLBACK TO SAVEPOINT ") + m_savepoint);
        query.exec(QStringLiteral("RELEASE SAVEPOINT ") + m_savepoint);
        return;
    }
    query.exec(QStringLiteral("ROLLBACK"));
    state.depth = 0;
    state.pending = {};
    state.pendingOrderIds.clear();
    state.ordersWhole = false;
}

} // namespace cohort
