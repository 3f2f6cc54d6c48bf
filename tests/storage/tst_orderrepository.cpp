#include "storage/database.h"
#include "storage/memberrepository.h"
#include "storage/orderrepository.h"
#include "storage/productrepository.h"

#include "testbackends.h"
#include <QSignalSpy>

#include <QTest>

using namespace cohort;

/// OrderRepository: CRUD, stored total, status changes, validation, restore.
class TestOrderRepository : public QObject
{
    Q_OBJECT

    std::unique_ptr<Database> m_db;
    qint64 m_member = 0;
    qint64 m_product = 0;

    Order sample() const
    {
        Order o;
        o.memberId = m_member;
        o.productId = m_product;
        o.quantity = 3;
        o.unitPrice = Money(2550, QStringLiteral("CNY"));
        o.orderedAt = QDateTime(QDate(2026, 6, 1), QTime(20, 5), Qt::UTC);
        o.channel = OrderChannel::Solitaire;
        o.notes = QStringLiteral("2 boxes + 1");
        return o;
    }

private Q_SLOTS:
    void initTestCase_data() { cohort::test::addBackendRows(); }
    void init()
    {
        m_db = std::make_unique<Database>();
        COHORT_OPEN_FRESH_WORKSPACE(*m_db);
        Member m;
        m.displayName = QStringLiteral("李娜");
        QVERIFY(MemberRepository(*m_db).insert(m));
        m_member = m.id;
        Product p;
        p.name = QStringLiteral("Tea");
        p.price = Money(2550, QStringLiteral("CNY"));
        QVERIFY(ProductRepository(*m_db).insert(p));
        m_product = p.id;
    }

    void cleanup() { m_db.reset(); }

    void crud()
    {
        OrderRepository repo(*m_db);
        QSignalSpy spy(m_db.get(), &Database::changed);
        Order o = sample();
        QVERIFY2(repo.insert(o), qPrintable(repo.lastError().message));
        QVERIFY(o.id > 0);
        QCOMPARE(o.total, Money(7650, QStringLiteral("CNY")));
        QCOMPARE(*repo.find(o.id), o);
        QCOMPARE(spy.count(), 1);
        QVERIFY(spy.at(0).at(0).value<Tables>().testFlag(Table::Orders));

        // A negotiated total is kept as entered.
        o.total = Money(7000, QStringLiteral("CNY"));
        QVERIFY(repo.update(o));
        QCOMPARE(repo.find(o.id)->total, Money(7000, QStringLiteral("CNY")));
        QCOMPARE(repo.memberOrders(m_member).size(), 1);
        QCOMPARE(repo.count(), 1);

        QVERIFY(repo.remove({ o.id }));
        QVERIFY(!repo.find(o.id));
        QVERIFY(repo.restore(o));
        QCOMPARE(*repo.find(o.id), o);
        QCOMPARE(spy.count(), 4);
    }

    void setStatus()
    {
        OrderRepository repo(*m_db);
        Order a = sample();
        Order b = sample();
        Order c = sample();
        QVERIFY(repo.insert(a));
        QVERIFY(repo.insert(b));
        QVERIFY(repo.insert(c));
        QSignalSpy spy(m_db.get(), &Database::changed);
        QVERIFY(repo.setStatus({ a.id, c.id }, OrderStatus::Refunded));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(repo.find(a.id)->status, OrderStatus::Refunded);
        QCOMPARE(repo.find(b.id)->status, OrderStatus::Placed);
        QCOMPARE(repo.find(c.id)->status, OrderStatus::Refunded);
        QCOMPARE(repo.findMany({ c.id, a.id }).size(), 2);
    }

    void validation_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<QString>("expected");
        QTest::newRow("zero quantity") << 0 << QStringLiteral("quantity");
        QTest::newRow("negative quantity") << 1 << QStringLiteral("quantity");
        QTest::newRow("unknown member") << 2 << QStringLiteral("member");
        QTest::newRow("unknown product") << 3 << QStringLiteral("product");
        QTest::newRow("total in other currency") << 4 << QStringLiteral("currency");
        QTest::newRow("product sold in other currency") << 5 << QStringLiteral("USD");
        QTest::newRow("no time") << 6 << QStringLiteral("time");
        QTest::newRow("self credit") << 7 << QStringLiteral("own");
    }

    void validation()
    {
        QFETCH(int, which);
        QFETCH(QString, expected);
        Order o = sample();
        switch (which) {
        case 0:
            o.quantity = 0;
            break;
        case 1:
            o.quantity = -2;
            break;
        case 2:
            o.memberId = 999;
            break;
        case 3:
            o.productId = 999;
            break;
        case 4:
            o.total = Money(100, QStringLiteral("USD"));
            break;
        case 5:
            o.unitPrice = Money(100, QStringLiteral("USD"));
            break;
        case 6:
            o.orderedAt = {};
            break;
        default:
            o.referrerId = o.memberId;
            break;
        }
        OrderRepository repo(*m_db);
        QSignalSpy spy(m_db.get(), &Database::changed);
        QVERIFY(!repo.insert(o));
        QCOMPARE(repo.lastError().kind, WorkspaceError::Kind::Invalid);
        QVERIFY2(repo.lastError().message.contains(expected), qPrintable(repo.lastError().message));
        QCOMPARE(repo.count(), 0);
        QCOMPARE(spy.count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestOrderRepository)
#include "tst_orderrepository.moc"
