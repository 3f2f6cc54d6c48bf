#include "storage/campaignrepository.h"

#include "storage/checkedquery.h"
#include "storage/database.h"
#include "storage/rowstamps.h"
#include "storage/sqltransaction.h"
#include "storage/sqlvalues.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace cohort {

namespace {

const char *const Select
    = "SELECT id, name, type, status, starts_at, ends_at, time_zone, recurrence, "
      "duration_minutes, goal_kind, goal_value, reward_rule, announcement_template, "
      "notes, details FROM campaigns";

Campaign readCampaign(const QSqlQuery &q)
{
    Campaign c;
    c.id = q.value(0).toLongLong();
    c.name = q.value(1).toString();
    c.type = enumFromKey(q.value(2).toString(), CampaignType::FlashSale);
    c.status = enumFromKey(q.value(3).toString(), CampaignStatus::Draft);
    c.startsAt = sql::toDateTime(q.value(4));
    c.endsAt = sql::toDateTime(q.value(5));
    c.timeZone = q.value(6).toString();
    c.recurrence = q.value(7).toString();
    c.durationMinutes = q.value(8).toInt();
    c.goalKind = q.value(9).toString();
    c.goalValue = q.value(10).toLongLong();
    c.details = CampaignDetails::fromJson(q.value(11).toString(), q.value(14).toString());
    c.announcementTemplate = q.value(12).toString();
    c.notes = q.value(13).toString();
    return c;
}

} // namespace

bool CampaignRepository::fail(const QString &message)
{
    m_error = { WorkspaceError::Kind::Invalid, message };
    return false;
}

void CampaignRepository::loadParts(const QSqlDatabase &db, Campaign &c) const
{
    CheckedQuery groups(db,
                        QStringLiteral("SELECT group_id FROM campaign_groups WHERE "
                                       "campaign_id = ? ORDER BY group_id"));
    groups.bind(c.id).exec();
    while (groups.next())
        c.groupIds << groups.value(0).toLongLong();
    CheckedQuery products(
        db,
        QStringLiteral(
            "SELECT product_id, price_minor, currency, quantity_limit FROM campaign_products "
            "WHERE campaign_id = ? ORDER BY product_id"));
    products.bind(c.id).exec();
    while (products.next()) {
        CampaignProduct p;
        p.productId = products.value(0).toLongLong();
        if (!products.value(1).isNull())
            p.price = Money(products.value(1).toLongLong(), products.value(2).toString());
        p.quantityLimit = products.value(3).toInt();
        c.products << p;
    }
    CheckedQuery tiers(
        db,
        QStringLiteral(
            "SELECT min_participants, unit_price_minor, currency FROM campaign_price_tiers "
            "WHERE campaign_id = ? ORDER BY min_participants"));
    tiers.bind(c.id).exec();
    while (tiers.next())
        c.priceTiers << PriceTier { tiers.value(0).toInt(),
                                    Money(tiers.value(1).toLongLong(), tiers.value(2).toString()) };
}

std::optional<Campaign> CampaignRepository::find(qint64 id) const
{
    const QSqlDatabase db = m_database.connection();
    CheckedQuery q(db, QLatin1String(Select) + QStringLiteral(" WHERE id = ?"));
    if (!q.bind(id).exec().next())
        return std::nullopt;
    Campaign c = readCampaign(q);
    loadParts(db, c);
    return c;
}

QList<Campaign> CampaignRepository::all() const
{
    const QSqlDatabase db = m_database.connection();
    QList<Campaign> result;
    CheckedQuery q(db, QLatin1String(Select) + QStringLiteral(" ORDER BY starts_at, name, id"));
    q.exec();
    while (q.next())
        result << readCampaign(q);
    for (Campaign &c : result)
        loadParts(db, c);
    return result;
}

bool CampaignRepository::insert(Campaign &campaign)
{
    qint64 id = 0;
    if (!write(campaign, true, &id))
        return false;
    campaign.id = id;
    return true;
}

bool CampaignRepository::restore(const Campaign &campaign)
{
    Q_ASSERT(campaign.id > 0);
    return write(campaign, true, nullptr);
}

bool CampaignRepository::update(const Campaign &campaign)
{
    return write(campaign, false, nullptr);
}

bool CampaignRepository::writeParts(const QSqlDatabase &db, qint64 id, const Campaign &c)
{
    QSqlQuery q(db);
    const QStringList clears
        = { QStringLiteral("DELETE FROM campaign_groups WHERE campaign_id = ?"),
            QStringLiteral("DELETE FROM campaign_products WHERE campaign_id = ?"),
            QStringLiteral("DELETE FROM campaign_price_tiers WHERE campaign_id = ?") };
    for (const QString &statement : clears) {
        q.prepare(statement);
        q.addBindValue(id);
        if (!q.exec()) {
            m_error = Database::errorFromSql(q.lastError());
            return false;
        }
    }
    q.prepare(QStringLiteral("INSERT INTO campaign_groups (campaign_id, group_id) VALUES (?, ?)"));
    for (const qint64 groupId : c.groupIds) {
        q.addBindValue(id);
        q.addBindValue(groupId);
        if (!q.exec()) {
            m_error = Database::errorFromSql(q.lastError());
            return false;
        }
    }
    q.prepare(QStringLiteral(
        "INSERT INTO campaign_products (campaign_id, product_id, price_minor, currency, "
        "quantity_limit) VALUES (?, ?, ?, ?, ?)"));
    for (const CampaignProduct &p : c.products) {
        q.addBindValue(id);
        q.addBindValue(p.productId);
        q.addBindValue(p.price.currency().isEmpty() ? QVariant(QMetaType(QMetaType::LongLong))
                                                    : QVariant(p.price.minorUnits()));
        q.addBindValue(sql::text(p.price.currency()));
        q.addBindValue(p.quantityLimit);
        if (!q.exec()) {
            m_error = Database::errorFromSql(q.lastError());
            return false;
        }
    }
    q.prepare(QStringLiteral("INSERT INTO campaign_price_tiers (campaign_id, min_participants, "
                             "unit_price_minor, currency) VALUES (?, ?, ?, ?)"));
    for (const PriceTier &t : c.priceTiers) {
        q.addBindValue(id);
        q.addBindValue(t.minParticipants);
        q.addBindValue(t.unitPrice.minorUnits());
        q.addBindValue(sql::text(t.unitPrice.currency()));
        if (!q.exec()) {
            m_error = Database::errorFromSql(q.lastError());
            return false;
        }
    }
    return true;
}

bool CampaignRepository::write(const Campaign &c, bool insert, qint64 *newId)
{
    if (c.name.trimmed().isEmpty())
        return fail(tr("A campaign needs a name."));
    if (c.startsAt.isValid() && c.endsAt.isValid() && c.endsAt < c.startsAt)
        return fail(tr("A campaign cannot end before it starts."));
    if (c.durationMinutes < 0)
        return fail(tr("The duration cannot be negative."));
    QSet<int> tierSizes;
    QString tierCurrency;
    for (const PriceTier &t : c.priceTiers) {
        if (t.minParticipants < 1)
            return fail(tr("A price tier needs at least one participant."));
        if (tierSizes.contains(t.minParticipants))
            return fail(
                tr("Two price tiers start at %n participant(s).", nullptr, t.minParticipants));
        if (t.unitPrice.currency().isEmpty() || t.unitPrice.isNegative())
            return fail(tr("Every price tier needs a price."));
        if (!tierCurrency.isEmpty() && tierCurrency != t.unitPrice.currency())
            return fail(tr("All price tiers must use the same currency."));
        tierCurrency = t.unitPrice.currency();
        tierSizes.insert(t.minParticipants);
    }
    QSet<qint64> products;
    for (const CampaignProduct &p : c.products) {
        if (products.contains(p.productId))
            return fail(tr("A product is listed twice in the campaign."));
        if (p.quantityLimit < 0)
            return fail(tr("A quantity limit cannot be negative."));
        products.insert(p.productId);
    }
    if (QSet<qint64>(c.groupIds.cbegin(), c.groupIds.cend()).size() != c.groupIds.size())
        return fail(tr("A group is listed twice in the campaign."));

    SqlTransaction tx(m_database);
    if (!tx.isActive()) {
        m_error = tx.error();
        return false;
    }
    QSqlQuery q(tx.connection());
    const bool explicitId = insert && c.id > 0;
    const QString columns
        = QStringLiteral("name, type, status, starts_at, ends_at, time_zone, recurrence, "
                         "duration_minutes, goal_kind, goal_value, reward_rule, "
                         "announcement_template, notes, details");
    if (insert) {
        q.prepare(
            QStringLiteral("INSERT INTO campaigns (") + columns
            + (explicitId
                   ? QStringLiteral(", id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                   : QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")));
    } else {
        q.prepare(QStringLiteral(
                      "UPDATE campaigns SET name = ?, type = ?, status = ?, starts_at = ?, "
                      "ends_at = ?, time_zone = ?, recurrence = ?, duration_minutes = ?, "
                      "goal_kind = ?, goal_value = ?, reward_rule = ?, announcement_template = ?, "
                      "notes = ?, details = ?, ")
                  + RowStamps::stamp(m_database.dialect()) + QStringLiteral(" WHERE id = ?"));
    }
    q.addBindValue(sql::text(c.name.trimmed()));
    q.addBindValue(enumKey(c.type));
    q.addBindValue(enumKey(c.status));
    q.addBindValue(sql::fromDateTime(c.startsAt));
    q.addBindValue(sql::fromDateTime(c.endsAt));
    q.addBindValue(sql::text(c.timeZone));
    q.addBindValue(sql::text(c.recurrence));
    q.addBindValue(c.durationMinutes);
    q.addBindValue(sql::text(c.goalKind));
    q.addBindValue(c.goalValue);
    q.addBindValue(sql::text(c.details.rewardRuleJson()));
    q.addBindValue(sql::text(c.announcementTemplate));
    q.addBindValue(sql::text(c.notes));
    q.addBindValue(sql::text(c.details.detailsJson()));
    if (!insert || explicitId)
        q.addBindValue(c.id);
    if (!q.exec()) {
        m_error = Database::errorFromSql(q.lastError());
        return false;
    }
    if (!insert && q.numRowsAffected() == 0) {
        m_error = { WorkspaceError::Kind::NotFound, tr("The campaign no longer exists.") };
        return false;
    }
    const qint64 id = insert && !explicitId ? q.lastInsertId().toLongLong() : c.id;
    if (!writeParts(tx.connection(), id, c))
        return false;
    tx.touch(Table::Campaigns);
    if (!tx.commit()) {
        m_error = tx.error();
        return false;
    }
    if (newId)
        *newId = id;
    return true;
}

bool CampaignRepository::remove(const QList<qint64> &ids)
{
    SqlTransaction tx(m_database);
    if (!tx.isActive()) {
        m_error = tx.error();
        return false;
    }
    QSqlQuery q(tx.connection());
    q.prepare(QStringLiteral("DELETE FROM campaigns WHERE id = ?"));
    for (const qint64 id : ids) {
        q.addBindValue(id);
        if (!q.exec()) {
            m_error = Database::errorFromSql(q.lastError());
            return false;
        }
    }
    tx.touch(Table::Campaigns | Table::Orders);
    if (!tx.commit()) {
        m_error = tx.error();
        return false;
    }
    return true;
}

} // namespace cohort
