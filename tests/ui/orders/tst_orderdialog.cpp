#include "domain/campaign.h"
#include "storage/campaignrepository.h"
#include "storage/database.h"
#include "storage/memberrepository.h"
#include "storage/orderrepository.h"
#include "storage/productrepository.h"
#include "ui/orders/orderdialog.h"
#include "ui/widgets/memberpicker.h"

#include <QApplication>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTest>

using namespace cohort;

/// OrderDialog with a tiered campaign (2 people ¥90, 3 people ¥85, 5 people ¥75): the unit price
/// and tier follow the participants so far, refunds owed to earlier buyers are shown and no
/// other order changes. A stored total that differs from quantity × price is kept and shown as
/// a discount until the quantity or the price changes; times are the workspace's.
class TestOrderDialog : public QObject
{
    Q_OBJECT

    std::unique_ptr<Database> m_db;
    QList<qint64> m_members;
    qint64 m_product = 0;
    qint64 m_campaign = 0;
    qint64 m_plainCampaign = 0;

    static Money cny(qint64 yuan) { return Money::fromMajor(yuan, QStringLiteral("CNY")); }

    qint64 addOrder(qint64 member, qint64 yuan)
    {
        Order o;
        o.memberId = member;
        o.productId = m_product;
        o.campaignId = m_campaign;
        o.unitPrice = cny(yuan);
        o.orderedAt = QDateTime(QDate(2026, 3, 2), QTime(12, 0), Qt::UTC);
        o.status = OrderStatus::Paid;
        return OrderRepository(*m_db).insert(o) ? o.id : 0;
    }

    static void chooseCampaign(OrderDialog &dialog, qint64 id)
    {
        auto *combo = dialog.findChild<QComboBox *>(QStringLiteral("campaignCombo"));
        combo->setCurrentIndex(combo->findData(id));
    }

    static QString unitPrice(OrderDialog &dialog)
    {
        return dialog.findChild<QLineEdit *>(QStringLiteral("unitPriceEdit"))->text();
    }

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<Database>();
        QVERIFY(!m_db->openInMemory().isError());
        m_members.clear();
        for (const char *name : { "A", "B", "C", "D" }) {
            Member m;
            m.displayName = QString::fromLatin1(name);
            QVERIFY(MemberRepository(*m_db).insert(m));
            m_members << m.id;
        }
        Product p;
        p.name = QStringLiteral("Gift pack");
        p.price = cny(99);
        QVERIFY(ProductRepository(*m_db).insert(p));
        m_product = p.id;
        Campaign c;
        c.name = QStringLiteral("Gift pack group buy");
        c.type = CampaignType::TieredGroupBuy;
        c.priceTiers = { { 2, cny(90) }, { 3, cny(85) }, { 5, cny(75) } };
        QVERIFY(CampaignRepository(*m_db).insert(c));
        m_campaign = c.id;
        Campaign plain;
        plain.name = QStringLiteral("Flash sale");
        QVERIFY(CampaignRepository(*m_db).insert(plain));
        m_plainCampaign = plain.id;
    }

    void cleanup() { m_db.reset(); }

    void noTierRowWithoutTiers()
    {
        OrderDialog dialog(*m_db);
        dialog.show();
        QVERIFY(dialog.tierText().isEmpty());
        chooseCampaign(dialog, m_plainCampaign);
        QVERIFY(dialog.tierText().isEmpty());
        QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("tierValue"))->isVisible());
    }

    void thirdBuyerReachesTierTwo()
    {
        const qint64 first = addOrder(m_members.at(0), 90);
        const qint64 second = addOrder(m_members.at(1), 90);
        OrderDialog dialog(*m_db);
        dialog.show();
        auto *picker = dialog.findChild<MemberPicker *>(QStringLiteral("memberPicker"));
        auto *product = dialog.findChild<QComboBox *>(QStringLiteral("productCombo"));
        product->setCurrentIndex(product->findData(m_product));
        QCOMPARE(unitPrice(dialog), QStringLiteral("99.00")); // no campaign: the product's price
        chooseCampaign(dialog, m_campaign);
        // Without a member the two earlier buyers count: tier 1, ¥90.
        QCOMPARE(unitPrice(dialog), QStringLiteral("90.00"));
        picker->setMember(m_members.at(2), QStringLiteral("C"));
        QCOMPARE(unitPrice(dialog), QStringLiteral("85.00"));
        const QString text = dialog.tierText();
        QVERIFY2(text.contains(QLatin1String("tier 2 of 3, for 3 or more buyers")),
                 qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("(3 with this order)")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("2 more buyer(s)")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("10.00")), qPrintable(text)); // 2 × ¥5 refunds
        QCOMPARE(dialog.order().unitPrice, cny(85));
        QCOMPARE(dialog.order().total, cny(85));
        // A repeat buyer adds no participant.
        picker->setMember(m_members.at(0), QStringLiteral("A"));
        QCOMPARE(unitPrice(dialog), QStringLiteral("90.00"));
        QVERIFY(!dialog.tierText().contains(QLatin1String("refund")));
        // Showing refunds never changes the earlier orders.
        QCOMPARE(OrderRepository(*m_db).find(first)->unitPrice, cny(90));
        QCOMPARE(OrderRepository(*m_db).find(second)->unitPrice, cny(90));
    }

    void editingKeepsThePrice()
    {
        addOrder(m_members.at(0), 90);
        addOrder(m_members.at(1), 90);
        const qint64 third = addOrder(m_members.at(2), 88); // negotiated
        OrderDialog dialog(*m_db);
        dialog.setOrder(*OrderRepository(*m_db).find(third));
        dialog.show();
        QCOMPARE(unitPrice(dialog), QStringLiteral("88.00"));
        QVERIFY(dialog.tierText().contains(QLatin1String("tier 2 of 3")));
    }

    void storedTotalIsKeptUntilQuantityOrPriceChange_data()
    {
        QTest::addColumn<QString>("edit");
        QTest::addColumn<qint64>("expectedTotalMinor");
        QTest::addColumn<QString>("expectedText");
        // 3 × ¥99 = ¥297, sold for ¥280.50.
        QTest::newRow("untouched")
            << QString() << qint64(28050)
            << QStringLiteral("¥280.50 (a discount of ¥16.50 on 3 × ¥99.00)");
        QTest::newRow("notes") << QStringLiteral("notes") << qint64(28050)
                               << QStringLiteral("¥280.50 (a discount of ¥16.50 on 3 × ¥99.00)");
        QTest::newRow("quantity") << QStringLiteral("quantity") << qint64(39600)
                                  << QStringLiteral("¥396.00");
        QTest::newRow("price") << QStringLiteral("price") << qint64(28500)
                               << QStringLiteral("¥285.00");
        QTest::newRow("quantity back") << QStringLiteral("quantity back") << qint64(28050)
                                       << QStringLiteral("¥280.50 (a discount of ¥16.50 on 3 × "
                                                         "¥99.00)");
    }

    void storedTotalIsKeptUntilQuantityOrPriceChange()
    {
        QFETCH(QString, edit);
        QFETCH(qint64, expectedTotalMinor);
        QFETCH(QString, expectedText);
        Order stored;
        stored.memberId = m_members.at(0);
        stored.productId = m_product;
        stored.quantity = 3;
        stored.unitPrice = cny(99);
        stored.total = Money(28050, QStringLiteral("CNY"));
        stored.orderedAt = QDateTime(QDate(2026, 3, 2), QTime(12, 0), Qt::UTC);
        QVERIFY(OrderRepository(*m_db).insert(stored));
        OrderDialog dialog(*m_db);
        dialog.setOrder(*OrderRepository(*m_db).find(stored.id));
        auto *quantity = dialog.findChild<QSpinBox *>(QStringLiteral("quantitySpin"));
        if (edit == QLatin1String("notes"))
            dialog.findChild<QPlainTextEdit *>(QStringLiteral("notesEdit"))
                ->setPlainText(QStringLiteral("x"));
        else if (edit == QLatin1String("quantity"))
            quantity->setValue(4);
        else if (edit == QLatin1String("price"))
            dialog.findChild<QLineEdit *>(QStringLiteral("unitPriceEdit"))
                ->setText(QStringLiteral("95"));
        else if (edit == QLatin1String("quantity back")) {
            quantity->setValue(4);
            quantity->setValue(3);
        }
        QCOMPARE(dialog.order().total, Money(expectedTotalMinor, QStringLiteral("CNY")));
        QCOMPARE(dialog.totalText(), expectedText);
        if (edit.isEmpty())
            QCOMPARE(dialog.order(), *OrderRepository(*m_db).find(stored.id));
    }

    void timesAreTheWorkspaces()
    {
        // The computer is in UTC (CTest sets TZ); the workspace keeps Shanghai time (UTC+8).
        QVERIFY(m_db->setTimeZoneId(QStringLiteral("Asia/Shanghai")));
        Order stored;
        stored.memberId = m_members.at(0);
        stored.productId = m_product;
        stored.unitPrice = cny(99);
        stored.total = cny(99);
        stored.orderedAt = QDateTime(QDate(1999, 12, 31), QTime(20, 15, 42), Qt::UTC);
        QVERIFY(OrderRepository(*m_db).insert(stored));
        OrderDialog dialog(*m_db);
        dialog.setOrder(*OrderRepository(*m_db).find(stored.id));
        auto *time = dialog.findChild<QDateTimeEdit *>(QStringLiteral("timeEdit"));
        QCOMPARE(time->text(), QStringLiteral("2000-01-01 04:15:42"));
        QCOMPARE(dialog.order().orderedAt, stored.orderedAt);
        // A time typed in is read in the workspace's zone too.
        time->setDateTime(QDateTime(QDate(2026, 6, 1), QTime(9, 0), Qt::UTC));
        QCOMPARE(dialog.order().orderedAt, QDateTime(QDate(2026, 6, 1), QTime(1, 0), Qt::UTC));
    }
};

QTEST_MAIN(TestOrderDialog)
#include "tst_orderdialog.moc"
