#include "models/commands/setorderstatuscommand.h"

#include "storage/orderrepository.h"

#include <QCoreApplication>

namespace cohort {

namespace {

QString commandText(OrderStatus status, int count)
{
    switch (status) {
    case OrderStatus::Placed:
        break;
    case OrderStatus::Paid:
        return QCoreApplication::translate("UndoCommand", "Mark %n order(s) paid", nullptr, count);
    case OrderStatus::Delivered:
        return QCoreApplication::translate("UndoCommand", "Mark %n order(s) delivered", nullptr,
                                           count);
    case OrderStatus::Refunded:
        return QCoreApplication::translate("UndoCommand", "Mark %n order(s) refunded", nullptr,
                                           count);
    }
    return QCoreApplication::translate("UndoCommand", "Change the status of %n order(s)", nullptr,
                                       count);
}

} // namespace

SetOrderStatusCommand::SetOrderStatusCommand(const Database &database,
                                             QList<QPair<qint64, OrderStatus>> before,
                                             OrderStatus status, CommandErrorHandler onError,
                                             QUndoCommand *parent)
    : RepositoryCommand(std::move(onError), parent)
    , m_database(database)
    , m_before(std::move(before))
    , m_status(status)
{
    setText(commandText(status, int(m_before.size())));
}

void SetOrderStatusCommand::redoStep()
{
    OrderRepository repository(m_database);
    QList<qint64> ids;
    ids.reserve(m_before.size());
    for (const auto &entry : std::as_const(m_before))
        ids << entry.first;
    const bool ok = repository.setStatus(ids, m_status);
    finish(ok, repository.lastError().message);
}

void SetOrderStatusCommand::undoStep()
{
    OrderRepository repository(m_database);
    const bool ok = repository.setStatuses(m_before);
    finish(ok, repository.lastError().message);
}

} // namespace cohort
