#pragma once

#include "models/commands/entitycommandtraits.h"
#include "models/commands/repositorycommand.h"

namespace cohort {

/// Deletes several entities in one transaction; undo restores them with their old ids. (Groups,
/// whose messages may be many, have DeleteGroupsCommand.)
template<typename T> class DeleteEntityCommand final : public RepositoryCommand
{
    using Traits = EntityCommandTraits<T>;

public:
    DeleteEntityCommand(const Database &database, QList<qint64> ids,
                        CommandErrorHandler onError = {}, QUndoCommand *parent = nullptr)
        : RepositoryCommand(std::move(onError), parent)
        , m_database(database)
        , m_ids(std::move(ids))
    {
        setText(Traits::deleteText(int(m_ids.size())));
    }

    void redoStep() override
    {
        typename Traits::Repository repository(m_database);
        // Taken at every redo: an undone edit further down the stack may have changed the rows.
        m_snapshot = Traits::snapshot(repository, m_ids);
        const bool ok = repository.remove(m_ids);
        finish(ok, repository.lastError().message);
    }

    void undoStep() override
    {
        typename Traits::Repository repository(m_database);
        QString error;
        const bool ok = Traits::restore(m_database, repository, m_snapshot, &error);
        finish(ok, error);
    }

private:
    const Database &m_database;
    QList<qint64> m_ids;
    typename Traits::Snapshot m_snapshot;
};

using DeleteMembersCommand = DeleteEntityCommand<Member>;
using DeleteProductsCommand = DeleteEntityCommand<Product>;
using DeleteCampaignsCommand = DeleteEntityCommand<Campaign>;
using DeleteOrdersCommand = DeleteEntityCommand<Order>;

} // namespace cohort
