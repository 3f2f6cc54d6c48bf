#include "storage/ledgerposter.h"

#include "domain/ledgerpostingrules.h"
#include "storage/campaignrepository.h"
#include "storage/checkedquery.h"
#include "storage/database.h"
#include "storage/ledgerrepository.h"
#include "storage/ledgersettingsrepository.h"
#include "storage/orderrepository.h"
#include "storage/sqltransaction.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace cohort {

namespace {

qint64 memberReferrer(const QSqlDatabase &db, qint64 memberId)
{
    CheckedQuery q(db, QStringLiteral("SELECT referrer_id FROM members WHERE id = ?"));
    if (q.bind(memberId).exec().next())
        return q.value(0).toLongLong();
    return 0;
}

qint64 purchasePointsHeld(const QSqlDatabase &db, qint64 orderId, bool *ok)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT COALESCE(SUM(points), 0) FROM points_ledger WHERE "
                             "order_id = ? AND reason IN ('purchase', 'refund')"));
    q.addBindValue(orderId);
    *ok = q.exec() && q.next();
    return *ok ? q.value(0).toLongLong() : 0;
}

} // namespace

QList<RebateRule> LedgerPoster::rebateRulesFor(const QList<Order> &orders) const
{
    // The referral reward entered with a referral-day campaign counts as that campaign's rule.
    QHash<qint64, Money> rewards;
    const CampaignRepository campaigns(m_database);
    for (const Order &order : orders) {
        if (order.campaignId == 0 || rewards.contains(order.campaignId))
            continue;
        const auto campaign = campaigns.find(order.campaignId);
        rewards.insert(order.campaignId, campaign ? campaign->details.referrerReward : Money());
    }
    return LedgerPostingRules::rebateRulesInForce(
        LedgerSettingsRepository(m_database).rebateRules(), rewards);
}

bool LedgerPoster::sync(const QList<qint64> &orderIds, const QDateTime &at)
{
    return post(orderIds, at, false);
}

bool LedgerPoster::withdraw(const QList<qint64> &orderIds, const QDateTime &at)
{
    return post(orderIds, at, true);
}

bool LedgerPoster::post(const QList<qint64> &orderIds, const QDateTime &at, bool withdrawAll)
{
    return catchQueryError(m_error, [&] {
        m_error = WorkspaceError();
        if (orderIds.isEmpty())
            return true;
        SqlTransaction tx(m_database);
        if (!tx.isActive()) {
            m_error = tx.error();
            return false;
        }
        LedgerRepository ledger(m_database);
        const OrderRepository orders(m_database);
        const QList<Order> changed = orders.findMany(orderIds);
        const LedgerPostingRules rules(rebateRulesFor(changed), ledger.partners(),
                                       LedgerSettingsRepository(m_database).pointsRules());

        QList<LedgerEntry> newEntries;
        QList<PointsEntry> newPoints;
        for (const Order &stored : changed) {
            Order order = stored;
            if (order.referrerId == 0)
                order.referrerId = memberReferrer(tx.connection(), order.memberId);
            LedgerPostingRules::Held held;
            held.entries = ledger.entriesForOrder(order.id);
            bool ok = false;
            held.purchasePoints = purchasePointsHeld(tx.connection(), order.id, &ok);
            if (!ok) {
                m_error = Database::errorFromSql(QSqlQuery(tx.connection()).lastError());
                return false;
            }
            const LedgerPostingRules::Postings postings
                = rules.post(order, held, at.isValid() ? at : order.orderedAt, withdrawAll);
            newEntries << postings.entries;
            newPoints << postings.points;
        }
        if (!newEntries.isEmpty() && !ledger.append(newEntries)) {
            m_error = ledger.lastError();
            return false;
        }
        if (!newPoints.isEmpty() && !ledger.appendPoints(newPoints)) {
            m_error = ledger.lastError();
            return false;
        }
        if (!tx.commit()) {
            m_error = tx.error();
            return false;
        }
        return true;
    });
}

bool LedgerPoster::accruePoints(const QDateTime &at, int *members)
{
    return catchQueryError(m_error, [&] {
        m_error = WorkspaceError();
        if (members)
            *members = 0;
        SqlTransaction tx(m_database);
        if (!tx.isActive()) {
            m_error = tx.error();
            return false;
        }
        const PointsRules rules = LedgerSettingsRepository(m_database).pointsRules();
        // One pass per source, grouped, so 200,000 members need no query per member.
        QHash<qint64, qint64> activeDays;
        QHash<qint64, qint64> referrals;
        QHash<qint64, qint64> activityHeld;
        QHash<qint64, qint64> referralHeld;
        const auto load = [&](const QString &sql, QHash<qint64, qint64> &into) {
            CheckedQuery q(tx.connection(), sql);
            q.exec();
            while (q.next())
                into.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
        };
        load(QStringLiteral("SELECT member_id, COUNT(DISTINCT day) FROM member_day_activity "
                            "GROUP BY member_id"),
             activeDays);
        load(QStringLiteral("SELECT referrer_id, COUNT(*) FROM members WHERE referrer_id IS "
                            "NOT NULL AND referrer_id <> id GROUP BY referrer_id"),
             referrals);
        load(QStringLiteral("SELECT member_id, SUM(points) FROM points_ledger WHERE reason = "
                            "'activity' GROUP BY member_id"),
             activityHeld);
        load(QStringLiteral("SELECT member_id, SUM(points) FROM points_ledger WHERE reason = "
                            "'referral' GROUP BY member_id"),
             referralHeld);
        QList<PointsEntry> entries = LedgerPostingRules::accruals(rules, activeDays, referrals,
                                                                  activityHeld, referralHeld, at);
        QSet<qint64> credited;
        for (const PointsEntry &entry : entries)
            credited.insert(entry.memberId);
        LedgerRepository ledger(m_database);
        if (!entries.isEmpty() && !ledger.appendPoints(entries)) {
            m_error = ledger.lastError();
            return false;
        }
        if (!tx.commit()) {
            m_error = tx.error();
            return false;
        }
        if (members)
            *members = int(credited.size());
        return true;
    });
}

} // namespace cohort
