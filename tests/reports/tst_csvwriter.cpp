#include "reports/csvwriter.h"

#include <QBuffer>
#include <QTest>

using namespace cohort;

/// CsvWriter: RFC 4180 quoting, CRLF rows, UTF-8 BOM, formula neutralization of hostile cells.
class TestCsvWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void escaping_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << QStringLiteral("Li Na") << QStringLiteral("Li Na");
        QTest::newRow("chinese") << QStringLiteral("王芳") << QStringLiteral("王芳");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("comma") << QStringLiteral("a,b") << QStringLiteral("\"a,b\"");
        QTest::newRow("quote") << QStringLiteral("say \"hi\"")
                               << QStringLiteral("\"say \"\"hi\"\"\"");
        QTest::newRow("newline") << QStringLiteral("a\nb") << QStringLiteral("\"a\nb\"");
        QTest::newRow("inner CR") << QStringLiteral("a\rb") << QStringLiteral("\"a\rb\"");
        QTest::newRow("leading space") << QStringLiteral(" x") << QStringLiteral("\" x\"");
        // Hostile cells: a spreadsheet would evaluate these.
        QTest::newRow("equals") << QStringLiteral("=1+1") << QStringLiteral("'=1+1");
        QTest::newRow("hyperlink")
            << QStringLiteral("=HYPERLINK(\"http://evil\",\"x\")")
            << QStringLiteral("\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\"");
        QTest::newRow("dde") << QStringLiteral("=cmd|' /C calc'!A0")
                             << QStringLiteral("'=cmd|' /C calc'!A0");
        QTest::newRow("plus") << QStringLiteral("+1") << QStringLiteral("'+1");
        QTest::newRow("minus") << QStringLiteral("-2+3") << QStringLiteral("'-2+3");
        QTest::newRow("at") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
        // A tab or line break is a separator of its own: quoted, and what follows neutralized.
        QTest::newRow("tab") << QStringLiteral("\t=1") << QStringLiteral("\"'\t'=1\"");
        QTest::newRow("carriage return") << QStringLiteral("\r=1") << QStringLiteral("\"'\r'=1\"");
        QTest::newRow("comma and formula") << QStringLiteral("=1,2") << QStringLiteral("\"'=1,2\"");
        QTest::newRow("not at start") << QStringLiteral("a=1") << QStringLiteral("a=1");
        // Semicolon locales (German, French Excel) split on ';', a paste as text on tabs: every
        // piece after a separator is neutralized, and the cell is quoted.
        QTest::newRow("semicolon") << QStringLiteral("a;b") << QStringLiteral("\"a;b\"");
        QTest::newRow("semicolon then formula") << QStringLiteral("x;=cmd|' /C calc'!A0")
                                                << QStringLiteral("\"x;'=cmd|' /C calc'!A0\"");
        QTest::newRow("comma then at")
            << QStringLiteral("a,@SUM(A1)") << QStringLiteral("\"a,'@SUM(A1)\"");
        QTest::newRow("tab then plus") << QStringLiteral("a\t+1") << QStringLiteral("\"a\t'+1\"");
        QTest::newRow("newline then minus")
            << QStringLiteral("a\n-1") << QStringLiteral("\"a\n'-1\"");
        QTest::newRow("space before formula kept")
            << QStringLiteral("a; b") << QStringLiteral("\"a; b\"");
        QTest::newRow("apostrophe kept") << QStringLiteral("'quoted") << QStringLiteral("'quoted");
        // A right-to-left override would reverse the rest of the row in an editor: isolated.
        QTest::newRow("override isolated")
            << QStringLiteral("Eve\u202Egnp.exe") << QStringLiteral("\u2068Eve\u202Egnp.exe\u2069");
        QTest::newRow("hebrew isolated, quoted")
            << QStringLiteral("שלום, עולם") << QStringLiteral("\"\u2068שלום, עולם\u2069\"");
        // Isolated by the list formatter already: not wrapped twice, and still neutralized.
        QTest::newRow("isolated formula")
            << QStringLiteral("\u2068=1+\u05D0\u2069") << QStringLiteral("\u2068'=1+\u05D0\u2069");
    }

    void escaping()
    {
        QFETCH(QString, cell);
        QFETCH(QString, expected);
        QCOMPARE(CsvWriter::escaped(cell), expected);
    }

    void fileLayout()
    {
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        CsvWriter writer(buffer);
        QVERIFY(writer.writeRow({ QStringLiteral("Name"), QStringLiteral("Total") }));
        QVERIFY(writer.writeRow({ QStringLiteral("王芳"), QStringLiteral("¥1,234.00") }));
        QVERIFY(writer.writeRow({ QStringLiteral("=evil()"), QString() }));
        const QByteArray expected = QByteArrayLiteral("\xEF\xBB\xBF")
            + QByteArrayLiteral("Name,Total\r\n")
            + QStringLiteral("王芳,\"¥1,234.00\"\r\n").toUtf8()
            + QByteArrayLiteral("'=evil(),\r\n");
        QCOMPARE(buffer.data(), expected);
    }

    void refusedDeviceReportsFailure()
    {
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        CsvWriter writer(buffer);
        QTest::ignoreMessage(QtWarningMsg, "QIODevice::write (QBuffer): ReadOnly device");
        QVERIFY(!writer.writeRow({ QStringLiteral("x") }));
        QVERIFY(!writer.ok());
    }
};

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"
