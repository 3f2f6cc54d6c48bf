#pragma once

#include "domain/order.h"
#include "models/commands/repositorycommand.h"

#include <QList>

namespace cohort {

class Database;

/// Accepts the proposed orders of a solitaire (接龙) thread into Orders in one transaction.
/// Undo deletes them (keeping a snapshot, so edits made meanwhile survive a redo); redo restores
/// them under the same ids.
class AcceptSolitaireOrdersCommand final : public RepositoryCommand
{
public:
    AcceptSolitaireOrdersCommand(const Database &database, QList<Order> orders,
                                 const QString &threadTitle, CommandErrorHandler onError = {},
                                 QUndoCommand *parent = nullptr);

    void redoStep() override;
    void undoStep() override;

    /// The orders as accepted (ids set after the first redo).
    const QList<Order> &orders() const { return m_orders; }

private:
    QList<qint64> ids() const;

    const Database &m_database;
    QList<Order> m_orders;
};

} // namespace cohort
