#pragma once

#include "domain/member.h"
#include "storage/membersnapshot.h"
#include "storage/workspaceerror.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <optional>

class QSqlDatabase;
class QSqlQuery;

namespace cohort {

class Database;

/// Reads and writes members with their tags, referrer, identities and group memberships; merges
/// two members into one. Each write is one transaction.
class MemberRepository final
{
    Q_DECLARE_TR_FUNCTIONS(MemberRepository)

public:
    explicit MemberRepository(const Database &database)
        : m_database(database)
    {
    }

    std::optional<Member> find(qint64 id) const;
    /// Members with these ids (unknown ids are skipped), in id order. For small selections; the
    /// member list itself is paged by its model.
    QList<Member> findMany(const QList<qint64> &ids) const;
    qint64 count() const;
    /// Every tag name, sorted.
    QStringList allTags() const;

    /// Inserts `member` and sets its id.
    bool insert(Member &member);
    bool update(const Member &member);
    /// Deletes members that have no orders, messages or ledger entries; refuses the whole call
    /// otherwise (those members must be archived or merged, never silently lose history).
    bool remove(const QList<qint64> &ids);
    /// What remove(ids) would delete or unlink, for undo.
    MemberSnapshot snapshot(const QList<qint64> &ids) const;
    /// Puts a snapshot back with the original ids (undo of remove).
    bool restore(const MemberSnapshot &snapshot);

    QList<Membership> memberships(qint64 memberId) const;
    /// Replaces all memberships of `memberId` with `memberships` in one transaction.
    bool setMemberships(qint64 memberId, const QList<Membership> &memberships);
    QList<Membership> groupMembers(qint64 groupId) const;

    QList<Identity> identities(qint64 memberId) const;
    std::optional<Identity> findIdentity(Platform platform, const QString &stableKey) const;
    /// Inserts `identity` with its names and sets its id.
    bool addIdentity(Identity &identity);
    /// Records that `identityId` was seen under `name` at `seenAt` (widens first/last seen).
    bool addIdentityName(qint64 identityId, const QString &name, const QDateTime &seenAt);

    /// Moves identities, memberships, messages, orders, referrals, tags and ledgers of `mergeId`
    /// onto `keepId`, fills keepId's empty contact fields, then deletes `mergeId`.
    bool merge(qint64 keepId, qint64 mergeId);

    const WorkspaceError &lastError() const { return m_error; }

private:
    bool write(const Member &member, bool insert, qint64 *newId);
    bool checkReferrer(const QSqlDatabase &db, qint64 memberId, qint64 referrerId);
    bool writeTags(const QSqlDatabase &db, qint64 memberId, const QStringList &tags);
    bool insertMemberships(const QSqlDatabase &db, const QList<Membership> &memberships);
    /// Replaces mergeId by keepId among the approved promoters of every group (merge()).
    bool movePromoters(const QSqlDatabase &db, qint64 keepId, qint64 mergeId);
    bool fail(const QString &message);
    bool sqlFail(const QSqlQuery &query);

    const Database &m_database;
    WorkspaceError m_error;
};

} // namespace cohort
