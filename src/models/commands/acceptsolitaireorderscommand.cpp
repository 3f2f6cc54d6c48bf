#include "models/commands/acceptsolitaireorderscommand.h"

#include "storage/orderrepository.h"
#include "storage/solitairerepository.h"

#include <QCoreApplication>

namespace cohort {

AcceptSolitaireOrdersCommand::AcceptSolitaireOrdersCommand(const Database &database,
                                                           QList<Order> orders,
                                                           const QString &threadTitle,
                                                           CommandErrorHandler onError,
                                                           QUndoCommand *parent)
    : RepositoryCommand(std::move(onError), parent)
    , m_database(database)
    , m_orders(std::move(orders))
{
    setText(QCoreApplication::translate("AcceptSolitaireOrdersCommand",
                                        "Accept %n Order(s) from “%1”", nullptr,
                                        int(m_orders.size()))
                .arg(threadTitle));
}

QList<qint64> AcceptSolitaireOrdersCommand::ids() const
{
    QList<qint64> result;
    for (const Order &order : m_orders)
        result << order.id;
    return result;
}

void AcceptSolitaireOrdersCommand::redoStep()
{
    SolitaireRepository repository(m_database);
    const bool ok = repository.insertOrders(m_orders);
    finish(ok, repository.lastError().message);
}

void AcceptSolitaireOrdersCommand::undoStep()
{
    // What the orders look like now (status set to paid, say), so redo brings that back.
    const QList<Order> current = OrderRepository(m_database).findMany(ids());
    if (current.size() == m_orders.size())
        m_orders = current;
    SolitaireRepository repository(m_database);
    const bool ok = repository.removeOrders(ids());
    finish(ok, repository.lastError().message);
}

} // namespace cohort
