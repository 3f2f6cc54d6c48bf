#pragma once

#include "storage/database.h"
#include "storage/sqltransaction.h"

#include <QList>
#include <QUndoCommand>

#include <functional>

namespace cohort {

/// An undoable add, edit or delete of rows of one aggregate through its repository (Group,
/// Product, Campaign, Order: each has insert, restore, update, remove). Undoing a delete
/// restores the rows with their old ids; rows that cascaded with them are not part of it.
template<typename Repository, typename Entity> class EntityCommand final : public QUndoCommand
{
public:
    using ErrorHandler = std::function<void(const QString &message)>;

    /// `before` empty = add, `after` empty = delete, both = edit (same order of rows).
    EntityCommand(Database &database, QList<Entity> before, QList<Entity> after,
                  const QString &text, ErrorHandler onError)
        : m_database(database)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_onError(std::move(onError))
    {
        setText(text);
    }

    void redo() override
    {
        // A first run that fails leaves nothing to undo: the stack drops the command.
        if (!apply(m_before, m_after))
            setObsolete(true);
    }
    void undo() override { apply(m_after, m_before); }
    /// Id of the first added or edited row (0 for deletes).
    qint64 entityId() const { return m_after.isEmpty() ? 0 : m_after.first().id; }

private:
    bool apply(const QList<Entity> &from, QList<Entity> &to)
    {
        Repository repository(m_database);
        SqlTransaction transaction(m_database);
        bool ok = transaction.isActive();
        if (to.isEmpty()) {
            QList<qint64> ids;
            for (const Entity &e : from)
                ids << e.id;
            ok = ok && repository.remove(ids);
        } else if (from.isEmpty()) {
            // The first run creates the ids; redo after undo brings back the same rows.
            for (Entity &e : to)
                ok = ok && (e.id == 0 ? repository.insert(e) : repository.restore(e));
        } else {
            for (const Entity &e : std::as_const(to))
                ok = ok && repository.update(e);
        }
        ok = ok && transaction.commit();
        if (!ok && m_onError)
            m_onError(repository.lastError().isError() ? repository.lastError().message
                                                       : transaction.error().message);
        return ok;
    }

    Database &m_database;
    QList<Entity> m_before;
    QList<Entity> m_after;
    ErrorHandler m_onError;
};

} // namespace cohort
