#pragma once

#include "models/commands/entitycommandtraits.h"
#include "models/commands/repositorycommand.h"

namespace cohort {

/// Replaces one entity's fields; undo writes back the values it had before.
template<typename T> class EditEntityCommand final : public RepositoryCommand
{
    using Traits = EntityCommandTraits<T>;

public:
    EditEntityCommand(const Database &database, T before, T after, CommandErrorHandler onError = {},
                      QUndoCommand *parent = nullptr)
        : RepositoryCommand(std::move(onError), parent)
        , m_database(database)
        , m_before(std::move(before))
        , m_after(std::move(after))
    {
        Q_ASSERT(m_before.id == m_after.id && m_after.id > 0);
        setText(Traits::editText(m_after));
    }

    void redoStep() override { write(m_after); }
    void undoStep() override { write(m_before); }

private:
    void write(const T &value)
    {
        typename Traits::Repository repository(m_database);
        const bool ok = repository.update(value);
        finish(ok, repository.lastError().message);
    }

    const Database &m_database;
    T m_before;
    T m_after;
};

using EditGroupCommand = EditEntityCommand<Group>;
using EditMemberCommand = EditEntityCommand<Member>;
using EditProductCommand = EditEntityCommand<Product>;
using EditCampaignCommand = EditEntityCommand<Campaign>;
using EditOrderCommand = EditEntityCommand<Order>;

} // namespace cohort
