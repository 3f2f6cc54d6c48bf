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

    /// Deletions that move more rows than this run as jobs (GroupPane, UndoRunner); smaller ones
    /// take well under a second and stay on the GUI thread.
    static constexpr qint64 BackgroundRows = 5000;

    /// The batch holding the deleted rows while the deletion is done; 0 while it is undone.
    qint64 trashBatch() const { return m_batch; }
    const QList<qint64> &groupIds() const { return m_ids; }
    const Database &database() const { return m_database; }
    /// Rows the deletion moves (as last counted), for choosing between here and a job.
    qint64 rows() const { return m_rows; }
    void setRows(qint64 rows) { m_rows = rows; }
    /// Adopts what a job did in the command's place before the stack's undo() or redo(): the
    /// batch it restored (0) or the batch it deleted into. The step that follows finds its
    /// work done and only moves the stack.
    void adoptTrashBatch(qint64 batch) { m_batch = batch; }

protected:
    void redoStep() override;
    void undoStep() override;

private:
    const Database &m_database;
    QList<qint64> m_ids;
    qint64 m_batch = 0;
    qint64 m_rows = 0;
};

} // namespace cohort
