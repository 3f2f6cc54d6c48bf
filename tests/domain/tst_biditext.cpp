#include "domain/biditext.h"

#include <QTest>

using namespace cohort;

namespace {
const QString FSI(QChar(0x2068));
const QString PDI(QChar(0x2069));
const QString RLO(QChar(0x202E));
const QString LRI(QChar(0x2066));
} // namespace

/// User text that could reorder its neighbours is isolated; ordinary text is left alone.
class TestBidiText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ordinaryTextIsUnchanged_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("latin") << QStringLiteral("Zoë O'Neil (VIP)");
        QTest::newRow("chinese") << QStringLiteral("王小明，读书会2024");
        QTest::newRow("emoji") << QStringLiteral("Ann 🙂👋");
        QTest::newRow("cyrillic") << QStringLiteral("Мария");
    }

    void ordinaryTextIsUnchanged()
    {
        QFETCH(QString, text);
        QVERIFY(!BidiText::needsIsolation(text));
        QCOMPARE(BidiText::isolated(text), text);
    }

    void orderChangingTextIsIsolated_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("override") << QStringLiteral("Eve") + RLO + QStringLiteral("gnp.exe")
                                  << FSI + QStringLiteral("Eve") + RLO + QStringLiteral("gnp.exe")
                + PDI;
        QTest::newRow("hebrew") << QStringLiteral("שלום") << FSI + QStringLiteral("שלום") + PDI;
        QTest::newRow("arabic") << QStringLiteral("محمد 12")
                                << FSI + QStringLiteral("محمد 12") + PDI;
        // A stray PDI would end the isolate early and let the override leak: it is dropped.
        QTest::newRow("stray PDI")
            << PDI + RLO + QStringLiteral("x") << FSI + RLO + QStringLiteral("x") + PDI;
        // The text's own isolate stays, and is closed before ours.
        QTest::newRow("open LRI") << LRI + QStringLiteral("abc")
                                  << FSI + LRI + QStringLiteral("abc") + PDI + PDI;
        QTest::newRow("balanced LRI")
            << LRI + QStringLiteral("a") + PDI + QStringLiteral("b")
            << FSI + LRI + QStringLiteral("a") + PDI + QStringLiteral("b") + PDI;
        // Right-to-left letters outside the BMP (Adlam) count too.
        QTest::newRow("astral rtl")
            << QString::fromUcs4(U"\U0001E900x") << FSI + QString::fromUcs4(U"\U0001E900x") + PDI;
    }

    void orderChangingTextIsIsolated()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QVERIFY(BidiText::needsIsolation(text));
        QCOMPARE(BidiText::isolated(text), expected);
        // Once is enough: isolating again changes nothing.
        QCOMPARE(BidiText::isolated(expected), expected);
    }

    void twoIsolatesSideBySideAreNotOne()
    {
        // "FSI a PDI FSI b PDI" starts and ends like one isolate but is two: wrapped again.
        const QString two = FSI + QStringLiteral("א") + PDI + FSI + QStringLiteral("ב") + PDI;
        QCOMPARE(BidiText::isolated(two), FSI + two + PDI);
    }
};

QTEST_GUILESS_MAIN(TestBidiText)
#include "tst_biditext.moc"
