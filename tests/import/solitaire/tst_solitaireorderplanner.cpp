#include "import/solitaire/solitaireorderplanner.h"

#include <QTest>

using namespace cohort;
using namespace cohort::import;

using Status = SolitaireProposal::Status;

namespace {

QDateTime at(int h, int m)
{
    return QDateTime(QDate(2026, 5, 15), QTime(h, m), Qt::UTC);
}

SolitaireBookLine line(int position, const QString &name, int quantity, qint64 messageId,
                       QDateTime writtenAt, SolitaireMemberMatch::Status status, qint64 member,
                       const QString &note = {})
{
    SolitaireBookLine l;
    l.entry.position = position;
    l.entry.name = name;
    l.entry.quantity = quantity;
    l.entry.quantityGiven = true;
    l.entry.unit = QStringLiteral("份");
    l.entry.note = note;
    l.entry.messageId = messageId;
    l.writtenAt = writtenAt;
    l.match = { status, member };
    l.memberName = member > 0 ? name : QString();
    return l;
}

Campaign campaign(qint64 id, const QString &name, CampaignType type, QList<qint64> products,
                  QDateTime starts = {}, QDateTime ends = {})
{
    Campaign c;
    c.id = id;
    c.name = name;
    c.type = type;
    c.groupIds = { 7 };
    for (const qint64 p : products)
        c.products.append({ p, Money(), 0 });
    c.startsAt = starts;
    c.endsAt = ends;
    return c;
}

Product product(qint64 id, const QString &name, qint64 priceMinor)
{
    Product p;
    p.id = id;
    p.name = name;
    p.price = Money(priceMinor, QStringLiteral("CNY"));
    return p;
}

} // namespace

/// Proposed orders from an order book, and the campaign and product a thread is linked to.
class TestSolitaireOrderPlanner : public QObject
{
    Q_OBJECT

    SolitaireBook m_book;
    QList<Product> m_products { product(1, QStringLiteral("阳光玫瑰葡萄"), 5800),
                                product(2, QStringLiteral("草莓"), 3900),
                                product(3, QStringLiteral("Sourdough"), 2500) };

private Q_SLOTS:
    void init()
    {
        using S = SolitaireMemberMatch::Status;
        m_book = {};
        m_book.groupId = 7;
        m_book.thread.title = QStringLiteral("周五阳光玫瑰葡萄");
        m_book.thread.started = at(9, 0);
        m_book.thread.updated = at(16, 5);
        m_book.messageIds = { 100, 101, 102, 103 };
        m_book.lines = { line(1, QStringLiteral("王芳"), 1, 100, at(9, 0), S::Matched, 2),
                         line(2, QStringLiteral("张伟"), 3, 102, at(11, 48), S::Matched, 3,
                              QStringLiteral("多要一份")),
                         line(3, QStringLiteral("小美"), 2, 103, at(16, 5), S::Unknown, 0),
                         line(4, QStringLiteral("王芳"), 2, 103, at(16, 5), S::Matched, 2,
                              QStringLiteral("第二份")),
                         line(5, QStringLiteral("Amy"), 1, 101, at(10, 0), S::Ambiguous, 0) };
    }

    void plan()
    {
        const SolitairePricing pricing { 0, 1, Money(5800, QStringLiteral("CNY")) };
        const QList<SolitaireProposal> proposals = SolitaireOrderPlanner::plan(m_book, pricing, {});
        QCOMPARE(proposals.size(), 4);
        // 王芳's two lines are one order for 3, sourced from her latest line's message.
        const SolitaireProposal &wang = proposals.at(0);
        QCOMPARE(wang.status, Status::Ready);
        QCOMPARE(wang.positions, (QList<int> { 1, 4 }));
        QCOMPARE(wang.quantity, 3);
        QCOMPARE(wang.note, QStringLiteral("第二份"));
        QCOMPARE(wang.order.memberId, 2);
        QCOMPARE(wang.order.productId, 1);
        QCOMPARE(wang.order.groupId, 7);
        QCOMPARE(wang.order.quantity, 3);
        QCOMPARE(wang.order.total, Money(17400, QStringLiteral("CNY")));
        QCOMPARE(wang.order.sourceMessageId, 103);
        QCOMPARE(wang.order.orderedAt, at(16, 5));
        QCOMPARE(wang.order.channel, OrderChannel::Solitaire);
        QCOMPARE(proposals.at(1).order.total, Money(17400, QStringLiteral("CNY")));
        QCOMPARE(proposals.at(1).order.sourceMessageId, 102);
        QCOMPARE(proposals.at(2).status, Status::Unmatched);
        QCOMPARE(proposals.at(3).status, Status::Ambiguous);
        QCOMPARE(SolitaireOrderPlanner::readyOrders(proposals).size(), 2);
    }

    void noProduct()
    {
        const QList<SolitaireProposal> proposals = SolitaireOrderPlanner::plan(m_book, {}, {});
        QCOMPARE(proposals.at(0).status, Status::NoProduct);
        QCOMPARE(proposals.at(2).status, Status::Unmatched);
        QVERIFY(SolitaireOrderPlanner::readyOrders(proposals).isEmpty());
    }

    void alreadyAccepted()
    {
        const SolitairePricing pricing { 0, 1, Money(5800, QStringLiteral("CNY")) };
        // 张伟's order was taken from his earlier line (message 101), before his edit.
        const QList<SolitaireRepository::SourcedOrder> existing { { 55, 3, 1, 0, 101, 2 } };
        const QList<SolitaireProposal> proposals
            = SolitaireOrderPlanner::plan(m_book, pricing, existing);
        QCOMPARE(proposals.at(1).status, Status::Accepted);
        QCOMPARE(proposals.at(1).order.id, 55);
        QCOMPARE(proposals.at(1).order.quantity, 2);
        QCOMPARE(proposals.at(0).status, Status::Ready);
        QCOMPARE(SolitaireOrderPlanner::readyOrders(proposals).size(), 1);
        // An order of another product does not count for this one.
        const SolitairePricing strawberries { 0, 2, Money(3900, QStringLiteral("CNY")) };
        QCOMPARE(SolitaireOrderPlanner::plan(m_book, strawberries, existing).at(1).status,
                 Status::Ready);
    }

    void pricing()
    {
        Campaign c = campaign(5, QStringLiteral("周五水果接龙"), CampaignType::Solitaire, { 1, 2 });
        c.products[0].price = Money(5500, QStringLiteral("CNY"));
        const QList<Campaign> campaigns { c };
        QCOMPARE(SolitaireOrderPlanner::pricing(5, 1, campaigns, m_products),
                 (SolitairePricing { 5, 1, Money(5500, QStringLiteral("CNY")) }));
        QCOMPARE(SolitaireOrderPlanner::pricing(5, 2, campaigns, m_products),
                 (SolitairePricing { 5, 2, Money(3900, QStringLiteral("CNY")) }));
        QCOMPARE(SolitaireOrderPlanner::pricing(0, 3, campaigns, m_products),
                 (SolitairePricing { 0, 3, Money(2500, QStringLiteral("CNY")) }));
        // Two products and none chosen: the operator picks.
        QVERIFY(!SolitaireOrderPlanner::pricing(5, 0, campaigns, m_products).isValid());
    }

    void linkedCampaign()
    {
        const QDateTime monday(QDate(2026, 5, 11), QTime(0, 0), Qt::UTC);
        const QDateTime sunday(QDate(2026, 5, 17), QTime(23, 0), Qt::UTC);
        QList<Campaign> campaigns {
            campaign(5, QStringLiteral("本周水果接龙"), CampaignType::Solitaire, { 1, 2 }, monday,
                     sunday),
            campaign(6, QStringLiteral("Flash sale"), CampaignType::FlashSale, { 3 }),
            campaign(7, QStringLiteral("Last month"), CampaignType::Solitaire, { 2 },
                     monday.addDays(-40), monday.addDays(-30)),
        };
        // The one solitaire campaign running then; the title names one of its two products.
        QCOMPARE(SolitaireOrderPlanner::linkedPricing(m_book, campaigns, m_products, {}),
                 (SolitairePricing { 5, 1, Money(5800, QStringLiteral("CNY")) }));
        // A list the running campaign does not fit is not put on it.
        SolitaireBook bread = m_book;
        bread.thread.title = QStringLiteral("Saturday sourdough bread");
        QCOMPARE(SolitaireOrderPlanner::linkedPricing(bread, campaigns, m_products, {}),
                 SolitairePricing {});
        campaigns << campaign(9, QStringLiteral("Weekend bakery"), CampaignType::Solitaire, { 3 });
        QCOMPARE(SolitaireOrderPlanner::linkedPricing(bread, campaigns, m_products, {}),
                 (SolitairePricing { 9, 3, Money(2500, QStringLiteral("CNY")) }));
        campaigns.removeLast();
        // A second one running at the same time: its name fits the title as well.
        campaigns << campaign(8, QStringLiteral("周五阳光玫瑰葡萄"), CampaignType::Solitaire,
                              { 1 });
        QCOMPARE(SolitaireOrderPlanner::linkedPricing(m_book, campaigns, m_products, {}).campaignId,
                 8);
        campaigns[3].name = QStringLiteral("Bread"); // now both fit by a product only: a tie
        QCOMPARE(SolitaireOrderPlanner::linkedPricing(m_book, campaigns, m_products, {}),
                 SolitairePricing {});
        // Orders already taken from the thread say what it was for.
        const QList<SolitaireRepository::SourcedOrder> existing { { 55, 3, 2, 7, 101, 2 } };
        QCOMPARE(SolitaireOrderPlanner::linkedPricing(m_book, campaigns, m_products, existing),
                 (SolitairePricing { 7, 2, Money(3900, QStringLiteral("CNY")) }));
        // Campaigns of other groups do not count.
        for (Campaign &c : campaigns)
            c.groupIds = { 8 };
        QCOMPARE(SolitaireOrderPlanner::linkedPricing(m_book, campaigns, m_products, {}),
                 SolitairePricing {});
    }
};

QTEST_GUILESS_MAIN(TestSolitaireOrderPlanner)
#include "tst_solitaireorderplanner.moc"
