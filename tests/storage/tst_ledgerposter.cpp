#include "domain/commissioncalculator.h"
#include "storage/database.h"
#include "storage/grouprepository.h"
#include "storage/ledgerposter.h"
#include "storage/ledgerrepository.h"
#include "storage/ledgersettingsrepository.h"
#include "storage/memberrepository.h"
#include "storage/orderrepository.h"
#include "storage/productrepository.h"

#include "testbackends.h"
#include <QSqlQuery>

#include <QTest>

using namespace cohort;

namespace {

const QString Cny = QStringLiteral("CNY");

qint64 sumOf(const Database &db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery q(db.connection());
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return -999999;
    return q.value(0).toLongLong();
}

} // namespace

/// LedgerPoster and LedgerSettingsRepository: order statuses drive rebates, partner commissions
/// and purchase points (credited once, reversed on refund, edit, undo and deletion); activity and
/// referral points accrue once. Amounts are worked out by hand in each test.
class TestLedgerPoster : public QObject
{
    Q_OBJECT

    std::unique_ptr<Database> m_db;
    qint64 m_buyer = 0;
    qint64 m_referrer = 0;
    qint64 m_partner = 0;
    qint64 m_recruiter = 0;
    qint64 m_group = 0;
    qint64 m_otherGroup = 0;
    qint64 m_product = 0;

    qint64 addMember(const QString &name, qint64 referrer = 0)
    {
        Member m;
        m.displayName = name;
        m.referrerId = referrer;
        MemberRepository repo(*m_db);
        if (!repo.insert(m))
            qWarning("%s", qPrintable(repo.lastError().message));
        return m.id;
    }

    Order sample(qint64 group) const
    {
        Order o;
        o.memberId = m_buyer;
        o.productId = m_product;
        o.groupId = group;
        o.quantity = 3;
        o.unitPrice = Money(2550, Cny);
        o.orderedAt = QDateTime(QDate(2026, 6, 1), QTime(20, 5), Qt::UTC);
        return o;
    }

    qint64 net(qint64 beneficiary) const
    {
        return sumOf(*m_db,
                     QStringLiteral("SELECT COALESCE(SUM(amount_minor), 0) FROM commission_ledger "
                                    "WHERE beneficiary_id = ?"),
                     { beneficiary });
    }
    qint64 entryCount() const
    {
        return sumOf(*m_db, QStringLiteral("SELECT COUNT(*) FROM commission_ledger"));
    }
    qint64 points(qint64 member) const { return LedgerRepository(*m_db).pointsBalance(member); }

private Q_SLOTS:
    void initTestCase_data() { cohort::test::addBackendRows(); }
    void init()
    {
        m_db = std::make_unique<Database>();
        COHORT_OPEN_FRESH_WORKSPACE(*m_db);
        m_referrer = addMember(QStringLiteral("王芳"));
        m_buyer = addMember(QStringLiteral("李娜"), m_referrer);
        m_partner = addMember(QStringLiteral("团长 Sam"));
        m_recruiter = addMember(QStringLiteral("Recruiter Ann"));
        QVERIFY(m_buyer > 0 && m_referrer > 0 && m_partner > 0 && m_recruiter > 0);
        GroupRepository groups(*m_db);
        Group g;
        g.name = QStringLiteral("Fruit group");
        QVERIFY(groups.insert(g));
        m_group = g.id;
        Group other;
        other.name = QStringLiteral("Tea group");
        QVERIFY(groups.insert(other));
        m_otherGroup = other.id;
        Product p;
        p.name = QStringLiteral("Tea");
        p.price = Money(2550, Cny);
        QVERIFY(ProductRepository(*m_db).insert(p));
        m_product = p.id;

        LedgerRepository ledger(*m_db);
        PartnerTerms recruiter;
        recruiter.memberId = m_recruiter;
        recruiter.rateBasisPoints = 500;
        recruiter.groupIds = { m_otherGroup };
        QVERIFY(ledger.savePartner(recruiter));
        PartnerTerms partner;
        partner.memberId = m_partner;
        partner.rateBasisPoints = 1000;
        partner.groupIds = { m_group };
        partner.recruiterId = m_recruiter;
        partner.recruiterRateBasisPoints = 200;
        QVERIFY(ledger.savePartner(partner));

        LedgerSettingsRepository settings(*m_db);
        RebateRule global;
        global.kind = RebateRule::Kind::Percentage;
        global.basisPoints = 500;
        QVERIFY(settings.saveRebateRule(global));
        PointsRules rules;
        rules.pointsPerSpendUnit = 1;
        rules.spendUnitMinor = 100;
        rules.pointsPerActiveDay = 2;
        rules.pointsPerReferral = 10;
        QVERIFY(settings.savePointsRules(rules));
    }

    void cleanup() { m_db.reset(); }

    void statusChangesCreditOnceAndReverse()
    {
        OrderRepository orders(*m_db);
        Order o = sample(m_group); // 3 × ¥25.50 = ¥76.50
        QVERIFY2(orders.insert(o), qPrintable(orders.lastError().message));
        QCOMPARE(entryCount(), 0); // placed: nothing earned yet
        QCOMPARE(points(m_buyer), 0);

        QVERIFY(orders.setStatus({ o.id }, OrderStatus::Paid));
        QCOMPARE(net(m_referrer), 383); // 5 % of 7650 = 382.5, half away from zero
        QCOMPARE(net(m_partner), 765); // 10 %
        QCOMPARE(net(m_recruiter), 153); // the recruiter's 2 % on the partner's group
        QCOMPARE(entryCount(), 3);
        QCOMPARE(points(m_buyer), 76); // whole yuan only

        QVERIFY(orders.setStatus({ o.id }, OrderStatus::Paid));
        QVERIFY(orders.setStatus({ o.id }, OrderStatus::Delivered));
        QCOMPARE(entryCount(), 3); // already credited
        QCOMPARE(points(m_buyer), 76);

        QVERIFY(orders.setStatus({ o.id }, OrderStatus::Refunded));
        QCOMPARE(net(m_referrer), 0);
        QCOMPARE(net(m_partner), 0);
        QCOMPARE(net(m_recruiter), 0);
        QCOMPARE(entryCount(), 6);
        QCOMPARE(points(m_buyer), 0);
        QCOMPARE(sumOf(*m_db,
                       QStringLiteral("SELECT COUNT(*) FROM commission_ledger WHERE kind = "
                                      "'reversal' AND amount_minor < 0")),
                 3);

        // Undoing the refund is paying again: credited anew, history kept.
        QVERIFY(orders.setStatus({ o.id }, OrderStatus::Paid));
        QCOMPARE(net(m_referrer) + net(m_partner) + net(m_recruiter), 383 + 765 + 153);
        QCOMPARE(entryCount(), 9);
        QCOMPARE(points(m_buyer), 76);
    }

    void editingAPaidOrderRecreditsTheNewTotal()
    {
        OrderRepository orders(*m_db);
        Order o = sample(m_group);
        o.status = OrderStatus::Paid;
        QVERIFY(orders.insert(o));
        QCOMPARE(net(m_partner), 765);
        o.quantity = 2;
        o.total = Money(5100, Cny);
        QVERIFY(orders.update(o));
        QCOMPARE(net(m_referrer), 255);
        QCOMPARE(net(m_partner), 510);
        QCOMPARE(net(m_recruiter), 102);
        QCOMPARE(points(m_buyer), 51);
        // An edit that changes nothing the ledger depends on appends nothing.
        const qint64 before = entryCount();
        o.notes = QStringLiteral("ring the bell");
        QVERIFY(orders.update(o));
        QCOMPARE(entryCount(), before);
    }

    void deletingAndRestoringKeepsTheBooksBalanced()
    {
        OrderRepository orders(*m_db);
        Order o = sample(m_group);
        o.status = OrderStatus::Paid;
        QVERIFY(orders.insert(o));
        QVERIFY(orders.remove({ o.id }));
        QCOMPARE(net(m_referrer) + net(m_partner) + net(m_recruiter), 0);
        QCOMPARE(entryCount(), 6); // credits and their reversals stay as history
        QCOMPARE(points(m_buyer), 0);
        QVERIFY(orders.restore(o)); // undo of the deletion
        QCOMPARE(net(m_referrer) + net(m_partner) + net(m_recruiter), 383 + 765 + 153);
        QCOMPARE(points(m_buyer), 76);
    }

    void campaignRuleWinsOverTheGlobalOne()
    {
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO campaigns (name, type, status) VALUES "
                                      "('Flash', 'flash_sale', 'active')")));
        const qint64 campaign = q.lastInsertId().toLongLong();
        QVERIFY(campaign > 0);
        LedgerSettingsRepository settings(*m_db);
        RebateRule fixed;
        fixed.kind = RebateRule::Kind::Fixed;
        fixed.fixedAmount = Money(1000, Cny);
        fixed.campaignId = campaign;
        QVERIFY(settings.saveRebateRule(fixed));
        QCOMPARE(settings.rebateRules().size(), 2);

        OrderRepository orders(*m_db);
        Order inCampaign = sample(m_otherGroup);
        inCampaign.campaignId = campaign;
        inCampaign.status = OrderStatus::Paid;
        QVERIFY(orders.insert(inCampaign));
        QCOMPARE(net(m_referrer), 1000);
        QCOMPARE(net(m_recruiter), 383); // recruiter is also a partner of the tea group: 5 %
        QCOMPARE(net(m_partner), 0); // not the partner's group

        QVERIFY(settings.removeRebateRule(campaign));
        QCOMPARE(settings.rebateRules().size(), 1);
        QCOMPARE(settings.rebateRules().first().campaignId, 0);
    }

    void referralDayRewardIsTheCampaignsRebate()
    {
        // The reward entered with a referral-day campaign is its rebate; a rule of the campaign's
        // own in the ledger settings wins over it.
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral(
            "INSERT INTO campaigns (name, type, status, reward_rule) VALUES ('Bring a friend', "
            "'referral_day', 'active', '{\"referrer_rebate_minor\":800,\"currency\":\"CNY\"}')")));
        const qint64 campaign = q.lastInsertId().toLongLong();
        OrderRepository orders(*m_db);
        Order first = sample(m_otherGroup);
        first.campaignId = campaign;
        first.status = OrderStatus::Paid;
        QVERIFY2(orders.insert(first), qPrintable(orders.lastError().message));
        QCOMPARE(net(m_referrer), 800); // not the global 5 % (383)

        RebateRule own;
        own.kind = RebateRule::Kind::Percentage;
        own.basisPoints = 1000;
        own.campaignId = campaign;
        QVERIFY(LedgerSettingsRepository(*m_db).saveRebateRule(own));
        Order second = sample(m_otherGroup);
        second.campaignId = campaign;
        second.status = OrderStatus::Paid;
        QVERIFY(orders.insert(second));
        QCOMPARE(net(m_referrer), 800 + 765);
        // An order outside the campaign earns the global rule.
        Order plain = sample(m_otherGroup);
        plain.status = OrderStatus::Paid;
        QVERIFY(orders.insert(plain));
        QCOMPARE(net(m_referrer), 800 + 765 + 383);
    }

    void anOrderReferrerOverridesTheMembersReferrer()
    {
        OrderRepository orders(*m_db);
        Order o = sample(m_otherGroup);
        o.referrerId = m_partner;
        o.status = OrderStatus::Paid;
        QVERIFY(orders.insert(o));
        QCOMPARE(net(m_partner), 383);
        QCOMPARE(net(m_referrer), 0);
    }

    void activityAndReferralPointsAccrueOnce()
    {
        QSqlQuery q(m_db->connection());
        q.prepare(QStringLiteral("INSERT INTO member_day_activity (group_id, day, member_id, "
                                 "messages) VALUES (?, ?, ?, 1)"));
        // The buyer spoke on days 100 and 101 in one group and day 100 in the other: 2 days.
        const QList<QList<qint64>> rows { { m_group, 100, m_buyer },
                                          { m_group, 101, m_buyer },
                                          { m_otherGroup, 100, m_buyer } };
        for (const QList<qint64> &row : rows) {
            q.addBindValue(row[0]);
            q.addBindValue(row[1]);
            q.addBindValue(row[2]);
            QVERIFY(q.exec());
        }
        LedgerPoster poster(*m_db);
        int members = -1;
        const QDateTime at(QDate(2026, 6, 2), QTime(9, 0), Qt::UTC);
        QVERIFY(poster.accruePoints(at, &members));
        QCOMPARE(members, 2);
        QCOMPARE(points(m_buyer), 4); // 2 days × 2
        QCOMPARE(points(m_referrer), 10); // referred the buyer
        QVERIFY(poster.accruePoints(at, &members));
        QCOMPARE(members, 0);
        QCOMPARE(points(m_buyer), 4);

        q.addBindValue(m_group);
        q.addBindValue(102);
        q.addBindValue(m_buyer);
        QVERIFY(q.exec());
        addMember(QStringLiteral("Second friend"), m_referrer);
        QVERIFY(poster.accruePoints(at, &members));
        QCOMPARE(members, 2);
        QCOMPARE(points(m_buyer), 6);
        QCOMPARE(points(m_referrer), 20);
    }

    void settingsRoundTripAndValidation()
    {
        LedgerSettingsRepository settings(*m_db);
        const PointsRules rules = settings.pointsRules();
        QCOMPARE(rules.pointsPerActiveDay, 2);
        QCOMPARE(rules.pointsPerReferral, 10);
        PointsRules bad;
        bad.pointsPerActiveDay = -1;
        QVERIFY(!settings.savePointsRules(bad));
        QCOMPARE(settings.pointsRules().pointsPerActiveDay, 2);

        MembershipTiers tiers(
            MembershipTiers::Basis::PointsOrSpend,
            { { QStringLiteral("silver"), QStringLiteral("银卡"), 100, Money(10000, Cny) },
              { QStringLiteral("gold"), QStringLiteral("金卡"), 500, Money(50000, Cny) } });
        QVERIFY2(settings.saveTiers(tiers), qPrintable(settings.lastError().message));
        const MembershipTiers loaded = settings.tiers();
        QCOMPARE(loaded.basis(), MembershipTiers::Basis::PointsOrSpend);
        QCOMPARE(loaded.tiers(), tiers.tiers());
        MembershipTiers falling(MembershipTiers::Basis::Points,
                                { { QStringLiteral("a"), QStringLiteral("A"), 500, Money() },
                                  { QStringLiteral("b"), QStringLiteral("B"), 100, Money() } });
        QVERIFY(!settings.saveTiers(falling));
        QCOMPARE(settings.tiers().tiers(), tiers.tiers());
    }

    void markPaidUndoRestoresOnlyWhatItChanged()
    {
        OrderRepository orders(*m_db);
        Order o = sample(m_group);
        o.status = OrderStatus::Paid;
        QVERIFY(orders.insert(o));
        LedgerRepository ledger(*m_db);
        const QList<LedgerEntry> entries = ledger.entriesForOrder(o.id);
        QCOMPARE(entries.size(), 3);
        const QDateTime first(QDate(2026, 6, 3), QTime(8, 0), Qt::UTC);
        QVERIFY(ledger.markPaid({ entries[0].id }, first));
        const QList<qint64> all { entries[0].id, entries[1].id, entries[2].id };
        const QList<qint64> changed = ledger.unpaidAmong(all);
        QCOMPARE(changed, (QList<qint64> { entries[1].id, entries[2].id }));
        QVERIFY(ledger.markPaid(all, first.addDays(1)));
        QVERIFY(ledger.unpaidAmong(all).isEmpty());
        QVERIFY(ledger.markUnpaid(changed));
        QCOMPARE(ledger.unpaidAmong(all), changed);
        QCOMPARE(ledger.entriesForOrder(o.id).first().paidAt, first);
    }
};

QTEST_GUILESS_MAIN(TestLedgerPoster)
#include "tst_ledgerposter.moc"
