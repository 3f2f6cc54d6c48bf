#include "import/orders/ordervalueparser.h"

#include <QTest>

using namespace cohort;
using import::OrderValueParser;

/// OrderValueParser: money, dates, quantities, statuses and phone numbers as shops write them.
class TestOrderValueParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void money_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<qint64>("minor");
        QTest::newRow("plain") << QStringLiteral("19.90") << true << qint64(1990);
        QTest::newRow("one decimal") << QStringLiteral("19.9") << true << qint64(1990);
        QTest::newRow("whole") << QStringLiteral("45") << true << qint64(4500);
        QTest::newRow("yen sign") << QStringLiteral("¥45.00") << true << qint64(4500);
        QTest::newRow("full-width yen and digits")
            << QStringLiteral("￥４５.５") << true << qint64(4550);
        QTest::newRow("yuan suffix") << QStringLiteral("19.9元") << true << qint64(1990);
        QTest::newRow("thousands") << QStringLiteral("1,234.50") << true << qint64(123450);
        QTest::newRow("RMB prefix") << QStringLiteral("RMB 12") << true << qint64(1200);
        QTest::newRow("negative") << QStringLiteral("-5") << true << qint64(-500);
        QTest::newRow("words") << QStringLiteral("abc") << false << qint64(-1);
        QTest::newRow("three decimals") << QStringLiteral("1.999") << false << qint64(-1);
        QTest::newRow("empty") << QString() << false << qint64(-1);
    }
    void money()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QFETCH(qint64, minor);
        const std::optional<Money> m = OrderValueParser::money(text, QStringLiteral("CNY"));
        if (!ok) {
            QVERIFY(!m);
            return;
        }
        QVERIFY2(m, qPrintable(text));
        QCOMPARE(m->minorUnits(), minor);
        QCOMPARE(m->currency(), QStringLiteral("CNY"));
    }

    void dateTime_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDateTime>("expected"); // invalid = rejected
        const QTimeZone zone("Asia/Shanghai");
        const auto at = [&](int y, int mo, int d, int h, int mi, int s = 0) {
            return QDateTime(QDate(y, mo, d), QTime(h, mi, s), zone);
        };
        QTest::newRow("iso minutes")
            << QStringLiteral("2026-03-02 20:15") << at(2026, 3, 2, 20, 15);
        QTest::newRow("iso seconds")
            << QStringLiteral("2026-03-02 20:15:07") << at(2026, 3, 2, 20, 15, 7);
        QTest::newRow("iso T") << QStringLiteral("2026-03-02T08:00:00") << at(2026, 3, 2, 8, 0);
        QTest::newRow("slashes short") << QStringLiteral("2026/3/3 9:05") << at(2026, 3, 3, 9, 5);
        QTest::newRow("chinese") << QStringLiteral("2026年3月5日 10:00") << at(2026, 3, 5, 10, 0);
        QTest::newRow("chinese date") << QStringLiteral("2026年3月5日") << at(2026, 3, 5, 0, 0);
        QTest::newRow("date only") << QStringLiteral("2026-03-04") << at(2026, 3, 4, 0, 0);
        QTest::newRow("compact") << QStringLiteral("20260304") << at(2026, 3, 4, 0, 0);
        QTest::newRow("european") << QStringLiteral("4.3.2026 18:30") << at(2026, 3, 4, 18, 30);
        QTest::newRow("excel serial") << QStringLiteral("46083.5") << at(2026, 3, 2, 12, 0);
        QTest::newRow("words") << QStringLiteral("yesterday") << QDateTime();
        QTest::newRow("bad day") << QStringLiteral("2026-02-30") << QDateTime();
    }
    void dateTime()
    {
        QFETCH(QString, text);
        QFETCH(QDateTime, expected);
        const std::optional<QDateTime> parsed
            = OrderValueParser::dateTime(text, QTimeZone("Asia/Shanghai"));
        if (!expected.isValid()) {
            QVERIFY(!parsed);
            return;
        }
        QVERIFY2(parsed, qPrintable(text));
        QCOMPARE(parsed->toUTC(), expected.toUTC());
    }

    void quantity_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("expected"); // 0 = rejected
        QTest::newRow("digits") << QStringLiteral("3") << 3;
        QTest::newRow("unit") << QStringLiteral("1件") << 1;
        QTest::newRow("chinese numeral") << QStringLiteral("两盒") << 2;
        QTest::newRow("multiplier") << QStringLiteral("x3") << 3;
        QTest::newRow("full-width") << QStringLiteral("１２") << 12;
        QTest::newRow("zero") << QStringLiteral("0") << 0;
        QTest::newRow("negative") << QStringLiteral("-2") << 0;
        QTest::newRow("sentence") << QStringLiteral("order 2 of 3") << 0;
        QTest::newRow("fraction") << QStringLiteral("1.5") << 0;
    }
    void quantity()
    {
        QFETCH(QString, text);
        QFETCH(int, expected);
        const std::optional<int> q = OrderValueParser::quantity(text);
        if (expected == 0) {
            QVERIFY2(!q, qPrintable(text));
            return;
        }
        QVERIFY2(q, qPrintable(text));
        QCOMPARE(*q, expected);
    }

    void status()
    {
        QCOMPARE(OrderValueParser::status(QStringLiteral("paid")), OrderStatus::Paid);
        QCOMPARE(OrderValueParser::status(QStringLiteral(" Delivered ")), OrderStatus::Delivered);
        QCOMPARE(OrderValueParser::status(QStringLiteral("已付款")), OrderStatus::Paid);
        QCOMPARE(OrderValueParser::status(QStringLiteral("已发货")), OrderStatus::Delivered);
        QCOMPARE(OrderValueParser::status(QStringLiteral("已退款")), OrderStatus::Refunded);
        QCOMPARE(OrderValueParser::status(QStringLiteral("待付款")), OrderStatus::Placed);
        QVERIFY(!OrderValueParser::status(QStringLiteral("lost in the mail")));
    }

    void phone()
    {
        QCOMPARE(OrderValueParser::normalizedPhone(QStringLiteral("+86 135 0000 1111")),
                 QStringLiteral("13500001111"));
        QCOMPARE(OrderValueParser::normalizedPhone(QStringLiteral("0086-13500001111")),
                 QStringLiteral("13500001111"));
        QCOMPARE(OrderValueParser::normalizedPhone(QStringLiteral("138 0013 8000")),
                 QStringLiteral("13800138000"));
        QCOMPARE(OrderValueParser::normalizedPhone(QStringLiteral("(555) 010-2030")),
                 QStringLiteral("5550102030"));
    }
};

QTEST_GUILESS_MAIN(TestOrderValueParser)
#include "tst_ordervalueparser.moc"
