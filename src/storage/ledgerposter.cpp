#include "storage/ledgerposter.h"

#include "domain/commissioncalculator.h"
#include "domain/rebatecalculator.h"
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

bool credited(OrderStatus status)
{
    return status == OrderStatus::Paid || status == OrderStatus::Delivered;
}

QHash<qint64, Money> netByBeneficiary(const QList<LedgerEntry> &entries)
{
    QHash<qint64, Money> net;
    for (const LedgerEntry &entry : entries)
        net[entry.beneficiaryId] += entry.amount;
    for (auto it = net.begin(); it != net.end();) {
        if (it->isZero())
            it = net.erase(it);
        else
            ++it;
    }
    return net;
}

/// Partners in an order CommissionCalculator accepts: recruiters before those they recruited.
CommissionCalculator commissionsFrom(const QList<PartnerTerms> &partners)
{
    CommissionCalculator calculator;
    QList<PartnerTerms> pending = partners;
    bool progress = true;
    while (!pending.isEmpty() && progress) {
        progress = false;
        for (qsizetype i = 0; i < pending.size();) {
            const CommissionCalculator::TermsError error = calculator.setPartner(pending.at(i));
            if (error == CommissionCalculator::TermsError::UnknownRecruiter) {
                ++i;
                continue;
            }
            // Terms refused for any other reason earn nothing rather than blocking the order.
            pending.removeAt(i);
            progress = true;
        }
    }
    return calculator;
}

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
    // A campaign's own rule in the ledger settings comes first, then the referral reward entered
    // with a referral-day campaign, then the workspace's global rule (RebateCalculator takes the
    // first rule of an order's campaign, else the global one).
    const QList<RebateRule> stored = LedgerSettingsRepository(m_database).rebateRules();
    QList<RebateRule> rules;
    QSet<qint64> withRule;
    for (const RebateRule &rule : stored) {
        if (rule.campaignId != 0) {
            rules << rule;
            withRule.insert(rule.campaignId);
        }
    }
    const CampaignRepository campaigns(m_database);
    for (const Order &order : orders) {
        if (order.campaignId == 0 || withRule.contains(order.campaignId))
            continue;
        withRule.insert(order.campaignId);
        const auto campaign = campaigns.find(order.campaignId);
        if (!campaign)
            continue;
        const Money &reward = campaign->details.referrerReward;
        if (reward.currency().isEmpty() || reward.minorUnits() <= 0)
            continue;
        RebateRule rule;
        rule.kind = RebateRule::Kind::Fixed;
        rule.fixedAmount = reward;
        rule.campaignId = order.campaignId;
        rules << rule;
    }
    for (const RebateRule &rule : stored) {
        if (rule.campaignId == 0)
            rules << rule;
    }
    return rules;
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
        const LedgerSettingsRepository settings(m_database);
        LedgerRepository ledger(m_database);
        const CommissionCalculator commissions = commissionsFrom(ledger.partners());
        const PointsRules points = settings.pointsRules();
        const OrderRepository orders(m_database);
        const QList<Order> changed = orders.findMany(orderIds);
        const RebateCalculator rebates(rebateRulesFor(changed));

        QList<LedgerEntry> newEntries;
        QList<PointsEntry> newPoints;
        for (const Order &stored : changed) {
            Order order = stored;
            if (order.referrerId == 0)
                order.referrerId = memberReferrer(tx.connection(), order.memberId);
            const bool wanted = !withdrawAll && credited(order.status);
            const QDateTime when = at.isValid() ? at : order.orderedAt;

            QList<LedgerEntry> expected;
            if (wanted) {
                expected = rebates.creditFor(order, when);
                expected << commissions.creditsFor(order, when);
            }
            const QList<LedgerEntry> held = ledger.entriesForOrder(order.id);
            const QHash<qint64, Money> heldNet = netByBeneficiary(held);
            if (heldNet != netByBeneficiary(expected)) {
                if (!heldNet.isEmpty())
                    newEntries << reversalsFor(held, when);
                newEntries << expected;
            }

            bool ok = false;
            const qint64 pointsHeld = purchasePointsHeld(tx.connection(), order.id, &ok);
            if (!ok) {
                m_error = Database::errorFromSql(QSqlQuery(tx.connection()).lastError());
                return false;
            }
            const qint64 pointsWanted = wanted ? points.forPurchase(order.total) : 0;
            if (pointsHeld != pointsWanted) {
                if (pointsHeld != 0)
                    newPoints << PointsEntry { order.memberId, -pointsHeld,
                                               QStringLiteral("refund"), order.id, when };
                if (pointsWanted != 0)
                    newPoints << PointsEntry { order.memberId, pointsWanted,
                                               QStringLiteral("purchase"), order.id, when };
            }
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
        QList<PointsEntry> entries;
        QSet<qint64> credited;
        // Only what is newly due is credited: lowering a rule later takes back nothing already
        // earned.
        for (auto it = activeDays.cbegin(); it != activeDays.cend(); ++it) {
            const qint64 due = rules.forActiveDays(it.value()) - activityHeld.value(it.key());
            if (due > 0) {
                entries << PointsEntry { it.key(), due, QStringLiteral("activity"), 0, at };
                credited.insert(it.key());
            }
        }
        for (auto it = referrals.cbegin(); it != referrals.cend(); ++it) {
            const qint64 due = rules.forReferrals(it.value()) - referralHeld.value(it.key());
            if (due > 0) {
                entries << PointsEntry { it.key(), due, QStringLiteral("referral"), 0, at };
                credited.insert(it.key());
            }
        }
        std::sort(entries.begin(), entries.end(), [](const PointsEntry &a, const PointsEntry &b) {
            return a.memberId != b.memberId ? a.memberId < b.memberId : a.reason < b.reason;
        });
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
