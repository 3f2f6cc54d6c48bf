#include "domain/ledgerpostingrules.h"

#include <QTest>

using namespace cohort;

namespace {

const QString Cny = QStringLiteral("CNY");
const QDateTime Monday(QDate(2024, 5, 6), QTime(12, 0), Qt::UTC);
const QDateTime Tuesday(QDate(2024, 5, 7), QTime(12, 0), Qt::UTC);

/// Buyer 1 referred by member 2, in group 7 whose partner is member 3 (recruited by member 4).
Order order(OrderStatus status, qint64 totalMinor)
{
    Order o;
    o.id = 50;
    o.memberId = 1;
    o.referrerId = 2;
    o.groupId = 7;
    o.total = Money(totalMinor, Cny);
    o.status = status;
    return o;
}

LedgerPostingRules rules()
{
    RebateRule fivePercent;
    fivePercent.basisPoints = 500;
    // The recruited partner is listed first: the rules must still register the recruiter first.
    PartnerTerms partner { 3, 1000, { 7 }, 4, 200 };
    PartnerTerms recruiter { 4, 300, { 8 }, 0, 0 };
    PointsRules points;
    points.pointsPerSpendUnit = 1;
    return LedgerPostingRules({ fivePercent }, { partner, recruiter }, points);
}

qint64 netFor(const QList<LedgerEntry> &entries, qint64 beneficiary)
{
    qint64 sum = 0;
    for (const LedgerEntry &e : entries) {
        if (e.beneficiaryId == beneficiary)
            sum += e.amount.minorUnits();
    }
    return sum;
}

} // namespace

/// LedgerPostingRules: what an order carries for its status, computed without a database
/// (LedgerPoster's tests cover the same rules through SQL).
class TestLedgerPostingRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void paidOrderEarnsRebateCommissionsAndPoints()
    {
        const auto postings = rules().post(order(OrderStatus::Paid, 19990), {}, Monday, false);
        QCOMPARE(netFor(postings.entries, 2), qint64(1000)); // 5 % of 199.90, rounded half up
        QCOMPARE(netFor(postings.entries, 3), qint64(1999)); // partner 10 %
        QCOMPARE(netFor(postings.entries, 4), qint64(400)); // recruiter 2 % on the same order
        QCOMPARE(postings.points.size(), 1);
        QCOMPARE(postings.points.first(),
                 (PointsEntry { 1, 199, QStringLiteral("purchase"), 50, Monday }));
    }

    void whatIsHeldIsNotPostedAgain()
    {
        const LedgerPostingRules r = rules();
        const Order paid = order(OrderStatus::Delivered, 19990);
        const auto first = r.post(paid, {}, Monday, false);
        const auto again = r.post(paid, { first.entries, 199 }, Tuesday, false);
        QVERIFY(again.entries.isEmpty());
        QVERIFY(again.points.isEmpty());
    }

    void refundOrWithdrawalReversesEverything_data()
    {
        QTest::addColumn<bool>("withdraw");
        QTest::newRow("refunded") << false;
        QTest::newRow("withdrawn") << true;
    }
    void refundOrWithdrawalReversesEverything()
    {
        QFETCH(bool, withdraw);
        const LedgerPostingRules r = rules();
        const auto credited = r.post(order(OrderStatus::Paid, 19990), {}, Monday, false);
        const Order now = order(withdraw ? OrderStatus::Paid : OrderStatus::Refunded, 19990);
        const auto back = r.post(now, { credited.entries, 199 }, Tuesday, withdraw);
        for (const qint64 member : { 2, 3, 4 })
            QCOMPARE(netFor(credited.entries + back.entries, member), qint64(0));
        for (const LedgerEntry &e : back.entries) {
            QCOMPARE(e.kind, LedgerKind::Reversal);
            QCOMPARE(e.at, Tuesday);
        }
        QCOMPARE(back.points.size(), 1);
        QCOMPARE(back.points.first(),
                 (PointsEntry { 1, -199, QStringLiteral("refund"), 50, Tuesday }));
    }

    void editedTotalIsReversedAndCreditedAnew()
    {
        const LedgerPostingRules r = rules();
        const auto credited = r.post(order(OrderStatus::Paid, 10000), {}, Monday, false);
        const auto edited
            = r.post(order(OrderStatus::Paid, 20000), { credited.entries, 100 }, Tuesday, false);
        const QList<LedgerEntry> all = credited.entries + edited.entries;
        QCOMPARE(netFor(all, 2), qint64(1000));
        QCOMPARE(netFor(all, 3), qint64(2000));
        QCOMPARE(edited.points.size(), 2); // the old purchase points back, the new ones in
        QCOMPARE(edited.points.at(0).points + edited.points.at(1).points, qint64(100));
    }

    void unpaidOrderEarnsNothing()
    {
        const auto postings = rules().post(order(OrderStatus::Placed, 19990), {}, Monday, false);
        QVERIFY(postings.entries.isEmpty());
        QVERIFY(postings.points.isEmpty());
    }

    void rebateRulesInForceOrder()
    {
        RebateRule global;
        global.basisPoints = 100;
        RebateRule ownRule;
        ownRule.basisPoints = 700;
        ownRule.campaignId = 11;
        const QHash<qint64, Money> rewards { { 11, Money(500, Cny) }, // has its own rule
                                             { 12, Money(300, Cny) },
                                             { 13, Money() } }; // no reward entered
        const QList<RebateRule> inForce
            = LedgerPostingRules::rebateRulesInForce({ global, ownRule }, rewards);
        QCOMPARE(inForce.size(), 3);
        QCOMPARE(inForce.at(0).campaignId, qint64(11));
        QCOMPARE(inForce.at(0).basisPoints, qint64(700));
        QCOMPARE(inForce.at(1).campaignId, qint64(12));
        QCOMPARE(inForce.at(1).kind, RebateRule::Kind::Fixed);
        QCOMPARE(inForce.at(1).fixedAmount, Money(300, Cny));
        QCOMPARE(inForce.at(2).campaignId, qint64(0));
    }

    void accrualsCreditOnlyWhatIsNewlyDue()
    {
        PointsRules points;
        points.pointsPerActiveDay = 2;
        points.pointsPerReferral = 10;
        const QList<PointsEntry> due = LedgerPostingRules::accruals(
            points, { { 5, 3 }, { 1, 4 } }, { { 5, 2 } }, { { 1, 8 } }, { { 5, 5 } }, Monday);
        QCOMPARE(due.size(), 2); // member 1 already holds its 8 activity points
        QCOMPARE(due.at(0), (PointsEntry { 5, 6, QStringLiteral("activity"), 0, Monday }));
        QCOMPARE(due.at(1), (PointsEntry { 5, 15, QStringLiteral("referral"), 0, Monday }));
    }
};

QTEST_GUILESS_MAIN(TestLedgerPostingRules)
#include "tst_ledgerpostingrules.moc"
