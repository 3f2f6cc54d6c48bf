#include "domain/tierpricing.h"

#include <QTest>

Q_DECLARE_METATYPE(cohort::PriceTier)

using cohort::Money;
using cohort::PriceTier;
using cohort::TierPricing;

namespace {

Money cny(qint64 yuan)
{
    return Money::fromMajor(yuan, QStringLiteral("CNY"));
}

/// 2 people 90 each, 3 people 85, 5 people 75 (DOMAIN.md §4), deliberately unsorted.
QList<PriceTier> giftPack()
{
    return { { 3, cny(85) }, { 2, cny(90) }, { 5, cny(75) } };
}

} // namespace

/// TierPricing: price lookup, validation and refunds to earlier buyers.
class TestTierPricing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void unitPrice_data()
    {
        QTest::addColumn<int>("participants");
        QTest::addColumn<qint64>("yuan");
        QTest::newRow("below first tier pays entry price") << 1 << qint64(90);
        QTest::newRow("two") << 2 << qint64(90);
        QTest::newRow("three") << 3 << qint64(85);
        QTest::newRow("four stays at three's price") << 4 << qint64(85);
        QTest::newRow("five") << 5 << qint64(75);
        QTest::newRow("many") << 500 << qint64(75);
    }
    void unitPrice()
    {
        QFETCH(int, participants);
        QFETCH(qint64, yuan);
        const TierPricing pricing(giftPack());
        QVERIFY(pricing.isValid());
        QCOMPARE(pricing.unitPrice(participants), std::optional<Money>(cny(yuan)));
    }

    void tierAndNextTier()
    {
        const TierPricing pricing(giftPack());
        QVERIFY(!pricing.tierFor(1).has_value());
        QCOMPARE(pricing.tierFor(4)->minParticipants, 3);
        QCOMPARE(pricing.nextTier(1)->minParticipants, 2);
        QCOMPARE(pricing.nextTier(3)->minParticipants, 5);
        QVERIFY(!pricing.nextTier(5).has_value());
        QCOMPARE(pricing.tiers().first().minParticipants, 2);
        QVERIFY(!TierPricing({}).unitPrice(3).has_value());
    }

    void validate_data()
    {
        using Kind = TierPricing::ProblemKind;
        QTest::addColumn<QList<PriceTier>>("tiers");
        QTest::addColumn<int>("kind"); // -1 = valid
        QTest::addColumn<int>("index");
        QTest::newRow("valid") << giftPack() << -1 << -1;
        QTest::newRow("single tier") << QList<PriceTier> { { 1, cny(10) } } << -1 << -1;
        QTest::newRow("empty") << QList<PriceTier> {} << int(Kind::NoTiers) << -1;
        QTest::newRow("zero people")
            << QList<PriceTier> { { 0, cny(10) } } << int(Kind::NonPositiveThreshold) << 0;
        QTest::newRow("duplicate") << QList<PriceTier> { { 2, cny(90) }, { 2, cny(80) } }
                                   << int(Kind::DuplicateThreshold) << 1;
        QTest::newRow("zero price")
            << QList<PriceTier> { { 2, cny(0) } } << int(Kind::NonPositivePrice) << 0;
        QTest::newRow("negative price")
            << QList<PriceTier> { { 2, Money(-1, QStringLiteral("CNY")) } }
            << int(Kind::NonPositivePrice) << 0;
        QTest::newRow("mixed currency")
            << QList<PriceTier> { { 2, cny(90) },
                                  { 3, Money::fromMajor(12, QStringLiteral("USD")) } }
            << int(Kind::MixedCurrency) << 1;
        QTest::newRow("rising price")
            << QList<PriceTier> { { 2, cny(90) }, { 5, cny(95) }, { 3, cny(85) } }
            << int(Kind::PriceNotFalling) << 1;
        QTest::newRow("equal price") << QList<PriceTier> { { 2, cny(90) }, { 3, cny(90) } }
                                     << int(Kind::PriceNotFalling) << 1;
    }
    void validate()
    {
        QFETCH(QList<PriceTier>, tiers);
        QFETCH(int, kind);
        QFETCH(int, index);
        const auto problems = TierPricing::validate(tiers);
        if (kind < 0) {
            QVERIFY(problems.isEmpty());
            return;
        }
        QCOMPARE(problems.size(), 1);
        QCOMPARE(int(problems.first().kind), kind);
        QCOMPARE(problems.first().tierIndex, index);
        QVERIFY(!TierPricing::describe(problems.first()).isEmpty());
    }

    void refundsWhenCheaperTierReached()
    {
        const TierPricing pricing(giftPack());
        // Two buyers at 90, the third at 85: both earlier buyers are owed 5 per unit.
        const QList<TierPricing::Purchase> purchases { { 1, 1, cny(90) },
                                                       { 2, 2, cny(90) },
                                                       { 3, 1, cny(85) } };
        const auto atThree = pricing.refunds(purchases, 3);
        QCOMPARE(atThree.size(), 2);
        QCOMPARE(atThree.at(0), (TierPricing::Refund { 1, cny(5) }));
        QCOMPARE(atThree.at(1), (TierPricing::Refund { 2, cny(10) }));
        // At five people everyone is owed the difference to 75.
        const auto atFive = pricing.refunds(purchases, 5);
        QCOMPARE(atFive.size(), 3);
        QCOMPARE(atFive.at(0).amount, cny(15));
        QCOMPARE(atFive.at(1).amount, cny(30));
        QCOMPARE(atFive.at(2).amount, cny(10));
        // Nobody is owed anything while the tier has not dropped.
        QVERIFY(pricing.refunds(purchases, 2).isEmpty());
    }

    void refundsAreExactInMinorUnits()
    {
        const TierPricing pricing({ { 1, Money(9999, QStringLiteral("CNY")) },
                                    { 4, Money(6667, QStringLiteral("CNY")) } });
        const auto refunds = pricing.refunds({ { 7, 3, Money(9999, QStringLiteral("CNY")) } }, 4);
        QCOMPARE(refunds.size(), 1);
        QCOMPARE(refunds.first().amount.minorUnits(), qint64(3 * 3332));
    }
};

QTEST_APPLESS_MAIN(TestTierPricing)
#include "tst_tierpricing.moc"
