#include "domain/money.h"

#include <QLocale>
#include <QTest>

#include <limits>

using cohort::Money;

/// Money: exact parsing, arithmetic, rounding and formatting.
class TestMoney : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<qint64>("minor");
        QTest::newRow("integer") << QStringLiteral("12") << true << qint64(1200);
        QTest::newRow("one decimal") << QStringLiteral("12.5") << true << qint64(1250);
        QTest::newRow("two decimals") << QStringLiteral("0.07") << true << qint64(7);
        QTest::newRow("negative") << QStringLiteral("-3.05") << true << qint64(-305);
        QTest::newRow("grouping") << QStringLiteral("1,234.50") << true << qint64(123450);
        QTest::newRow("leading dot") << QStringLiteral(".5") << true << qint64(50);
        QTest::newRow("spaces") << QStringLiteral("  9 ") << true << qint64(900);
        QTest::newRow("three decimals") << QStringLiteral("1.005") << false << qint64(0);
        QTest::newRow("letters") << QStringLiteral("12a") << false << qint64(0);
        QTest::newRow("empty") << QString() << false << qint64(0);
        QTest::newRow("only sign") << QStringLiteral("-") << false << qint64(0);
        QTest::newRow("two dots") << QStringLiteral("1.2.3") << false << qint64(0);
    }
    void parse()
    {
        QFETCH(QString, input);
        QFETCH(bool, valid);
        QFETCH(qint64, minor);
        const auto parsed = Money::parse(input, QStringLiteral("CNY"));
        QCOMPARE(parsed.has_value(), valid);
        if (valid) {
            QCOMPARE(parsed->minorUnits(), minor);
            QCOMPARE(parsed->currency(), QStringLiteral("CNY"));
        }
    }

    void arithmetic()
    {
        const Money a(1999, QStringLiteral("CNY"));
        const Money b(1, QStringLiteral("CNY"));
        QCOMPARE((a + b).minorUnits(), qint64(2000));
        QCOMPARE((a - b).minorUnits(), qint64(1998));
        QCOMPARE(a.times(3).minorUnits(), qint64(5997));
        QVERIFY(b < a);
        QCOMPARE(-a, Money(-1999, QStringLiteral("CNY")));
        Money sum;
        sum += a;
        QCOMPARE(sum.currency(), QStringLiteral("CNY"));
        // 0.1 + 0.2 is exactly 0.3: the classic floating-point trap does not apply.
        QCOMPARE(Money(10, QStringLiteral("CNY")) + Money(20, QStringLiteral("CNY")),
                 Money(30, QStringLiteral("CNY")));
    }

    void percent_data()
    {
        QTest::addColumn<qint64>("minor");
        QTest::addColumn<qint64>("bp");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("10% of 99.99") << qint64(9999) << qint64(1000) << qint64(1000);
        QTest::newRow("5% of 0.10") << qint64(10) << qint64(500) << qint64(1); // 0.5 rounds up
        QTest::newRow("5% of 0.09") << qint64(9) << qint64(500) << qint64(0); // 0.45 rounds down
        QTest::newRow("negative half") << qint64(-10) << qint64(500) << qint64(-1);
        QTest::newRow("100%") << qint64(12345) << qint64(10000) << qint64(12345);
        QTest::newRow("zero") << qint64(0) << qint64(1234) << qint64(0);
    }
    void percent()
    {
        QFETCH(qint64, minor);
        QFETCH(qint64, bp);
        QFETCH(qint64, expected);
        QCOMPARE(Money(minor, QStringLiteral("CNY")).percentBasisPoints(bp).minorUnits(), expected);
    }

    /// Products past qint64 (a dialog holding the largest amount) saturate instead of overflowing.
    void overflowSaturates()
    {
        const Money huge(99999999999999999, QStringLiteral("CNY"));
        QCOMPARE(huge.times(250000).minorUnits(), std::numeric_limits<qint64>::max());
        QCOMPARE(huge.times(-250000).minorUnits(), std::numeric_limits<qint64>::min());
        // The saturated product, divided by 10,000 and rounded half away from zero.
        QCOMPARE(huge.percentBasisPoints(250000).minorUnits(), qint64(922337203685478));
        // Near the limit but fitting, the exact value.
        QCOMPARE(
            Money(1000000000000000, QStringLiteral("CNY")).percentBasisPoints(1500).minorUnits(),
            qint64(150000000000000));
    }

    void formatting()
    {
        QCOMPARE(Money(123456, QStringLiteral("CNY")).toPlainString(), QStringLiteral("1234.56"));
        QCOMPARE(Money(-5, QStringLiteral("CNY")).toPlainString(), QStringLiteral("-0.05"));
        QCOMPARE(Money(0, QStringLiteral("CNY")).toPlainString(), QStringLiteral("0.00"));
        const QLocale en(QLocale::English, QLocale::UnitedStates);
        QCOMPARE(Money(123456, QStringLiteral("USD")).toDisplayString(en),
                 QStringLiteral("$1,234.56"));
        QCOMPARE(Money(-1200, QStringLiteral("CNY")).toDisplayString(en),
                 QStringLiteral("-¥12.00"));
        const QLocale de(QLocale::German, QLocale::Germany);
        QCOMPARE(Money(123456, QStringLiteral("EUR")).toDisplayString(de),
                 QStringLiteral("€1.234,56"));
        QCOMPARE(Money(100, QStringLiteral("JPY")).toDisplayString(en), QStringLiteral("JPY 1.00"));
    }

    void roundTrip()
    {
        for (qint64 minor :
             { qint64(0), qint64(1), qint64(-1), qint64(99), qint64(100), qint64(123456789012) }) {
            const Money m(minor, QStringLiteral("CNY"));
            QCOMPARE(Money::parse(m.toPlainString(), QStringLiteral("CNY")),
                     std::optional<Money>(m));
        }
    }
};

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
