#include "storage/database.h"
#include "storage/memberrepository.h"
#include "storage/orderrepository.h"
#include "storage/productrepository.h"

#include "testbackends.h"
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSqlRecord>

#include <QTest>

using namespace cohort;

/// ProductRepository: CRUD, SKU uniqueness (NULL for empty), money, delete guard, restore.
class TestProductRepository : public QObject
{
    Q_OBJECT

    static Product sample(const QString &sku)
    {
        Product p;
        p.name = QStringLiteral("坚果礼盒");
        p.sku = sku;
        p.category = QStringLiteral("Snacks");
        p.role = ProductRole::Profit;
        p.price = Money(12800, QStringLiteral("CNY"));
        p.cost = Money(7150, QStringLiteral("CNY"));
        p.repurchaseCycleDays = 30;
        p.notes = QStringLiteral("<b>x</b>");
        return p;
    }

    std::unique_ptr<Database> m_db;

private Q_SLOTS:
    void initTestCase_data() { cohort::test::addBackendRows(); }
    void init()
    {
        m_db = std::make_unique<Database>();
        COHORT_OPEN_FRESH_WORKSPACE(*m_db);
    }

    void cleanup() { m_db.reset(); }

    void crud()
    {
        ProductRepository repo(*m_db);
        QSignalSpy spy(m_db.get(), &Database::changed);
        Product p = sample(QStringLiteral("NUT-01"));
        QVERIFY2(repo.insert(p), qPrintable(repo.lastError().message));
        QVERIFY(p.id > 0);
        QCOMPARE(*repo.find(p.id), p);
        QCOMPARE(repo.findBySku(QStringLiteral("NUT-01"))->id, p.id);
        QCOMPARE(spy.count(), 1);
        QVERIFY(spy.at(0).at(0).value<Tables>().testFlag(Table::Products));

        p.price = Money(9900, QStringLiteral("CNY"));
        p.active = false;
        p.role = ProductRole::Traffic;
        QVERIFY(repo.update(p));
        QCOMPARE(*repo.find(p.id), p);
        QCOMPARE(repo.find(p.id)->price - repo.find(p.id)->cost,
                 Money(2750, QStringLiteral("CNY")));

        QVERIFY(repo.remove({ p.id }));
        QVERIFY(!repo.find(p.id));
        QVERIFY(repo.restore(p));
        QCOMPARE(*repo.find(p.id), p);
        QCOMPARE(repo.all().size(), 1);
        QCOMPARE(spy.count(), 4);

        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT * FROM products")));
        QVERIFY(q.record().indexOf(QStringLiteral("margin")) < 0); // derived, never stored
    }

    void emptySkuIsNullAndSkusAreUnique()
    {
        ProductRepository repo(*m_db);
        Product a = sample(QString());
        Product b = sample(QStringLiteral("  "));
        QVERIFY(repo.insert(a));
        QVERIFY2(repo.insert(b), qPrintable(repo.lastError().message));
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM products WHERE sku IS NULL"))
                && q.next());
        QCOMPARE(q.value(0).toInt(), 2);
        QVERIFY(!repo.findBySku(QString()));

        Product c = sample(QStringLiteral("SKU-1"));
        QVERIFY(repo.insert(c));
        Product d = sample(QStringLiteral("SKU-1"));
        d.name = QStringLiteral("Other");
        QVERIFY(!repo.insert(d));
        QCOMPARE(repo.lastError().kind, WorkspaceError::Kind::Invalid);
        QVERIFY(repo.lastError().message.contains(QStringLiteral("SKU-1")));
        // Saving a product with its own SKU is not a clash.
        c.name = QStringLiteral("Renamed");
        QVERIFY(repo.update(c));
        a.sku = QStringLiteral("SKU-1");
        QVERIFY(!repo.update(a));
    }

    void validation_data()
    {
        QTest::addColumn<Product>("product");
        Product noName = sample({});
        noName.name = QStringLiteral(" ");
        QTest::newRow("no name") << noName;
        Product negative = sample({});
        negative.price = Money(-1, QStringLiteral("CNY"));
        QTest::newRow("negative price") << negative;
        Product mixed = sample({});
        mixed.cost = Money(100, QStringLiteral("USD"));
        QTest::newRow("mixed currencies") << mixed;
        Product cycle = sample({});
        cycle.repurchaseCycleDays = -3;
        QTest::newRow("negative cycle") << cycle;
    }

    void validation()
    {
        QFETCH(Product, product);
        ProductRepository repo(*m_db);
        QVERIFY(!repo.insert(product));
        QCOMPARE(repo.lastError().kind, WorkspaceError::Kind::Invalid);
        QVERIFY(repo.all().isEmpty());
    }

    void deleteRefusedWithOrders()
    {
        ProductRepository repo(*m_db);
        MemberRepository members(*m_db);
        OrderRepository orders(*m_db);
        Product sold = sample(QStringLiteral("S"));
        Product unsold = sample(QStringLiteral("U"));
        QVERIFY(repo.insert(sold));
        QVERIFY(repo.insert(unsold));
        Member m;
        m.displayName = QStringLiteral("Buyer");
        QVERIFY(members.insert(m));
        Order o;
        o.memberId = m.id;
        o.productId = sold.id;
        o.unitPrice = sold.price;
        o.orderedAt = QDateTime::fromSecsSinceEpoch(1780000000, Qt::UTC);
        QVERIFY(orders.insert(o));
        QVERIFY(!repo.remove({ unsold.id, sold.id }));
        QCOMPARE(repo.lastError().kind, WorkspaceError::Kind::Invalid);
        QVERIFY(repo.find(unsold.id));
        QVERIFY(repo.remove({ unsold.id }));
        QVERIFY(!repo.find(unsold.id));
    }

    void updateOfMissingProductFails()
    {
        ProductRepository repo(*m_db);
        Product p = sample({});
        p.id = 31337;
        QVERIFY(!repo.update(p));
        QCOMPARE(repo.lastError().kind, WorkspaceError::Kind::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestProductRepository)
#include "tst_productrepository.moc"
