#include "import/solitaire/solitaireparser.h"
#include "import/solitaire/solitairequantity.h"

#include <QTest>

using namespace cohort::import;

/// SolitaireParser and SolitaireQuantity on hand-written Chinese and English lists.
class TestSolitaireParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void chineseNumbers_data()
    {
        QTest::addColumn<QString>("numeral");
        QTest::addColumn<int>("value"); // 0 = rejected
        QTest::newRow("一") << QStringLiteral("一") << 1;
        QTest::newRow("两") << QStringLiteral("两") << 2;
        QTest::newRow("十") << QStringLiteral("十") << 10;
        QTest::newRow("十二") << QStringLiteral("十二") << 12;
        QTest::newRow("二十") << QStringLiteral("二十") << 20;
        QTest::newRow("二十五") << QStringLiteral("二十五") << 25;
        QTest::newRow("一百") << QStringLiteral("一百") << 100;
        QTest::newRow("两百") << QStringLiteral("两百") << 200;
        QTest::newRow("一百零五") << QStringLiteral("一百零五") << 105;
        QTest::newRow("一百二十") << QStringLiteral("一百二十") << 120;
        QTest::newRow("四两 rejected") << QStringLiteral("四两") << 0;
        QTest::newRow("一百五 ambiguous") << QStringLiteral("一百五") << 0;
        QTest::newRow("十十") << QStringLiteral("十十") << 0;
        QTest::newRow("零") << QStringLiteral("零") << 0;
        QTest::newRow("两十") << QStringLiteral("两十") << 0;
    }
    void chineseNumbers()
    {
        QFETCH(QString, numeral);
        QFETCH(int, value);
        const auto parsed = SolitaireQuantity::chineseNumber(numeral);
        QCOMPARE(parsed.value_or(0), value);
    }

    void entry_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("quantity");
        QTest::addColumn<bool>("given");
        QTest::addColumn<QString>("unit");
        QTest::addColumn<QString>("note");
        QTest::newRow("digits and unit") << QStringLiteral("李娜 2盒") << QStringLiteral("李娜")
                                         << 2 << true << QStringLiteral("盒") << QString();
        QTest::newRow("english name with space")
            << QStringLiteral("Li Na 2 boxes") << QStringLiteral("Li Na") << 2 << true
            << QStringLiteral("boxes") << QString();
        QTest::newRow("emoji name, 两份, note")
            << QStringLiteral("小美🌸 两份 不要太熟的") << QStringLiteral("小美🌸") << 2 << true
            << QStringLiteral("份") << QStringLiteral("不要太熟的");
        QTest::newRow("x3") << QStringLiteral("王芳 x3") << QStringLiteral("王芳") << 3 << true
                            << QString() << QString();
        QTest::newRow("×3") << QStringLiteral("王芳 ×3") << QStringLiteral("王芳") << 3 << true
                            << QString() << QString();
        QTest::newRow("*2 glued") << QStringLiteral("Tom*2 no ice") << QStringLiteral("Tom") << 2
                                  << true << QString() << QStringLiteral("no ice");
        QTest::newRow("x with space") << QStringLiteral("🍓Lily 🍓 x 2") << QStringLiteral("🍓Lily 🍓")
                                      << 2 << true << QString() << QString();
        QTest::newRow("Max is not x") << QStringLiteral("Max 4") << QStringLiteral("Max") << 4
                                      << true << QString() << QString();
        QTest::newRow("十盒") << QStringLiteral("张三 十盒") << QStringLiteral("张三") << 10 << true
                              << QStringLiteral("盒") << QString();
        QTest::newRow("二十盒") << QStringLiteral("陈晨 二十盒") << QStringLiteral("陈晨") << 20
                                << true << QStringLiteral("盒") << QString();
        QTest::newRow("3个 with flavour")
            << QStringLiteral("李四 3个 草莓味") << QStringLiteral("李四") << 3 << true
            << QStringLiteral("个") << QStringLiteral("草莓味");
        QTest::newRow("item glued to quantity")
            << QStringLiteral("张三 草莓2份") << QStringLiteral("张三") << 2 << true
            << QStringLiteral("份") << QStringLiteral("草莓");
        QTest::newRow("digits inside nickname")
            << QStringLiteral("Amy2023 2份") << QStringLiteral("Amy2023") << 2 << true
            << QStringLiteral("份") << QString();
        QTest::newRow("no quantity") << QStringLiteral("赵六") << QStringLiteral("赵六") << 1
                                     << false << QString() << QString();
        QTest::newRow("no quantity, note after comma")
            << QStringLiteral("赵六，不要辣") << QStringLiteral("赵六") << 1 << false << QString()
            << QStringLiteral("不要辣");
        QTest::newRow("full-width") << QStringLiteral("Ｊａｎｅ ２盒") << QStringLiteral("Ｊａｎｅ")
                                    << 2 << true << QStringLiteral("盒") << QString();
        QTest::newRow("name ending in a numeral")
            << QStringLiteral("李四两盒") << QStringLiteral("李四") << 2 << true
            << QStringLiteral("盒") << QString();
        QTest::newRow("numeral nickname") << QStringLiteral("十一 2份") << QStringLiteral("十一")
                                          << 2 << true << QStringLiteral("份") << QString();
        QTest::newRow("bare number and note in brackets")
            << QStringLiteral("Maria 3 (pick up Friday)") << QStringLiteral("Maria") << 3 << true
            << QString() << QStringLiteral("(pick up Friday)");
        QTest::newRow("unit then item and note")
            << QStringLiteral("王五 2斤 车厘子 明天自提") << QStringLiteral("王五") << 2 << true
            << QStringLiteral("斤") << QStringLiteral("车厘子 明天自提");
        QTest::newRow("english unit then item")
            << QStringLiteral("Ken 2 bags cherries") << QStringLiteral("Ken") << 2 << true
            << QStringLiteral("bags") << QStringLiteral("cherries");
        QTest::newRow("address number is not a quantity")
            << QStringLiteral("小王 3号楼") << QStringLiteral("小王 3号楼") << 1 << false
            << QString() << QString();
        QTest::newRow("phone number is not a quantity")
            << QStringLiteral("Lucy 13800138000 x2") << QStringLiteral("Lucy 13800138000") << 2
            << true << QString() << QString();
        QTest::newRow("decimal weight is not a quantity")
            << QStringLiteral("Bob 2.5kg x1") << QStringLiteral("Bob 2.5kg") << 1 << true
            << QString() << QString();
        QTest::newRow("comma before quantity")
            << QStringLiteral("阿May，三份") << QStringLiteral("阿May") << 3 << true
            << QStringLiteral("份") << QString();
        QTest::newRow("dash before bare number")
            << QStringLiteral("Anna - 2 loaves") << QStringLiteral("Anna") << 2 << true << QString()
            << QStringLiteral("loaves");
        QTest::newRow("space before unit") << QStringLiteral("老王 2 份") << QStringLiteral("老王")
                                           << 2 << true << QStringLiteral("份") << QString();
        QTest::newRow("second item stays in the note")
            << QStringLiteral("Mia 1 box + 1 bag") << QStringLiteral("Mia") << 1 << true
            << QStringLiteral("box") << QStringLiteral("+ 1 bag");
        QTest::newRow("full-width multiplier digits")
            << QStringLiteral("小雨 x２") << QStringLiteral("小雨") << 2 << true << QString()
            << QString();
        QTest::newRow("full-width ten")
            << QStringLiteral("Ｌｅｏ ×１０") << QStringLiteral("Ｌｅｏ") << 10 << true << QString()
            << QString();
        QTest::newRow("building number in brackets")
            << QStringLiteral("张阿姨（3栋）两盒") << QStringLiteral("张阿姨（3栋）") << 2 << true
            << QStringLiteral("盒") << QString();
        QTest::newRow("note with mixed items")
            << QStringLiteral("Kevin 2盒 草莓+蓝莓各一") << QStringLiteral("Kevin") << 2 << true
            << QStringLiteral("盒") << QStringLiteral("草莓+蓝莓各一");
        QTest::newRow("emoji around") << QStringLiteral("🐱猫猫 三盒🍓") << QStringLiteral("🐱猫猫")
                                      << 3 << true << QStringLiteral("盒") << QStringLiteral("🍓");
        QTest::newRow("trailing full stop")
            << QStringLiteral("李娜 2份。") << QStringLiteral("李娜") << 2 << true
            << QStringLiteral("份") << QString();
        QTest::newRow("glued multiplier and unit")
            << QStringLiteral("Zoe x3盒") << QStringLiteral("Zoe") << 3 << true
            << QStringLiteral("盒") << QString();
        QTest::newRow("kilograms") << QStringLiteral("老陈 5公斤") << QStringLiteral("老陈") << 5
                                   << true << QStringLiteral("公斤") << QString();
    }
    void entry()
    {
        QFETCH(QString, body);
        QFETCH(QString, name);
        QFETCH(int, quantity);
        QFETCH(bool, given);
        QFETCH(QString, unit);
        QFETCH(QString, note);
        const SolitaireEntry e = SolitaireParser::parseEntry(7, body);
        QCOMPARE(e.position, 7);
        QCOMPARE(e.name, name);
        QCOMPARE(e.quantity, quantity);
        QCOMPARE(e.quantityGiven, given);
        QCOMPARE(e.unit, unit);
        QCOMPARE(e.note, note);
    }

    void chinesePost()
    {
        const auto post = SolitaireParser::parse(QStringLiteral("#接龙 周五丹东草莓\n"
                                                                "每盒3斤，团购价 85 元\n"
                                                                "例 1. 张三 2盒\n"
                                                                "1. 李娜 2盒\n"
                                                                "2、小美🌸 两份 不要太熟的\n"
                                                                "3．Tom ×3\n"
                                                                "４）Ｊａｎｅ ２盒\n"
                                                                "5.\n"
                                                                "\n"
                                                                "谢谢大家"));
        QVERIFY(post);
        QCOMPARE(post->title, QStringLiteral("周五丹东草莓"));
        QCOMPARE(post->description, QStringLiteral("每盒3斤，团购价 85 元"));
        QCOMPARE(post->example, QStringLiteral("例 1. 张三 2盒"));
        QCOMPARE(post->entries.size(), 4);
        QCOMPARE(post->entries.at(0).name, QStringLiteral("李娜"));
        QCOMPARE(post->entries.at(1).position, 2);
        QCOMPARE(post->entries.at(1).quantity, 2);
        QCOMPARE(post->entries.at(2).name, QStringLiteral("Tom"));
        QCOMPARE(post->entries.at(2).quantity, 3);
        QCOMPARE(post->entries.at(3).position, 4);
        QCOMPARE(post->entries.at(3).name, QStringLiteral("Ｊａｎｅ"));
    }

    void englishPost()
    {
        const auto post
            = SolitaireParser::parse(QStringLiteral("Sign-up list: Saturday sourdough 🍞\r\n"
                                                    "Pick-up 10:00 at the bakery\r\n"
                                                    "Format: name + loaves\r\n"
                                                    "1) Anna 2\r\n"
                                                    "2) Ben Carter x1 seeded\r\n"
                                                    "3) Chloé 3 pcs\r\n"));
        QVERIFY(post);
        QCOMPARE(post->title, QStringLiteral("Saturday sourdough 🍞"));
        QCOMPARE(post->description, QStringLiteral("Pick-up 10:00 at the bakery"));
        QCOMPARE(post->example, QStringLiteral("Format: name + loaves"));
        QCOMPARE(post->entries.size(), 3);
        QCOMPARE(post->entries.at(1).name, QStringLiteral("Ben Carter"));
        QCOMPARE(post->entries.at(1).note, QStringLiteral("seeded"));
        QCOMPARE(post->entries.at(2).unit, QStringLiteral("pcs"));
    }

    void headers_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("solitaire");
        QTest::addColumn<QString>("title");
        QTest::addColumn<int>("entries");
        QTest::newRow("hash header, nobody yet") << QStringLiteral("#接龙 端午粽子\n截止周三")
                                                 << true << QStringLiteral("端午粽子") << 0;
        QTest::newRow("full-width hash") << QStringLiteral("＃接龙　车厘子\n1. 阿强 1箱") << true
                                         << QStringLiteral("车厘子") << 1;
        QTest::newRow("bracketed") << QStringLiteral("【接龙】水果拼团\n1、王芳 2份") << true
                                   << QStringLiteral("水果拼团") << 1;
        QTest::newRow("marker after title") << QStringLiteral("周六烧烤 #接龙\n1. Sam 2") << true
                                            << QStringLiteral("周六烧烤") << 1;
        QTest::newRow("#signup") << QStringLiteral("#signup BBQ Sunday") << true
                                 << QStringLiteral("BBQ Sunday") << 0;
        QTest::newRow("title from description")
            << QStringLiteral("接龙\n山东烟台苹果 10斤装\n1. 张三 1箱") << true
            << QStringLiteral("山东烟台苹果 10斤装") << 1;
        QTest::newRow("decimal date in description")
            << QStringLiteral("#接龙 荔枝\n5.20 发货\n1. 张三 2斤") << true
            << QStringLiteral("荔枝") << 1;
        QTest::newRow("greeting before header")
            << QStringLiteral("大家好～\n#接龙 芒果\n1. 小红 1箱\n2. 小绿 2箱") << true
            << QStringLiteral("芒果") << 2;
        QTest::newRow("hash both sides")
            << QStringLiteral("#接龙#\n1. A 1份") << true << QString() << 1;
        QTest::newRow("bracketed group-buy header")
            << QStringLiteral("【团购接龙】阳山水蜜桃\n1. 阿花 2箱") << true
            << QStringLiteral("阳山水蜜桃") << 1;
        QTest::newRow("#signup with entries without quantities")
            << QStringLiteral("#signup Sunday football ⚽\n1. Ahmed\n2. Ben (goalkeeper)") << true
            << QStringLiteral("Sunday football ⚽") << 2;
        QTest::newRow("noise between entries") << QStringLiteral(
            "#接龙 粽子\n1. 阿花 5个\n（中间省略）\n2. 阿草 3个\n@所有人 今晚截止")
                                               << true << QStringLiteral("粽子") << 2;
        QTest::newRow("spaced and ideographic full stop numbering")
            << QStringLiteral("#接龙 苹果\n1 . 甲 1箱\n2。乙 2箱\n3 、丙 1箱") << true
            << QStringLiteral("苹果") << 3;
        QTest::newRow("title ending in parentheses")
            << QStringLiteral("#接龙 Healthy Snack Box (SG)\n1. Mei 2") << true
            << QStringLiteral("Healthy Snack Box (SG)") << 1;
        QTest::newRow("full-width parentheses kept")
            << QStringLiteral("【接龙】草莓（丹东）\n1. 王芳 2份") << true
            << QStringLiteral("草莓（丹东）") << 1;
        QTest::newRow("title framed in brackets")
            << QStringLiteral("#接龙 【周五草莓】\n1. 王芳 2份") << true
            << QStringLiteral("周五草莓") << 1;
        QTest::newRow("unbalanced opener dropped")
            << QStringLiteral("#接龙 (芒果\n1. 王芳 2份") << true << QStringLiteral("芒果") << 1;
        QTest::newRow("question about solitaire")
            << QStringLiteral("接龙结束了吗？") << false << QString() << 0;
        QTest::newRow("mention mid-sentence")
            << QStringLiteral("今天的接龙大家别忘了") << false << QString() << 0;
        QTest::newRow("numbered list without header")
            << QStringLiteral("1. buy milk\n2. eggs") << false << QString() << 0;
        QTest::newRow("sign-up list chatter")
            << QStringLiteral("I made a sign-up list yesterday") << false << QString() << 0;
        QTest::newRow("empty") << QString() << false << QString() << 0;
        QTest::newRow("bare header and an example only")
            << QStringLiteral("接龙 芒果\n例：1. 张三 2份") << false << QString() << 0;
        QTest::newRow("bare header, example, then an entry")
            << QStringLiteral("接龙 芒果\n例：1. 张三 2份\n1. 李四 1箱") << true
            << QStringLiteral("芒果") << 1;
    }
    void headers()
    {
        QFETCH(QString, text);
        QFETCH(bool, solitaire);
        QFETCH(QString, title);
        QFETCH(int, entries);
        const auto post = SolitaireParser::parse(text);
        QCOMPARE(post.has_value(), solitaire);
        QCOMPARE(SolitaireParser::isList(text), solitaire);
        if (!post)
            return;
        QCOMPARE(post->title, title);
        QCOMPARE(post->entries.size(), entries);
    }

    void threadKey()
    {
        QCOMPARE(SolitaireParser::threadKey(QStringLiteral("周五 丹东草莓！")),
                 SolitaireParser::threadKey(QStringLiteral("周五丹东草莓")));
        QCOMPARE(SolitaireParser::threadKey(QStringLiteral("BBQ Sunday")),
                 SolitaireParser::threadKey(QStringLiteral("bbq  sunday.")));
        QVERIFY(SolitaireParser::threadKey(QStringLiteral("草莓"))
                != SolitaireParser::threadKey(QStringLiteral("车厘子")));
    }
};

QTEST_APPLESS_MAIN(TestSolitaireParser)
#include "tst_solitaireparser.moc"
