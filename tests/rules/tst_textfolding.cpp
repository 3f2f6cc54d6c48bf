#include "rules/phrasematcher.h"
#include "rules/textfolding.h"

#include <QTest>

using namespace cohort::rules;

/// TextFolding (NFKC + case fold, with the way back to the original) and PhraseMatcher.
class TestTextFolding : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fold_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("folded");
        QTest::newRow("ascii case") << QStringLiteral("DM Me") << QStringLiteral("dm me");
        QTest::newRow("full-width")
            << QStringLiteral("ＶＸ：ａｂｃ１２３") << QStringLiteral("vx:abc123");
        QTest::newRow("cjk unchanged")
            << QStringLiteral("加我微信，私聊") << QStringLiteral("加我微信,私聊");
        QTest::newRow("ligature") << QStringLiteral("ﬁne") << QStringLiteral("fine");
        QTest::newRow("circled digit") << QStringLiteral("①") << QStringLiteral("1");
    }

    void fold()
    {
        QFETCH(QString, text);
        QFETCH(QString, folded);
        QCOMPARE(TextFolding::fold(text), folded);
    }

    /// The listed white space is Qt's, for every UTF-16 unit.
    void isSpaceAgreesWithQt()
    {
        for (int u = 0; u <= 0xFFFF; ++u)
            QVERIFY2(TextFolding::isSpace(char16_t(u)) == QChar(char16_t(u)).isSpace(),
                     qPrintable(QString::number(u, 16)));
    }

    void originQuotesWhatWasWritten()
    {
        const QString text = QStringLiteral("请加ＶＸ：ａｂｃ谢谢");
        QString folded;
        std::vector<int> origin;
        TextFolding::fold(text, folded, &origin);
        QCOMPARE(int(origin.size()), folded.size() + 1);
        const int at = int(folded.indexOf(QStringLiteral("vx")));
        QCOMPARE(TextFolding::original(text, origin, at, at + 2), QStringLiteral("ＶＸ"));
    }

    void phrases_data()
    {
        QTest::addColumn<QString>("phrase");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("found"); ///< empty: not found
        QTest::newRow("cjk inside a sentence")
            << QStringLiteral("私聊") << QStringLiteral("有事可以私聊我") << QStringLiteral("私聊");
        QTest::newRow("latin glued to cjk")
            << QStringLiteral("vx") << QStringLiteral("加vx详聊") << QStringLiteral("vx");
        QTest::newRow("latin with digits")
            << QStringLiteral("vx") << QStringLiteral("vx123456") << QStringLiteral("vx");
        QTest::newRow("not inside a latin word")
            << QStringLiteral("vx") << QStringLiteral("the vortex") << QString();
        QTest::newRow("phrase inside words")
            << QStringLiteral("dm me") << QStringLiteral("adm men") << QString();
        QTest::newRow("folded phrase")
            << QStringLiteral("DM ME") << QStringLiteral("pls ＤＭ me") << QStringLiteral("dm me");
        QTest::newRow("overlapping suffix")
            << QStringLiteral("微信") << QStringLiteral("加我微信号") << QStringLiteral("微信");
    }

    void phrases()
    {
        QFETCH(QString, phrase);
        QFETCH(QString, text);
        QFETCH(QString, found);
        PhraseMatcher m;
        m.add(QStringLiteral("加我微信号码"), 1); // a longer phrase sharing a prefix
        m.add(phrase, 0);
        m.build();
        const QString folded = TextFolding::fold(text);
        std::vector<char> seen(2, 0);
        QString got;
        m.find(folded, seen, [&](const PhraseMatcher::Hit &h) {
            if (h.tag == 0)
                got = folded.mid(h.begin, h.end - h.begin);
        });
        QCOMPARE(got, found);
        QCOMPARE(seen, std::vector<char>(2, 0));
    }

    void manyPhrases()
    {
        PhraseMatcher m;
        for (int i = 0; i < 200; ++i)
            m.add(QStringLiteral("竞品%1号").arg(i), i);
        m.build();
        std::vector<char> seen(200, 0);
        QList<int> tags;
        m.find(TextFolding::fold(QStringLiteral("我用过竞品17号和竞品170号")), seen,
               [&](const PhraseMatcher::Hit &h) { tags << h.tag; });
        QCOMPARE(tags, (QList<int> { 17, 170 }));
    }
};

QTEST_GUILESS_MAIN(TestTextFolding)
#include "tst_textfolding.moc"
