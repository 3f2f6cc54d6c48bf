#include "import/wechat/wechattextparser.h"
#include "testsupport.h"

#include <QBuffer>
#include <QDateTime>
#include <QFile>
#include <QStringEncoder>
#include <QTest>

using namespace cohort;
using namespace cohort::import;

namespace {

/// Collects everything a parser reports.
class CollectingSink final : public RecordSink
{
public:
    void beginChat(const ChatInfo &info) override
    {
        chats.append(info);
        chatStartRecord.append(records.size());
    }
    void record(ChatRecord &&record) override { records.append(std::move(record)); }
    void warning(qint64 line, const QString &message) override
    {
        warnings.append(qMakePair(line, message));
    }
    bool isCancelled() const override
    {
        return cancelAfterRecords >= 0 && records.size() >= cancelAfterRecords;
    }

    QList<ChatInfo> chats;
    QList<qsizetype> chatStartRecord;
    QList<ChatRecord> records;
    QList<QPair<qint64, QString>> warnings;
    qsizetype cancelAfterRecords = -1;
};

QString typeName(RecordType type)
{
    switch (type) {
    case RecordType::Message:
        return QStringLiteral("Message");
    case RecordType::Join:
        return QStringLiteral("Join");
    case RecordType::Leave:
        return QStringLiteral("Leave");
    case RecordType::Removed:
        return QStringLiteral("Removed");
    case RecordType::Rename:
        return QStringLiteral("Rename");
    case RecordType::System:
        return QStringLiteral("System");
    }
    return {};
}

QString kindName(MessageKind kind)
{
    switch (kind) {
    case MessageKind::Text:
        return QStringLiteral("Text");
    case MessageKind::Media:
        return QStringLiteral("Media");
    case MessageKind::Deleted:
        return QStringLiteral("Deleted");
    case MessageKind::Solitaire:
        return QStringLiteral("Solitaire");
    case MessageKind::LinkOrCard:
        return QStringLiteral("LinkOrCard");
    case MessageKind::System:
        return QStringLiteral("System");
    }
    return {};
}

// "line|type|kind|author key/name|actor key/name|text": one golden line per record.
QString summary(const ChatRecord &r)
{
    return QString::number(r.line) + u'|' + typeName(r.type) + u'|' + kindName(r.kind) + u'|'
        + r.author.key + u'/' + r.author.displayName + u'|' + r.actor.key + u'/'
        + r.actor.displayName + u'|' + r.text;
}

qint64 wall(int y, int mo, int d, int h, int mi, int s)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), Qt::UTC).toSecsSinceEpoch();
}

QByteArray readFixture(const QString &name)
{
    QFile file(test::dataPath(QStringLiteral("import/wechat/") + name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture");
    return file.readAll();
}

ParseResult parseBytes(const QByteArray &bytes, CollectingSink &sink)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    WeChatTextParser parser;
    return parser.parse(buffer, ParseOptions(), sink);
}

// The UTF-8 fixture re-encoded, so every encoding is checked against the same goldens.
QByteArray reencode(const QByteArray &utf8, const QByteArray &encoding)
{
    const QString text = QString::fromUtf8(utf8);
    if (encoding == "UTF-8")
        return utf8;
    if (encoding == "UTF-16LE") {
        QByteArray out("\xFF\xFE");
        QStringEncoder encoder(QStringEncoder::Utf16LE);
        return out + QByteArray(encoder.encode(text));
    }
    QStringEncoder encoder(encoding.constData());
    return encoder.encode(text);
}

QStringList summaries(const CollectingSink &sink)
{
    QStringList out;
    for (const ChatRecord &r : std::as_const(sink.records))
        out.append(summary(r));
    return out;
}

} // namespace

/// WeChat TXT shapes: WeChatMsg v2 and v3 exports and PC copy-paste, with the system notices.
class TestWeChatText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void v2Export_data()
    {
        QTest::addColumn<QByteArray>("encoding");
        QTest::newRow("utf8") << QByteArray("UTF-8");
        QTest::newRow("utf16le-bom") << QByteArray("UTF-16LE");
        QTest::newRow("gb18030") << QByteArray("GB18030");
    }

    void v2Export()
    {
        QFETCH(QByteArray, encoding);
        CollectingSink sink;
        const ParseResult result
            = parseBytes(reencode(readFixture(QStringLiteral("v2.txt")), encoding), sink);
        QVERIFY2(result.ok(), qPrintable(result.errorMessage));
        QCOMPARE(sink.chats.size(), 1);
        QCOMPARE(sink.chats[0].platform, Platform::WeChat);
        const QStringList expected = {
            QStringLiteral("1|Message|Text|/张三|/|大家好"),
            QStringLiteral("4|Join|System|/李四|/张三|\"张三\"邀请\"李四\"、\"王五\"加入了群聊"),
            QStringLiteral("4|Join|System|/王五|/张三|\"张三\"邀请\"李四\"、\"王五\"加入了群聊"),
            QStringLiteral("6|Message|Media|/李四|/|[图片]"),
            QStringLiteral("9|Message|Text|/李四|/|第一行\n\n第三行"),
            QStringLiteral("14|Join|System|/赵六|/你|你邀请\"赵六\"加入了群聊"),
            QStringLiteral("16|Join|System|/孙七|/张三|“孙七”通过扫描“张三”分享的二维码加入群聊"),
            QStringLiteral("18|Removed|System|/王五|/你|你将\"王五\"移出了群聊"),
            QStringLiteral("20|Removed|System|/赵六|/张三|\"张三\"将\"赵六\"移出了群聊"),
            QStringLiteral("22|System|System|/李四|/|\"李四\"撤回了一条消息"),
            QStringLiteral("24|Rename|System|/|/张三|读书会2024"),
            QStringLiteral("26|Join|System|/周八|/|\"周八\"加入了群聊"),
            QStringLiteral("28|System|System|/|/|你已添加了钱九，现在可以开始聊天了。"),
            QStringLiteral("30|System|System|/|/|某人加入了群聊"),
            QStringLiteral("32|Message|Solitaire|/张三|/|#接龙\n1. 张三 2盒"),
            QStringLiteral("36|Message|LinkOrCard|/王五|/|[链接]:标题\n    description:desc\n    "
                           "url:https://example.com"),
            QStringLiteral(
                "41|Message|Text|/张三|/|title\n引用:李四:第一行\n\n2024-01-01 25:00:00 张三\n坏"),
            QStringLiteral("48|Message|Media|/李四|/|[语音]"),
        };
        QCOMPARE(summaries(sink), expected);
        QCOMPARE(sink.records.first().wallSeconds, wall(2024, 1, 1, 9, 0, 0));
        QCOMPARE(sink.records.last().wallSeconds, wall(2024, 1, 1, 23, 59, 59));
        QCOMPARE(sink.warnings.size(), 2);
        QCOMPARE(sink.warnings[0].first, 30);
        QVERIFY(sink.warnings[0].second.contains(QStringLiteral("某人加入了群聊")));
        QCOMPARE(sink.warnings[1].first, 45);
        QVERIFY(sink.warnings[1].second.contains(QStringLiteral("25:00:00")));
    }

    void v3Export()
    {
        CollectingSink sink;
        const ParseResult result = parseBytes(readFixture(QStringLiteral("v3_crlf_bom.txt")), sink);
        QVERIFY2(result.ok(), qPrintable(result.errorMessage));
        const QStringList expected = {
            QStringLiteral("1|Message|Text|/张三|/|你好"),
            QStringLiteral("4|Join|System|/李四|/|\"李四\"加入了群聊"),
            QStringLiteral("7|Message|Media|/李四|/|【图片】"),
            QStringLiteral(
                "10|Message|LinkOrCard|/李四|/|【分享链接】\n标题：好文\n描述：desc\n链接: "
                "https://example.com\n应用：公众号"),
            QStringLiteral("17|Message|Text|/张三|/|好的\n引用：李四: 【分享链接】"),
            QStringLiteral("21|Message|Media|/张三|/|【表情包】 [微笑]"),
            QStringLiteral("24|System|System|/你|/|你撤回了一条消息"),
            QStringLiteral("27|Message|Media|/王五|/|【语音】转写文本"),
        };
        QCOMPARE(summaries(sink), expected);
        QCOMPARE(sink.records[1].wallSeconds, wall(2025, 2, 1, 10, 1, 0));
        QVERIFY(sink.warnings.isEmpty());
    }

    void copyPaste()
    {
        CollectingSink sink;
        const ParseResult result = parseBytes(readFixture(QStringLiteral("copypaste.txt")), sink);
        QVERIFY2(result.ok(), qPrintable(result.errorMessage));
        const QStringList expected = {
            QStringLiteral("1|Message|Text|/张三|/|早上好"),
            QStringLiteral("4|Message|Text|/李四(小号)|/|中午\n好"),
            QStringLiteral("8|Message|Media|/Bob Smith|/|[图片]"),
            QStringLiteral("11|Message|Text|/Bob Smith|/|午夜"),
        };
        QCOMPARE(summaries(sink), expected);
        QCOMPARE(sink.records[0].wallSeconds, wall(2023, 8, 16, 9, 5, 0));
        QCOMPARE(sink.records[1].wallSeconds, wall(2023, 8, 16, 12, 30, 0));
        QCOMPARE(sink.records[2].wallSeconds, wall(2023, 8, 17, 13, 5, 0));
        QCOMPARE(sink.records[3].wallSeconds, wall(2023, 8, 17, 0, 0, 0));
        QVERIFY(sink.warnings.isEmpty());
    }

    void systemTexts_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("invite three, curly")
            << QStringLiteral("“甲”邀请“乙”、“丙”和“丁”加入了群聊")
            << QStringList { QStringLiteral("Join 乙 by 甲"), QStringLiteral("Join 丙 by 甲"),
                             QStringLiteral("Join 丁 by 甲") };
        QTest::newRow("you removed") << QStringLiteral("你将\"乙\"移出了群聊")
                                     << QStringList { QStringLiteral("Removed 乙 by 你") };
        QTest::newRow("you renamed") << QStringLiteral("你修改群名为\"新群名\"")
                                     << QStringList { QStringLiteral("Rename 新群名 by 你") };
        // A recall names who recalled, whichever way the client wrote the name.
        QTest::newRow("recall") << QStringLiteral("\"甲\"撤回了一条消息")
                                << QStringList { QStringLiteral("System 甲") };
        QTest::newRow("recall, curly") << QStringLiteral("“甲 乙”撤回了一条消息。")
                                       << QStringList { QStringLiteral("System 甲 乙") };
        QTest::newRow("recall, bare")
            << QStringLiteral("甲撤回了一条消息") << QStringList { QStringLiteral("System 甲") };
        QTest::newRow("recall, you")
            << QStringLiteral("你撤回了一条消息") << QStringList { QStringLiteral("System 你") };
        QTest::newRow("recall, unclosed quote")
            << QStringLiteral("\"甲撤回了一条消息") << QStringList { QStringLiteral("System ") };
        QTest::newRow("pat") << QStringLiteral("\"甲\" 拍了拍 \"乙\"")
                             << QStringList { QStringLiteral("System ") };
    }

    void systemTexts()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        CollectingSink sink;
        QVERIFY(parseBytes(QByteArray("2024-05-05 08:00:00\n" + text.toUtf8() + "\n"), sink).ok());
        QStringList actual;
        for (const ChatRecord &r : std::as_const(sink.records)) {
            if (r.type == RecordType::Join)
                actual.append(QStringLiteral("Join ") + r.author.displayName
                              + QStringLiteral(" by ") + r.actor.displayName);
            else if (r.type == RecordType::Removed)
                actual.append(QStringLiteral("Removed ") + r.author.displayName
                              + QStringLiteral(" by ") + r.actor.displayName);
            else if (r.type == RecordType::Rename)
                actual.append(QStringLiteral("Rename ") + r.text + QStringLiteral(" by ")
                              + r.actor.displayName);
            else
                actual.append(typeName(r.type) + u' ' + r.author.displayName);
        }
        QCOMPARE(actual, expected);
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<qint64>("errorLine");
        QTest::newRow("json") << readFixture(QStringLiteral("not_wechat.txt")) << qint64(1);
        QTest::newRow("empty") << QByteArray() << qint64(0);
        QByteArray prose;
        for (int i = 0; i < 60; ++i)
            prose += "no timestamps here\n";
        QTest::newRow("long prose") << prose << qint64(1);
    }

    void malformed()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(qint64, errorLine);
        CollectingSink sink;
        const ParseResult result = parseBytes(bytes, sink);
        QCOMPARE(result.status, ParseResult::Status::Error);
        QCOMPARE(result.errorLine, errorLine);
        QVERIFY(result.errorMessage.contains(QStringLiteral("WeChat")));
        QVERIFY(sink.records.isEmpty());
    }

    void cancel()
    {
        QByteArray bytes;
        for (int i = 0; i < 20000; ++i)
            bytes += "2024-01-01 10:00:00 甲\n消息\n\n";
        CollectingSink sink;
        sink.cancelAfterRecords = 100;
        QCOMPARE(parseBytes(bytes, sink).status, ParseResult::Status::Cancelled);
        QVERIFY(sink.records.size() < 20000);
    }

    void sniff_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<int>("minScore");
        QTest::addColumn<int>("maxScore");
        QTest::newRow("v2") << readFixture(QStringLiteral("v2.txt")) << 80 << 80;
        QTest::newRow("v3 crlf") << readFixture(QStringLiteral("v3_crlf_bom.txt")) << 80 << 80;
        QTest::newRow("copy-paste") << readFixture(QStringLiteral("copypaste.txt")) << 70 << 70;
        QTest::newRow("qq header") << QByteArray("消息记录（此消息记录为文本格式，不支持重新导入）"
                                                 "\r\n\r\n2020-01-01 8:00:00 甲(12345)\r\nhi\r\n")
                                   << 0 << 0;
        QTest::newRow("qq ids") << QByteArray("2020-01-01 18:00:00 甲(12345)\r\nhi\r\n\r\n") << 0
                                << 0;
        QTest::newRow("qq unpadded 1:1")
            << QByteArray("2020-01-01 8:00:00 甲\r\nhi\r\n\r\n") << 0 << 10;
        QTest::newRow("whatsapp iso")
            << QByteArray("2023-01-05 21:05 - Alice: hi\n2023-01-05 21:06 - Bob: ok\n") << 0 << 0;
        QTest::newRow("whatsapp ios iso")
            << QByteArray("[2023-01-05 21:05:33] Alice: hi\n") << 0 << 0;
        QTest::newRow("whatsapp") << QByteArray("1/5/23, 21:05 - Alice: hi\n") << 0 << 0;
        QTest::newRow("json") << QByteArray("{\n \"messages\": []\n}") << 0 << 0;
        QTest::newRow("wechat csv v3")
            << QByteArray("消息ID,类型,发送人,时间,内容,备注,昵称,更多信息\r\n1,文本,甲,2024-01-01 "
                          "10:00:00,hi,,,more\r\n")
            << 0 << 0;
    }

    void sniff()
    {
        QFETCH(QByteArray, head);
        QFETCH(int, minScore);
        QFETCH(int, maxScore);
        const int score = WeChatTextParser().sniff(head);
        QVERIFY2(score >= minScore && score <= maxScore, qPrintable(QString::number(score)));
    }

    void factory()
    {
        const auto parser = createWeChatTextParser();
        QCOMPARE(parser->formatKey(), QStringLiteral("wechat"));
        QCOMPARE(parser->platform(), Platform::WeChat);
    }
};

QTEST_GUILESS_MAIN(TestWeChatText)
#include "tst_wechattext.moc"
