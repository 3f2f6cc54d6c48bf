#include "rules/rulesetrepository.h"

#include "domain/enums.h"
#include "storage/checkedquery.h"
#include "storage/database.h"
#include "storage/rowstamps.h"
#include "storage/sqltransaction.h"
#include "storage/sqlvalues.h"

#include <QSqlError>
#include <QSqlQuery>

namespace cohort::rules {

std::optional<RuleSet> RuleSetRepository::load(qint64 groupId) const
{
    CheckedQuery q(m_database,
                   QStringLiteral("SELECT rule_flags, rule_settings, promotion_policy "
                                  "FROM chat_groups WHERE id = ?"));
    if (!q.bind(groupId).exec().next())
        return std::nullopt;
    RuleSet rules;
    rules.setBuiltinKeys(sql::toList(q.value(0)));
    rules.readSettingsJson(q.value(1).toString());
    rules.policy = q.value(2).toString() == QStringLiteral("free_market")
        ? PromotionPolicy::FreeMarket
        : PromotionPolicy::PrivateGarden;
    CheckedQuery admins(m_database,
                        QStringLiteral("SELECT member_id FROM memberships WHERE group_id = ? "
                                       "AND role IN ('owner', 'operator')"));
    admins.bind(groupId).exec();
    while (admins.next())
        rules.admins.insert(admins.value(0).toLongLong());
    return rules;
}

QList<QPair<qint64, QString>> RuleSetRepository::members(qint64 groupId) const
{
    CheckedQuery q(m_database,
                   QStringLiteral("SELECT m.id, m.display_name FROM memberships ms "
                                  "JOIN members m ON m.id = ms.member_id "
                                  "WHERE ms.group_id = ? AND ms.left_at IS NULL "
                                  "ORDER BY m.display_name, m.id"));
    q.bind(groupId).exec();
    QList<QPair<qint64, QString>> result;
    while (q.next())
        result.append({ q.value(0).toLongLong(), q.value(1).toString() });
    return result;
}

QHash<qint64, QPair<int, int>> RuleSetRepository::strikePolicies() const
{
    CheckedQuery q(m_database, QStringLiteral("SELECT id, rule_settings FROM chat_groups"));
    q.exec();
    QHash<qint64, QPair<int, int>> policies;
    while (q.next()) {
        RuleSet rules;
        rules.readSettingsJson(q.value(1).toString());
        policies.insert(q.value(0).toLongLong(),
                        { rules.strikes.threshold, rules.strikes.windowDays });
    }
    return policies;
}

bool RuleSetRepository::save(qint64 groupId, const RuleSet &rules)
{
    SqlTransaction tx(m_database);
    if (!tx.isActive()) {
        m_error = tx.error().message;
        return false;
    }
    QSqlQuery q(tx.connection());
    q.prepare(QStringLiteral("UPDATE chat_groups SET rule_flags = ?, rule_settings = ?, ")
              + RowStamps::stamp(m_database.dialect()) + QStringLiteral(" WHERE id = ?"));
    q.addBindValue(sql::fromList(rules.builtinKeys()));
    q.addBindValue(rules.settingsJson());
    q.addBindValue(groupId);
    if (!q.exec()) {
        m_error = Database::errorFromSql(q.lastError()).message;
        return false;
    }
    tx.touch(Table::Groups);
    if (!tx.commit()) {
        m_error = tx.error().message;
        return false;
    }
    return true;
}

} // namespace cohort::rules
