#pragma once

#include "storage/workspaceerror.h"

#include <QList>

#include <functional>

namespace cohort {

class Database;

/// Undoable deletion of chat groups without holding them in memory: the group rows and every
/// row that goes with them (memberships, membership events, messages, rule violations, campaign
/// and partner links, activity roll-ups) move into the workspace's trash tables (migration 0009)
/// under one trash batch, and the links a deletion clears (orders' group and source message,
/// import batches' group) are recorded there too. Rows are moved by the database, set by set and
/// messages in chunks, so the deletion can report progress and be cancelled between chunks.
class GroupTrash final
{
public:
    /// What deleting some groups takes away (the confirmation shows it; progress counts it).
    struct Counts
    {
        qint64 groups = 0;
        qint64 memberships = 0;
        qint64 messages = 0;
        qint64 rows = 0; ///< every row moved, links included
    };

    explicit GroupTrash(const Database &database)
        : m_database(database)
    {
    }

    /// Counts what deleting `ids` would move. Throws QueryError when a count cannot be read.
    Counts count(const QList<qint64> &ids) const;

    /// Called with 0..100 while moving.
    void setProgressCallback(std::function<void(int percent)> progress)
    {
        m_progress = std::move(progress);
    }
    /// Asked between chunks; true stops the deletion, which then rolls back.
    void setCancelFlag(std::function<bool()> cancelled) { m_cancelled = std::move(cancelled); }

    /// Deletes the groups `ids` into a new trash batch in one transaction and returns the batch
    /// id; 0 when it failed (lastError()) or was cancelled (wasCancelled()), with nothing
    /// changed. A failed read throws QueryError, which also leaves everything as it was.
    qint64 moveToTrash(const QList<qint64> &ids);
    bool wasCancelled() const { return m_wasCancelled; }
    /// Rows the last moveToTrash() counted to move (links included).
    qint64 movedRows() const { return m_movedRows; }
    /// Puts the rows and links of `batch` back with their old ids and drops the batch; one
    /// transaction.
    bool restore(qint64 batch);
    /// Forgets `batch` for good (its deletion can no longer be undone).
    bool purge(qint64 batch);
    /// Forgets every batch: none can be undone once the workspace was closed.
    bool purgeAll();
    /// Trash batches held (tests, diagnostics). Throws QueryError.
    qint64 batchCount() const;

    const WorkspaceError &lastError() const { return m_error; }

private:
    bool purgeWhere(const QString &condition, const QVariantList &values);

    const Database &m_database;
    std::function<void(int)> m_progress;
    std::function<bool()> m_cancelled;
    bool m_wasCancelled = false;
    qint64 m_movedRows = 0;
    WorkspaceError m_error;
};

} // namespace cohort
