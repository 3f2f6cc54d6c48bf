#pragma once

#include "domain/member.h"
#include "models/commands/editguard.h"
#include "storage/membersnapshot.h"

#include <QList>
#include <QUndoCommand>

#include <functional>

namespace cohort {

class Database;
class MemberRepository;

/// An undoable change to members: add or edit one (with their memberships) or delete several.
/// Deletes and undone adds keep a MemberSnapshot, so identities, memberships, events and
/// referral links come back with the original ids.
class MemberCommand final : public QUndoCommand
{
public:
    using ErrorHandler = std::function<void(const QString &message)>;
    struct State
    {
        Member member;
        QList<Membership> memberships;
    };

    static MemberCommand *add(Database &database, const State &state, ErrorHandler onError);
    /// `onConflict` receives the message when somebody else changed the member in the meantime
    /// (EditGuard); without it `onError` does.
    static MemberCommand *edit(Database &database, const State &before, const State &after,
                               ErrorHandler onError, ErrorHandler onConflict = {});
    static MemberCommand *remove(Database &database, const QList<qint64> &ids,
                                 ErrorHandler onError);

    void redo() override;
    void undo() override;
    qint64 memberId() const { return m_after.member.id; }

private:
    enum class Kind { Add, Edit, Remove };
    MemberCommand(Database &database, Kind kind, ErrorHandler onError);
    bool write(const State &state, bool insert);
    /// The member and their memberships as stored now.
    static State read(MemberRepository &repository, qint64 id, bool *gone);
    bool removeIds(const QList<qint64> &ids);
    bool restoreSnapshot();
    void fail(const QString &message);

    Database &m_database;
    Kind m_kind;
    State m_before;
    State m_after;
    QList<qint64> m_ids;
    MemberSnapshot m_snapshot;
    ErrorHandler m_onError;
    ErrorHandler m_onConflict;
    State m_expected; ///< what an edit's next redo or undo expects to find
    EditGuard m_guard { QStringLiteral("members"), 0 };
};

} // namespace cohort
