#include "domain/membershiptiers.h"
#include "domain/pointsrules.h"

#include <QTest>

using namespace cohort;

namespace {

Money cny(qint64 yuan)
{
    return Money::fromMajor(yuan, QStringLiteral("CNY"));
}

MembershipTiers tiers(MembershipTiers::Basis basis)
{
    return MembershipTiers(basis,
                           { { QStringLiteral("bronze"), QStringLiteral("Bronze"), 0, cny(0) },
                             { QStringLiteral("silver"), QStringLiteral("Silver"), 500, cny(1000) },
                             { QStringLiteral("gold"), QStringLiteral("Gold"), 2000, cny(5000) } });
}

} // namespace

/// PointsRules and MembershipTiers.
class TestPointsAndTiers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void points()
    {
        PointsRules rules;
        rules.pointsPerActiveDay = 2;
        rules.pointsPerSpendUnit = 1;
        rules.spendUnitMinor = 100;
        rules.pointsPerReferral = 50;
        QCOMPARE(rules.forActiveDays(7), qint64(14));
        QCOMPARE(rules.forActiveDays(-1), qint64(0));
        QCOMPARE(rules.forPurchase(Money(999, QStringLiteral("CNY"))), qint64(9));
        QCOMPARE(rules.forPurchase(Money(99, QStringLiteral("CNY"))), qint64(0));
        QCOMPARE(rules.forPurchase(Money(-500, QStringLiteral("CNY"))), qint64(0));
        QCOMPARE(rules.forReferrals(3), qint64(150));
        rules.pointsPerSpendUnit = 3;
        rules.spendUnitMinor = 1000; // 3 points per ¥10
        QCOMPARE(rules.forPurchase(cny(95)), qint64(27));
        const QDateTime at(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC);
        const auto purchase = rules.purchaseEntry(7, 42, cny(95), at);
        const auto refund = rules.refundEntry(7, 42, cny(95), at);
        QCOMPARE(purchase.points + refund.points, qint64(0));
        QCOMPARE(purchase.reason, QStringLiteral("purchase"));
        QCOMPARE(refund.reason, QStringLiteral("refund"));
        QCOMPARE(refund.orderId, qint64(42));
        rules.spendUnitMinor = 0;
        QCOMPARE(rules.forPurchase(cny(95)), qint64(0));
    }

    void tierFor_data()
    {
        QTest::addColumn<int>("basis");
        QTest::addColumn<qint64>("points");
        QTest::addColumn<qint64>("spendYuan");
        QTest::addColumn<QString>("tier");
        using B = MembershipTiers::Basis;
        QTest::newRow("points: start")
            << int(B::Points) << qint64(0) << qint64(99999) << QStringLiteral("bronze");
        QTest::newRow("points: threshold")
            << int(B::Points) << qint64(500) << qint64(0) << QStringLiteral("silver");
        QTest::newRow("points: just below")
            << int(B::Points) << qint64(1999) << qint64(0) << QStringLiteral("silver");
        QTest::newRow("points: gold")
            << int(B::Points) << qint64(2000) << qint64(0) << QStringLiteral("gold");
        QTest::newRow("spend: ignores points")
            << int(B::Spend) << qint64(5000) << qint64(999) << QStringLiteral("bronze");
        QTest::newRow("spend: silver")
            << int(B::Spend) << qint64(0) << qint64(1000) << QStringLiteral("silver");
        QTest::newRow("spend: gold")
            << int(B::Spend) << qint64(0) << qint64(5000) << QStringLiteral("gold");
        QTest::newRow("either: spend lifts")
            << int(B::PointsOrSpend) << qint64(10) << qint64(5000) << QStringLiteral("gold");
        QTest::newRow("either: points lift")
            << int(B::PointsOrSpend) << qint64(600) << qint64(0) << QStringLiteral("silver");
    }
    void tierFor()
    {
        QFETCH(int, basis);
        QFETCH(qint64, points);
        QFETCH(qint64, spendYuan);
        QFETCH(QString, tier);
        const auto t = tiers(MembershipTiers::Basis(basis));
        QVERIFY(t.validate().isEmpty());
        QCOMPARE(t.tierFor(points, cny(spendYuan))->key, tier);
    }

    void belowFirstTier()
    {
        MembershipTiers t(MembershipTiers::Basis::Points,
                          { { QStringLiteral("vip"), QStringLiteral("VIP"), 100, Money() } });
        QVERIFY(!t.tierFor(99, cny(0)).has_value());
        QCOMPARE(t.tierFor(100, cny(0))->name, QStringLiteral("VIP"));
        QVERIFY(!MembershipTiers().tierFor(1000, cny(1000)).has_value());
    }

    void validation()
    {
        MembershipTiers bad(MembershipTiers::Basis::Points,
                            { { QStringLiteral("a"), QStringLiteral("A"), 100, Money() },
                              { QStringLiteral("a"), QStringLiteral("B"), 100, Money() },
                              { QString(), QStringLiteral("C"), 300, Money() } });
        QCOMPARE(bad.validate().size(), 3); // duplicate key, not rising, empty key
        MembershipTiers spend(MembershipTiers::Basis::Spend,
                              { { QStringLiteral("a"), QStringLiteral("A"), 0, cny(10) },
                                { QStringLiteral("b"), QStringLiteral("B"), 0, cny(5) } });
        QCOMPARE(spend.validate().size(), 1);
        MembershipTiers currencies(MembershipTiers::Basis::Spend,
                                   { { QStringLiteral("a"), QStringLiteral("A"), 0, cny(10) },
                                     { QStringLiteral("b"), QStringLiteral("B"), 0,
                                       Money::fromMajor(20, QStringLiteral("USD")) } });
        QCOMPARE(currencies.validate().size(), 1);
    }
};

QTEST_APPLESS_MAIN(TestPointsAndTiers)
#include "tst_pointsandtiers.moc"
