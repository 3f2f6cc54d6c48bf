#include "storage/ledgersettingsrepository.h"

#include "storage/checkedquery.h"
#include "storage/database.h"
#include "storage/sqltransaction.h"
#include "storage/sqlvalues.h"
#include "storage/sqlwrite.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace cohort {

namespace {

const QString PointsKey = QStringLiteral("ledger.points_rules");
const QString TiersKey = QStringLiteral("ledger.tiers");

QString basisKey(MembershipTiers::Basis basis)
{
    switch (basis) {
    case MembershipTiers::Basis::Points:
        return QStringLiteral("points");
    case MembershipTiers::Basis::Spend:
        return QStringLiteral("spend");
    case MembershipTiers::Basis::PointsOrSpend:
        return QStringLiteral("points_or_spend");
    }
    return QStringLiteral("points");
}

MembershipTiers::Basis basisFromKey(const QString &key)
{
    if (key == QLatin1String("spend"))
        return MembershipTiers::Basis::Spend;
    if (key == QLatin1String("points_or_spend"))
        return MembershipTiers::Basis::PointsOrSpend;
    return MembershipTiers::Basis::Points;
}

} // namespace

QList<RebateRule> LedgerSettingsRepository::rebateRules() const
{
    QList<RebateRule> rules;
    CheckedQuery q(m_database,
                   QStringLiteral("SELECT campaign_id, kind, amount_minor, currency, basis_points "
                                  "FROM rebate_rules ORDER BY COALESCE(campaign_id, 0)"));
    q.exec();
    while (q.next()) {
        RebateRule rule;
        rule.campaignId = q.value(0).toLongLong();
        rule.kind = q.value(1).toString() == QLatin1String("fixed") ? RebateRule::Kind::Fixed
                                                                    : RebateRule::Kind::Percentage;
        rule.fixedAmount = Money(q.value(2).toLongLong(), q.value(3).toString());
        rule.basisPoints = q.value(4).toLongLong();
        rules << rule;
    }
    return rules;
}

bool LedgerSettingsRepository::saveRebateRule(const RebateRule &rule)
{
    SqlTransaction tx(m_database);
    if (!tx.isActive()) {
        m_error = tx.error();
        return false;
    }
    QSqlQuery q(tx.connection());
    q.prepare(QStringLiteral("DELETE FROM rebate_rules WHERE COALESCE(campaign_id, 0) = ?"));
    q.addBindValue(rule.campaignId);
    bool ok = q.exec();
    if (ok) {
        q.prepare(QStringLiteral("INSERT INTO rebate_rules (campaign_id, kind, amount_minor, "
                                 "currency, basis_points) VALUES (?, ?, ?, ?, ?)"));
        const bool fixed = rule.kind == RebateRule::Kind::Fixed;
        q.addBindValue(sql::fromId(rule.campaignId));
        q.addBindValue(fixed ? QStringLiteral("fixed") : QStringLiteral("percentage"));
        q.addBindValue(fixed ? rule.fixedAmount.minorUnits() : qint64(0));
        q.addBindValue(sql::text(fixed ? rule.fixedAmount.currency() : QString()));
        q.addBindValue(fixed ? qint64(0) : rule.basisPoints);
        ok = q.exec();
    }
    if (!ok) {
        m_error = Database::errorFromSql(q.lastError());
        return false;
    }
    tx.touch(Table::Ledger);
    if (!tx.commit()) {
        m_error = tx.error();
        return false;
    }
    return true;
}

bool LedgerSettingsRepository::removeRebateRule(qint64 campaignId)
{
    return writeEach(
        m_database, QStringLiteral("DELETE FROM rebate_rules WHERE COALESCE(campaign_id, 0) = ?"),
        { campaignId }, Table::Ledger, [](QSqlQuery &q, qint64 id) { q.addBindValue(id); },
        &m_error);
}

PointsRules LedgerSettingsRepository::pointsRules() const
{
    PointsRules rules;
    const QJsonObject o = QJsonDocument::fromJson(metaValue(PointsKey).toUtf8()).object();
    rules.pointsPerActiveDay = o.value(QLatin1String("per_active_day")).toInteger();
    rules.pointsPerSpendUnit = o.value(QLatin1String("per_spend_unit")).toInteger();
    rules.spendUnitMinor = o.value(QLatin1String("spend_unit_minor")).toInteger(100);
    if (rules.spendUnitMinor <= 0)
        rules.spendUnitMinor = 100;
    rules.pointsPerReferral = o.value(QLatin1String("per_referral")).toInteger();
    return rules;
}

bool LedgerSettingsRepository::savePointsRules(const PointsRules &rules)
{
    if (rules.spendUnitMinor <= 0 || rules.pointsPerActiveDay < 0 || rules.pointsPerSpendUnit < 0
        || rules.pointsPerReferral < 0) {
        m_error = { WorkspaceError::Kind::Invalid,
                    QCoreApplication::translate("LedgerSettingsRepository",
                                                "Points rules cannot be negative.") };
        return false;
    }
    QJsonObject o;
    o.insert(QLatin1String("per_active_day"), rules.pointsPerActiveDay);
    o.insert(QLatin1String("per_spend_unit"), rules.pointsPerSpendUnit);
    o.insert(QLatin1String("spend_unit_minor"), rules.spendUnitMinor);
    o.insert(QLatin1String("per_referral"), rules.pointsPerReferral);
    return setMetaValue(PointsKey,
                        QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
}

MembershipTiers LedgerSettingsRepository::tiers() const
{
    const QJsonObject o = QJsonDocument::fromJson(metaValue(TiersKey).toUtf8()).object();
    QList<MembershipTier> tiers;
    const QJsonArray array = o.value(QLatin1String("tiers")).toArray();
    for (const QJsonValue &value : array) {
        const QJsonObject t = value.toObject();
        MembershipTier tier;
        tier.key = t.value(QLatin1String("key")).toString();
        tier.name = t.value(QLatin1String("name")).toString();
        tier.minPoints = t.value(QLatin1String("min_points")).toInteger();
        tier.minSpend = Money(t.value(QLatin1String("min_spend_minor")).toInteger(),
                              t.value(QLatin1String("currency")).toString());
        tiers << tier;
    }
    return MembershipTiers(basisFromKey(o.value(QLatin1String("basis")).toString()), tiers);
}

bool LedgerSettingsRepository::saveTiers(const MembershipTiers &tiers)
{
    const QStringList problems = tiers.validate();
    if (!problems.isEmpty()) {
        m_error = { WorkspaceError::Kind::Invalid, problems.join(QLatin1Char('\n')) };
        return false;
    }
    QJsonArray array;
    for (const MembershipTier &tier : tiers.tiers()) {
        QJsonObject t;
        t.insert(QLatin1String("key"), tier.key);
        t.insert(QLatin1String("name"), tier.name);
        t.insert(QLatin1String("min_points"), tier.minPoints);
        t.insert(QLatin1String("min_spend_minor"), tier.minSpend.minorUnits());
        t.insert(QLatin1String("currency"), tier.minSpend.currency());
        array.append(t);
    }
    QJsonObject o;
    o.insert(QLatin1String("basis"), basisKey(tiers.basis()));
    o.insert(QLatin1String("tiers"), array);
    return setMetaValue(TiersKey,
                        QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
}

QString LedgerSettingsRepository::metaValue(const QString &key) const
{
    CheckedQuery q(m_database, QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    if (q.bind(sql::text(key)).exec().next())
        return q.value(0).toString();
    return {};
}

bool LedgerSettingsRepository::setMetaValue(const QString &key, const QString &value)
{
    SqlTransaction tx(m_database);
    if (!tx.isActive()) {
        m_error = tx.error();
        return false;
    }
    QSqlQuery q(tx.connection());
    q.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?) "
                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(sql::text(key));
    q.addBindValue(sql::text(value));
    if (!q.exec()) {
        m_error = Database::errorFromSql(q.lastError());
        return false;
    }
    tx.touch(Table::Ledger | Table::Points | Table::Members);
    if (!tx.commit()) {
        m_error = tx.error();
        return false;
    }
    return true;
}

} // namespace cohort
