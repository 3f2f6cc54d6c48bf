#include "ui/members/membercommand.h"

#include "storage/database.h"
#include "storage/memberrepository.h"
#include "storage/queryerror.h"
#include "storage/sqltransaction.h"

#include <QCoreApplication>

namespace cohort {

MemberCommand::MemberCommand(Database &database, Kind kind, ErrorHandler onError)
    : m_database(database)
    , m_kind(kind)
    , m_onError(std::move(onError))
{
}

MemberCommand *MemberCommand::add(Database &database, const State &state, ErrorHandler onError)
{
    auto *command = new MemberCommand(database, Kind::Add, std::move(onError));
    command->m_after = state;
    command->setText(QCoreApplication::translate("MemberCommand", "Add Member “%1”")
                         .arg(state.member.displayName));
    return command;
}

MemberCommand *MemberCommand::edit(Database &database, const State &before, const State &after,
                                   ErrorHandler onError, ErrorHandler onConflict)
{
    auto *command = new MemberCommand(database, Kind::Edit, std::move(onError));
    command->m_onConflict = std::move(onConflict);
    command->m_before = before;
    command->m_after = after;
    command->m_expected = before;
    command->m_guard = EditGuard(QStringLiteral("members"), before.member.id);
    command->setText(QCoreApplication::translate("MemberCommand", "Edit Member “%1”")
                         .arg(after.member.displayName));
    return command;
}

MemberCommand *MemberCommand::remove(Database &database, const QList<qint64> &ids,
                                     ErrorHandler onError)
{
    auto *command = new MemberCommand(database, Kind::Remove, std::move(onError));
    command->m_ids = ids;
    command->setText(QCoreApplication::translate("MemberCommand", "Delete %n Member(s)", nullptr,
                                                 int(ids.size())));
    return command;
}

void MemberCommand::redo()
{
    bool ok = false;
    switch (m_kind) {
    case Kind::Add:
        // Redo after undo puts the snapshot back, so the member keeps its id.
        ok = m_after.member.id == 0 ? write(m_after, true) : restoreSnapshot();
        break;
    case Kind::Edit:
        ok = write(m_after, false);
        break;
    case Kind::Remove:
        ok = removeIds(m_ids);
        break;
    }
    if (!ok)
        setObsolete(true);
}

void MemberCommand::undo()
{
    switch (m_kind) {
    case Kind::Add:
        removeIds({ m_after.member.id });
        break;
    case Kind::Edit:
        if (!write(m_before, false))
            setObsolete(true);
        break;
    case Kind::Remove:
        restoreSnapshot();
        break;
    }
}

MemberCommand::State MemberCommand::read(MemberRepository &repository, qint64 id, bool *gone)
{
    const std::optional<Member> member = repository.find(id);
    *gone = !member;
    return member ? State { *member, repository.memberships(id) } : State();
}

bool MemberCommand::write(const State &state, bool insert)
{
    MemberRepository repository(m_database);
    SqlTransaction transaction(m_database);
    Member member = state.member;
    bool ok = transaction.isActive();
    State written;
    try {
        if (ok && !insert) {
            const auto compare = [&] {
                bool gone = false;
                const State now = read(repository, member.id, &gone);
                return gone ? EditGuard::Row::Gone
                    : now.member == m_expected.member && now.memberships == m_expected.memberships
                    ? EditGuard::Row::Expected
                    : EditGuard::Row::Changed;
            };
            if (!m_guard.check(m_database, m_expected.member.displayName, compare)) {
                const ErrorHandler &handler = m_onConflict ? m_onConflict : m_onError;
                if (handler)
                    handler(m_guard.message());
                return false;
            }
        }
        ok = ok && (insert ? repository.insert(member) : repository.update(member));
        QList<Membership> memberships = state.memberships;
        for (Membership &ms : memberships)
            ms.memberId = member.id;
        ok = ok && repository.setMemberships(member.id, memberships);
        if (ok && !insert) {
            // Read back as stored: what the next undo or redo expects to find.
            bool gone = false;
            written = read(repository, member.id, &gone);
        }
        ok = ok && transaction.commit();
        if (ok && insert) {
            m_after.member.id = member.id;
            m_after.memberships = memberships;
        }
    } catch (const QueryError &error) {
        fail(error.message()); // undo/redo run from QUndoStack: nothing may escape to the loop
        return false;
    }
    if (!ok) {
        fail(repository.lastError().isError() ? repository.lastError().message
                                              : transaction.error().message);
        return false;
    }
    if (!insert)
        m_expected = written;
    return true;
}

bool MemberCommand::removeIds(const QList<qint64> &ids)
{
    MemberRepository repository(m_database);
    try {
        m_snapshot = repository.snapshot(ids);
    } catch (const QueryError &error) {
        fail(error.message()); // undo/redo run from QUndoStack: nothing may escape to the loop
        return false;
    }
    if (!repository.remove(ids)) {
        fail(repository.lastError().message);
        return false;
    }
    return true;
}

bool MemberCommand::restoreSnapshot()
{
    MemberRepository repository(m_database);
    if (!repository.restore(m_snapshot)) {
        fail(repository.lastError().message);
        return false;
    }
    return true;
}

void MemberCommand::fail(const QString &message)
{
    if (m_onError)
        m_onError(message);
}

} // namespace cohort
