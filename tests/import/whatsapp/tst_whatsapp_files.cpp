#include "whatsappfixtures.h"

#include <QBuffer>
#include <QTest>

#include <vector>

using namespace cohort;
using namespace cohort::import;
using namespace cohort::test;

namespace {

/// A device that cannot seek, like a pipe or a network stream.
class SequentialDevice final : public QIODevice
{
public:
    explicit SequentialDevice(QByteArray data)
        : m_data(std::move(data))
    {
    }
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override
    {
        return m_data.size() - m_pos + QIODevice::bytesAvailable();
    }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = qMin(maxSize, qint64(m_data.size()) - m_pos);
        memcpy(data, m_data.constData() + m_pos, size_t(n));
        m_pos += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_pos = 0;
};

} // namespace

/// Whole WhatsApp exports: summary counts, .zip against .txt, UTF-16 and progress, unseekable
/// input, errors, format sniffing and Cancel.
class TestWhatsAppFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void summary_data();
    void summary();
    void zipMatchesText();
    void utf16AndProgress();
    void sequentialInput();
    void errors_data();
    void errors();
    void sniff_data();
    void sniff();
    void cancel();
};

void TestWhatsAppFiles::summary_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("order");
    QTest::addColumn<int>("total");
    QTest::addColumn<int>("messages");
    QTest::addColumn<int>("joins");
    QTest::addColumn<int>("leaves");
    QTest::addColumn<int>("removed");
    QTest::addColumn<int>("renames");
    QTest::addColumn<int>("system");
    QTest::addColumn<int>("media");
    QTest::addColumn<int>("deleted");
    QTest::addColumn<int>("links");
    QTest::addColumn<int>("warnings");
    QTest::addColumn<qint64>("firstWall");
    QTest::addColumn<qint64>("lastWall");
    QTest::addColumn<qint64>("maxWall");
    QTest::addColumn<DateOrder>("orderUsed");
    QTest::addColumn<bool>("ambiguous");
    QTest::addColumn<QString>("groupName");

    const int autoOrder = int(DateOrder::Auto);
    QTest::newRow("android en 24h")
        << fixture("android_en_24h.txt") << autoOrder << 23 << 13 << 4 << 1 << 1 << 2 << 2 << 2 << 2
        << 2 << 2 << wall(2023, 1, 15, 9, 0) << wall(2023, 1, 17, 7, 6) << wall(2023, 1, 17, 7, 6)
        << DateOrder::MonthDayYear << false << QStringLiteral("Book Club");
    QTest::newRow("ios en 12h") << fixture("ios_en_12h.txt") << autoOrder << 14 << 9 << 1 << 1 << 0
                                << 1 << 2 << 3 << 1 << 0 << 0 << wall(2023, 1, 20, 21, 5, 12)
                                << wall(2023, 1, 21, 8, 4) << wall(2023, 1, 21, 8, 4)
                                << DateOrder::MonthDayYear << false << QStringLiteral("Book Club");
    QTest::newRow("ios zip") << fixture("ios_chat.zip") << autoOrder << 14 << 9 << 1 << 1 << 0 << 1
                             << 2 << 3 << 1 << 0 << 0 << wall(2023, 1, 20, 21, 5, 12)
                             << wall(2023, 1, 21, 8, 4) << wall(2023, 1, 21, 8, 4)
                             << DateOrder::MonthDayYear << false << QStringLiteral("Book Club");
    QTest::newRow("spanish a. m.")
        << fixture("spanish_ampm.txt") << autoOrder << 12 << 4 << 3 << 1 << 1 << 2 << 1 << 1 << 1
        << 0 << 0 << wall(2023, 3, 14, 9, 15) << wall(2023, 3, 15, 8, 2) << wall(2023, 3, 15, 8, 2)
        << DateOrder::DayMonthYear << false << QStringLiteral("Vecinos");
    QTest::newRow("german feff") << fixture("german_feff.txt") << autoOrder << 12 << 4 << 3 << 1
                                 << 1 << 2 << 1 << 2 << 1 << 0 << 0 << wall(2023, 2, 3, 10, 0)
                                 << wall(2023, 2, 4, 9, 4) << wall(2023, 2, 4, 9, 4)
                                 << DateOrder::DayMonthYear << false
                                 << QStringLiteral("Wanderfreunde");
    QTest::newRow("chinese 上午/下午")
        << fixture("chinese_ampm.txt") << autoOrder << 11 << 3 << 3 << 1 << 1 << 2 << 1 << 1 << 1
        << 0 << 0 << wall(2023, 5, 6, 9, 0) << wall(2023, 5, 7, 8, 2) << wall(2023, 5, 7, 8, 2)
        << DateOrder::YearMonthDay << false << QStringLiteral("读书会");
    // Every field <= 12: the day/month roll-over and change frequency decide, not the separator.
    QTest::newRow("infer day-first")
        << fixture("infer_dayfirst.txt") << autoOrder << 4 << 4 << 0 << 0 << 0 << 0 << 0 << 0 << 0
        << 0 << 0 << wall(2023, 1, 10, 20, 0) << wall(2023, 2, 5, 9, 0) << wall(2023, 2, 5, 9, 0)
        << DateOrder::DayMonthYear << false << QString();
    QTest::newRow("infer month-first")
        << fixture("infer_monthfirst.txt") << autoOrder << 4 << 4 << 0 << 0 << 0 << 0 << 0 << 0 << 0
        << 0 << 0 << wall(2023, 1, 11, 20, 0) << wall(2023, 2, 3, 9, 0) << wall(2023, 2, 3, 9, 0)
        << DateOrder::MonthDayYear << false << QString();
    QTest::newRow("ambiguous auto")
        << fixture("ambiguous.txt") << autoOrder << 2 << 2 << 0 << 0 << 0 << 0 << 0 << 0 << 0 << 0
        << 1 << wall(2023, 11, 1, 10, 0) << wall(2023, 11, 1, 10, 5) << wall(2023, 11, 1, 10, 5)
        << DateOrder::Auto << true << QString();
    QTest::newRow("ambiguous forced dmy")
        << fixture("ambiguous.txt") << int(DateOrder::DayMonthYear) << 2 << 2 << 0 << 0 << 0 << 0
        << 0 << 0 << 0 << 0 << 0 << wall(2023, 1, 11, 10, 0) << wall(2023, 1, 11, 10, 5)
        << wall(2023, 1, 11, 10, 5) << DateOrder::DayMonthYear << false << QString();
    // Forcing the wrong order turns 1/15/23 into an invalid date: warned, folded into the text.
    QTest::newRow("android forced dmy")
        << fixture("android_en_24h.txt") << int(DateOrder::DayMonthYear) << 0 << 0 << 0 << 0 << 0
        << 0 << 0 << 0 << 0 << 0 << 2 << qint64(0) << qint64(0) << qint64(0)
        << DateOrder::DayMonthYear << false << QStringLiteral("Book Club");
}

void TestWhatsAppFiles::summary()
{
    QFETCH(QString, file);
    QFETCH(int, order);
    QFETCH(int, total);
    QFETCH(int, warnings);
    QFETCH(DateOrder, orderUsed);
    QFETCH(bool, ambiguous);
    QFETCH(QString, groupName);

    CollectingSink sink;
    const ParseResult result = parseFile(file, sink, DateOrder(order));
    QCOMPARE(result.dateOrderUsed, orderUsed);
    QCOMPARE(result.dateOrderAmbiguous, ambiguous);
    QCOMPARE(int(sink.chats.size()), 1);
    QCOMPARE(sink.chats.front().platform, Platform::WhatsApp);
    QCOMPARE(sink.chats.front().name, groupName);
    QCOMPARE(int(sink.records.size()), total);
    if (total == 0) {
        // 2/30/23 is the only line that is a real date day-first, and it is impossible.
        QCOMPARE(result.status, ParseResult::Status::Error);
        QVERIFY(!result.errorMessage.isEmpty());
        QCOMPARE(result.errorLine, qint64(1));
        QVERIFY(int(sink.warnings.size()) >= warnings);
        return;
    }
    QVERIFY2(result.ok(), qPrintable(result.errorMessage));
    QCOMPARE(int(sink.warnings.size()), warnings);

    QTEST(sink.count(RecordType::Message), "messages");
    QTEST(sink.count(RecordType::Join), "joins");
    QTEST(sink.count(RecordType::Leave), "leaves");
    QTEST(sink.count(RecordType::Removed), "removed");
    QTEST(sink.count(RecordType::Rename), "renames");
    QTEST(sink.count(RecordType::System), "system");
    QTEST(sink.count(MessageKind::Media), "media");
    QTEST(sink.count(MessageKind::Deleted), "deleted");
    QTEST(sink.count(MessageKind::LinkOrCard), "links");
    QTEST(sink.records.front().wallSeconds, "firstWall");
    QTEST(sink.records.back().wallSeconds, "lastWall");
    QTEST(sink.maxWall(), "maxWall");
    qint64 previousLine = 0;
    for (const ChatRecord &r : sink.records) {
        QVERIFY(r.line >= previousLine); // file order, never sorted by time
        previousLine = r.line;
        QVERIFY(!r.text.contains(QLatin1Char('\r')));
        QVERIFY(!r.author.displayName.startsWith(QChar(0xFEFF)));
    }
    QVERIFY(sink.lastProgress > 0);
}

void TestWhatsAppFiles::zipMatchesText()
{
    CollectingSink fromText;
    CollectingSink fromZip;
    QVERIFY(parseFile(fixture("ios_en_12h.txt"), fromText).ok());
    QVERIFY(parseFile(fixture("ios_chat.zip"), fromZip).ok());
    QCOMPARE(fromZip.records.size(), fromText.records.size());
    for (size_t i = 0; i < fromText.records.size(); ++i) {
        QCOMPARE(fromZip.records[i].type, fromText.records[i].type);
        QCOMPARE(fromZip.records[i].line, fromText.records[i].line);
        QCOMPARE(fromZip.records[i].wallSeconds, fromText.records[i].wallSeconds);
        QCOMPARE(fromZip.records[i].author.displayName, fromText.records[i].author.displayName);
        QCOMPARE(fromZip.records[i].text, fromText.records[i].text);
    }
}

void TestWhatsAppFiles::utf16AndProgress()
{
    // Exports re-saved by Windows editors: UTF-16 with BOM must give the same records.
    const QString text = QString::fromUtf8(readAll(fixture("android_en_24h.txt")));
    QByteArray utf16("\xFF\xFE", 2);
    utf16.append(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    QBuffer buffer(&utf16);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    CollectingSink fromUtf16;
    QVERIFY(WhatsAppParser().parse(buffer, ParseOptions(), fromUtf16).ok());
    CollectingSink fromUtf8;
    QVERIFY(parseFile(fixture("android_en_24h.txt"), fromUtf8).ok());
    QCOMPARE(fromUtf16.records.size(), fromUtf8.records.size());
    QCOMPARE(fromUtf16.records.back().text, fromUtf8.records.back().text);
    QCOMPARE(fromUtf16.lastProgress, qint64(utf16.size()));

    // Progress counts bytes of the archive, not of the (larger) text inside it.
    CollectingSink fromZip;
    QVERIFY(parseFile(fixture("ios_chat.zip"), fromZip).ok());
    QVERIFY(fromZip.lastProgress > 0);
    QVERIFY(fromZip.lastProgress <= QFile(fixture("ios_chat.zip")).size());
}

void TestWhatsAppFiles::sequentialInput()
{
    for (const char *name : { "android_en_24h.txt", "ios_chat.zip" }) {
        CollectingSink fromFile;
        QVERIFY(parseFile(fixture(name), fromFile).ok());
        SequentialDevice device(readAll(fixture(name)));
        QVERIFY(device.open(QIODevice::ReadOnly));
        CollectingSink fromPipe;
        const ParseResult result = WhatsAppParser().parse(device, ParseOptions(), fromPipe);
        QVERIFY2(result.ok(), qPrintable(result.errorMessage));
        QCOMPARE(fromPipe.records.size(), fromFile.records.size());
        QCOMPARE(fromPipe.records.back().text, fromFile.records.back().text);
        QCOMPARE(result.dateOrderUsed, DateOrder::MonthDayYear);
    }
}

void TestWhatsAppFiles::errors_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<qint64>("errorLine");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("not a chat") << readAll(fixture("malformed.txt")) << qint64(2)
                                << QStringLiteral("not a WhatsApp chat");
    QTest::newRow("empty") << QByteArray() << qint64(0) << QStringLiteral("not a WhatsApp chat");
    QTest::newRow("telegram json")
        << QByteArray("{\n \"name\": \"Group\",\n \"type\": \"private_supergroup\",\n \"id\": 1,\n"
                      " \"messages\": [\n  {\"id\": 1, \"date\": \"2023-01-01T10:00:00\"}\n ]\n}\n")
        << qint64(1) << QStringLiteral("not a WhatsApp chat");
    QTest::newRow("zip without chat")
        << readAll(fixture("no_chat.zip")) << qint64(0) << QStringLiteral("_chat.txt");
    QTest::newRow("truncated zip")
        << readAll(fixture("ios_chat.zip")).left(120) << qint64(0) << QStringLiteral("zip archive");
}

void TestWhatsAppFiles::errors()
{
    QFETCH(QByteArray, data);
    QBuffer buffer(&data);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    CollectingSink sink;
    const ParseResult result = WhatsAppParser().parse(buffer, ParseOptions(), sink);
    QCOMPARE(result.status, ParseResult::Status::Error);
    QTEST(result.errorLine, "errorLine");
    QFETCH(QString, messagePart);
    QVERIFY2(result.errorMessage.contains(messagePart), qPrintable(result.errorMessage));
    QVERIFY(sink.records.empty());
}

void TestWhatsAppFiles::sniff_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<int>("minScore");
    QTest::addColumn<int>("maxScore");

    QTest::newRow("android") << readAll(fixture("android_en_24h.txt")) << 80 << 100;
    QTest::newRow("ios") << readAll(fixture("ios_en_12h.txt")) << 80 << 100;
    QTest::newRow("chinese") << readAll(fixture("chinese_ampm.txt")) << 80 << 100;
    QTest::newRow("german") << readAll(fixture("german_feff.txt")) << 80 << 100;
    QTest::newRow("zip, media first") << readAll(fixture("ios_chat.zip")) << 90 << 100;
    QTest::newRow("zip without chat") << readAll(fixture("no_chat.zip")) << 0 << 0;
    QTest::newRow("shopping list") << readAll(fixture("malformed.txt")) << 0 << 0;
    QTest::newRow("telegram json")
        << QByteArray("{\n \"name\": \"G\",\n \"type\": \"private_supergroup\",\n \"id\": 1,\n"
                      " \"messages\": [\n  {\n   \"id\": 1,\n   \"type\": \"message\",\n"
                      "   \"date\": \"2023-01-01T10:00:00\",\n   \"from\": \"A\",\n"
                      "   \"text\": \"1/1/23, 10:00 - quoted\"\n  }\n ]\n}\n")
        << 0 << 0;
    QTest::newRow("discord json") << QByteArray(
        "{\n  \"guild\": {\"id\": \"1\", \"name\": \"G\"},\n  \"messages\": [\n"
        "    {\"id\": \"2\", \"timestamp\": \"2023-01-01T10:00:00+00:00\"}\n  ]\n}\n")
                                  << 0 << 0;
    QTest::newRow("qq txt")
        << QStringLiteral("消息记录（此消息记录为文本格式，不支持重新导入）\r\n\r\n"
                          "================================================================\r\n"
                          "消息分组:我的QQ群\r\n"
                          "================================================================\r\n"
                          "消息对象:读书会\r\n"
                          "================================================================\r\n\r\n"
                          "2023-05-06 8:36:52 张三(12345)\r\n你好\r\n\r\n"
                          "2023-05-06 8:37:01 李四(67890)\r\n大家好\r\n\r\n")
               .toUtf8()
        << 0 << 0;
    QTest::newRow("wechat csv") << QByteArray(
        "localId,TalkerId,Type,SubType,IsSender,CreateTime,Status,StrContent,"
        "StrTime,Remark,NickName,Sender\r\n"
        "1,2,1,0,0,1683340000,2,hello,2023-05-06 10:26:40,A,A,wxid_a\r\n")
                                << 0 << 0;
    QTest::newRow("wechat txt")
        << QStringLiteral("2023-05-06 10:26:40 张三\n你好\n\n2023-05-06 10:27:00 李四\n早\n\n")
               .toUtf8()
        << 0 << 0;
}

void TestWhatsAppFiles::sniff()
{
    QFETCH(QByteArray, head);
    QFETCH(int, minScore);
    QFETCH(int, maxScore);
    const int score = WhatsAppParser().sniff(head);
    QVERIFY2(score >= minScore && score <= maxScore, qPrintable(QString::number(score)));
}

void TestWhatsAppFiles::cancel()
{
    CollectingSink sink;
    sink.cancelAfter = 1;
    // Enough lines that the parser polls isCancelled() before the end.
    QByteArray data;
    for (int i = 0; i < 5000; ++i)
        data += "1/15/23, 09:00 - Bob: message " + QByteArray::number(i) + '\n';
    QBuffer buffer(&data);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    const ParseResult result = WhatsAppParser().parse(buffer, ParseOptions(), sink);
    QCOMPARE(result.status, ParseResult::Status::Cancelled);
    QVERIFY(sink.records.size() < 5000);
}

QTEST_GUILESS_MAIN(TestWhatsAppFiles)
#include "tst_whatsapp_files.moc"
