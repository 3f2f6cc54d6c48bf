#pragma once

#include "models/commands/repositorycommand.h"

#include <QList>

namespace cohort {

class Database;

/// Deletes chat groups into the workspace's trash (GroupTrash): redo moves the groups and all
/// that goes with them into a trash batch, undo moves them back with their old ids. The batch
/// lives as long as the command: when the undo stack lets the command go (undo limit, clear)
/// the deletion becomes final and the batch is purged.
class DeleteGroupsCommand final : public RepositoryCommand
{
public:
    DeleteGroupsCommand(const Database &database, QList<qint64> ids,
                        CommandErrorHandler onError = {}, QUndoCommand *parent = nullptr);
    /// A deletion a background job has already moved into `trashBatch`: the first redo (the
    /// push) has nothing left to do.
    DeleteGroupsCommand(const Database &database, QList<qint64> ids, qint64 trashBatch,
                        CommandErrorHandler onError = {}, QUndoCommand *parent = nullptr);
    ~DeleteGroupsCommand() override;

    /// The batch holding the deleted rows while the deletion is done; 0 while it is undone.
    qint64 trashBatch() const { return m_batch; }

protected:
    void redoStep() override;
    void undoStep() override;

private:
    const Database &m_database;
    QList<qint64> m_ids;
    qint64 m_batch = 0;
};

} // namespace cohort
