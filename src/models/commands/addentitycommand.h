#pragma once

#include "models/commands/entitycommandtraits.h"
#include "models/commands/repositorycommand.h"

namespace cohort {

/// Adds one entity. Undo deletes it (keeping a snapshot); redo after undo restores that snapshot,
/// so the entity comes back with the same id and later commands on the stack still match.
template<typename T> class AddEntityCommand final : public RepositoryCommand
{
    using Traits = EntityCommandTraits<T>;

public:
    AddEntityCommand(const Database &database, T entity, CommandErrorHandler onError = {},
                     QUndoCommand *parent = nullptr)
        : RepositoryCommand(std::move(onError), parent)
        , m_database(database)
        , m_entity(std::move(entity))
    {
        setText(Traits::addText(m_entity));
    }

    void redoStep() override
    {
        typename Traits::Repository repository(m_database);
        QString error;
        bool ok = false;
        if (m_entity.id == 0) {
            ok = repository.insert(m_entity);
            error = repository.lastError().message;
        } else {
            ok = Traits::restore(m_database, repository, m_snapshot, &error);
        }
        finish(ok, error);
    }

    void undoStep() override
    {
        typename Traits::Repository repository(m_database);
        m_snapshot = Traits::snapshot(repository, { m_entity.id });
        const bool ok = repository.remove({ m_entity.id });
        finish(ok, repository.lastError().message);
    }

    /// The entity as added (its id is set after the first redo).
    const T &entity() const { return m_entity; }

private:
    const Database &m_database;
    T m_entity;
    typename Traits::Snapshot m_snapshot;
};

using AddGroupCommand = AddEntityCommand<Group>;
using AddMemberCommand = AddEntityCommand<Member>;
using AddProductCommand = AddEntityCommand<Product>;
using AddCampaignCommand = AddEntityCommand<Campaign>;
using AddOrderCommand = AddEntityCommand<Order>;

} // namespace cohort
