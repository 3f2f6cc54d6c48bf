#include "storage/grouprepository.h"

#include "storage/checkedquery.h"
#include "storage/database.h"
#include "storage/rowstamps.h"
#include "storage/sqltransaction.h"
#include "storage/sqlvalues.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace cohort {

namespace {

const char *const Columns
    = "platform, name, status, main_business, portrait_age, portrait_gender, "
      "portrait_region, portrait_needs, portrait_pains, portrait_tags, goals, "
      "promotion_policy, approved_promoters, entry_threshold, entry_fee_minor, "
      "entry_fee_currency, rules_text, rule_flags, capacity, external_id, notes, "
      "created_at, kpi_targets";

Group readGroup(const QSqlQuery &q)
{
    Group g;
    int c = 0;
    g.id = q.value(c++).toLongLong();
    g.platform = enumFromKey(q.value(c++).toString(), Platform::Other);
    g.name = q.value(c++).toString();
    g.status = enumFromKey(q.value(c++).toString(), GroupStatus::Active);
    g.mainBusiness = q.value(c++).toString();
    g.portrait.ageRange = q.value(c++).toString();
    g.portrait.genderMix = q.value(c++).toString();
    g.portrait.region = q.value(c++).toString();
    g.portrait.needs = q.value(c++).toString();
    g.portrait.pains = q.value(c++).toString();
    g.portrait.tags = sql::toList(q.value(c++));
    const QStringList goals = sql::toList(q.value(c++));
    for (const QString &goal : goals) {
        if (isEnumKey<GroupGoal>(goal))
            g.goals << enumFromKey(goal, GroupGoal::Knowledge);
    }
    g.promotionPolicy = enumFromKey(q.value(c++).toString(), PromotionPolicy::PrivateGarden);
    g.approvedPromoters = sql::toList(q.value(c++));
    g.entryThreshold = enumFromKey(q.value(c++).toString(), EntryThreshold::Free);
    const qint64 fee = q.value(c++).toLongLong();
    const QString feeCurrency = q.value(c++).toString();
    g.entryFee = feeCurrency.isEmpty() ? Money() : Money(fee, feeCurrency);
    g.rulesText = q.value(c++).toString();
    g.ruleFlags = sql::toList(q.value(c++));
    g.capacity = q.value(c++).toInt();
    g.externalId = q.value(c++).toString();
    g.notes = q.value(c++).toString();
    g.createdAt = sql::toDateTime(q.value(c++));
    g.kpiTargets = GoalKpis::fromJson(q.value(c++).toString());
    return g;
}

QString selectSql()
{
    return QStringLiteral("SELECT id, ") + QLatin1String(Columns)
        + QStringLiteral(" FROM chat_groups");
}

} // namespace

std::optional<Group> GroupRepository::find(qint64 id) const
{
    CheckedQuery q(m_database, selectSql() + QStringLiteral(" WHERE id = ?"));
    if (q.bind(id).exec().next())
        return readGroup(q);
    return std::nullopt;
}

std::optional<Group> GroupRepository::findByName(const QString &name) const
{
    CheckedQuery q(m_database, selectSql() + QStringLiteral(" WHERE name = ? ORDER BY id LIMIT 1"));
    if (q.bind(name).exec().next())
        return readGroup(q);
    return std::nullopt;
}

QList<Group> GroupRepository::all() const
{
    QList<Group> groups;
    CheckedQuery q(m_database, selectSql() + QStringLiteral(" ORDER BY name, id"));
    q.exec();
    while (q.next())
        groups << readGroup(q);
    return groups;
}

bool GroupRepository::insert(Group &group)
{
    if (!group.createdAt.isValid())
        group.createdAt = QDateTime::currentDateTimeUtc();
    qint64 id = 0;
    if (!write(group, true, &id))
        return false;
    group.id = id;
    return true;
}

bool GroupRepository::restore(const Group &group)
{
    Q_ASSERT(group.id > 0);
    return write(group, true, nullptr);
}

bool GroupRepository::update(const Group &group)
{
    return write(group, false, nullptr);
}

bool GroupRepository::write(const Group &g, bool insert, qint64 *newId)
{
    SqlTransaction tx(m_database);
    if (!tx.isActive()) {
        m_error = tx.error();
        return false;
    }
    QSqlQuery q(tx.connection());
    const bool explicitId = insert && g.id > 0;
    if (insert) {
        const int count = QString::fromLatin1(Columns).count(QLatin1Char(',')) + 1;
        QStringList marks;
        for (int i = 0; i < count + (explicitId ? 1 : 0); ++i)
            marks << QStringLiteral("?");
        q.prepare(QStringLiteral("INSERT INTO chat_groups (")
                  + (explicitId ? QStringLiteral("id, ") : QString()) + QLatin1String(Columns)
                  + QStringLiteral(") VALUES (") + marks.join(QLatin1Char(',')) + QLatin1Char(')'));
        if (explicitId)
            q.addBindValue(g.id);
    } else {
        QStringList sets;
        const QStringList names = QString::fromLatin1(Columns).split(QStringLiteral(", "));
        for (const QString &name : names)
            sets << name + QStringLiteral(" = ?");
        q.prepare(QStringLiteral("UPDATE chat_groups SET ") + sets.join(QStringLiteral(", "))
                  + QStringLiteral(", ") + RowStamps::stamp(m_database.dialect())
                  + QStringLiteral(" WHERE id = ?"));
    }
    QStringList goals;
    for (const GroupGoal goal : g.goals)
        goals << enumKey(goal);
    q.addBindValue(enumKey(g.platform));
    q.addBindValue(sql::text(g.name));
    q.addBindValue(enumKey(g.status));
    q.addBindValue(sql::text(g.mainBusiness));
    q.addBindValue(sql::text(g.portrait.ageRange));
    q.addBindValue(sql::text(g.portrait.genderMix));
    q.addBindValue(sql::text(g.portrait.region));
    q.addBindValue(sql::text(g.portrait.needs));
    q.addBindValue(sql::text(g.portrait.pains));
    q.addBindValue(sql::text(sql::fromList(g.portrait.tags)));
    q.addBindValue(sql::text(goals.join(QLatin1Char('\n'))));
    q.addBindValue(enumKey(g.promotionPolicy));
    q.addBindValue(sql::text(sql::fromList(g.approvedPromoters)));
    q.addBindValue(enumKey(g.entryThreshold));
    q.addBindValue(g.entryFee.minorUnits());
    q.addBindValue(sql::text(g.entryFee.currency()));
    q.addBindValue(sql::text(g.rulesText));
    q.addBindValue(sql::text(sql::fromList(g.ruleFlags)));
    q.addBindValue(g.capacity);
    q.addBindValue(sql::text(g.externalId));
    q.addBindValue(sql::text(g.notes));
    q.addBindValue(g.createdAt.isValid() ? g.createdAt.toSecsSinceEpoch()
                                         : QDateTime::currentSecsSinceEpoch());
    q.addBindValue(sql::text(GoalKpis::toJson(g.kpiTargets)));
    if (!insert)
        q.addBindValue(g.id);
    if (!q.exec()) {
        m_error = Database::errorFromSql(q.lastError());
        return false;
    }
    if (!insert && q.numRowsAffected() == 0) {
        m_error = { WorkspaceError::Kind::NotFound, Database::tr("The group no longer exists.") };
        return false;
    }
    if (newId)
        *newId = q.lastInsertId().toLongLong();
    tx.touch(Table::Groups);
    if (!tx.commit()) {
        m_error = tx.error();
        return false;
    }
    return true;
}

namespace {

/// Tables whose rows go with a deleted group (ON DELETE CASCADE), parents before children.
const char *const CascadingTables[]
    = { "memberships",         "membership_events",  "messages",
        "rule_violations",     "campaign_groups",    "partner_groups",
        "member_day_activity", "group_hour_activity" };

QList<QPair<qint64, qint64>> pairs(const QSqlDatabase &db, const QString &sql,
                                   const QList<qint64> &ids)
{
    QList<QPair<qint64, qint64>> result;
    CheckedQuery q(db, sql);
    for (const qint64 id : ids) {
        q.bind(id).exec();
        while (q.next())
            result.append({ q.value(0).toLongLong(), q.value(1).toLongLong() });
    }
    return result;
}

} // namespace

GroupSnapshot GroupRepository::snapshot(const QList<qint64> &ids) const
{
    GroupSnapshot snapshot;
    for (const qint64 id : ids) {
        if (std::optional<Group> group = find(id))
            snapshot.groups << *group;
    }
    const QSqlDatabase db = m_database.connection();
    for (const char *table : CascadingTables) {
        GroupSnapshot::TableRows rows;
        rows.table = QLatin1String(table);
        // Table names come from the list above, never from input.
        CheckedQuery q(db,
                       QStringLiteral("SELECT * FROM ") + rows.table
                           + QStringLiteral(" WHERE group_id = ?"));
        for (const Group &group : std::as_const(snapshot.groups)) {
            q.bind(group.id).exec();
            const QSqlRecord record = q.record();
            if (rows.columns.isEmpty()) {
                for (int i = 0; i < record.count(); ++i)
                    rows.columns << record.fieldName(i);
            }
            while (q.next()) {
                QVariantList values;
                values.reserve(record.count());
                for (int i = 0; i < record.count(); ++i)
                    values << q.value(i);
                rows.rows << values;
            }
        }
        if (!rows.rows.isEmpty())
            snapshot.dependents << rows;
    }
    QList<qint64> groupIds;
    for (const Group &group : std::as_const(snapshot.groups))
        groupIds << group.id;
    snapshot.orderGroups
        = pairs(db, QStringLiteral("SELECT id, group_id FROM orders WHERE group_id = ?"), groupIds);
    snapshot.orderSourceMessages = pairs(
        db,
        QStringLiteral("SELECT o.id, o.source_message_id FROM orders o JOIN messages m ON m.id = "
                       "o.source_message_id WHERE m.group_id = ?"),
        groupIds);
    snapshot.batchGroups = pairs(
        db, QStringLiteral("SELECT id, group_id FROM import_batches WHERE group_id = ?"), groupIds);
    return snapshot;
}

bool GroupRepository::restore(const GroupSnapshot &snapshot)
{
    SqlTransaction tx(m_database);
    if (!tx.isActive()) {
        m_error = tx.error();
        return false;
    }
    for (const Group &group : snapshot.groups) {
        if (!restore(group))
            return false;
    }
    QSqlQuery q(tx.connection());
    const auto fail = [this, &q] {
        m_error = Database::errorFromSql(q.lastError());
        return false;
    };
    for (const GroupSnapshot::TableRows &rows : snapshot.dependents) {
        QStringList marks;
        for (qsizetype i = 0; i < rows.columns.size(); ++i)
            marks << QStringLiteral("?");
        if (!q.prepare(QStringLiteral("INSERT INTO ") + rows.table + QStringLiteral(" (")
                       + rows.columns.join(QStringLiteral(", ")) + QStringLiteral(") VALUES (")
                       + marks.join(QStringLiteral(", ")) + QLatin1Char(')')))
            return fail();
        for (const QVariantList &values : rows.rows) {
            for (const QVariant &value : values)
                q.addBindValue(value);
            if (!q.exec())
                return fail();
        }
    }
    const auto relink = [&](const QString &sql, const QList<QPair<qint64, qint64>> &links) {
        q.prepare(sql);
        for (const auto &[row, target] : links) {
            q.addBindValue(target);
            q.addBindValue(row);
            if (!q.exec())
                return false;
        }
        return true;
    };
    // Puts back what deleting the group took, as it was: no new stamp.
    if (!relink(QStringLiteral("UPDATE orders SET group_id = ? WHERE id = ?"), snapshot.orderGroups)
        || !relink(QStringLiteral("UPDATE orders SET source_message_id = ? WHERE id = ?"),
                   snapshot.orderSourceMessages)
        || !relink(QStringLiteral("UPDATE import_batches SET group_id = ? WHERE id = ?"),
                   snapshot.batchGroups))
        return fail();
    tx.touch(Table::Groups | Table::Memberships | Table::Messages | Table::Campaigns | Table::Orders
             | Table::ImportBatches | Table::Ledger | Table::Members);
    if (!tx.commit()) {
        m_error = tx.error();
        return false;
    }
    return true;
}

bool GroupRepository::remove(const QList<qint64> &ids)
{
    SqlTransaction tx(m_database);
    if (!tx.isActive()) {
        m_error = tx.error();
        return false;
    }
    QSqlQuery q(tx.connection());
    q.prepare(QStringLiteral("DELETE FROM chat_groups WHERE id = ?"));
    for (const qint64 id : ids) {
        q.addBindValue(id);
        if (!q.exec()) {
            m_error = Database::errorFromSql(q.lastError());
            return false;
        }
    }
    tx.touch(Table::Groups | Table::Memberships | Table::Messages | Table::Campaigns | Table::Orders
             | Table::ImportBatches);
    if (!tx.commit()) {
        m_error = tx.error();
        return false;
    }
    return true;
}

} // namespace cohort
