#include "models/commands/importorderscommand.h"

#include "storage/database.h"
#include "storage/memberrepository.h"
#include "storage/orderrepository.h"
#include "storage/sqltransaction.h"

#include <QCoreApplication>

namespace cohort {

ImportOrdersCommand::ImportOrdersCommand(const Database &database, QList<qint64> orderIds,
                                         QList<qint64> memberIds, CommandErrorHandler onError,
                                         QUndoCommand *parent)
    : RepositoryCommand(std::move(onError), parent)
    , m_database(database)
    , m_orderIds(std::move(orderIds))
    , m_memberIds(std::move(memberIds))
{
    setText(QCoreApplication::translate("UndoCommand", "Import %n order(s)", nullptr,
                                        int(m_orderIds.size())));
}

void ImportOrdersCommand::undoStep()
{
    OrderRepository orders(m_database);
    MemberRepository members(m_database);
    // Taken now: later edits that were undone before this may have changed the rows.
    m_orders = orders.findMany(m_orderIds);
    m_members = members.snapshot(m_memberIds);
    SqlTransaction tx(m_database);
    QString error = tx.error().message;
    bool ok = tx.isActive() && orders.remove(m_orderIds);
    if (tx.isActive() && !ok)
        error = orders.lastError().message;
    if (ok && !m_memberIds.isEmpty()) {
        ok = members.remove(m_memberIds);
        if (!ok)
            error = members.lastError().message;
    }
    if (ok) {
        ok = tx.commit();
        if (!ok)
            error = tx.error().message;
    }
    m_applied = !ok;
    finish(ok, error);
}

void ImportOrdersCommand::redoStep()
{
    if (m_applied)
        return; // the first redo: the wizard has written the import
    OrderRepository orders(m_database);
    MemberRepository members(m_database);
    SqlTransaction tx(m_database);
    QString error = tx.error().message;
    bool ok = tx.isActive() && (m_memberIds.isEmpty() || members.restore(m_members));
    if (tx.isActive() && !ok)
        error = members.lastError().message;
    for (const Order &order : std::as_const(m_orders)) {
        if (!ok)
            break;
        ok = orders.restore(order);
        if (!ok)
            error = orders.lastError().message;
    }
    if (ok) {
        ok = tx.commit();
        if (!ok)
            error = tx.error().message;
    }
    m_applied = ok;
    finish(ok, error);
}

} // namespace cohort
