// MemberRepository::merge lives apart from the rest of the repository to keep each file short.
#include "storage/memberrepository.h"

#include "storage/checkedquery.h"
#include "storage/database.h"
#include "storage/memberorderstats.h"
#include "storage/rowstamps.h"
#include "storage/sqltransaction.h"
#include "storage/sqlvalues.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace cohort {

namespace {

/// How strongly a role ties someone to a group; a merge keeps the stronger one.
int roleWeight(MemberRole role)
{
    switch (role) {
    case MemberRole::Owner:
        return 6;
    case MemberRole::Operator:
        return 5;
    case MemberRole::Partner:
        return 4;
    case MemberRole::Expert:
        return 3;
    case MemberRole::SeedUser:
        return 2;
    case MemberRole::Sharer:
        return 1;
    case MemberRole::Member:
        return 0;
    }
    return 0;
}

QDateTime earliest(const QDateTime &a, const QDateTime &b)
{
    if (!a.isValid())
        return b;
    if (!b.isValid())
        return a;
    return std::min(a, b);
}

} // namespace

bool MemberRepository::movePromoters(const QSqlDatabase &db, qint64 keepId, qint64 mergeId)
{
    // A group's approved promoters are member ids in its rule settings (rules::RuleSet's JSON,
    // key "promoters"): the merged member's approval passes to the kept one.
    QSqlQuery read(db);
    read.prepare(
        QStringLiteral("SELECT id, rule_settings FROM chat_groups WHERE rule_settings <> ''"));
    if (!read.exec())
        return sqlFail(read);
    QList<QPair<qint64, QString>> changed;
    while (read.next()) {
        QJsonObject root = QJsonDocument::fromJson(read.value(1).toString().toUtf8()).object();
        const QJsonArray promoters = root.value(QStringLiteral("promoters")).toArray();
        QList<qint64> ids;
        bool found = false;
        for (const QJsonValue &value : promoters) {
            const qint64 id = value.toInteger();
            found = found || id == mergeId;
            ids << (id == mergeId ? keepId : id);
        }
        if (!found)
            continue;
        std::sort(ids.begin(), ids.end());
        ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
        QJsonArray moved;
        for (const qint64 id : std::as_const(ids))
            moved.append(id);
        root.insert(QStringLiteral("promoters"), moved);
        changed.append({ read.value(0).toLongLong(),
                         QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Compact)) });
    }
    QSqlQuery write(db);
    write.prepare(QStringLiteral("UPDATE chat_groups SET rule_settings = ? WHERE id = ?"));
    for (const auto &[groupId, json] : std::as_const(changed)) {
        write.addBindValue(json);
        write.addBindValue(groupId);
        if (!write.exec())
            return sqlFail(write);
    }
    return true;
}

bool MemberRepository::merge(qint64 keepId, qint64 mergeId)
{
    return catchQueryError(m_error, [&] {
        if (keepId == mergeId)
            return fail(tr("A member cannot be merged into itself."));
        const std::optional<Member> keep = find(keepId);
        const std::optional<Member> gone = find(mergeId);
        if (!keep || !gone) {
            m_error = { WorkspaceError::Kind::NotFound, tr("The member no longer exists.") };
            return false;
        }
        SqlTransaction tx(m_database);
        if (!tx.isActive()) {
            m_error = tx.error();
            return false;
        }
        const QSqlDatabase db = tx.connection();
        const QString ignore = QStringLiteral(" ON CONFLICT DO NOTHING");

        // Memberships: one row per group, the earliest join, still in when either is, stronger
        // role.
        const QList<Membership> keepRows = memberships(keepId);
        const QList<Membership> goneRows = memberships(mergeId);
        QList<Membership> mergedRows;
        for (const Membership &g : goneRows) {
            Membership m = g;
            m.memberId = keepId;
            const auto existing
                = std::find_if(keepRows.cbegin(), keepRows.cend(),
                               [&g](const Membership &k) { return k.groupId == g.groupId; });
            if (existing != keepRows.cend()) {
                m.joinedAt = earliest(existing->joinedAt, g.joinedAt);
                m.leftAt = (!existing->leftAt.isValid() || !g.leftAt.isValid())
                    ? QDateTime()
                    : std::max(existing->leftAt, g.leftAt);
                m.role = roleWeight(existing->role) >= roleWeight(g.role) ? existing->role : g.role;
            }
            mergedRows << m;
        }
        QSqlQuery q(db);
        q.prepare(QStringLiteral(
            "DELETE FROM memberships WHERE member_id = ? OR (member_id = ? AND group_id IN "
            "(SELECT group_id FROM memberships WHERE member_id = ?))"));
        q.addBindValue(mergeId);
        q.addBindValue(keepId);
        q.addBindValue(mergeId);
        if (!q.exec())
            return sqlFail(q);
        if (!insertMemberships(db, mergedRows))
            return false;

        // Activity roll-ups are keyed by member: add the counts where both were active on a day.
        q.prepare(QStringLiteral(
            "INSERT INTO member_day_activity (group_id, day, member_id, messages) "
            "SELECT group_id, day, ?, messages FROM member_day_activity WHERE member_id = ? "
            "ON CONFLICT (group_id, day, member_id) DO UPDATE "
            "SET messages = member_day_activity.messages + excluded.messages"));
        q.addBindValue(keepId);
        q.addBindValue(mergeId);
        if (!q.exec())
            return sqlFail(q);

        const QStringList moves = {
            QStringLiteral("UPDATE identities SET member_id = :keep WHERE member_id = :gone"),
            QStringLiteral("UPDATE messages SET member_id = :keep WHERE member_id = :gone"),
            QStringLiteral("DELETE FROM member_day_activity WHERE member_id = :gone"),
            QStringLiteral("UPDATE orders SET member_id = :keep, ")
                + RowStamps::stamp(m_database.dialect())
                + QStringLiteral(" WHERE member_id = :gone"),
            QStringLiteral("UPDATE orders SET referrer_id = :keep, ")
                + RowStamps::stamp(m_database.dialect())
                + QStringLiteral(" WHERE referrer_id = :gone"),
            QStringLiteral(
                "UPDATE membership_events SET member_id = :keep WHERE member_id = :gone"),
            QStringLiteral("UPDATE membership_events SET actor_id = :keep WHERE actor_id = :gone"),
            QStringLiteral("UPDATE members SET referrer_id = :keep, ")
                + RowStamps::stamp(m_database.dialect())
                + QStringLiteral(" WHERE referrer_id = :gone AND id <> :keep"),
            QStringLiteral(
                "INSERT INTO member_tags (member_id, tag_id) SELECT :keep, tag_id FROM member_tags "
                "WHERE member_id = :gone")
                + ignore,
            QStringLiteral(
                "UPDATE commission_ledger SET beneficiary_id = :keep WHERE beneficiary_id = :gone"),
            QStringLiteral("UPDATE points_ledger SET member_id = :keep WHERE member_id = :gone"),
            QStringLiteral("UPDATE rule_violations SET member_id = :keep WHERE member_id = :gone"),
            // A partner record moves only when keepId has none; partner_groups follow it.
            QStringLiteral(
                "INSERT INTO partners (member_id, rate_bp, recruiter_id, recruiter_rate_bp) "
                "SELECT :keep, rate_bp, recruiter_id, recruiter_rate_bp FROM partners "
                "WHERE member_id = :gone")
                + ignore,
            QStringLiteral(
                "INSERT INTO partner_groups (member_id, group_id) SELECT :keep, group_id "
                "FROM partner_groups WHERE member_id = :gone")
                + ignore,
            QStringLiteral("UPDATE partners SET recruiter_id = NULL WHERE member_id = :keep AND "
                           "recruiter_id = :gone"),
            QStringLiteral("UPDATE partners SET recruiter_id = :keep WHERE recruiter_id = :gone"),
        };
        for (const QString &statement : moves) {
            q.prepare(statement);
            q.bindValue(QStringLiteral(":keep"), keepId);
            q.bindValue(QStringLiteral(":gone"), mergeId);
            if (!q.exec())
                return sqlFail(q);
        }

        // The kept record takes over contact details it lacks and the earlier first sighting. When
        // mergeId had brought keepId in, keepId inherits mergeId's own referrer.
        Member merged = *keep;
        if (merged.phone.isEmpty())
            merged.phone = gone->phone;
        if (merged.wechatId.isEmpty())
            merged.wechatId = gone->wechatId;
        if (merged.notes.isEmpty())
            merged.notes = gone->notes;
        merged.firstSeen = earliest(keep->firstSeen, gone->firstSeen);
        merged.consentToContact = keep->consentToContact || gone->consentToContact;
        if (merged.referrerId == mergeId || merged.referrerId == 0)
            merged.referrerId = gone->referrerId == keepId ? 0 : gone->referrerId;
        if (merged.referrerId > 0 && !checkReferrer(db, keepId, merged.referrerId))
            merged.referrerId = 0; // the merge closed a circle: keepId becomes a root
        q.prepare(QStringLiteral(
                      "UPDATE members SET phone = ?, wechat_id = ?, notes = ?, first_seen = ?, "
                      "consent = ?, referrer_id = ?, "
                      "last_active = CASE WHEN last_active IS NULL OR last_active < "
                      "COALESCE((SELECT last_active FROM members WHERE id = ?), 0) "
                      "THEN (SELECT last_active FROM members WHERE id = ?) ELSE last_active END, ")
                  + RowStamps::stamp(m_database.dialect())
                  + QStringLiteral(" "
                                   "WHERE id = ?"));
        q.addBindValue(sql::text(merged.phone));
        q.addBindValue(sql::text(merged.wechatId));
        q.addBindValue(sql::text(merged.notes));
        q.addBindValue(sql::fromDateTime(merged.firstSeen));
        q.addBindValue(merged.consentToContact ? 1 : 0);
        q.addBindValue(sql::fromId(merged.referrerId));
        q.addBindValue(mergeId);
        q.addBindValue(mergeId);
        q.addBindValue(keepId);
        if (!q.exec())
            return sqlFail(q);
        if (!movePromoters(db, keepId, mergeId))
            return false;
        q.prepare(QStringLiteral("DELETE FROM members WHERE id = ?"));
        q.addBindValue(mergeId);
        if (!q.exec())
            return sqlFail(q);
        QSqlError statsError;
        if (!MemberOrderStats::refresh(tx.connection(), { keepId }, &statsError)) {
            m_error = Database::errorFromSql(statsError);
            return false;
        }
        m_error = {};
        tx.touch(Table::Members | Table::Memberships | Table::Identities | Table::Tags
                 | Table::Messages | Table::Orders | Table::Ledger | Table::Points
                 | Table::Violations | Table::Groups);
        if (!tx.commit()) {
            m_error = tx.error();
            return false;
        }
        return true;
    });
}

} // namespace cohort
