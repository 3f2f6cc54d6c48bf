#include "import/chattitle.h"

#include <QTest>

using namespace cohort::import;

/// A chat named only by its export's file name is called what WhatsApp calls it, in each of
/// the languages WhatsApp writes the file name in.
class TestChatTitle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fromFileName_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("title");
        QTest::newRow("en txt") << "/tmp/WhatsApp Chat with Coffee Deals.txt"
                                << "Coffee Deals";
        QTest::newRow("en zip, dash") << "C:/Users/王芳/Downloads/WhatsApp Chat - 宝妈团 🍼.zip"
                                      << "宝妈团 🍼";
        QTest::newRow("de") << "WhatsApp-Chat mit Laufgruppe Süd.txt"
                            << "Laufgruppe Süd";
        QTest::newRow("zh_CN") << "与鲜果邻居团的WhatsApp聊天.txt"
                               << "鲜果邻居团";
        QTest::newRow("zh_TW") << "與讀書會的WhatsApp對話.txt"
                               << "讀書會";
        QTest::newRow("es") << "Chat de WhatsApp con Mamás del cole.txt"
                            << "Mamás del cole";
        QTest::newRow("pt") << "Conversa do WhatsApp com Vendas SP.txt"
                            << "Vendas SP";
        QTest::newRow("fr") << "Discussion WhatsApp avec Club de lecture.txt"
                            << "Club de lecture";
        QTest::newRow("id") << "Chat WhatsApp dengan Arisan.txt"
                            << "Arisan";
        QTest::newRow("cs") << "Chat WhatsApp s uživatelem Běžci Brno.txt"
                            << QStringLiteral("Běžci Brno");
        QTest::newRow("zh_CN, spaced")
            << "与鲜果邻居团的 WhatsApp 聊天.zip" << QStringLiteral("鲜果邻居团");
        QTest::newRow("ru") << "Чат WhatsApp с Соседи.txt"
                            << "Соседи";
        QTest::newRow("tr") << "Kitap Kulübü ile WhatsApp Sohbeti.txt"
                            << "Kitap Kulübü";
        QTest::newRow("dots in the name") << "WhatsApp Chat with Dr. Li 2.0.txt"
                                          << "Dr. Li 2.0";
        QTest::newRow("another exporter's name") << "/data/book_club.txt"
                                                 << "book_club";
        QTest::newRow("Telegram's file") << "result.json"
                                         << "result";
        QTest::newRow("prefix alone") << "WhatsApp Chat with .txt"
                                      << "WhatsApp Chat with";
    }

    void fromFileName()
    {
        QFETCH(QString, path);
        QFETCH(QString, title);
        QCOMPARE(ChatTitle::fromFileName(path), title);
    }
};

QTEST_GUILESS_MAIN(TestChatTitle)
#include "tst_chattitle.moc"
