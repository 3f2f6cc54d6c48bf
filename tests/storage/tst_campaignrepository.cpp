#include "storage/campaignrepository.h"
#include "storage/database.h"
#include "storage/grouprepository.h"
#include "storage/productrepository.h"

#include "testbackends.h"
#include <QSignalSpy>

#include <QTest>

using namespace cohort;

/// CampaignRepository: campaign with groups, products and tiers written atomically; restore.
class TestCampaignRepository : public QObject
{
    Q_OBJECT

    std::unique_ptr<Database> m_db;
    qint64 m_group1 = 0;
    qint64 m_group2 = 0;
    qint64 m_product1 = 0;
    qint64 m_product2 = 0;

    Campaign sample() const
    {
        const QString cny = QStringLiteral("CNY");
        Campaign c;
        c.name = QStringLiteral("周四坚果拼团");
        c.type = CampaignType::TieredGroupBuy;
        c.status = CampaignStatus::Scheduled;
        c.groupIds = { m_group1, m_group2 };
        c.products = { { m_product1, Money(9000, cny), 100 }, { m_product2, Money(), 0 } };
        c.priceTiers
            = { { 2, Money(9000, cny) }, { 3, Money(8500, cny) }, { 5, Money(7500, cny) } };
        c.startsAt = QDateTime(QDate(2026, 6, 4), QTime(12, 0), Qt::UTC);
        c.endsAt = QDateTime(QDate(2026, 7, 30), QTime(14, 0), Qt::UTC);
        c.timeZone = QStringLiteral("Asia/Shanghai");
        c.recurrence = QStringLiteral("FREQ=WEEKLY;BYDAY=TH");
        c.durationMinutes = 120;
        c.goalKind = QStringLiteral("orders");
        c.goalValue = 50;
        c.details.referrerReward = Money(1000, cny);
        c.details.newMemberGift = QStringLiteral("见面礼");
        c.details.redPacketTotal = Money(20000, cny);
        c.details.redPacketCount = 40;
        c.details.sessionTopic = QStringLiteral("育儿 Q&A");
        c.details.checkInDays = 21;
        c.announcementTemplate = QStringLiteral("#接龙 {product} {price}");
        c.notes = QStringLiteral("n");
        return c;
    }

private Q_SLOTS:
    void initTestCase_data() { cohort::test::addBackendRows(); }
    void init()
    {
        m_db = std::make_unique<Database>();
        COHORT_OPEN_FRESH_WORKSPACE(*m_db);
        GroupRepository groups(*m_db);
        Group g;
        g.name = QStringLiteral("g1");
        QVERIFY(groups.insert(g));
        m_group1 = g.id;
        g.id = 0;
        g.name = QStringLiteral("g2");
        QVERIFY(groups.insert(g));
        m_group2 = g.id;
        ProductRepository products(*m_db);
        Product p;
        p.name = QStringLiteral("p1");
        p.price = Money(10000, QStringLiteral("CNY"));
        QVERIFY(products.insert(p));
        m_product1 = p.id;
        p.id = 0;
        p.name = QStringLiteral("p2");
        QVERIFY(products.insert(p));
        m_product2 = p.id;
    }

    void cleanup() { m_db.reset(); }

    void crud()
    {
        CampaignRepository repo(*m_db);
        QSignalSpy spy(m_db.get(), &Database::changed);
        Campaign c = sample();
        QVERIFY2(repo.insert(c), qPrintable(repo.lastError().message));
        QVERIFY(c.id > 0);
        QCOMPARE(*repo.find(c.id), c);
        QCOMPARE(spy.count(), 1);
        QVERIFY(spy.at(0).at(0).value<Tables>().testFlag(Table::Campaigns));

        c.groupIds = { m_group2 };
        c.products = { { m_product2, Money(100, QStringLiteral("CNY")), 5 } };
        c.priceTiers.clear();
        c.status = CampaignStatus::Running;
        QVERIFY(repo.update(c));
        QCOMPARE(*repo.find(c.id), c);
        QCOMPARE(repo.all().size(), 1);

        QVERIFY(repo.remove({ c.id }));
        QVERIFY(!repo.find(c.id));
        QVERIFY(repo.restore(c));
        QCOMPARE(*repo.find(c.id), c);
        QCOMPARE(spy.count(), 4);
    }

    void partsAreAtomic()
    {
        CampaignRepository repo(*m_db);
        Campaign c = sample();
        QVERIFY(repo.insert(c));
        Campaign broken = c;
        broken.name = QStringLiteral("changed");
        broken.groupIds = { m_group1, 424242 };
        QVERIFY(!repo.update(broken));
        QCOMPARE(*repo.find(c.id), c);
        Campaign fresh = sample();
        fresh.products = { { 9999, Money(), 0 } };
        QVERIFY(!repo.insert(fresh));
        QCOMPARE(repo.all().size(), 1);
    }

    void validation_data()
    {
        QTest::addColumn<int>("which");
        QTest::newRow("no name") << 0;
        QTest::newRow("ends before start") << 1;
        QTest::newRow("duplicate tier") << 2;
        QTest::newRow("tier without price") << 3;
        QTest::newRow("duplicate product") << 4;
        QTest::newRow("duplicate group") << 5;
        QTest::newRow("tier currencies differ") << 6;
    }

    void validation()
    {
        QFETCH(int, which);
        Campaign c = sample();
        switch (which) {
        case 0:
            c.name.clear();
            break;
        case 1:
            c.endsAt = c.startsAt.addDays(-1);
            break;
        case 2:
            c.priceTiers << PriceTier { 3, Money(1, QStringLiteral("CNY")) };
            break;
        case 3:
            c.priceTiers << PriceTier { 7, Money() };
            break;
        case 4:
            c.products << c.products.first();
            break;
        case 5:
            c.groupIds << m_group1;
            break;
        default:
            c.priceTiers << PriceTier { 9, Money(1, QStringLiteral("USD")) };
            break;
        }
        CampaignRepository repo(*m_db);
        QVERIFY(!repo.insert(c));
        QCOMPARE(repo.lastError().kind, WorkspaceError::Kind::Invalid);
        QVERIFY(repo.all().isEmpty());
    }

    void updateOfMissingCampaignFails()
    {
        CampaignRepository repo(*m_db);
        Campaign c = sample();
        c.id = 555;
        QVERIFY(!repo.update(c));
        QCOMPARE(repo.lastError().kind, WorkspaceError::Kind::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestCampaignRepository)
#include "tst_campaignrepository.moc"
