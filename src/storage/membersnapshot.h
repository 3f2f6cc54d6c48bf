#pragma once

#include "domain/member.h"

#include <QDateTime>
#include <QList>
#include <QVariant>

namespace cohort {

/// Everything deleting members removes or unlinks, so undo can put it back with the original ids.
struct MemberSnapshot
{
    /// A member row with the columns the Member struct does not carry.
    struct MemberRow
    {
        Member member;
        QDateTime referredAt;
        QDateTime lastActive;
        QDateTime createdAt;
        QString updatedBy; ///< the row's stamp (RowStamps), put back as it was
        QDateTime updatedAt;
    };
    struct IdentityName
    {
        qint64 identityId = 0;
        QString name;
        QDateTime firstSeen;
        QDateTime lastSeen;
    };
    struct MembershipEvent
    {
        qint64 id = 0;
        qint64 groupId = 0;
        qint64 memberId = 0;
        QString kind;
        QDateTime at;
        qint64 actorId = 0;
        qint64 batchId = 0;
        QVariant fingerprint;
    };
    /// A row outside the snapshot whose member reference was set to NULL by the delete.
    struct Link
    {
        qint64 rowId = 0;
        qint64 memberId = 0;
    };

    QList<MemberRow> members; ///< with their tags
    QList<Membership> memberships;
    QList<Identity> identities; ///< namesSeen is informational; names holds the rows
    QList<IdentityName> names;
    QList<MembershipEvent> events;
    QList<Link> referredMembers; ///< members whose referrer was one of the deleted members
    QList<Link> eventActors; ///< membership events whose actor was one of the deleted members

    bool isEmpty() const { return members.isEmpty(); }
};

} // namespace cohort
