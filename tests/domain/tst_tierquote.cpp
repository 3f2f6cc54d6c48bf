#include "domain/orderstatusflow.h"
#include "domain/tierquote.h"

#include <QTest>

using namespace cohort;

namespace {

Money cny(qint64 yuan)
{
    return Money::fromMajor(yuan, QStringLiteral("CNY"));
}

Order order(qint64 id, qint64 member, qint64 yuan, int quantity = 1,
            OrderStatus status = OrderStatus::Paid)
{
    Order o;
    o.id = id;
    o.memberId = member;
    o.quantity = quantity;
    o.unitPrice = cny(yuan);
    o.status = status;
    return o;
}

/// 2 people 90 each, 3 people 85, 5 people 75 (DOMAIN.md §4).
const QList<PriceTier> Tiers { { 2, cny(90) }, { 3, cny(85) }, { 5, cny(75) } };

} // namespace

/// TierQuote (the entry dialog's price of a tiered campaign) and OrderStatusFlow.
class TestTierQuote : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firstBuyerPaysEntryPrice()
    {
        Order fresh;
        fresh.memberId = 7;
        const TierQuote quote = TierQuote::make(Tiers, {}, fresh);
        QCOMPARE(quote.participants(), 1);
        QVERIFY(!quote.tier());
        QCOMPARE(quote.tierNumber(), 0);
        QCOMPARE(*quote.unitPrice(), cny(90));
        QCOMPARE(quote.nextTier()->minParticipants, 2);
        QVERIFY(quote.refunds().isEmpty());
    }

    void reachingALowerTierOwesRefunds()
    {
        // Two buyers paid 90; a third buyer reaches 85: each earlier unit is owed 5.
        const QList<Order> earlier { order(1, 10, 90, 2), order(2, 11, 90) };
        Order fresh;
        fresh.memberId = 12;
        const TierQuote quote = TierQuote::make(Tiers, earlier, fresh);
        QCOMPARE(quote.participants(), 3);
        QCOMPARE(quote.tierNumber(), 2);
        QCOMPARE(*quote.unitPrice(), cny(85));
        QCOMPARE(quote.refunds().size(), 2);
        QCOMPARE(quote.refunds().at(0).amount, cny(10));
        QCOMPARE(quote.refundTotal(), cny(15));
        QCOMPARE(quote.nextTier()->unitPrice, cny(75));
    }

    void repeatBuyerAndRefundedOrdersDoNotCount()
    {
        const QList<Order> earlier { order(1, 10, 90), order(2, 11, 90),
                                     order(3, 12, 85, 1, OrderStatus::Refunded) };
        Order again;
        again.memberId = 10; // already a participant
        const TierQuote quote = TierQuote::make(Tiers, earlier, again);
        QCOMPARE(quote.participants(), 2);
        QCOMPARE(*quote.unitPrice(), cny(90));
        QVERIFY(quote.refunds().isEmpty());
    }

    void editedOrderIsNotItsOwnPredecessor()
    {
        const QList<Order> orders { order(1, 10, 90), order(2, 11, 90), order(3, 12, 85) };
        const TierQuote quote = TierQuote::make(Tiers, orders, orders.at(2));
        QCOMPARE(quote.participants(), 3);
        QCOMPARE(quote.refunds().size(), 2); // orders 1 and 2, not 3 itself
    }

    void noMemberYet()
    {
        const TierQuote quote = TierQuote::make(Tiers, {}, Order());
        QCOMPARE(quote.participants(), 0);
        QCOMPARE(*quote.unitPrice(), cny(90));
    }

    void statusFlow_data()
    {
        QTest::addColumn<int>("from");
        QTest::addColumn<int>("to");
        QTest::addColumn<bool>("allowed");
        const auto row = [](OrderStatus from, OrderStatus to, bool allowed) {
            QTest::addRow("%s->%s", qPrintable(enumKey(from)), qPrintable(enumKey(to)))
                << int(from) << int(to) << allowed;
        };
        row(OrderStatus::Placed, OrderStatus::Paid, true);
        row(OrderStatus::Paid, OrderStatus::Delivered, true);
        row(OrderStatus::Placed, OrderStatus::Delivered, true);
        row(OrderStatus::Paid, OrderStatus::Refunded, true);
        row(OrderStatus::Delivered, OrderStatus::Refunded, true);
        row(OrderStatus::Placed, OrderStatus::Refunded, false);
        row(OrderStatus::Paid, OrderStatus::Paid, false);
        row(OrderStatus::Delivered, OrderStatus::Paid, false);
        row(OrderStatus::Refunded, OrderStatus::Delivered, false);
        row(OrderStatus::Paid, OrderStatus::Placed, false);
    }
    void statusFlow()
    {
        QFETCH(int, from);
        QFETCH(int, to);
        QFETCH(bool, allowed);
        QCOMPARE(OrderStatusFlow::canChange(OrderStatus(from), OrderStatus(to)), allowed);
    }

    void statusFlowOfASelection()
    {
        QVERIFY(OrderStatusFlow::canChangeAll({ OrderStatus::Placed, OrderStatus::Paid },
                                              OrderStatus::Delivered));
        QVERIFY(!OrderStatusFlow::canChangeAll({ OrderStatus::Placed, OrderStatus::Paid },
                                               OrderStatus::Paid));
        QVERIFY(!OrderStatusFlow::canChangeAll({}, OrderStatus::Paid));
    }
};

QTEST_GUILESS_MAIN(TestTierQuote)
#include "tst_tierquote.moc"
