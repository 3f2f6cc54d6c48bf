#include "import/orders/ordercolumnmapping.h"
#include "import/orders/ordercsvfile.h"
#include "import/orders/orderimporter.h"
#include "storage/database.h"
#include "storage/grouprepository.h"
#include "storage/memberrepository.h"
#include "storage/orderrepository.h"
#include "storage/productrepository.h"
#include "testsupport.h"

#include <QBuffer>
#include <QSqlQuery>
#include <QTest>

using namespace cohort;
using namespace cohort::import;

/// The order CSV core on the fixtures of tests/data/orders: reading (quotes, CRLF, BOM, GB18030,
/// blank lines), column mapping, matching members and products, errors with line numbers and an
/// all-or-nothing commit.
class TestOrderImporter : public QObject
{
    Q_OBJECT

    std::unique_ptr<Database> m_db;
    qint64 m_tea = 0;
    qint64 m_honey = 0;
    qint64 m_wangFang = 0;
    qint64 m_zhangWei = 0;
    qint64 m_liNa1 = 0;
    qint64 m_liNa2 = 0;

    qint64 addMember(const QString &name, const QString &phone, const QString &wechat = {})
    {
        Member m;
        m.displayName = name;
        m.phone = phone;
        m.wechatId = wechat;
        if (!MemberRepository(*m_db).insert(m))
            return 0;
        return m.id;
    }

    qint64 count(const QString &table) const
    {
        QSqlQuery q(m_db->connection());
        return q.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table) && q.next()
            ? q.value(0).toLongLong()
            : -1;
    }

    static OrderCsvFile read(const QString &name)
    {
        OrderCsvFile file;
        if (!file.read(test::dataPath(QStringLiteral("orders/") + name)))
            qWarning() << file.errorString();
        return file;
    }

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<Database>();
        QVERIFY(!m_db->openInMemory().isError());
        QVERIFY(m_db->setTimeZoneId(QStringLiteral("Asia/Shanghai")));
        Product tea;
        tea.name = QStringLiteral("Oolong Tea");
        tea.sku = QStringLiteral("TEA-01");
        tea.price = Money(1990, QStringLiteral("CNY"));
        QVERIFY(ProductRepository(*m_db).insert(tea));
        m_tea = tea.id;
        Product honey;
        honey.name = QStringLiteral("Wild Honey");
        honey.sku = QStringLiteral("HONEY-02");
        honey.price = Money(4500, QStringLiteral("CNY"));
        QVERIFY(ProductRepository(*m_db).insert(honey));
        m_honey = honey.id;
        m_wangFang = addMember(QStringLiteral("Wang Fang"), QStringLiteral("138 0013 8000"));
        m_zhangWei = addMember(QStringLiteral("Zhang Wei"), QString(), QStringLiteral("zw_2020"));
        m_liNa1 = addMember(QStringLiteral("Li Na"), QStringLiteral("13900000001"));
        m_liNa2 = addMember(QStringLiteral("Li Na"), QStringLiteral("13900000002"));
        QVERIFY(m_wangFang && m_zhangWei && m_liNa1 && m_liNa2);
    }

    void cleanup() { m_db.reset(); }

    void readsQuotedCrlfAndBlankLines()
    {
        const OrderCsvFile file = read(QStringLiteral("basic.csv"));
        QCOMPARE(file.headers().size(), 11);
        QCOMPARE(file.headers().first(), QStringLiteral("Name"));
        QCOMPARE(file.encoding(), TextEncoding::Utf8);
        // The empty line and the line of empty fields are skipped; line numbers stay the file's.
        QCOMPARE(file.rows().size(), 4);
        QCOMPARE(file.rows().at(0).line, 2);
        QCOMPARE(file.rows().at(0).fields.at(10), QStringLiteral("Leave at the door, please"));
        QCOMPARE(file.rows().at(1).line, 4);
        QCOMPARE(file.rows().at(1).fields.at(10), QStringLiteral("She said \"thanks\""));
        QCOMPARE(file.rows().at(2).fields.at(10), QStringLiteral("two\nlines"));
        QCOMPARE(file.rows().at(3).line, 8);
    }

    void encodings_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("encoding");
        QTest::newRow("utf-8 bom") << QStringLiteral("bom_zh.csv") << int(TextEncoding::Utf8Bom);
        QTest::newRow("gb18030") << QStringLiteral("gb18030_zh.csv") << int(TextEncoding::Gb18030);
    }
    void encodings()
    {
        QFETCH(QString, name);
        QFETCH(int, encoding);
        const OrderCsvFile file = read(name);
        QCOMPARE(int(file.encoding()), encoding);
        QCOMPARE(file.replacements().count(), 0);
        QCOMPARE(file.headers().first(), QStringLiteral("姓名")); // no BOM left in the header
        QCOMPARE(file.rows().size(), 2);
        // Chinese headers are recognised, so the guessed mapping imports without changes.
        const OrderColumnMapping mapping = OrderColumnMapping::guess(file.headers());
        QVERIFY2(mapping.problems(file.headers()).isEmpty(),
                 qPrintable(mapping.problems(file.headers()).join(QLatin1Char(';'))));
        OrderImporter importer(*m_db);
        const OrderImportPlan plan = importer.prepare(file, mapping);
        QVERIFY(plan.errors.isEmpty());
        QCOMPARE(plan.rows.size(), 2);
        QCOMPARE(plan.rows.at(0).order.memberId, m_wangFang); // by phone, stored with spaces
        QCOMPARE(plan.rows.at(0).order.status, OrderStatus::Paid);
        QCOMPARE(plan.rows.at(1).order.quantity, 2); // 两盒
        QCOMPARE(plan.rows.at(1).order.status, OrderStatus::Delivered);
        QCOMPARE(plan.rows.at(1).order.total, Money(9000, QStringLiteral("CNY")));
        // 张伟's phone is unknown and so is the name: one new member.
        QCOMPARE(plan.newMembers.size(), 1);
        QCOMPARE(plan.newMembers.first().displayName, QStringLiteral("张伟"));
        QCOMPARE(plan.newMembers.first().phone, QStringLiteral("13700001234"));
    }

    void separatorSniffed()
    {
        QByteArray bytes("Name;SKU;Price;Date\nWang Fang;TEA-01;\"19,90\";2026-03-02\n");
        QBuffer buffer(&bytes);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        OrderCsvFile file;
        QVERIFY(file.read(buffer));
        QCOMPARE(file.separator(), QLatin1Char(';'));
        QCOMPARE(file.headers().size(), 4);
        QCOMPARE(file.rows().first().fields.at(2), QStringLiteral("19,90"));
    }

    void basicImport()
    {
        const OrderCsvFile file = read(QStringLiteral("basic.csv"));
        QString error;
        const std::optional<OrderColumnMapping> mapping = OrderColumnMapping::parseSpec(
            QStringLiteral("Name=member,Phone=phone,WeChat=wechat_id,SKU=sku,Product=product,"
                           "Qty=quantity,Price=unit_price,Total=total,Date=ordered_at,"
                           "Status=status,Notes=notes"),
            &error);
        QVERIFY2(mapping, qPrintable(error));
        OrderImporter importer(*m_db);
        OrderImportPlan plan = importer.prepare(file, *mapping);
        QVERIFY(plan.errors.isEmpty());
        QVERIFY(plan.ambiguous.isEmpty());
        QCOMPARE(plan.rows.size(), 4);
        const Order &first = plan.rows.at(0).order;
        QCOMPARE(first.memberId, m_wangFang);
        QCOMPARE(first.productId, m_tea);
        QCOMPARE(first.quantity, 2);
        QCOMPARE(first.total, Money(3980, QStringLiteral("CNY")));
        // 20:15 in Shanghai is 12:15 UTC.
        QCOMPARE(first.orderedAt, QDateTime(QDate(2026, 3, 2), QTime(12, 15), Qt::UTC));
        QCOMPARE(first.channel, OrderChannel::Csv);
        QCOMPARE(first.status, OrderStatus::Paid);
        // WeChat IDs match regardless of case; the product by name.
        QCOMPARE(plan.rows.at(1).order.memberId, m_zhangWei);
        QCOMPARE(plan.rows.at(1).order.productId, m_honey);
        // A total without a unit price: the total is kept, the unit price is its share.
        QCOMPARE(plan.rows.at(2).order.total, Money(13000, QStringLiteral("CNY")));
        QCOMPARE(plan.rows.at(2).order.unitPrice, Money(4333, QStringLiteral("CNY")));
        QCOMPARE(plan.rows.at(2).order.status, OrderStatus::Delivered);
        // The same new buyer twice (phone written differently): one new member.
        QCOMPARE(plan.newMembers.size(), 1);
        QCOMPARE(plan.rows.at(2).newMember, 0);
        QCOMPARE(plan.rows.at(3).newMember, 0);
        QCOMPARE(plan.rows.at(3).order.unitPrice, Money(1990, QStringLiteral("CNY")));

        QVERIFY2(importer.commit(plan), qPrintable(importer.errorString()));
        QCOMPARE(importer.committedOrders(), 4);
        QCOMPARE(importer.committedMembers(), 1);
        QCOMPARE(count(QStringLiteral("orders")), 4);
        QCOMPARE(count(QStringLiteral("members")), 5);
        const QList<Order> wang = OrderRepository(*m_db).memberOrders(m_wangFang);
        QCOMPARE(wang.size(), 1);
        QCOMPARE(wang.first().notes, QStringLiteral("Leave at the door, please"));
    }

    void reimportSkipsOrdersAlreadyThere()
    {
        const OrderCsvFile file = read(QStringLiteral("basic.csv"));
        const OrderColumnMapping mapping = OrderColumnMapping::guess(file.headers());
        OrderImporter importer(*m_db);
        OrderImportPlan plan = importer.prepare(file, mapping);
        QCOMPARE(plan.duplicateCount(), 0);
        QVERIFY(importer.commit(plan));
        plan = importer.prepare(file, mapping);
        QCOMPARE(plan.duplicateCount(), 4); // the new buyer of the first run is known now
        QVERIFY(plan.newMembers.isEmpty());
        QCOMPARE(plan.importCount(), 0);
        QVERIFY(!plan.isReady());
        plan.skipDuplicates = false; // the user says these are new purchases after all
        QCOMPARE(plan.importCount(), 4);
        QVERIFY(importer.commit(plan));
        QCOMPARE(count(QStringLiteral("orders")), 8);
    }

    void badMoneyReportsLines()
    {
        const OrderCsvFile file = read(QStringLiteral("bad_money.csv"));
        OrderImporter importer(*m_db);
        const OrderImportPlan plan
            = importer.prepare(file, OrderColumnMapping::guess(file.headers()));
        QCOMPARE(plan.errors.size(), 2);
        QCOMPARE(plan.errors.at(0).line, 3);
        QVERIFY(plan.errors.at(0).message.contains(QLatin1String("abc")));
        QCOMPARE(plan.errors.at(1).line, 4);
        QVERIFY(!plan.isReady());
        QVERIFY(!importer.commit(plan));
        QCOMPARE(count(QStringLiteral("orders")), 0);
    }

    void unknownProduct()
    {
        const OrderCsvFile file = read(QStringLiteral("unknown_product.csv"));
        OrderImporter importer(*m_db);
        const OrderImportPlan plan
            = importer.prepare(file, OrderColumnMapping::guess(file.headers()));
        QCOMPARE(plan.rows.size(), 1);
        QCOMPARE(plan.errors.size(), 3);
        QCOMPARE(plan.errors.at(0).line, 3);
        QVERIFY(plan.errors.at(0).message.contains(QLatin1String("NOPE-9")));
        QCOMPARE(plan.errors.at(1).line, 4);
        QVERIFY(plan.errors.at(1).message.contains(QLatin1String("Green Tea")));
        QCOMPARE(plan.errors.at(2).line, 5);
        // A failing row leaves no new member behind.
        QVERIFY(plan.newMembers.isEmpty());
    }

    void badDateAndQuantity()
    {
        const OrderCsvFile file = read(QStringLiteral("bad_date.csv"));
        OrderImporter importer(*m_db);
        const OrderImportPlan plan
            = importer.prepare(file, OrderColumnMapping::guess(file.headers()));
        QCOMPARE(plan.errors.size(), 2);
        QCOMPARE(plan.errors.at(0).line, 2);
        QVERIFY(plan.errors.at(0).message.contains(QLatin1String("yesterday")));
        QCOMPARE(plan.errors.at(1).line, 3);
        QVERIFY(plan.errors.at(1).message.contains(QLatin1String("quantity")));
    }

    void ambiguousMember()
    {
        const OrderCsvFile file = read(QStringLiteral("ambiguous.csv"));
        OrderImporter importer(*m_db);
        OrderImportPlan plan = importer.prepare(file, OrderColumnMapping::guess(file.headers()));
        QVERIFY(plan.errors.isEmpty());
        QCOMPARE(plan.ambiguous.size(), 1);
        const AmbiguousMember &a = plan.ambiguous.first();
        QCOMPARE(a.name, QStringLiteral("Li Na"));
        QCOMPARE(a.lines, (QList<qint64> { 2, 4 }));
        QCOMPARE(a.candidates.size(), 2);
        QVERIFY(!plan.isReady());
        QVERIFY(!importer.commit(plan));
        QCOMPARE(count(QStringLiteral("orders")), 0);

        plan.ambiguous[0].choice = m_liNa2;
        QVERIFY(plan.isReady());
        QVERIFY2(importer.commit(plan), qPrintable(importer.errorString()));
        QCOMPARE(OrderRepository(*m_db).memberOrders(m_liNa2).size(), 2);
        QCOMPARE(OrderRepository(*m_db).memberOrders(m_liNa1).size(), 0);
    }

    void ambiguousBecomesNewMember()
    {
        const OrderCsvFile file = read(QStringLiteral("ambiguous.csv"));
        OrderImporter importer(*m_db);
        OrderImportPlan plan = importer.prepare(file, OrderColumnMapping::guess(file.headers()));
        plan.ambiguous[0].choice = AmbiguousMember::NewMember;
        QVERIFY2(importer.commit(plan), qPrintable(importer.errorString()));
        QCOMPARE(importer.committedMembers(), 1);
        QCOMPARE(count(QStringLiteral("members")), 5);
        QSqlQuery q(m_db->connection());
        QVERIFY(
            q.exec(QStringLiteral("SELECT COUNT(*) FROM members WHERE display_name = 'Li Na'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 3);
    }

    void nameWithOtherPhoneIsAsked()
    {
        // One "Wang Fang" exists with another number: the same person or a namesake?
        QByteArray bytes("Name,Phone,SKU,Date\nWang Fang,13999999999,TEA-01,2026-03-02\n");
        QBuffer buffer(&bytes);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        OrderCsvFile file;
        QVERIFY(file.read(buffer));
        OrderImporter importer(*m_db);
        const OrderImportPlan plan
            = importer.prepare(file, OrderColumnMapping::guess(file.headers()));
        QCOMPARE(plan.ambiguous.size(), 1);
        QCOMPARE(plan.ambiguous.first().candidates.first().id, m_wangFang);
    }

    void nothingCommittedWhenAWriteFails()
    {
        const OrderCsvFile file = read(QStringLiteral("basic.csv"));
        const OrderColumnMapping mapping = OrderColumnMapping::guess(file.headers());
        OrderImporter importer(*m_db);
        const OrderImportPlan plan = importer.prepare(file, mapping);
        QVERIFY(plan.isReady());
        // The honey is deleted after the plan was made: the second order (line 4) fails to write.
        QVERIFY(ProductRepository(*m_db).remove({ m_honey }));
        QVERIFY(!importer.commit(plan));
        QCOMPARE(importer.errorLine(), 4);
        QVERIFY(importer.errorString().startsWith(QLatin1String("Line 4:")));
        QCOMPARE(count(QStringLiteral("orders")), 0);
        QCOMPARE(count(QStringLiteral("members")), 4); // the new buyer is rolled back too
    }

    void cancelRollsBack()
    {
        const OrderCsvFile file = read(QStringLiteral("basic.csv"));
        OrderImporter importer(*m_db);
        const OrderImportPlan plan
            = importer.prepare(file, OrderColumnMapping::guess(file.headers()));
        int asked = 0;
        QVERIFY(!importer.commit(plan, {}, [&asked] { return ++asked >= 3; }));
        QVERIFY(importer.wasCancelled());
        QCOMPARE(count(QStringLiteral("orders")), 0);
        QCOMPARE(count(QStringLiteral("members")), 4);
    }

    void mappingProblems()
    {
        const QStringList headers { QStringLiteral("Who"), QStringLiteral("What"),
                                    QStringLiteral("When") };
        OrderColumnMapping mapping;
        QCOMPARE(mapping.problems(headers).size(), 3); // member, product, date
        mapping.set(QStringLiteral("Who"), OrderField::MemberName);
        mapping.set(QStringLiteral("What"), OrderField::ProductName);
        mapping.set(QStringLiteral("When"), OrderField::OrderedAt);
        QVERIFY(mapping.problems(headers).isEmpty());
        mapping.set(QStringLiteral("3"), OrderField::OrderedAt); // by number: the same column twice
        QCOMPARE(mapping.problems(headers).size(), 1);
        mapping.set(QStringLiteral("3"), OrderField::Ignore);
        mapping.set(QStringLiteral("Missing"), OrderField::Notes);
        QCOMPARE(mapping.problems(headers).size(), 1);

        QString error;
        QVERIFY(!OrderColumnMapping::parseSpec(QStringLiteral("Who=somebody"), &error));
        QVERIFY(error.contains(QLatin1String("Who=somebody")));
        QVERIFY(!OrderColumnMapping::parseSpec(QStringLiteral("Who"), &error));
    }

    void mappingJsonRoundTrip()
    {
        OrderColumnMapping mapping;
        mapping.set(QStringLiteral("姓名"), OrderField::MemberName);
        mapping.set(QStringLiteral("SKU"), OrderField::Sku);
        mapping.set(QStringLiteral("4"), OrderField::OrderedAt);
        const std::optional<OrderColumnMapping> back
            = OrderColumnMapping::fromJson(mapping.toJson());
        QVERIFY(back);
        QCOMPARE(*back, mapping);
        QVERIFY(!OrderColumnMapping::fromJson(QStringLiteral("{\"columns\":[{\"column\":\"A\","
                                                             "\"field\":\"bogus\"}]}")));
        QVERIFY(!OrderColumnMapping::fromJson(QStringLiteral("not json")));
    }

    void unknownGroup()
    {
        Group g;
        g.name = QStringLiteral("Tea Lovers");
        QVERIFY(GroupRepository(*m_db).insert(g));
        QByteArray bytes("Name,SKU,Date,Group\nWang Fang,TEA-01,2026-03-02,tea lovers\n"
                         "Wang Fang,TEA-01,2026-03-02,Coffee Club\n");
        QBuffer buffer(&bytes);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        OrderCsvFile file;
        QVERIFY(file.read(buffer));
        OrderImporter importer(*m_db);
        const OrderImportPlan plan
            = importer.prepare(file, OrderColumnMapping::guess(file.headers()));
        QCOMPARE(plan.rows.size(), 1);
        QCOMPARE(plan.rows.first().order.groupId, g.id);
        QCOMPARE(plan.errors.size(), 1);
        QCOMPARE(plan.errors.first().line, 3);
    }
};

QTEST_GUILESS_MAIN(TestOrderImporter)
#include "tst_orderimporter.moc"
