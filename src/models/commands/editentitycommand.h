#pragma once

#include "models/commands/editguard.h"
#include "models/commands/entitycommandtraits.h"
#include "models/commands/repositorycommand.h"

namespace cohort {

/// Replaces one entity's fields; undo writes back the values it had before. Neither overwrites
/// a change somebody else made in the meantime: the step fails as a conflict (EditGuard).
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
        , m_expected(m_before)
        , m_guard(Traits::table(), m_after.id)
    {
        Q_ASSERT(m_before.id == m_after.id && m_after.id > 0);
        setText(Traits::editText(m_after));
    }

    void redoStep() override { write(m_after); }
    void undoStep() override { write(m_before); }

private:
    /// Writes `value` if the row still is what this command expects: what the dialog showed,
    /// then what the last redo or undo wrote (EditGuard).
    void write(const T &value)
    {
        typename Traits::Repository repository(m_database);
        SqlTransaction tx(m_database);
        if (!tx.isActive()) {
            finish(false, tx.error().message);
            return;
        }
        std::optional<T> written;
        const auto compare = [&] {
            const std::optional<T> current = repository.find(value.id);
            return !current              ? EditGuard::Row::Gone
                : *current == m_expected ? EditGuard::Row::Expected
                                         : EditGuard::Row::Changed;
        };
        if (!m_guard.check(m_database, Traits::name(m_expected), compare)) {
            finishConflict(m_guard.message());
            return;
        }
        if (!repository.update(value)) {
            finish(false, repository.lastError().message);
            return;
        }
        // Read back as stored (trimmed names, whole seconds): what undo will expect to find.
        written = repository.find(value.id);
        if (!written || !tx.commit()) {
            finish(false, tx.error().message);
            return;
        }
        m_expected = *written;
        finish(true, QString());
    }

    const Database &m_database;
    T m_before;
    T m_after;
    T m_expected;
    EditGuard m_guard;
};

using EditGroupCommand = EditEntityCommand<Group>;
using EditMemberCommand = EditEntityCommand<Member>;
using EditProductCommand = EditEntityCommand<Product>;
using EditCampaignCommand = EditEntityCommand<Campaign>;
using EditOrderCommand = EditEntityCommand<Order>;

} // namespace cohort
