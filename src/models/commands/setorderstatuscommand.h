#pragma once

#include "domain/enums.h"
#include "models/commands/repositorycommand.h"

#include <QList>
#include <QPair>

namespace cohort {

class Database;

/// Moves several orders to one status in one transaction; undo gives each order back the status
/// it had (they may have differed).
class SetOrderStatusCommand final : public RepositoryCommand
{
public:
    /// `before` holds each order's id and its status now.
    SetOrderStatusCommand(const Database &database, QList<QPair<qint64, OrderStatus>> before,
                          OrderStatus status, CommandErrorHandler onError = {},
                          QUndoCommand *parent = nullptr);

    void redoStep() override;
    void undoStep() override;

private:
    const Database &m_database;
    QList<QPair<qint64, OrderStatus>> m_before;
    OrderStatus m_status;
};

} // namespace cohort
