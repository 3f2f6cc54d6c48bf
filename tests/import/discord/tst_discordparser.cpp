#include "import/discord/discordparser.h"
#include "testsupport.h"

#include <QBuffer>
#include <QFile>
#include <QTest>

using namespace cohort;
using namespace cohort::import;

namespace {

/// Keeps everything a parser reports, for golden comparisons.
class RecordingSink final : public RecordSink
{
public:
    void beginChat(const ChatInfo &info) override { chats.append(info); }
    void record(ChatRecord &&record) override
    {
        QVERIFY2(!chats.isEmpty(), "record() before beginChat()");
        records.append(std::move(record));
    }
    void warning(qint64 line, const QString &message) override
    {
        warnings.append({ line, message });
    }
    int count(RecordType type) const
    {
        int n = 0;
        for (const ChatRecord &r : records)
            n += r.type == type ? 1 : 0;
        return n;
    }
    const ChatRecord *byId(const QString &id) const
    {
        for (const ChatRecord &r : records) {
            if (r.messageId == id)
                return &r;
        }
        return nullptr;
    }

    QList<ChatInfo> chats;
    QList<ChatRecord> records;
    QList<QPair<qint64, QString>> warnings;
};

qint64 wall(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toSecsSinceEpoch();
}

QByteArray readFixture(const QString &name)
{
    QFile file(test::dataPath(QStringLiteral("import/discord/") + name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

ParseResult parseBytes(const QByteArray &bytes, RecordingSink &sink)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    DiscordParser parser;
    return parser.parse(buffer, {}, sink);
}

QString id(int n)
{
    return QStringLiteral("10000000000000000%1").arg(n, 2, 10, QLatin1Char('0'));
}

const QString alice = QStringLiteral("111111111111111111");
const QString bob = QStringLiteral("222222222222222222");
const QString carol = QStringLiteral("333333333333333333");
const QString dave = QStringLiteral("444444444444444444");

} // namespace

class TestDiscordParser : public QObject
{
    Q_OBJECT

private slots:
    void identity();
    void sniff_data();
    void sniff();
    void channelTotals();
    void records_data();
    void records();
    void timestamps();
    void duplicatesAndWarnings();
    void malformed_data();
    void malformed();
    void cancel();
};

void TestDiscordParser::identity()
{
    const auto parser = createDiscordParser();
    QCOMPARE(parser->formatKey(), QStringLiteral("discord"));
    QCOMPARE(parser->platform(), Platform::Discord);
}

void TestDiscordParser::sniff_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<bool>("mine");
    QTest::newRow("dce json") << readFixture(QStringLiteral("channel.json")) << true;
    QTest::newRow("dce truncated") << readFixture(QStringLiteral("truncated.json")) << true;
    QFile telegram(test::dataPath(QStringLiteral("import/telegram/single_chat.json")));
    QVERIFY(telegram.open(QIODevice::ReadOnly));
    QTest::newRow("telegram json") << telegram.readAll() << false;
    QFile full(test::dataPath(QStringLiteral("import/telegram/full_account.json")));
    QVERIFY(full.open(QIODevice::ReadOnly));
    QTest::newRow("telegram full export") << full.readAll() << false;
    QTest::newRow("dce csv") << QByteArray(
        "\"AuthorID\",\"Author\",\"Date\",\"Content\",\"Attachments\","
        "\"Reactions\"\n\"1\",\"a\",\"2020-01-01\",\"guild channel\",\"\",\"\"\n")
                             << false;
    QTest::newRow("whatsapp txt") << QByteArray("1/5/23, 21:05 - Alice: \"guild\" \"channel\"\n")
                                  << false;
    QTest::newRow("wechat csv") << QByteArray("localId,TalkerId,Type,SubType,IsSender,CreateTime\n")
                                << false;
    QTest::newRow("empty") << QByteArray() << false;
}

void TestDiscordParser::sniff()
{
    QFETCH(QByteArray, head);
    QFETCH(bool, mine);
    const int score = DiscordParser().sniff(head.left(64 * 1024));
    if (mine)
        QVERIFY2(score >= 90, qPrintable(QString::number(score)));
    else
        QCOMPARE(score, 0);
}

void TestDiscordParser::channelTotals()
{
    RecordingSink sink;
    const ParseResult result = parseBytes(readFixture(QStringLiteral("channel.json")), sink);
    QVERIFY2(result.ok(), qPrintable(result.errorMessage));
    QCOMPARE(sink.chats.size(), 1);
    QCOMPARE(sink.chats[0].platform, Platform::Discord);
    QCOMPARE(sink.chats[0].name, QStringLiteral("Makers Guild / general"));
    QCOMPARE(sink.chats[0].externalId, QStringLiteral("555"));
    QCOMPARE(sink.records.size(), 15);
    QCOMPARE(sink.count(RecordType::Message), 8);
    QCOMPARE(sink.count(RecordType::Join), 2);
    QCOMPARE(sink.count(RecordType::Leave), 1);
    QCOMPARE(sink.count(RecordType::Removed), 1);
    QCOMPARE(sink.count(RecordType::Rename), 1);
    QCOMPARE(sink.count(RecordType::System), 2);
    QCOMPARE(sink.records.first().line, 21);
    QCOMPARE(sink.records.first().wallSeconds, wall("2024-01-05T09:00:00"));
    QCOMPARE(sink.records.last().line, 667); // an older id exported out of order is kept once
    QCOMPARE(sink.records.last().wallSeconds, wall("2024-01-04T12:00:00"));

    QSet<QString> authors;
    for (const ChatRecord &r : std::as_const(sink.records)) {
        if (r.type == RecordType::Message)
            authors.insert(r.author.key);
    }
    QCOMPARE(authors,
             (QSet<QString> { alice, bob, carol, dave, QStringLiteral("999999999999999999") }));
}

void TestDiscordParser::records_data()
{
    QTest::addColumn<QString>("messageId");
    QTest::addColumn<qint64>("line");
    QTest::addColumn<RecordType>("type");
    QTest::addColumn<MessageKind>("kind");
    QTest::addColumn<QString>("authorKey");
    QTest::addColumn<QString>("authorName");
    QTest::addColumn<QString>("actorKey");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("replyTo");
    const QString none;
    auto s = [](const char *text) { return QString::fromUtf8(text); };
    // clang-format off
    QTest::newRow("nickname, multi-line") << id(1) << qint64(21) << RecordType::Message << MessageKind::Text << alice << s("Alice (mod)") << none << s("Welcome to the channel!\nRead the rules.") << none;
    QTest::newRow("GuildMemberJoin") << id(2) << qint64(52) << RecordType::Join << MessageKind::System << bob << s("bob") << none << s("") << none;
    QTest::newRow("reply, null nickname") << id(3) << qint64(83) << RecordType::Message << MessageKind::Text << bob << s("bob") << none << s("thanks!") << id(1);
    QTest::newRow("RecipientAdd") << id(4) << qint64(137) << RecordType::Join << MessageKind::System << carol << s("carol") << alice << s("") << none;
    QTest::newRow("attachment only") << id(5) << qint64(186) << RecordType::Message << MessageKind::Media << carol << s("carol") << none << s("") << none;
    QTest::newRow("attachment with text") << id(6) << qint64(224) << RecordType::Message << MessageKind::Text << carol << s("carol") << none << s("my setup") << none;
    QTest::newRow("bare link") << id(7) << qint64(262) << RecordType::Message << MessageKind::LinkOrCard << dave << s("dave") << none << s("https://example.org/article") << none;
    QTest::newRow("bot message") << id(8) << qint64(293) << RecordType::Message << MessageKind::Text << s("999999999999999999") << s("helperbot") << none << s("I am a bot, beep.") << none;
    QTest::newRow("pinned is system") << id(9) << qint64(378) << RecordType::System << MessageKind::System << alice << s("Alice (mod)") << none << s("Pinned a message.") << none;
    QTest::newRow("RecipientRemove self") << id(10) << qint64(414) << RecordType::Leave << MessageKind::System << dave << s("dave") << none << s("") << none;
    QTest::newRow("RecipientRemove other") << id(11) << qint64(463) << RecordType::Removed << MessageKind::System << carol << s("carol") << alice << s("") << none;
    QTest::newRow("ChannelNameChange") << id(12) << qint64(512) << RecordType::Rename << MessageKind::System << none << none << alice << s("general-chat") << none;
    QTest::newRow("call is system") << id(13) << qint64(543) << RecordType::System << MessageKind::System << alice << s("Alice (mod)") << none << s("Started a call that lasted 3 minutes.") << none;
    // clang-format on
}

void TestDiscordParser::records()
{
    QFETCH(QString, messageId);
    QFETCH(qint64, line);
    QFETCH(RecordType, type);
    QFETCH(MessageKind, kind);
    QFETCH(QString, authorKey);
    QFETCH(QString, authorName);
    QFETCH(QString, actorKey);
    QFETCH(QString, text);
    QFETCH(QString, replyTo);
    RecordingSink sink;
    QVERIFY(parseBytes(readFixture(QStringLiteral("channel.json")), sink).ok());
    const ChatRecord *r = sink.byId(messageId);
    QVERIFY(r);
    QCOMPARE(r->line, line);
    QCOMPARE(r->type, type);
    QCOMPARE(r->kind, kind);
    QCOMPARE(r->author.key, authorKey);
    QCOMPARE(r->author.displayName, authorName);
    QCOMPARE(r->actor.key, actorKey);
    if (type == RecordType::Message || type == RecordType::System || type == RecordType::Rename)
        QCOMPARE(r->text, text);
    QCOMPARE(r->replyToId, replyTo);
}

void TestDiscordParser::timestamps()
{
    RecordingSink sink;
    QVERIFY(parseBytes(readFixture(QStringLiteral("channel.json")), sink).ok());
    // +02:00: the wall clock as written, the instant two hours earlier.
    const ChatRecord *first = sink.byId(id(1));
    QVERIFY(first);
    QVERIFY(first->hasUtc);
    QCOMPARE(first->wallSeconds, wall("2024-01-05T09:00:00"));
    QCOMPARE(first->utcSeconds, wall("2024-01-05T07:00:00"));
    const ChatRecord *reply = sink.byId(id(3));
    QVERIFY(reply);
    QCOMPARE(reply->wallSeconds, wall("2024-01-05T09:11:30")); // fraction ".5" dropped
    // Z: wall clock and instant agree.
    const ChatRecord *last = sink.byId(id(15));
    QVERIFY(last);
    QVERIFY(last->hasUtc);
    QCOMPARE(last->utcSeconds, last->wallSeconds);
}

void TestDiscordParser::duplicatesAndWarnings()
{
    RecordingSink sink;
    QVERIFY(parseBytes(readFixture(QStringLiteral("channel.json")), sink).ok());
    int threes = 0;
    int eights = 0;
    for (const ChatRecord &r : std::as_const(sink.records)) {
        threes += r.messageId == id(3) ? 1 : 0;
        eights += r.messageId == id(8) ? 1 : 0;
    }
    int zeros = 0;
    for (const ChatRecord &r : std::as_const(sink.records)) {
        zeros += r.messageId == id(0) ? 1 : 0;
    }
    QCOMPARE(threes, 1);
    QCOMPARE(eights, 1);
    QCOMPARE(zeros, 1);
    QVERIFY(!sink.byId(id(14)));
    QCOMPARE(sink.warnings.size(), 2);
    QCOMPARE(sink.warnings[0].first, 574); // hour 25
    QVERIFY(sink.warnings[0].second.contains(QStringLiteral("2024-01-05T25:00:00+02:00")));
    QCOMPARE(sink.warnings[1].first, 324); // first repeated id
    QVERIFY(sink.warnings[1].second.contains(QStringLiteral("3 duplicate")));
}

void TestDiscordParser::malformed_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<qint64>("errorLine");
    QTest::addColumn<QString>("needle");
    QTest::newRow("truncated") << readFixture(QStringLiteral("truncated.json")) << qint64(225)
                               << QStringLiteral("truncated");
    QTest::newRow("no messages list") << QByteArray("{\"guild\": {\"id\": \"1\"}, \"channel\": {}}")
                                      << qint64(0) << QStringLiteral("\"messages\"");
    QTest::newRow("empty messages")
        << QByteArray("{\"guild\": {}, \"channel\": {}, \"messages\": []}") << qint64(0)
        << QStringLiteral("no message");
    QTest::newRow("top-level list") << QByteArray("[]") << qint64(1) << QStringLiteral("list");
    QTest::newRow("empty file") << QByteArray("  \n") << qint64(2) << QStringLiteral("empty");
}

void TestDiscordParser::malformed()
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

void TestDiscordParser::cancel()
{
    QByteArray json
        = "{\"guild\": {\"name\": \"G\"}, \"channel\": {\"id\": \"5\", \"name\": \"c\"}, "
          "\"messages\": [";
    const int total = 20000;
    for (int i = 1; i <= total; ++i) {
        json += (i > 1 ? ",\n" : "\n") + QByteArray("{\"id\": \"") + QByteArray::number(i)
            + "\", \"type\": \"Default\", \"timestamp\": \"2024-01-01T00:00:00+00:00\", "
              "\"content\": \"hi\", \"author\": {\"id\": \"1\", \"name\": \"a\"}}";
    }
    json += "\n]}";
    RecordingSink all;
    QVERIFY(parseBytes(json, all).ok());
    QCOMPARE(all.records.size(), total);
    QCOMPARE(all.records.last().line, total + 1);

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
    QCOMPARE(DiscordParser().parse(buffer, {}, cancelling).status, ParseResult::Status::Cancelled);
    QVERIFY(cancelling.records >= 3000);
    QVERIFY(cancelling.records < total);
}

QTEST_GUILESS_MAIN(TestDiscordParser)
#include "tst_discordparser.moc"
