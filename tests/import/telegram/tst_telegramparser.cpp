#include "import/jsoninputstream.h"
#include "import/telegram/telegramjsonhandler.h"
#include "import/telegram/telegramparser.h"
#include "testsupport.h"

#include <QBuffer>
#include <QFile>
#include <QTest>

#include <rapidjson/reader.h>

using namespace cohort;
using namespace cohort::import;

namespace {

/// Keeps everything a parser reports, for golden comparisons.
class RecordingSink final : public RecordSink
{
public:
    struct Chat
    {
        ChatInfo info;
        QList<ChatRecord> records;
    };
    void beginChat(const ChatInfo &info) override { chats.append(Chat { info, {} }); }
    void record(ChatRecord &&record) override
    {
        QVERIFY2(!chats.isEmpty(), "record() before beginChat()");
        chats.last().records.append(std::move(record));
    }
    void warning(qint64 line, const QString &message) override
    {
        warnings.append({ line, message });
    }
    void progress(qint64 bytesRead) override { lastProgress = bytesRead; }

    QList<ChatRecord> all() const
    {
        QList<ChatRecord> out;
        for (const Chat &chat : chats)
            out += chat.records;
        return out;
    }
    const ChatRecord *byId(const QString &id, int nth = 0) const
    {
        for (const Chat &chat : chats) {
            for (const ChatRecord &r : chat.records) {
                if (r.messageId == id && nth-- == 0)
                    return &r;
            }
        }
        return nullptr;
    }
    int count(RecordType type) const
    {
        int n = 0;
        for (const Chat &chat : chats) {
            for (const ChatRecord &r : chat.records)
                n += r.type == type ? 1 : 0;
        }
        return n;
    }

    QList<Chat> chats;
    QList<QPair<qint64, QString>> warnings;
    qint64 lastProgress = -1;
};

qint64 wall(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toSecsSinceEpoch();
}

QByteArray readFixture(const QString &name)
{
    QFile file(test::dataPath(QStringLiteral("import/telegram/") + name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

ParseResult parseBytes(const QByteArray &bytes, RecordingSink &sink)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    TelegramParser parser;
    return parser.parse(buffer, {}, sink);
}

ParseResult parseFixture(const QString &name, RecordingSink &sink, const ChatSelection &chats = {})
{
    QFile file(test::dataPath(QStringLiteral("import/telegram/") + name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture");
    TelegramParser parser;
    ParseOptions options;
    options.chats = chats;
    return parser.parse(file, options, sink);
}

} // namespace

class TestTelegramParser : public QObject
{
    Q_OBJECT

private slots:
    void identity();
    void sniff_data();
    void sniff();
    void singleChatTotals();
    void records_data();
    void records();
    void warnings();
    void fullAccountExport();
    void chatSelection();
    void oldExportWithoutUnixTime();
    void malformed_data();
    void malformed();
    void smallChunksGiveSameRecords();
    void progressAndCancel();
    void oddButSurvivable();
};

void TestTelegramParser::identity()
{
    const auto parser = createTelegramParser();
    QCOMPARE(parser->formatKey(), QStringLiteral("telegram"));
    QCOMPARE(parser->platform(), Platform::Telegram);
}

void TestTelegramParser::sniff_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<bool>("mine");
    QTest::newRow("single chat") << readFixture(QStringLiteral("single_chat.json")) << true;
    QTest::newRow("full account") << readFixture(QStringLiteral("full_account.json")) << true;
    QTest::newRow("old export") << readFixture(QStringLiteral("old_export.json")) << true;
    QTest::newRow("with BOM") << QByteArray("\xEF\xBB\xBF{\n \"name\": \"G\",\n \"type\": "
                                            "\"private_group\",\n \"id\": 1,\n \"messages\": [")
                              << true;
    QFile discord(test::dataPath(QStringLiteral("import/discord/channel.json")));
    QVERIFY(discord.open(QIODevice::ReadOnly));
    QTest::newRow("discord json") << discord.readAll() << false;
    QTest::newRow("unrelated json") << readFixture(QStringLiteral("not_telegram.json")) << false;
    QTest::newRow("whatsapp txt") << QByteArray(
        "1/5/23, 21:05 - Alice: {\"messages\": 1}\n1/5/23, 21:06 - Bob: hi\n")
                                  << false;
    QTest::newRow("qq txt") << QByteArray(
        "消息记录（此消息记录为文本格式，不支持重新导入）\n"
        "================================================================\n"
        "消息分组:我的群聊\n")
                            << false;
    QTest::newRow("wechat csv") << QByteArray("localId,TalkerId,Type,SubType,IsSender,CreateTime,"
                                              "Status,StrContent,StrTime,Remark,NickName,Sender\n")
                                << false;
    QTest::newRow("empty") << QByteArray() << false;
}

void TestTelegramParser::sniff()
{
    QFETCH(QByteArray, head);
    QFETCH(bool, mine);
    const int score = TelegramParser().sniff(head.left(64 * 1024));
    if (mine)
        QVERIFY2(score >= 80, qPrintable(QString::number(score)));
    else
        QCOMPARE(score, 0);
}

void TestTelegramParser::singleChatTotals()
{
    RecordingSink sink;
    const ParseResult result = parseFixture(QStringLiteral("single_chat.json"), sink);
    QVERIFY2(result.ok(), qPrintable(result.errorMessage));
    QCOMPARE(sink.chats.size(), 1);
    QCOMPARE(sink.chats[0].info.platform, Platform::Telegram);
    QCOMPARE(sink.chats[0].info.name, QStringLiteral("Makers Club 🛠"));
    QCOMPARE(sink.chats[0].info.externalId, QStringLiteral("1234567890"));

    QCOMPARE(sink.count(RecordType::Message), 14);
    QCOMPARE(sink.count(RecordType::Join), 7);
    QCOMPARE(sink.count(RecordType::Leave), 1);
    QCOMPARE(sink.count(RecordType::Removed), 1);
    QCOMPARE(sink.count(RecordType::Rename), 2);
    QCOMPARE(sink.count(RecordType::System), 2);

    const QList<ChatRecord> records = sink.all();
    QCOMPARE(records.size(), 27);
    QCOMPARE(records.first().line, 6);
    QCOMPARE(records.first().wallSeconds, wall("2023-03-01T18:00:00"));
    QVERIFY(records.first().hasUtc);
    QCOMPARE(records.first().utcSeconds, 1677664800);
    QCOMPARE(records.last().line, 391);
    QCOMPARE(records.last().wallSeconds, wall("2023-03-02T09:15:00"));
    QCOMPARE(records.last().utcSeconds, 1677719700);
    QCOMPARE(records.last().text,
             QStringLiteral("Bye 👋") + QChar(0x2028) + QStringLiteral("see you"));
    QVERIFY(sink.lastProgress > 0);

    QSet<QString> authors;
    for (const ChatRecord &r : records) {
        if (r.type == RecordType::Message && !r.author.key.isEmpty())
            authors.insert(r.author.key);
    }
    QCOMPARE(authors,
             (QSet<QString> { QStringLiteral("user100"), QStringLiteral("user101"),
                              QStringLiteral("user102"), QStringLiteral("user103"),
                              QStringLiteral("user104"), QStringLiteral("user109"),
                              QStringLiteral("110"), QStringLiteral("channel1234567890"),
                              QStringLiteral("user107"), QStringLiteral("user108") }));
}

void TestTelegramParser::records_data()
{
    QTest::addColumn<QString>("messageId");
    QTest::addColumn<int>("nth"); // records of one service message share its id
    QTest::addColumn<qint64>("line");
    QTest::addColumn<RecordType>("type");
    QTest::addColumn<MessageKind>("kind");
    QTest::addColumn<QString>("authorKey");
    QTest::addColumn<QString>("authorName");
    QTest::addColumn<QString>("actorKey");
    QTest::addColumn<QString>("actorName");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("replyTo");

    const QString none;
    const QString alice = QStringLiteral("Alice");
    const QString user100 = QStringLiteral("user100");
    auto s = [](const char *text) { return QString::fromUtf8(text); };
    // clang-format off
    QTest::newRow("create_group: title") << s("1") << 0 << qint64(6) << RecordType::Rename << MessageKind::System << none << none << user100 << alice << s("Makers Club") << none;
    QTest::newRow("create_group: member 1") << s("1") << 1 << qint64(6) << RecordType::Join << MessageKind::System << none << s("Bob") << user100 << alice << none << none;
    QTest::newRow("create_group: member 2") << s("1") << 2 << qint64(6) << RecordType::Join << MessageKind::System << none << s("Carol") << user100 << alice << none << none;
    QTest::newRow("multi-line text") << s("2") << 0 << qint64(23) << RecordType::Message << MessageKind::Text << user100 << alice << none << none << s("Welcome everyone!\nRules are pinned.") << none;
    QTest::newRow("pin_message is system") << s("3") << 0 << qint64(38) << RecordType::System << MessageKind::System << user100 << alice << none << none << s("pin_message") << none;
    QTest::newRow("invite_members 1") << s("4") << 0 << qint64(50) << RecordType::Join << MessageKind::System << none << s("Dave") << user100 << alice << none << none;
    QTest::newRow("invite_members 2") << s("4") << 1 << qint64(50) << RecordType::Join << MessageKind::System << none << s("Eve") << user100 << alice << none << none;
    QTest::newRow("invite_members self-join") << s("5") << 0 << qint64(65) << RecordType::Join << MessageKind::System << s("user106") << s("Frank") << none << none << none << none;
    QTest::newRow("join_group_by_link") << s("6") << 0 << qint64(79) << RecordType::Join << MessageKind::System << s("user107") << s("Grace") << none << alice << none << none;
    QTest::newRow("join_group_by_request") << s("7") << 0 << qint64(91) << RecordType::Join << MessageKind::System << s("user108") << s("Heidi") << none << none << none << none;
    QTest::newRow("entity array, reply") << s("8") << 0 << qint64(102) << RecordType::Message << MessageKind::Text << s("user101") << s("Bob") << none << none << s("Hi @alice see this") << s("2");
    QTest::newRow("link-only entity") << s("9") << 0 << qint64(141) << RecordType::Message << MessageKind::LinkOrCard << s("user102") << s("Carol") << none << none << s("https://example.org/x") << none;
    QTest::newRow("photo with caption") << s("10") << 0 << qint64(161) << RecordType::Message << MessageKind::Media << s("user103") << s("Dave") << none << none << s("Our workshop") << none;
    QTest::newRow("sticker") << s("11") << 0 << qint64(179) << RecordType::Message << MessageKind::Media << s("user104") << s("Eve") << none << none << s("") << none;
    QTest::newRow("poll") << s("12") << 0 << qint64(195) << RecordType::Message << MessageKind::LinkOrCard << s("user101") << s("Bob") << none << none << s("") << none;
    QTest::newRow("contact") << s("13") << 0 << qint64(217) << RecordType::Message << MessageKind::LinkOrCard << s("user102") << s("Carol") << none << none << s("") << none;
    QTest::newRow("null from uses the id") << s("14") << 0 << qint64(232) << RecordType::Message << MessageKind::Text << s("user109") << s("user109") << none << none << s("I deleted my account") << none;
    QTest::newRow("numeric from_id") << s("15") << 0 << qint64(247) << RecordType::Message << MessageKind::Text << s("110") << s("Ivan") << none << none << s("numeric id") << none;
    QTest::newRow("channel author") << s("16") << 0 << qint64(262) << RecordType::Message << MessageKind::Text << s("channel1234567890") << s("Makers Club") << none << none << s("Anonymous admin post") << none;
    QTest::newRow("remove_members by admin") << s("17") << 0 << qint64(277) << RecordType::Removed << MessageKind::System << none << s("Dave") << user100 << alice << none << none;
    QTest::newRow("remove_members self = leave") << s("18") << 0 << qint64(291) << RecordType::Leave << MessageKind::System << s("user105") << s("Eve") << none << none << none << none;
    QTest::newRow("edit_group_title") << s("19") << 0 << qint64(305) << RecordType::Rename << MessageKind::System << none << none << user100 << alice << s("Makers Club 🛠") << none;
    QTest::newRow("joined_telegram is no join") << s("20") << 0 << qint64(317) << RecordType::System << MessageKind::System << s("user111") << s("Judy") << none << none << s("joined_telegram") << none;
    QTest::newRow("url inside text") << s("22") << 0 << qint64(334) << RecordType::Message << MessageKind::Text << s("user107") << s("Grace") << none << none << s("plain https://example.org in a sentence") << none;
    QTest::newRow("bare url string") << s("23") << 0 << qint64(349) << RecordType::Message << MessageKind::LinkOrCard << s("user108") << s("Heidi") << none << none << s("https://example.com/only") << none;
    QTest::newRow("no sender") << s("24") << 0 << qint64(364) << RecordType::Message << MessageKind::Text << none << none << none << none << s("who sent this?") << none;
    // clang-format on
}

void TestTelegramParser::records()
{
    QFETCH(QString, messageId);
    QFETCH(int, nth);
    QFETCH(qint64, line);
    QFETCH(RecordType, type);
    QFETCH(MessageKind, kind);
    QFETCH(QString, authorKey);
    QFETCH(QString, authorName);
    QFETCH(QString, actorKey);
    QFETCH(QString, actorName);
    QFETCH(QString, text);
    QFETCH(QString, replyTo);

    RecordingSink sink;
    QVERIFY(parseFixture(QStringLiteral("single_chat.json"), sink).ok());
    const ChatRecord *r = sink.byId(messageId, nth);
    QVERIFY(r);
    QCOMPARE(r->line, line);
    QCOMPARE(r->type, type);
    if (type == RecordType::Message)
        QCOMPARE(r->kind, kind);
    QCOMPARE(r->author.key, authorKey);
    QCOMPARE(r->author.displayName, authorName);
    QCOMPARE(r->actor.key, actorKey);
    QCOMPARE(r->actor.displayName, actorName);
    QCOMPARE(r->text, text);
    QCOMPARE(r->replyToId, replyTo);
    // Only create_group makes its actor the group's creator (the owner), not a later rename.
    QCOMPARE(r->groupCreated, type == RecordType::Rename && messageId == QLatin1String("1"));
    QVERIFY(r->hasUtc);
    QCOMPARE(r->wallSeconds - r->utcSeconds, 8 * 3600);
}

void TestTelegramParser::warnings()
{
    RecordingSink sink;
    QVERIFY(parseFixture(QStringLiteral("single_chat.json"), sink).ok());
    QCOMPARE(sink.warnings.size(), 3);
    QCOMPARE(sink.warnings[0].first, 328); // type "unsupported"
    QVERIFY(sink.warnings[0].second.contains(QStringLiteral("unsupported")));
    QCOMPARE(sink.warnings[1].first, 364); // no from / from_id
    QVERIFY(sink.warnings[1].second.contains(QStringLiteral("sender")));
    QCOMPARE(sink.warnings[2].first, 377); // 2023-02-30 and no date_unixtime: skipped
    QVERIFY(sink.warnings[2].second.contains(QStringLiteral("2023-02-30T10:00:00")));
    QVERIFY(!sink.byId(QStringLiteral("21")));
    QVERIFY(!sink.byId(QStringLiteral("25")));
    QVERIFY(!sink.byId(QStringLiteral("5"), 1));
}

void TestTelegramParser::fullAccountExport()
{
    RecordingSink sink;
    const ParseResult result = parseFixture(QStringLiteral("full_account.json"), sink);
    QVERIFY2(result.ok(), qPrintable(result.errorMessage));
    QCOMPARE(sink.chats.size(), 2);
    QCOMPARE(sink.chats[0].info.name, QStringLiteral("Alpha Group"));
    QCOMPARE(sink.chats[0].info.externalId, QStringLiteral("200"));
    QCOMPARE(sink.chats[1].info.name, QStringLiteral("Beta Supergroup"));
    QCOMPARE(sink.chats[1].info.externalId, QStringLiteral("300"));

    const QList<ChatRecord> &alpha = sink.chats[0].records;
    QCOMPARE(alpha.size(), 3);
    QCOMPARE(alpha[0].type, RecordType::Join);
    QCOMPARE(alpha[0].author.displayName, QStringLiteral("Bob"));
    QCOMPARE(alpha[0].actor.key, QStringLiteral("user100"));
    QCOMPARE(alpha[0].line, 64);
    QCOMPARE(alpha[1].text, QStringLiteral("thanks for adding me"));
    QCOMPARE(alpha[1].line, 78);
    QCOMPARE(alpha[2].text, QStringLiteral("welcome Bob"));
    QCOMPARE(alpha[2].line, 93);

    const QList<ChatRecord> &beta = sink.chats[1].records;
    QCOMPARE(beta.size(), 1);
    QCOMPARE(beta[0].author.key, QStringLiteral("user102"));
    QCOMPARE(beta[0].wallSeconds, wall("2022-12-31T23:59:59"));
    QCOMPARE(beta[0].utcSeconds, 1672531199);
    QCOMPARE(beta[0].line, 151);

    // The personal chat and saved messages are skipped, and said so once.
    QCOMPARE(sink.warnings.size(), 1);
    QCOMPARE(sink.warnings[0].first, 37); // the personal chat's object
    QVERIFY(sink.warnings[0].second.contains(QStringLiteral("2")));
}

void TestTelegramParser::chatSelection()
{
    // Every chat, personal and saved ones too, each with its type; or exactly the chosen ids.
    RecordingSink all;
    QVERIFY(
        parseFixture(QStringLiteral("full_account.json"), all, ChatSelection { true, {} }).ok());
    QStringList chats;
    for (const auto &chat : std::as_const(all.chats))
        chats << chat.info.externalId + u'/' + chat.info.kind + u'/'
                + (chat.info.inAccountExport ? u'A' : u'-');
    QCOMPARE(
        chats,
        (QStringList { QStringLiteral("101/personal_chat/A"), QStringLiteral("200/private_group/A"),
                       QStringLiteral("100/saved_messages/A"),
                       QStringLiteral("300/public_supergroup/A") }));
    QVERIFY(all.warnings.isEmpty());

    RecordingSink chosen;
    QVERIFY(parseFixture(QStringLiteral("full_account.json"), chosen,
                         ChatSelection { false, { QStringLiteral("101") } })
                .ok());
    QCOMPARE(chosen.chats.size(), 1);
    QCOMPARE(chosen.chats[0].info.name, QStringLiteral("Bob"));
    QCOMPARE(chosen.chats[0].records.size(), 1);
    QCOMPARE(chosen.warnings.size(), 1); // the three chats not chosen, said once

    // A single-chat export is read whatever its type and whatever the selection.
    RecordingSink single;
    QVERIFY(parseFixture(QStringLiteral("single_chat.json"), single,
                         ChatSelection { false, { QStringLiteral("999") } })
                .ok());
    QCOMPARE(single.chats.size(), 1);
    QVERIFY(!single.chats[0].info.inAccountExport);
}

void TestTelegramParser::oldExportWithoutUnixTime()
{
    RecordingSink sink;
    const ParseResult result = parseFixture(QStringLiteral("old_export.json"), sink);
    QVERIFY2(result.ok(), qPrintable(result.errorMessage));
    QCOMPARE(sink.chats.size(), 1);
    QCOMPARE(sink.chats[0].info.name, QStringLiteral("Old Group"));
    const QList<ChatRecord> records = sink.all();
    QCOMPARE(records.size(), 4);
    for (const ChatRecord &r : records)
        QVERIFY(!r.hasUtc);
    QCOMPARE(records[0].wallSeconds, wall("2019-07-14T21:30:05"));
    QCOMPARE(records[0].author.key, QStringLiteral("100"));
    QCOMPARE(records[1].type, RecordType::Join);
    QCOMPARE(records[1].author.displayName, QStringLiteral("Bob"));
    QCOMPARE(records[1].actor.key, QStringLiteral("100"));
    QCOMPARE(records[2].type, RecordType::Join);
    QVERIFY(records[2].author.isEmpty()); // a deleted account: null member name
    QCOMPARE(records[3].text, QStringLiteral("see docs"));
    QCOMPARE(records[3].kind, MessageKind::Text); // a text_link inside prose is no bare link
    QCOMPARE(records[3].line, 27);
    QCOMPARE(sink.warnings.size(), 1);
    QCOMPARE(sink.warnings[0].first, 14);
    QVERIFY(sink.warnings[0].second.contains(QStringLiteral("deleted account")));
}

void TestTelegramParser::malformed_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<qint64>("errorLine");
    QTest::addColumn<QString>("needle");
    QTest::newRow("truncated") << readFixture(QStringLiteral("truncated.json")) << qint64(146)
                               << QStringLiteral("truncated");
    QTest::newRow("not telegram") << readFixture(QStringLiteral("not_telegram.json")) << qint64(0)
                                  << QStringLiteral("\"messages\"");
    QTest::newRow("empty file") << QByteArray() << qint64(1) << QStringLiteral("empty");
    QTest::newRow("top-level list")
        << QByteArray("\n[{\"id\": 1}]") << qint64(2) << QStringLiteral("list");
    QTest::newRow("garbage") << QByteArray(
        "{\n \"name\": \"x\",\n \"messages\": [\n  {\"id\": 1,,}\n ]\n}")
                             << qint64(4) << QStringLiteral("line 4");
    QTest::newRow("no messages") << QByteArray("{\"name\": \"G\", \"type\": \"private_group\", "
                                               "\"id\": 1, \"messages\": []}")
                                 << qint64(0) << QStringLiteral("no message");
    QTest::newRow("only personal chats") << QByteArray(
        "{\"chats\": {\"list\": [{\"type\": \"personal_chat\", \"id\": 5, \"messages\": "
        "[{\"id\": 1, \"type\": \"message\", \"date\": \"2023-01-01T00:00:00\", "
        "\"from\": \"B\", \"from_id\": \"user5\", \"text\": \"hi\"}]}]}}")
                                         << qint64(0) << QStringLiteral("--chats all");
    QTest::newRow("html export") << QByteArray("<!DOCTYPE html>\n<html>\n<head>") << qint64(1)
                                 << QStringLiteral("Machine-readable JSON");
    QTest::newRow("utf-16") << QByteArray("\xFF\xFE{\0}\0", 6) << qint64(1)
                            << QStringLiteral("UTF-16");
}

void TestTelegramParser::malformed()
{
    QFETCH(QByteArray, bytes);
    QFETCH(qint64, errorLine);
    QFETCH(QString, needle);
    RecordingSink sink;
    const ParseResult result = parseBytes(bytes, sink);
    QCOMPARE(result.status, ParseResult::Status::Error);
    QCOMPARE(result.errorLine, errorLine);
    QVERIFY2(result.errorMessage.contains(needle, Qt::CaseInsensitive),
             qPrintable(result.errorMessage));
}

void TestTelegramParser::smallChunksGiveSameRecords()
{
    // Tokens and multi-byte characters cut at 7-byte chunk boundaries must not change anything.
    const QByteArray bytes = readFixture(QStringLiteral("single_chat.json"));
    RecordingSink whole;
    QVERIFY(parseBytes(bytes, whole).ok());

    QBuffer buffer;
    buffer.setData(bytes);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    JsonInputStream stream(buffer, 7);
    RecordingSink chunked;
    TelegramJsonHandler handler(stream, chunked);
    rapidjson::Reader reader;
    QVERIFY(!reader.Parse<rapidjson::kParseNumbersAsStringsFlag>(stream, handler).IsError());
    QCOMPARE(stream.bytesRead(), bytes.size());

    const QList<ChatRecord> a = whole.all();
    const QList<ChatRecord> b = chunked.all();
    QCOMPARE(b.size(), a.size());
    for (qsizetype i = 0; i < a.size(); ++i) {
        QCOMPARE(b[i].line, a[i].line);
        QCOMPARE(b[i].text, a[i].text);
        QCOMPARE(b[i].author.displayName, a[i].author.displayName);
        QCOMPARE(b[i].wallSeconds, a[i].wallSeconds);
    }
}

void TestTelegramParser::progressAndCancel()
{
    QByteArray json = "{\"name\": \"G\", \"type\": \"private_group\", \"id\": 1, \"messages\": [";
    const int total = 20000;
    for (int i = 1; i <= total; ++i) {
        json += (i > 1 ? ",\n" : "\n") + QByteArray("{\"id\": ") + QByteArray::number(i)
            + ", \"type\": \"message\", \"date\": \"2023-01-01T00:00:00\", \"from\": \"A\", "
              "\"from_id\": \"user1\", \"text\": \"hello\"}";
    }
    json += "\n]}";

    RecordingSink all;
    QVERIFY(parseBytes(json, all).ok());
    QCOMPARE(all.all().size(), total);
    QCOMPARE(all.all().last().line, total + 1);
    QCOMPARE(all.lastProgress, json.size());

    // A sink whose user presses Cancel after the first few thousand records.
    class CancellingSink final : public RecordSink
    {
    public:
        void beginChat(const ChatInfo &) override { }
        void record(ChatRecord &&) override { ++records; }
        void warning(qint64, const QString &) override { }
        bool isCancelled() const override { return records >= 3000; }
        int records = 0;
    } cancelling;
    QBuffer buffer(&json);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    const ParseResult result = TelegramParser().parse(buffer, {}, cancelling);
    QCOMPARE(result.status, ParseResult::Status::Cancelled);
    QVERIFY(cancelling.records >= 3000);
    QVERIFY(cancelling.records < total);
}

void TestTelegramParser::oddButSurvivable()
{
    // Trailing data after the root object and a nested list in the message list are warned about.
    const QByteArray json
        = "{\"name\": \"G\", \"type\": \"private_group\", \"id\": 1, \"messages\": [\n"
          "{\"id\": 1, \"type\": \"message\", \"date\": \"2023-01-01T00:00:00\", "
          "\"date_unixtime\": \"x1\", \"from_id\": \"user1\", \"text\": \"a\"},\n"
          "[1, 2],\n"
          "{\"id\": 2, \"type\": \"service\", \"date\": \"2023-01-01T00:01:00\", "
          "\"actor\": \"A\", \"actor_id\": \"user1\", \"action\": \"invite_members\"}\n"
          "]}\n\ngarbage\n";
    RecordingSink sink;
    QVERIFY(parseBytes(json, sink).ok());
    const QList<ChatRecord> records = sink.all();
    QCOMPARE(records.size(), 2);
    QVERIFY(!records[0].hasUtc); // "x1" is no Unix time
    QCOMPARE(records[0].author.displayName, QStringLiteral("user1"));
    QCOMPARE(records[1].type, RecordType::System); // invite_members without members
    QCOMPARE(records[1].line, 4);
    QCOMPARE(sink.warnings.size(), 4);
    QCOMPARE(sink.warnings[0].first, 2);
    QVERIFY(sink.warnings[0].second.contains(QStringLiteral("x1")));
    QCOMPARE(sink.warnings[1].first, 3);
    QCOMPARE(sink.warnings[2].first, 4);
    QVERIFY(sink.warnings[2].second.contains(QStringLiteral("no members")));
    QCOMPARE(sink.warnings[3].first, 7);
    QVERIFY(sink.warnings[3].second.contains(QStringLiteral("after the end")));
}

QTEST_GUILESS_MAIN(TestTelegramParser)
#include "tst_telegramparser.moc"
