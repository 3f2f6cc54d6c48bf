#pragma once

#include "domain/order.h"
#include "models/commands/repositorycommand.h"
#include "storage/membersnapshot.h"

#include <QList>

namespace cohort {

class Database;

/// An order import already committed (by the wizard's worker): undo removes its orders and the
/// members it created in one transaction, redo puts them back with the same ids.
class ImportOrdersCommand final : public RepositoryCommand
{
public:
    ImportOrdersCommand(const Database &database, QList<qint64> orderIds, QList<qint64> memberIds,
                        CommandErrorHandler onError = {}, QUndoCommand *parent = nullptr);

    void redoStep() override;
    void undoStep() override;

private:
    const Database &m_database;
    QList<qint64> m_orderIds;
    QList<qint64> m_memberIds;
    bool m_applied = true; ///< the import is in the workspace when the command is pushed
    QList<Order> m_orders;
    MemberSnapshot m_members;
};

} // namespace cohort
