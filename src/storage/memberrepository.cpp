#include "storage/memberrepository.h"

#include "storage/checkedquery.h"
#include "storage/database.h"
#include "storage/rowstamps.h"
#include "storage/sqltransaction.h"
#include "storage/sqlvalues.h"

#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace cohort {

namespace {

const char *const SelectMember
    = "SELECT id, display_name, phone, wechat_id, source_channel, referrer_id, "
      "first_seen, consent, notes FROM members";
const char *const SelectMembership
    = "SELECT group_id, member_id, role, joined_at, left_at FROM memberships";

/// Referral chains are short in practice; the bound only protects against a corrupt file.
constexpr int MaxReferralDepth = 100000;

Member readMember(const QSqlQuery &q)
{
    Member m;
    m.id = q.value(0).toLongLong();
    m.displayName = q.value(1).toString();
    m.phone = q.value(2).toString();
    m.wechatId = q.value(3).toString();
    m.sourceChannel = enumFromKey(q.value(4).toString(), SourceChannel::Other);
    m.referrerId = q.value(5).toLongLong();
    m.firstSeen = sql::toDateTime(q.value(6));
    m.consentToContact = q.value(7).toInt() != 0;
    m.notes = q.value(8).toString();
    return m;
}

Membership readMembership(const QSqlQuery &q)
{
    Membership m;
    m.groupId = q.value(0).toLongLong();
    m.memberId = q.value(1).toLongLong();
    m.role = enumFromKey(q.value(2).toString(), MemberRole::Member);
    m.joinedAt = sql::toDateTime(q.value(3));
    m.leftAt = sql::toDateTime(q.value(4));
    return m;
}

QStringList loadTags(const QSqlDatabase &db, qint64 memberId)
{
    QStringList tags;
    CheckedQuery q(db,
                   QStringLiteral("SELECT t.name FROM member_tags mt JOIN tags t ON t.id = "
                                  "mt.tag_id WHERE mt.member_id = ? ORDER BY t.name"));
    q.bind(memberId).exec();
    while (q.next())
        tags << q.value(0).toString();
    return tags;
}

QList<Membership> loadMemberships(const QSqlDatabase &db, const QString &where, qint64 id)
{
    QList<Membership> result;
    CheckedQuery q(db, QLatin1String(SelectMembership) + where);
    q.bind(id).exec();
    while (q.next())
        result << readMembership(q);
    return result;
}

QStringList identityNames(const QSqlDatabase &db, qint64 identityId)
{
    QStringList names;
    CheckedQuery q(db,
                   QStringLiteral("SELECT name FROM identity_names WHERE identity_id = ? "
                                  "ORDER BY COALESCE(first_seen, 0), name"));
    q.bind(identityId).exec();
    while (q.next())
        names << q.value(0).toString();
    return names;
}

QDateTime earlier(const QDateTime &a, const QDateTime &b)
{
    if (!a.isValid())
        return b;
    if (!b.isValid())
        return a;
    return std::min(a, b);
}

} // namespace

bool MemberRepository::fail(const QString &message)
{
    m_error = { WorkspaceError::Kind::Invalid, message };
    return false;
}

bool MemberRepository::sqlFail(const QSqlQuery &query)
{
    m_error = Database::errorFromSql(query.lastError());
    return false;
}

std::optional<Member> MemberRepository::find(qint64 id) const
{
    const QSqlDatabase db = m_database.connection();
    CheckedQuery q(db, QLatin1String(SelectMember) + QStringLiteral(" WHERE id = ?"));
    if (!q.bind(id).exec().next())
        return std::nullopt;
    Member m = readMember(q);
    m.tags = loadTags(db, m.id);
    return m;
}

QList<Member> MemberRepository::findMany(const QList<qint64> &ids) const
{
    QList<qint64> sorted = ids;
    std::sort(sorted.begin(), sorted.end());
    sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
    const QSqlDatabase db = m_database.connection();
    QList<Member> result;
    // A few statements for thousands of members (the ledger's partners), not two per member.
    for (qsizetype start = 0; start < sorted.size(); start += sql::MaxIdsPerStatement) {
        const QList<qint64> chunk = sorted.mid(start, sql::MaxIdsPerStatement);
        const QString in = QStringLiteral(" IN (") + sql::placeholders(chunk.size()) + u')';
        CheckedQuery q(db,
                       QLatin1String(SelectMember) + QStringLiteral(" WHERE id") + in
                           + QStringLiteral(" ORDER BY id"));
        for (const qint64 id : chunk)
            q.bind(id);
        q.exec();
        const qsizetype first = result.size();
        QHash<qint64, qsizetype> index;
        while (q.next()) {
            result << readMember(q);
            index.insert(result.constLast().id, result.size() - 1);
        }
        CheckedQuery tags(db,
                          QStringLiteral("SELECT mt.member_id, t.name FROM member_tags mt "
                                         "JOIN tags t ON t.id = mt.tag_id WHERE mt.member_id")
                              + in + QStringLiteral(" ORDER BY mt.member_id, t.name"));
        for (const qint64 id : chunk)
            tags.bind(id);
        tags.exec();
        while (tags.next()) {
            const auto it = index.constFind(tags.value(0).toLongLong());
            if (it != index.constEnd() && *it >= first)
                result[*it].tags << tags.value(1).toString();
        }
    }
    return result;
}

qint64 MemberRepository::count() const
{
    return CheckedQuery(m_database, QStringLiteral("SELECT COUNT(*) FROM members"))
        .scalar()
        .toLongLong();
}

QStringList MemberRepository::allTags() const
{
    QStringList tags;
    CheckedQuery q(m_database, QStringLiteral("SELECT name FROM tags ORDER BY name"));
    q.exec();
    while (q.next())
        tags << q.value(0).toString();
    return tags;
}

bool MemberRepository::insert(Member &member)
{
    qint64 id = 0;
    if (!write(member, true, &id))
        return false;
    member.id = id;
    return true;
}

bool MemberRepository::update(const Member &member)
{
    return write(member, false, nullptr);
}

bool MemberRepository::checkReferrer(const QSqlDatabase &db, qint64 memberId, qint64 referrerId)
{
    if (referrerId <= 0)
        return true;
    if (referrerId == memberId)
        return fail(tr("A member cannot be their own referrer."));
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT referrer_id, display_name FROM members WHERE id = ?"));
    qint64 current = referrerId;
    for (int depth = 0; current > 0 && depth < MaxReferralDepth; ++depth) {
        q.addBindValue(current);
        if (!q.exec())
            return sqlFail(q);
        if (!q.next()) {
            if (current == referrerId)
                return fail(tr("The referrer no longer exists."));
            break;
        }
        const qint64 next = q.value(0).toLongLong();
        if (memberId > 0 && next == memberId) {
            return fail(tr("“%1” was brought in (directly or through others) by this member; "
                           "a referral cannot go in a circle.")
                            .arg(q.value(1).toString()));
        }
        current = next;
    }
    return true;
}

bool MemberRepository::writeTags(const QSqlDatabase &db, qint64 memberId, const QStringList &tags)
{
    QSqlQuery del(db);
    del.prepare(QStringLiteral("DELETE FROM member_tags WHERE member_id = ?"));
    del.addBindValue(memberId);
    if (!del.exec())
        return sqlFail(del);
    QSqlQuery addTag(db);
    addTag.prepare(QStringLiteral("INSERT INTO tags (name) VALUES (?) ON CONFLICT DO NOTHING"));
    QSqlQuery link(db);
    link.prepare(QStringLiteral("INSERT INTO member_tags (member_id, tag_id) "
                                "SELECT ?, id FROM tags WHERE name = ? ON CONFLICT DO NOTHING"));
    for (const QString &tag : tags) {
        const QString name = tag.simplified();
        if (name.isEmpty())
            continue;
        addTag.addBindValue(name);
        if (!addTag.exec())
            return sqlFail(addTag);
        link.addBindValue(memberId);
        link.addBindValue(name);
        if (!link.exec())
            return sqlFail(link);
    }
    return true;
}

bool MemberRepository::write(const Member &m, bool insert, qint64 *newId)
{
    if (m.displayName.trimmed().isEmpty())
        return fail(tr("A member needs a name."));
    SqlTransaction tx(m_database);
    if (!tx.isActive()) {
        m_error = tx.error();
        return false;
    }
    const QSqlDatabase db = tx.connection();
    if (!checkReferrer(db, insert ? 0 : m.id, m.referrerId))
        return false;

    // referred_at records when the current referral link was made, so it only moves when the
    // referrer changes.
    QVariant referredAt = m.referrerId > 0
        ? sql::fromDateTime(m.firstSeen.isValid() ? m.firstSeen : QDateTime::currentDateTimeUtc())
        : sql::fromDateTime({});
    QSqlQuery q(db);
    if (!insert) {
        q.prepare(QStringLiteral("SELECT referrer_id, referred_at FROM members WHERE id = ?"));
        q.addBindValue(m.id);
        if (!q.exec())
            return sqlFail(q);
        if (!q.next()) {
            m_error = { WorkspaceError::Kind::NotFound, tr("The member no longer exists.") };
            return false;
        }
        if (m.referrerId > 0 && q.value(0).toLongLong() == m.referrerId)
            referredAt = q.value(1);
        q.finish();
        q.prepare(
            QStringLiteral("UPDATE members SET display_name = ?, phone = ?, wechat_id = ?, "
                           "source_channel = ?, referrer_id = ?, referred_at = ?, first_seen = ?, "
                           "consent = ?, notes = ?, ")
            + RowStamps::stamp(m_database.dialect()) + QStringLiteral(" WHERE id = ?"));
    } else if (m.id > 0) {
        q.prepare(
            QStringLiteral("INSERT INTO members (display_name, phone, wechat_id, source_channel, "
                           "referrer_id, referred_at, first_seen, consent, notes, created_at, id) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    } else {
        q.prepare(
            QStringLiteral("INSERT INTO members (display_name, phone, wechat_id, source_channel, "
                           "referrer_id, referred_at, first_seen, consent, notes, created_at) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    }
    q.addBindValue(sql::text(m.displayName.trimmed()));
    q.addBindValue(sql::text(m.phone));
    q.addBindValue(sql::text(m.wechatId));
    q.addBindValue(enumKey(m.sourceChannel));
    q.addBindValue(sql::fromId(m.referrerId));
    q.addBindValue(referredAt);
    q.addBindValue(sql::fromDateTime(m.firstSeen));
    q.addBindValue(m.consentToContact ? 1 : 0);
    q.addBindValue(sql::text(m.notes));
    if (insert)
        q.addBindValue(QDateTime::currentSecsSinceEpoch());
    if (!insert || m.id > 0)
        q.addBindValue(m.id);
    if (!q.exec())
        return sqlFail(q);
    qint64 id = m.id;
    if (insert && m.id <= 0)
        id = q.lastInsertId().toLongLong();
    if (!writeTags(db, id, m.tags))
        return false;
    tx.touch(Table::Members | Table::Tags);
    if (!tx.commit()) {
        m_error = tx.error();
        return false;
    }
    if (newId)
        *newId = id;
    return true;
}

bool MemberRepository::remove(const QList<qint64> &ids)
{
    SqlTransaction tx(m_database);
    if (!tx.isActive()) {
        m_error = tx.error();
        return false;
    }
    const QSqlDatabase db = tx.connection();
    QSqlQuery check(db);
    check.prepare(QStringLiteral(
        "SELECT display_name, "
        "(SELECT COUNT(*) FROM orders WHERE member_id = m.id) + "
        "(SELECT COUNT(*) FROM messages WHERE member_id = m.id) + "
        "(SELECT COUNT(*) FROM commission_ledger WHERE beneficiary_id = m.id) + "
        "(SELECT COUNT(*) FROM points_ledger WHERE member_id = m.id) + "
        "(SELECT COUNT(*) FROM partners WHERE member_id = m.id) FROM members m WHERE m.id = ?"));
    QSqlQuery del(db);
    del.prepare(QStringLiteral("DELETE FROM members WHERE id = ?"));
    for (const qint64 id : ids) {
        check.addBindValue(id);
        if (!check.exec())
            return sqlFail(check);
        if (!check.next())
            continue;
        if (check.value(1).toLongLong() > 0) {
            return fail(tr("“%1” has orders, messages or ledger entries and cannot be deleted. "
                           "Archive or merge the member instead.")
                            .arg(check.value(0).toString()));
        }
        del.addBindValue(id);
        if (!del.exec())
            return sqlFail(del);
    }
    tx.touch(Table::Members | Table::Memberships | Table::Identities | Table::Tags);
    if (!tx.commit()) {
        m_error = tx.error();
        return false;
    }
    return true;
}

MemberSnapshot MemberRepository::snapshot(const QList<qint64> &ids) const
{
    MemberSnapshot s;
    const QSqlDatabase db = m_database.connection();
    QSet<qint64> wanted(ids.cbegin(), ids.cend());
    CheckedQuery row(db, QLatin1String(SelectMember) + QStringLiteral(" WHERE id = ?"));
    CheckedQuery extra(
        db,
        QStringLiteral("SELECT referred_at, last_active, created_at, updated_by, updated_at FROM "
                       "members WHERE id = ?"));
    CheckedQuery identities(db,
                            QStringLiteral("SELECT id, member_id, platform, stable_key FROM "
                                           "identities WHERE member_id = ? ORDER BY id"));
    CheckedQuery names(db,
                       QStringLiteral("SELECT name, first_seen, last_seen FROM identity_names "
                                      "WHERE identity_id = ? ORDER BY name"));
    CheckedQuery events(
        db,
        QStringLiteral("SELECT id, group_id, member_id, kind, at, actor_id, batch_id, "
                       "fingerprint FROM membership_events WHERE member_id = ? ORDER BY id"));
    CheckedQuery referred(
        db, QStringLiteral("SELECT id FROM members WHERE referrer_id = ? ORDER BY id"));
    CheckedQuery actors(
        db, QStringLiteral("SELECT id FROM membership_events WHERE actor_id = ? ORDER BY id"));

    QList<qint64> sorted(wanted.cbegin(), wanted.cend());
    std::sort(sorted.begin(), sorted.end());
    for (const qint64 id : std::as_const(sorted)) {
        if (!row.bind(id).exec().next())
            continue;
        MemberSnapshot::MemberRow r;
        r.member = readMember(row);
        r.member.tags = loadTags(db, id);
        if (extra.bind(id).exec().next()) {
            r.referredAt = sql::toDateTime(extra.value(0));
            r.lastActive = sql::toDateTime(extra.value(1));
            r.createdAt = sql::toDateTime(extra.value(2));
            r.updatedBy = extra.value(3).toString();
            r.updatedAt = sql::toDateTime(extra.value(4));
        }
        s.members << r;
        s.memberships << loadMemberships(
            db, QStringLiteral(" WHERE member_id = ? ORDER BY group_id"), id);
        identities.bind(id).exec();
        while (identities.next()) {
            Identity identity;
            identity.id = identities.value(0).toLongLong();
            identity.memberId = identities.value(1).toLongLong();
            identity.platform = enumFromKey(identities.value(2).toString(), Platform::Other);
            identity.stableKey = identities.value(3).toString();
            names.bind(identity.id).exec();
            while (names.next()) {
                identity.namesSeen << names.value(0).toString();
                s.names << MemberSnapshot::IdentityName { identity.id, names.value(0).toString(),
                                                          sql::toDateTime(names.value(1)),
                                                          sql::toDateTime(names.value(2)) };
            }
            s.identities << identity;
        }
        events.bind(id).exec();
        while (events.next()) {
            s.events << MemberSnapshot::MembershipEvent {
                events.value(0).toLongLong(),     events.value(1).toLongLong(),
                events.value(2).toLongLong(),     events.value(3).toString(),
                sql::toDateTime(events.value(4)), events.value(5).toLongLong(),
                events.value(6).toLongLong(),     events.value(7)
            };
        }
        referred.bind(id).exec();
        while (referred.next()) {
            const qint64 other = referred.value(0).toLongLong();
            if (!wanted.contains(other))
                s.referredMembers << MemberSnapshot::Link { other, id };
        }
        actors.bind(id).exec();
        while (actors.next())
            s.eventActors << MemberSnapshot::Link { actors.value(0).toLongLong(), id };
    }
    return s;
}

bool MemberRepository::restore(const MemberSnapshot &s)
{
    SqlTransaction tx(m_database);
    if (!tx.isActive()) {
        m_error = tx.error();
        return false;
    }
    const QSqlDatabase db = tx.connection();
    QSqlQuery q(db);
    // Referrers are linked after every member is back: a snapshot may hold both ends of a link.
    q.prepare(
        QStringLiteral("INSERT INTO members (id, display_name, phone, wechat_id, source_channel, "
                       "referred_at, first_seen, last_active, consent, notes, created_at, "
                       "updated_by, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const MemberSnapshot::MemberRow &r : s.members) {
        const Member &m = r.member;
        q.addBindValue(m.id);
        q.addBindValue(sql::text(m.displayName));
        q.addBindValue(sql::text(m.phone));
        q.addBindValue(sql::text(m.wechatId));
        q.addBindValue(enumKey(m.sourceChannel));
        q.addBindValue(sql::fromDateTime(r.referredAt));
        q.addBindValue(sql::fromDateTime(m.firstSeen));
        q.addBindValue(sql::fromDateTime(r.lastActive));
        q.addBindValue(m.consentToContact ? 1 : 0);
        q.addBindValue(sql::text(m.notes));
        q.addBindValue(r.createdAt.isValid() ? r.createdAt.toSecsSinceEpoch()
                                             : QDateTime::currentSecsSinceEpoch());
        q.addBindValue(sql::text(r.updatedBy));
        q.addBindValue(sql::fromDateTime(r.updatedAt));
        if (!q.exec())
            return sqlFail(q);
        if (!writeTags(db, m.id, m.tags))
            return false;
    }
    QSqlQuery link(db);
    // Puts back links as they were: no new stamp.
    link.prepare(QStringLiteral("UPDATE members SET referrer_id = ? WHERE id = ?"));
    for (const MemberSnapshot::MemberRow &r : s.members) {
        if (r.member.referrerId <= 0)
            continue;
        link.addBindValue(r.member.referrerId);
        link.addBindValue(r.member.id);
        if (!link.exec())
            return sqlFail(link);
    }
    for (const MemberSnapshot::Link &l : s.referredMembers) {
        link.addBindValue(l.memberId);
        link.addBindValue(l.rowId);
        if (!link.exec())
            return sqlFail(link);
    }
    if (!insertMemberships(db, s.memberships))
        return false;
    QSqlQuery identity(db);
    identity.prepare(QStringLiteral("INSERT INTO identities (id, member_id, platform, stable_key) "
                                    "VALUES (?, ?, ?, ?)"));
    for (const Identity &i : s.identities) {
        identity.addBindValue(i.id);
        identity.addBindValue(i.memberId);
        identity.addBindValue(enumKey(i.platform));
        identity.addBindValue(sql::text(i.stableKey));
        if (!identity.exec())
            return sqlFail(identity);
    }
    QSqlQuery name(db);
    name.prepare(
        QStringLiteral("INSERT INTO identity_names (identity_id, name, first_seen, last_seen) "
                       "VALUES (?, ?, ?, ?)"));
    for (const MemberSnapshot::IdentityName &n : s.names) {
        name.addBindValue(n.identityId);
        name.addBindValue(sql::text(n.name));
        name.addBindValue(sql::fromDateTime(n.firstSeen));
        name.addBindValue(sql::fromDateTime(n.lastSeen));
        if (!name.exec())
            return sqlFail(name);
    }
    QSqlQuery event(db);
    event.prepare(
        QStringLiteral("INSERT INTO membership_events (id, group_id, member_id, kind, at, "
                       "actor_id, batch_id, fingerprint) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const MemberSnapshot::MembershipEvent &e : s.events) {
        event.addBindValue(e.id);
        event.addBindValue(e.groupId);
        event.addBindValue(e.memberId);
        event.addBindValue(sql::text(e.kind));
        event.addBindValue(e.at.toSecsSinceEpoch());
        event.addBindValue(sql::fromId(e.actorId));
        event.addBindValue(sql::fromId(e.batchId));
        event.addBindValue(e.fingerprint);
        if (!event.exec())
            return sqlFail(event);
    }
    QSqlQuery actor(db);
    actor.prepare(QStringLiteral("UPDATE membership_events SET actor_id = ? WHERE id = ?"));
    for (const MemberSnapshot::Link &l : s.eventActors) {
        actor.addBindValue(l.memberId);
        actor.addBindValue(l.rowId);
        if (!actor.exec())
            return sqlFail(actor);
    }
    tx.touch(Table::Members | Table::Memberships | Table::Identities | Table::Tags);
    if (!tx.commit()) {
        m_error = tx.error();
        return false;
    }
    return true;
}

QList<Membership> MemberRepository::memberships(qint64 memberId) const
{
    return loadMemberships(m_database.connection(),
                           QStringLiteral(" WHERE member_id = ? ORDER BY group_id"), memberId);
}

QList<Membership> MemberRepository::groupMembers(qint64 groupId) const
{
    return loadMemberships(m_database.connection(),
                           QStringLiteral(" WHERE group_id = ? ORDER BY member_id"), groupId);
}

bool MemberRepository::insertMemberships(const QSqlDatabase &db,
                                         const QList<Membership> &memberships)
{
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("INSERT INTO memberships (group_id, member_id, role, joined_at, left_at) "
                       "VALUES (?, ?, ?, ?, ?)"));
    for (const Membership &m : memberships) {
        if (m.leftAt.isValid() && m.joinedAt.isValid() && m.leftAt < m.joinedAt)
            return fail(tr("A member cannot leave a group before joining it."));
        q.addBindValue(m.groupId);
        q.addBindValue(m.memberId);
        q.addBindValue(enumKey(m.role));
        q.addBindValue(sql::fromDateTime(m.joinedAt));
        q.addBindValue(sql::fromDateTime(m.leftAt));
        if (!q.exec())
            return sqlFail(q);
    }
    return true;
}

bool MemberRepository::setMemberships(qint64 memberId, const QList<Membership> &memberships)
{
    QSet<qint64> groups;
    QList<Membership> rows = memberships;
    for (Membership &m : rows) {
        m.memberId = memberId;
        if (groups.contains(m.groupId))
            return fail(tr("A member can hold only one membership per group."));
        groups.insert(m.groupId);
    }
    SqlTransaction tx(m_database);
    if (!tx.isActive()) {
        m_error = tx.error();
        return false;
    }
    QSqlQuery q(tx.connection());
    q.prepare(QStringLiteral("SELECT 1 FROM members WHERE id = ?"));
    q.addBindValue(memberId);
    if (!q.exec())
        return sqlFail(q);
    if (!q.next()) {
        m_error = { WorkspaceError::Kind::NotFound, tr("The member no longer exists.") };
        return false;
    }
    q.finish();
    q.prepare(QStringLiteral("DELETE FROM memberships WHERE member_id = ?"));
    q.addBindValue(memberId);
    if (!q.exec())
        return sqlFail(q);
    if (!insertMemberships(tx.connection(), rows))
        return false;
    tx.touch(Table::Memberships);
    if (!tx.commit()) {
        m_error = tx.error();
        return false;
    }
    return true;
}

QList<Identity> MemberRepository::identities(qint64 memberId) const
{
    QList<Identity> result;
    const QSqlDatabase db = m_database.connection();
    CheckedQuery q(db,
                   QStringLiteral("SELECT id, member_id, platform, stable_key FROM identities "
                                  "WHERE member_id = ? ORDER BY id"));
    q.bind(memberId).exec();
    while (q.next()) {
        Identity i;
        i.id = q.value(0).toLongLong();
        i.memberId = q.value(1).toLongLong();
        i.platform = enumFromKey(q.value(2).toString(), Platform::Other);
        i.stableKey = q.value(3).toString();
        i.namesSeen = identityNames(db, i.id);
        result << i;
    }
    return result;
}

std::optional<Identity> MemberRepository::findIdentity(Platform platform,
                                                       const QString &stableKey) const
{
    const QSqlDatabase db = m_database.connection();
    CheckedQuery q(db,
                   QStringLiteral("SELECT id, member_id FROM identities WHERE platform = ? "
                                  "AND stable_key = ?"));
    if (!q.bind(enumKey(platform)).bind(sql::text(stableKey)).exec().next())
        return std::nullopt;
    Identity i;
    i.id = q.value(0).toLongLong();
    i.memberId = q.value(1).toLongLong();
    i.platform = platform;
    i.stableKey = stableKey;
    i.namesSeen = identityNames(db, i.id);
    return i;
}

bool MemberRepository::addIdentity(Identity &identity)
{
    if (identity.stableKey.trimmed().isEmpty())
        return fail(tr("An identity needs the platform's id or a name."));
    SqlTransaction tx(m_database);
    if (!tx.isActive()) {
        m_error = tx.error();
        return false;
    }
    const QSqlDatabase db = tx.connection();
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("SELECT member_id FROM identities WHERE platform = ? AND stable_key = ?"));
    q.addBindValue(enumKey(identity.platform));
    q.addBindValue(identity.stableKey);
    if (!q.exec())
        return sqlFail(q);
    if (q.next()) {
        return fail(tr("This %1 account already belongs to another member.")
                        .arg(enumDisplayName(identity.platform)));
    }
    q.finish();
    q.prepare(QStringLiteral(
        "INSERT INTO identities (member_id, platform, stable_key) VALUES (?, ?, ?)"));
    q.addBindValue(identity.memberId);
    q.addBindValue(enumKey(identity.platform));
    q.addBindValue(identity.stableKey);
    if (!q.exec())
        return sqlFail(q);
    const qint64 id = q.lastInsertId().toLongLong();
    QSqlQuery name(db);
    name.prepare(QStringLiteral("INSERT INTO identity_names (identity_id, name) VALUES (?, ?) "
                                "ON CONFLICT DO NOTHING"));
    for (const QString &n : std::as_const(identity.namesSeen)) {
        if (n.trimmed().isEmpty())
            continue;
        name.addBindValue(id);
        name.addBindValue(n);
        if (!name.exec())
            return sqlFail(name);
    }
    tx.touch(Table::Identities);
    if (!tx.commit()) {
        m_error = tx.error();
        return false;
    }
    identity.id = id;
    return true;
}

bool MemberRepository::addIdentityName(qint64 identityId, const QString &name,
                                       const QDateTime &seenAt)
{
    if (name.trimmed().isEmpty())
        return fail(tr("A name cannot be empty."));
    SqlTransaction tx(m_database);
    if (!tx.isActive()) {
        m_error = tx.error();
        return false;
    }
    QSqlQuery q(tx.connection());
    q.prepare(QStringLiteral("SELECT first_seen, last_seen FROM identity_names "
                             "WHERE identity_id = ? AND name = ?"));
    q.addBindValue(identityId);
    q.addBindValue(name);
    if (!q.exec())
        return sqlFail(q);
    if (q.next()) {
        QDateTime first = sql::toDateTime(q.value(0));
        QDateTime last = sql::toDateTime(q.value(1));
        first = earlier(first, seenAt);
        if (seenAt.isValid() && (!last.isValid() || seenAt > last))
            last = seenAt;
        q.finish();
        q.prepare(QStringLiteral("UPDATE identity_names SET first_seen = ?, last_seen = ? "
                                 "WHERE identity_id = ? AND name = ?"));
        q.addBindValue(sql::fromDateTime(first));
        q.addBindValue(sql::fromDateTime(last));
    } else {
        q.finish();
        q.prepare(
            QStringLiteral("INSERT INTO identity_names (first_seen, last_seen, identity_id, name) "
                           "VALUES (?, ?, ?, ?)"));
        q.addBindValue(sql::fromDateTime(seenAt));
        q.addBindValue(sql::fromDateTime(seenAt));
    }
    q.addBindValue(identityId);
    q.addBindValue(name);
    if (!q.exec())
        return sqlFail(q);
    tx.touch(Table::Identities);
    if (!tx.commit()) {
        m_error = tx.error();
        return false;
    }
    return true;
}
} // namespace cohort
