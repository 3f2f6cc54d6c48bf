#include "domain/rebatecalculator.h"

#include <QTest>

using namespace cohort;

namespace {

Order order(qint64 id, qint64 member, qint64 referrer, qint64 totalMinor, qint64 campaign = 0)
{
    Order o;
    o.id = id;
    o.memberId = member;
    o.referrerId = referrer;
    o.campaignId = campaign;
    o.total = Money(totalMinor, QStringLiteral("CNY"));
    return o;
}

OrderEvent paid(const Order &o)
{
    return { OrderEvent::Kind::Paid, o, QDateTime(QDate(2024, 5, 1), QTime(12, 0), Qt::UTC) };
}

OrderEvent refunded(const Order &o)
{
    return { OrderEvent::Kind::Refunded, o, QDateTime(QDate(2024, 5, 2), QTime(12, 0), Qt::UTC) };
}

RebateRule percent(qint64 bp, qint64 campaign = 0)
{
    RebateRule r;
    r.kind = RebateRule::Kind::Percentage;
    r.basisPoints = bp;
    r.campaignId = campaign;
    return r;
}

RebateRule fixed(qint64 minor, qint64 campaign = 0)
{
    RebateRule r;
    r.kind = RebateRule::Kind::Fixed;
    r.fixedAmount = Money(minor, QStringLiteral("CNY"));
    r.campaignId = campaign;
    return r;
}

} // namespace

Q_DECLARE_METATYPE(cohort::RebateRule)

/// RebateCalculator: referral rebates, rounding and reversals.
class TestRebateCalculator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void amount_data()
    {
        QTest::addColumn<RebateRule>("rule");
        QTest::addColumn<qint64>("total");
        QTest::addColumn<qint64>("rebate");
        QTest::newRow("5 % of 90.00") << percent(500) << qint64(9000) << qint64(450);
        // 3 % of 0.50 = 1.5 fen: half away from zero gives 2.
        QTest::newRow("half rounds up") << percent(300) << qint64(50) << qint64(2);
        // 3 % of 0.49 = 1.47 fen -> 1.
        QTest::newRow("below half rounds down") << percent(300) << qint64(49) << qint64(1);
        QTest::newRow("12.34 % of 1234.56") << percent(1234) << qint64(123456) << qint64(15234);
        QTest::newRow("fixed 5.00") << fixed(500) << qint64(9000) << qint64(500);
        QTest::newRow("tiny percent earns nothing") << percent(1) << qint64(49) << qint64(0);
    }
    void amount()
    {
        QFETCH(RebateRule, rule);
        QFETCH(qint64, total);
        QFETCH(qint64, rebate);
        RebateCalculator calc({ rule });
        const auto entries = calc.process(paid(order(1, 10, 20, total)));
        if (rebate == 0) {
            QVERIFY(entries.isEmpty());
            return;
        }
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().kind, LedgerKind::Rebate);
        QCOMPARE(entries.first().beneficiaryId, qint64(20));
        QCOMPARE(entries.first().orderId, qint64(1));
        QCOMPARE(entries.first().amount, Money(rebate, QStringLiteral("CNY")));
    }

    void campaignRuleOverridesGlobal()
    {
        RebateCalculator calc({ percent(500), fixed(800, 7) });
        QCOMPARE(calc.ruleFor(7)->kind, RebateRule::Kind::Fixed);
        QCOMPARE(calc.ruleFor(8)->kind, RebateRule::Kind::Percentage);
        QCOMPARE(calc.process(paid(order(1, 10, 20, 10000, 7))).first().amount.minorUnits(), 800);
        QCOMPARE(calc.process(paid(order(2, 10, 20, 10000, 8))).first().amount.minorUnits(), 500);
        RebateCalculator campaignOnly({ fixed(800, 7) });
        QVERIFY(campaignOnly.process(paid(order(3, 10, 20, 10000, 8))).isEmpty());
    }

    void noReferrerNoRebate()
    {
        RebateCalculator calc({ percent(500) });
        QVERIFY(calc.process(paid(order(1, 10, 0, 10000))).isEmpty());
        // Referring yourself earns nothing.
        QVERIFY(calc.process(paid(order(2, 10, 10, 10000))).isEmpty());
    }

    void refundReversesExactly()
    {
        RebateCalculator calc({ percent(333) });
        const Order o = order(5, 10, 20, 9999);
        const auto credit = calc.process(paid(o));
        QCOMPARE(credit.first().amount.minorUnits(), qint64(333)); // 332.97 -> 333
        // Paid reported twice: credited once.
        QVERIFY(calc.process(paid(o)).isEmpty());
        const auto reversal = calc.process(refunded(o));
        QCOMPARE(reversal.size(), 1);
        QCOMPARE(reversal.first().kind, LedgerKind::Reversal);
        QCOMPARE(reversal.first().beneficiaryId, qint64(20));
        QCOMPARE(reversal.first().amount, Money(-333, QStringLiteral("CNY")));
        // A second refund takes nothing more back.
        QVERIFY(calc.process(refunded(o)).isEmpty());
        // Paid again after the refund earns again.
        QCOMPARE(calc.process(paid(o)).size(), 1);
        // A refund of an order never credited produces nothing.
        QVERIFY(calc.process(refunded(order(6, 10, 20, 100))).isEmpty());
    }

    void ledgerNetsToZeroOverManyOrders()
    {
        RebateCalculator calc({ percent(750) });
        Money net(0, QStringLiteral("CNY"));
        Money credited(0, QStringLiteral("CNY"));
        for (qint64 id = 1; id <= 200; ++id) {
            const Order o = order(id, 10, 20, id * 37 + 1);
            for (const auto &e : calc.process(paid(o))) {
                net += e.amount;
                credited += e.amount;
            }
            if (id % 2 == 0) {
                for (const auto &e : calc.process(refunded(o)))
                    net += e.amount;
            }
        }
        Money expected(0, QStringLiteral("CNY"));
        for (qint64 id = 1; id <= 200; id += 2)
            expected += Money(id * 37 + 1, QStringLiteral("CNY")).percentBasisPoints(750);
        QCOMPARE(net, expected);
        QVERIFY(credited > net);
    }

    void kindKeys()
    {
        for (const auto kind : { LedgerKind::Rebate, LedgerKind::Commission,
                                 LedgerKind::RecruiterCommission, LedgerKind::Reversal })
            QCOMPARE(ledgerKindFromKey(ledgerKindKey(kind)), kind);
        QCOMPARE(ledgerKindKey(LedgerKind::RecruiterCommission),
                 QStringLiteral("recruiter_commission"));
        QVERIFY(!ledgerKindFromKey(QStringLiteral("bonus")).has_value());
    }
};

QTEST_APPLESS_MAIN(TestRebateCalculator)
#include "tst_rebatecalculator.moc"
