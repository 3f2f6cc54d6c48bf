#include "import/wechat/wechatcsvparser.h"
#include "import/wechat/wechatsystemtext.h"

#include "testsupport.h"

#include <QBuffer>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QTest>

using namespace cohort;
using namespace cohort::import;
using namespace Qt::StringLiterals;

namespace {

/// Keeps everything a parser reports.
class CollectingSink final : public RecordSink
{
public:
    void beginChat(const ChatInfo &info) override { chats.append(info); }
    void record(ChatRecord &&record) override
    {
        chatOfRecord.append(chats.size() - 1);
        records.append(std::move(record));
    }
    void warning(qint64 line, const QString &message) override
    {
        warningLines.append(line);
        warnings.append(message);
    }
    void progress(qint64 bytesRead) override { lastProgress = bytesRead; }
    bool isCancelled() const override { return cancelAfter >= 0 && records.size() >= cancelAfter; }

    QList<ChatInfo> chats;
    QList<ChatRecord> records;
    QList<qsizetype> chatOfRecord;
    QList<qint64> warningLines;
    QStringList warnings;
    qint64 lastProgress = -1;
    qsizetype cancelAfter = -1;
};

struct Parsed
{
    ParseResult result;
    CollectingSink sink;
};

void parseFile(const QString &name, Parsed &out)
{
    QFile file(test::dataPath(QStringLiteral("import/wechat/") + name));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    out.result = createWeChatCsvParser()->parse(file, ParseOptions {}, out.sink);
}

QByteArray head(const QString &name)
{
    QFile file(test::dataPath(QStringLiteral("import/wechat/") + name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.read(64 * 1024);
}

QString wall(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC).toString(Qt::ISODate).chopped(1);
}

QString who(const AuthorRef &a)
{
    return a.key + u'|' + a.displayName;
}

int countOf(const QList<ChatRecord> &records, RecordType type, MessageKind kind = MessageKind::Text,
            bool anyKind = true)
{
    int n = 0;
    for (const ChatRecord &r : records)
        n += r.type == type && (anyKind || r.kind == kind);
    return n;
}

/// "Join |李四 <- me|Me" style summary of what a system text turned into.
QString describe(const QList<ChatRecord> &records)
{
    QStringList parts;
    for (const ChatRecord &r : records) {
        switch (r.type) {
        case RecordType::Join:
            parts.append(QStringLiteral("Join ") + who(r.author) + QStringLiteral(" <- ")
                         + who(r.actor));
            break;
        case RecordType::Removed:
            parts.append(QStringLiteral("Removed ") + who(r.author) + QStringLiteral(" <- ")
                         + who(r.actor));
            break;
        case RecordType::Leave:
            parts.append(QStringLiteral("Leave ") + who(r.author));
            break;
        case RecordType::Rename:
            parts.append(QStringLiteral("Rename ") + r.text + QStringLiteral(" <- ")
                         + who(r.actor));
            break;
        case RecordType::Message:
            parts.append((r.kind == MessageKind::Deleted ? QStringLiteral("Deleted ")
                                                         : QStringLiteral("Message "))
                         + who(r.author));
            break;
        case RecordType::System:
            parts.append(
                QStringLiteral("System ") + r.text
                + (r.author.isEmpty() ? QString() : QStringLiteral(" by ") + who(r.author)));
            break;
        }
    }
    return parts.join(QStringLiteral("; "));
}

} // namespace

/// WeChat CSV exports: WeChatMsg per-contact / export-all, WeChatMsg v3, PyWxDump.
class TestWeChatCsv : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sniff_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<bool>("mine");
        const char *const ours[] = { "memotrace_group.csv",
                                     "memotrace_contact_short.csv",
                                     "memotrace_all.csv",
                                     "memotrace_all_v026.csv",
                                     "v3.csv",
                                     "v3_gb18030.csv",
                                     "pywxdump.csv",
                                     "pywxdump_excel_gbk.csv",
                                     "pywxdump_content.csv",
                                     "header_only.csv" };
        for (const char *name : ours)
            QTest::newRow(name) << head(QString::fromLatin1(name)) << true;
        QTest::newRow("discord csv") << head(QStringLiteral("not_wechat.csv")) << false;
        QTest::newRow("whatsapp") << QByteArray(
            "1/5/23, 21:05 - Alice: hi\n1/5/23, 21:06 - Bob: yo\n")
                                  << false;
        QTest::newRow("telegram") << QByteArray(
            "{\n \"name\": \"G\",\n \"type\": \"private_supergroup\",\n"
            " \"id\": 1,\n \"messages\": [\n")
                                  << false;
        QTest::newRow("discord json")
            << QByteArray("{\n  \"guild\": {\n    \"id\": \"1\",\n    \"name\": \"g\"\n  },\n")
            << false;
        QTest::newRow("qq txt")
            << QStringLiteral("\uFEFF消息记录（此消息记录为文本格式，不支持重新导入）\r\n\r\n"
                              "================================================================\r\n"
                              "消息分组:我的群聊\r\n")
                   .toUtf8()
            << false;
        QTest::newRow("wechat txt")
            << QStringLiteral("2024-01-01 12:00:00 张三\n你好\n\n2024-01-01 12:01:00 李四\n嗯\n\n")
                   .toUtf8()
            << false;
        QTest::newRow("empty") << QByteArray() << false;
    }

    void sniff()
    {
        QFETCH(QByteArray, head);
        QFETCH(bool, mine);
        const int score = createWeChatCsvParser()->sniff(head);
        if (mine)
            QVERIFY2(score >= 90, qPrintable(QString::number(score)));
        else
            QCOMPARE(score, 0);
    }

    void summary_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("messages");
        QTest::addColumn<int>("joins");
        QTest::addColumn<int>("removed");
        QTest::addColumn<int>("renames");
        QTest::addColumn<int>("system");
        QTest::addColumn<int>("deleted");
        QTest::addColumn<int>("authors");
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("last");
        QTest::addColumn<QList<qint64>>("warningLines");
        QTest::addColumn<bool>("hasUtc");

        using L = QList<qint64>;
        // Its three recall notices are system events, not (deleted) messages, so the two who
        // recalled and wrote nothing else are no authors.
        QTest::newRow("per-contact group")
            << QStringLiteral("memotrace_group.csv") << 10 << 7 << 1 << 1 << 6 << 0 << 4
            << QStringLiteral("2024-01-01T16:06:40") << QStringLiteral("2024-01-01T17:27:00")
            << L { 22, 24, 25 } << true;
        QTest::newRow("1:1 with 9-value rows")
            << QStringLiteral("memotrace_contact_short.csv") << 4 << 0 << 0 << 0 << 1 << 0 << 2
            << QStringLiteral("2024-01-01T17:06:40") << QStringLiteral("2024-01-01T17:07:40")
            << L { 2, 2 } << true;
        QTest::newRow("export all") << QStringLiteral("memotrace_all.csv") << 5 << 1 << 0 << 0 << 0
                                    << 0 << 4 << QStringLiteral("2024-01-01T17:06:40")
                                    << QStringLiteral("2024-01-01T17:07:30") << L {} << true;
        QTest::newRow("export all v0.2.6")
            << QStringLiteral("memotrace_all_v026.csv") << 3 << 0 << 0 << 0 << 0 << 0 << 3
            << QStringLiteral("2024-01-01T17:06:50") << QStringLiteral("2024-01-01T17:07:10")
            << L {} << true;
        QTest::newRow("v3") << QStringLiteral("v3.csv") << 7 << 1 << 0 << 0 << 1 << 0 << 3
                            << QStringLiteral("2025-03-01T10:00:00")
                            << QStringLiteral("2025-03-01T10:08:00") << L { 11, 13 } << false;
        QTest::newRow("v3 gb18030")
            << QStringLiteral("v3_gb18030.csv") << 7 << 1 << 0 << 0 << 1 << 0 << 3
            << QStringLiteral("2025-03-01T10:00:00") << QStringLiteral("2025-03-01T10:08:00")
            << L { 11, 13 } << false;
        QTest::newRow("pywxdump") << QStringLiteral("pywxdump.csv") << 5 << 2 << 0 << 0 << 0 << 0
                                  << 3 << QStringLiteral("2024-10-04T11:42:05")
                                  << QStringLiteral("2024-10-04T11:47:00") << L {} << false;
        QTest::newRow("pywxdump excel gbk")
            << QStringLiteral("pywxdump_excel_gbk.csv") << 5 << 2 << 0 << 0 << 0 << 0 << 3
            << QStringLiteral("2024-10-04T11:42:00") << QStringLiteral("2024-10-04T11:47:00")
            << L {} << false;
        QTest::newRow("pywxdump content json")
            << QStringLiteral("pywxdump_content.csv") << 3 << 0 << 0 << 0 << 0 << 0 << 2
            << QStringLiteral("2023-05-06T07:08:09") << QStringLiteral("2023-05-06T07:10:00")
            << L { 4 } << false;
    }

    void summary()
    {
        QFETCH(QString, file);
        QFETCH(int, messages);
        QFETCH(int, joins);
        QFETCH(int, removed);
        QFETCH(int, renames);
        QFETCH(int, system);
        QFETCH(int, deleted);
        QFETCH(int, authors);
        QFETCH(QString, first);
        QFETCH(QString, last);
        QFETCH(QList<qint64>, warningLines);
        QFETCH(bool, hasUtc);
        Parsed p;
        parseFile(file, p);
        QVERIFY2(p.result.ok(), qPrintable(p.result.errorMessage));
        const QList<ChatRecord> &records = p.sink.records;
        QCOMPARE(countOf(records, RecordType::Message), messages);
        QCOMPARE(countOf(records, RecordType::Join), joins);
        QCOMPARE(countOf(records, RecordType::Leave), 0);
        QCOMPARE(countOf(records, RecordType::Removed), removed);
        QCOMPARE(countOf(records, RecordType::Rename), renames);
        QCOMPARE(countOf(records, RecordType::System), system);
        QCOMPARE(countOf(records, RecordType::Message, MessageKind::Deleted, false), deleted);
        QSet<QString> authorSet;
        qint64 minWall = std::numeric_limits<qint64>::max();
        qint64 maxWall = std::numeric_limits<qint64>::min();
        qint64 previousLine = 0;
        for (const ChatRecord &r : records) {
            if (r.type == RecordType::Message && !r.author.isEmpty())
                authorSet.insert(who(r.author));
            minWall = std::min(minWall, r.wallSeconds);
            maxWall = std::max(maxWall, r.wallSeconds);
            QCOMPARE(r.hasUtc, hasUtc);
            QVERIFY(r.line >= previousLine); // file order is kept, never sorted by time
            previousLine = r.line;
        }
        QCOMPARE(authorSet.size(), authors);
        QCOMPARE(wall(minWall), first);
        QCOMPARE(wall(maxWall), last);
        QCOMPARE(p.sink.warningLines, warningLines);
        QVERIFY(!p.sink.chats.isEmpty());
        QCOMPARE(p.sink.chatOfRecord.constFirst(), 0); // beginChat() came first
        for (const ChatInfo &chat : std::as_const(p.sink.chats))
            QCOMPARE(chat.platform, Platform::WeChat);
        QCOMPARE(p.sink.lastProgress, QFileInfo(test::dataPath(u"import/wechat/"_s + file)).size());
    }

    void perContactGroup()
    {
        Parsed p;
        parseFile(QStringLiteral("memotrace_group.csv"), p);
        QVERIFY(p.result.ok());
        const QList<ChatRecord> &r = p.sink.records;
        QCOMPARE(r.size(), 25);
        QCOMPARE(p.sink.chats.size(), 1);
        QCOMPARE(p.sink.chats.constFirst().name, QString());

        QCOMPARE(r[0].line, 2);
        QCOMPARE(who(r[0].author), u"wxid_alice|Alice W."_s); // NickName, not the sanitised Remark
        QCOMPARE(r[0].text, u"大家好"_s);
        QCOMPARE(r[0].utcSeconds, 1704100000);
        QCOMPARE(wall(r[0].wallSeconds), u"2024-01-01T17:06:40"_s);

        // Invitation of two people; the system row's empty sender is not an author.
        QCOMPARE(describe(r.mid(1, 2)), u"Join |Bob <- |Alice W.; Join |Carol <- |Alice W."_s);
        QCOMPARE(r[1].line, 3);
        QCOMPARE(r[2].line, 3);
        // QR join on a row whose Sender is stale (Alice's wxid): the notice decides.
        QCOMPARE(describe(r.mid(3, 1)), u"Join |Dave <- |Alice W."_s);

        QCOMPARE(r[4].line, 5); // quoted body over two lines with CRLF inside
        QCOMPARE(r[4].text, u"第一行\n第二行, with comma and \"quotes\""_s);
        QCOMPARE(r[4].kind, MessageKind::Text);
        QCOMPARE(r[5].line, 7);
        QCOMPARE(r[5].kind, MessageKind::Media);
        QCOMPARE(r[5].text, QString());
        QCOMPARE(r[6].kind, MessageKind::LinkOrCard);
        QCOMPARE(r[6].text, u"Cohort docs"_s);
        QCOMPARE(r[7].kind, MessageKind::Text); // 49/57 quote: empty StrContent
        QCOMPARE(r[7].text, QString());
        QCOMPARE(who(r[8].author), u"wxid_me|Me Myself"_s);

        QCOMPARE(describe(r.mid(9, 1)), u"Join |Erin <- wxid_me|Me Myself"_s); // CDATA, "你"
        QCOMPARE(
            describe(r.mid(10, 2)),
            u"System \"Bob\" 撤回了一条消息 by |Bob; System 你撤回了一条消息 by wxid_me|Me Myself"_s);
        QCOMPARE(r[10].text, u"\"Bob\" 撤回了一条消息"_s);
        QCOMPARE(describe(r.mid(12, 1)), u"Removed |Carol <- wxid_me|Me Myself"_s);
        QCOMPARE(describe(r.mid(13, 1)), u"Rename Cohort 测试群 <- |Alice W."_s);
        QCOMPARE(describe(r.mid(14, 1)), u"Join |Frank <- |"_s); // curly quotes, stale sender
        QCOMPARE(
            describe(r.mid(15, 2)),
            u"Join wxid_gina|Gina <- wxid_alice|Alice W.; Join wxid_hank|Hank <- wxid_alice|Alice W."_s);
        QCOMPARE(r[15].line, 17);
        QCOMPARE(
            describe(r.mid(17, 2)),
            u"System 你已添加了Ivy，现在可以开始聊天了。; System \"Bob\" 拍了拍 \"Alice W.\""_s);
        QCOMPARE(who(r[19].author), u"wxid_gone|wxid_gone"_s); // departed member
        QCOMPARE(r[19].kind, MessageKind::Media);
        QCOMPARE(wall(r[20].wallSeconds), u"2024-01-01T16:06:40"_s); // out of order, kept
        QCOMPARE(describe(r.mid(21, 1)), u"System \"Bob\"开通了群直播"_s);
        QCOMPARE(describe(r.mid(22, 1)), u"System 你撤回了一条消息 by wxid_me|Me Myself"_s);
        QCOMPARE(r[22].text, u"你撤回了一条消息"_s); // the re-edit link is gone
        QCOMPARE(r[23].line, 25);
        QCOMPARE(r[23].kind, MessageKind::Text);
        QCOMPARE(r[24].line, 26);
        QCOMPARE(wall(r[24].wallSeconds), u"2024-01-01T17:27:00"_s);
        QCOMPARE(r[24].utcSeconds, 1704101260);

        QVERIFY(p.sink.warnings[0].contains(u"开通了群直播"_s));
        QVERIFY(p.sink.warnings[1].contains(u"garbage"_s));
        QVERIFY(p.sink.warnings[2].contains(u"99999"_s));
    }

    void contactShortRows()
    {
        Parsed p;
        parseFile(QStringLiteral("memotrace_contact_short.csv"), p);
        QVERIFY(p.result.ok());
        const QList<ChatRecord> &r = p.sink.records;
        QCOMPARE(r.size(), 5);
        QVERIFY(r[0].author.isEmpty());
        QCOMPARE(who(r[1].author), u"|我"_s);
        QCOMPARE(r[2].type, RecordType::System);
        QCOMPARE(who(r[4].author), u"wxid_zoe|Zoe Z"_s);
        QVERIFY(p.sink.warnings[0].contains(u"9 values"_s));
        QVERIFY(p.sink.warnings[1].startsWith(u"4 rows"_s));
    }

    void exportAll()
    {
        Parsed p;
        parseFile(QStringLiteral("memotrace_all.csv"), p);
        QVERIFY(p.result.ok());
        const QList<ChatRecord> &r = p.sink.records;
        QCOMPARE(r.size(), 6);
        QStringList chatNames;
        for (const ChatInfo &chat : std::as_const(p.sink.chats))
            chatNames.append(chat.name);
        QCOMPARE(chatNames, (QStringList { u"读书会"_s, u"Mom"_s, u"读书会"_s }));
        QCOMPARE(p.sink.chatOfRecord, (QList<qsizetype> { 0, 0, 0, 1, 1, 2 }));
        QCOMPARE(who(r[0].author), u"|张三"_s); // display names only, no wxid
        QCOMPARE(who(r[1].author), u"|我"_s);
        QCOMPARE(describe(r.mid(2, 1)), u"Join |李四 <- |张三"_s);
        QVERIFY(r[4].author.isEmpty());
        QCOMPARE(r[4].kind, MessageKind::Media);
        QCOMPARE(who(r[5].author), u"|Li Si"_s);
    }

    void exportAllV026()
    {
        Parsed p;
        parseFile(QStringLiteral("memotrace_all_v026.csv"), p);
        QVERIFY(p.result.ok());
        QStringList authors;
        for (const ChatRecord &r : std::as_const(p.sink.records))
            authors.append(who(r.author));
        QCOMPARE(authors, (QStringList { u"|王五"_s, u"|我"_s, u"|Bob"_s }));
    }

    void v3()
    {
        Parsed p;
        parseFile(QStringLiteral("v3.csv"), p);
        QVERIFY(p.result.ok());
        const QList<ChatRecord> &r = p.sink.records;
        QCOMPARE(r.size(), 9);
        QCOMPARE(r[0].messageId, u"7300000000000000001"_s);
        QCOMPARE(who(r[0].author), u"|张三"_s);
        QCOMPARE(r[1].kind, MessageKind::Media);
        QCOMPARE(r[2].kind, MessageKind::LinkOrCard);
        QCOMPARE(r[2].text, u"【分享链接】\n标题：Cohort\n链接: https://example.org"_s);
        QCOMPARE(r[3].line, 7);
        QCOMPARE(r[3].kind, MessageKind::Text); // 引用消息
        QCOMPARE(describe(r.mid(4, 1)), u"Join |王五 <- |张三"_s);
        QCOMPARE(r[4].line, 9);
        QCOMPARE(r[5].type, RecordType::System); // 拍一拍
        QCOMPARE(r[6].kind, MessageKind::Text);
        QVERIFY(p.sink.warnings[0].contains(u"新类型"_s));
        QCOMPARE(r[7].kind, MessageKind::Media);
        QCOMPARE(r[8].text, u"多一列"_s); // one value too many: imported, reported once
        QVERIFY(p.sink.warnings[1].contains(u"extra values"_s));

        Parsed gb;
        parseFile(QStringLiteral("v3_gb18030.csv"), gb);
        QVERIFY(gb.result.ok());
        QCOMPARE(gb.sink.records.size(), r.size());
        for (qsizetype i = 0; i < r.size(); ++i) {
            QCOMPARE(gb.sink.records[i].text, r[i].text);
            QCOMPARE(who(gb.sink.records[i].author), who(r[i].author));
            QCOMPARE(gb.sink.records[i].line, r[i].line);
            QCOMPARE(gb.sink.records[i].wallSeconds, r[i].wallSeconds);
        }
    }

    void pyWxDump_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("utf-8") << QStringLiteral("pywxdump.csv");
        QTest::newRow("excel re-save, gbk") << QStringLiteral("pywxdump_excel_gbk.csv");
    }

    void pyWxDump()
    {
        QFETCH(QString, file);
        Parsed p;
        parseFile(file, p);
        QVERIFY(p.result.ok());
        QCOMPARE(p.sink.chats.size(), 1);
        QCOMPARE(p.sink.chats[0].externalId, u"12345@chatroom"_s);
        const QList<ChatRecord> &r = p.sink.records;
        QCOMPARE(r.size(), 7);
        QCOMPARE(who(r[0].author), u"|我"_s);
        QCOMPARE(r[0].messageId, u"5000000000000000001"_s);
        QCOMPARE(who(r[1].author), u"wxid_buyer1|"_s);
        QCOMPARE(describe(r.mid(2, 2)), u"Join |新人 <- |团长; Join |小王 <- |团长"_s);
        // One notice, two records: the ids stay unique.
        QCOMPARE(r[2].messageId, u"5000000000000000003"_s);
        QCOMPARE(r[3].messageId, u"5000000000000000003#2"_s);
        QCOMPARE(r[4].line, 5);
        QCOMPARE(r[4].text, u"我也要\n\n[引用](2024-10-04 11:42:05)团长:开团啦"_s);
        QCOMPARE(r[5].line, 8);
        QCOMPARE(r[5].kind, MessageKind::Media);
        QVERIFY(r[6].author.isEmpty()); // 未知
        QCOMPARE(wall(r[1].wallSeconds), u"2024-10-04T11:43:00"_s);
    }

    void pyWxDumpContent()
    {
        Parsed p;
        parseFile(QStringLiteral("pywxdump_content.csv"), p);
        QVERIFY(p.result.ok());
        QCOMPARE(p.sink.chats[0].externalId, u"wxid_friend"_s);
        const QList<ChatRecord> &r = p.sink.records;
        QCOMPARE(r[0].text, u"在吗"_s);
        QCOMPARE(who(r[0].author), u"wxid_friend|"_s);
        QCOMPARE(r[1].text, u"在的，\"怎么了\""_s);
        QCOMPARE(who(r[1].author), u"|我"_s);
        QCOMPARE(r[2].text, u"not json"_s);
    }

    void errors_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<qint64>("line");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("unterminated quote")
            << QStringLiteral("malformed_unterminated.csv") << qint64(3) << QStringLiteral("quote");
        QTest::newRow("not wechat")
            << QStringLiteral("not_wechat.csv") << qint64(1) << QStringLiteral("AuthorID");
        QTest::newRow("header only")
            << QStringLiteral("header_only.csv") << qint64(0) << QStringLiteral("no messages");
    }

    void errors()
    {
        QFETCH(QString, file);
        QFETCH(qint64, line);
        QFETCH(QString, mentions);
        Parsed p;
        parseFile(file, p);
        QCOMPARE(p.result.status, ParseResult::Status::Error);
        QCOMPARE(p.result.errorLine, line);
        QVERIFY2(p.result.errorMessage.contains(mentions), qPrintable(p.result.errorMessage));
    }

    void emptyInput()
    {
        QBuffer buffer;
        buffer.open(QIODevice::ReadOnly);
        CollectingSink sink;
        const ParseResult result = createWeChatCsvParser()->parse(buffer, ParseOptions {}, sink);
        QCOMPARE(result.status, ParseResult::Status::Error);
        QVERIFY(!result.errorMessage.isEmpty());
    }

    void cancel()
    {
        QByteArray data(
            "localId,TalkerId,Type,SubType,IsSender,CreateTime,Status,StrContent,StrTime,"
            "Remark,NickName,Sender\r\n");
        for (int i = 0; i < 20000; ++i)
            data += QByteArray::number(i) + ",1,1,0,0,1704100000,2,text " + QByteArray::number(i)
                + ",2024-01-01 17:06:40,Bob,Bob,wxid_bob\r\n";
        QBuffer buffer(&data);
        buffer.open(QIODevice::ReadOnly);
        CollectingSink sink;
        sink.cancelAfter = 10;
        const ParseResult result = createWeChatCsvParser()->parse(buffer, ParseOptions {}, sink);
        QCOMPARE(result.status, ParseResult::Status::Cancelled);
        QVERIFY(sink.records.size() < 20000);
    }

    void pywxdumpSystemNotices()
    {
        // PyWxDump writes recalls as 系统通知 rows ("系统" or a stale talker): system events
        // naming who recalled, never messages.
        QByteArray data(
            "id,MsgSvrID,type_name,is_sender,talker,room_name,msg,src,CreateTime\n"
            "1,61,\xE6\x96\x87\xE6\x9C\xAC,0,wxid_amy,5@chatroom,hi,,2024-06-01 18:00:00\n");
        data += QStringLiteral(
                    "2,62,系统通知,0,系统,5@chatroom,<revokemsg>你撤回了一条消息</revokemsg>,,"
                    "2024-06-01 18:01:00\n"
                    "3,63,系统通知,0,wxid_amy,5@chatroom,阿美撤回了一条消息,,2024-06-01 18:02:00\n"
                    "4,64,系统通知,0,系统,5@chatroom,\"\"\"阿美\"\"撤回了一条消息\",,"
                    "2024-06-01 18:03:00\n")
                    .toUtf8();
        QBuffer buffer(&data);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        CollectingSink sink;
        QVERIFY(createWeChatCsvParser()->parse(buffer, ParseOptions {}, sink).ok());
        QCOMPARE(describe(sink.records),
                 u"Message wxid_amy|; System 你撤回了一条消息 by |我; System 阿美撤回了一条消息 by "
                 u"|阿美; System \"阿美\"撤回了一条消息 by |阿美"_s);
        QVERIFY(sink.warnings.isEmpty());
    }

    void invalidBytesWarnedWithCountAndLine()
    {
        // Two stray Latin-1 bytes in otherwise UTF-8 rows: replaced, and one warning says how
        // many there were and on which line the first is.
        QByteArray data
            = QStringLiteral("id,MsgSvrID,type_name,is_sender,talker,room_name,msg,src,CreateTime\n"
                             "1,61,文本,0,wxid_amy,5@chatroom,大家晚上好，今天的课程开始了,,"
                             "2024-06-01 18:00:00\n")
                  .toUtf8();
        data += "2,62,\xE6\x96\x87\xE6\x9C\xAC,0,wxid_bo,5@chatroom,caf\xE9 ok,,2024-06-01 "
                "18:01:00\n";
        data
            += "3,63,\xE6\x96\x87\xE6\x9C\xAC,0,wxid_bo,5@chatroom,na\xEFve,,2024-06-01 18:02:00\n";
        QBuffer buffer(&data);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        CollectingSink sink;
        QVERIFY(createWeChatCsvParser()->parse(buffer, ParseOptions {}, sink).ok());
        QCOMPARE(sink.records.size(), 3);
        QCOMPARE(sink.records.at(1).text, u"caf\uFFFD ok"_s);
        QCOMPARE(sink.warnings.size(), 1);
        QCOMPARE(sink.warningLines.at(0), qint64(3));
        QVERIFY2(sink.warnings.at(0).contains(u": 2 in all, the first on line 3"_s),
                 qPrintable(sink.warnings.at(0)));
    }

    void systemText_data()
    {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<bool>("recognised");
        const auto row = [](const char16_t *name, const char16_t *raw, const char16_t *expected,
                            bool recognised = true) {
            QTest::newRow(QString::fromUtf16(name).toUtf8().constData())
                << QString::fromUtf16(raw) << QString::fromUtf16(expected) << recognised;
        };
        row(u"invite", u"\"张三\"邀请\"李四\"加入了群聊", u"Join |李四 <- |张三");
        row(u"invite several", u"“张三”邀请“李四、王五”加入了群聊",
            u"Join |李四 <- |张三; Join |王五 <- |张三");
        row(u"invited you and another", u"\"张三\"邀请你和\"李四\"加入了群聊",
            u"Join me|Me <- |张三; Join |李四 <- |张三");
        row(u"you invited", u"你邀请\"李四\"加入了群聊", u"Join |李四 <- me|Me");
        row(u"qr", u"\"李四\"通过扫描\"张三\"分享的二维码加入群聊", u"Join |李四 <- |张三");
        row(u"qr of yours", u"\"李四\"通过扫描你分享的二维码加入群聊", u"Join |李四 <- me|Me");
        row(u"you joined by qr", u"你通过扫描二维码加入群聊，群聊参与人还有：张三、李四",
            u"Join me|Me <- |");
        row(u"joined", u"\"李四\"加入了群聊", u"Join |李四 <- |");
        row(u"you removed", u"你将\"李四\"移出了群聊", u"Removed |李四 <- me|Me");
        row(u"left", u"\"李四\"退出了群聊", u"Leave |李四");
        row(u"recall", u"\"张三\"撤回了一条消息", u"System \"张三\"撤回了一条消息 by |张三");
        row(u"you recalled", u"你撤回了一条消息", u"System 你撤回了一条消息 by me|Me");
        row(u"rename", u"\"张三\"修改群名为\"新群\"", u"Rename 新群 <- |张三");
        row(u"cdata", u"<![CDATA[\"张三\"邀请\"李四\"加入了群聊]]>", u"Join |李四 <- |张三");
        row(u"revokemsg", u"<revokemsg>\"张三\" 撤回了一条消息</revokemsg>",
            u"System \"张三\" 撤回了一条消息 by |张三");
        row(u"re-edit link",
            u"你撤回了一条消息 <a href=\"weixin://revoke_edit_click\">重新编辑</a>",
            u"System 你撤回了一条消息 by me|Me");
        row(u"friend added", u"你已添加了X，现在可以开始聊天了。",
            u"System 你已添加了X，现在可以开始聊天了。");
        row(u"friend verified", u"我通过了你的朋友验证请求，现在我们可以开始聊天了",
            u"System 我通过了你的朋友验证请求，现在我们可以开始聊天了");
        row(u"en invite", u"“Alice” invited “Bob” and “Carol” to the group chat",
            u"Join |Bob <- |Alice; Join |Carol <- |Alice");
        row(u"en you invited", u"You invited \"Bob\" to the group chat", u"Join |Bob <- me|Me");
        row(u"en qr", u"\"Bob\" joined the group chat via the QR Code shared by \"Alice\"",
            u"Join |Bob <- |Alice");
        row(u"en removed", u"You removed \"Bob\" from the group chat", u"Removed |Bob <- me|Me");
        row(u"en recalled", u"\"Bob\" recalled a message",
            u"System \"Bob\" recalled a message by |Bob");
        row(u"en rename", u"\"Alice\" changed the group name to \"Book club\"",
            u"Rename Book club <- |Alice");
        row(u"unknown", u"群里来了一只猫", u"System 群里来了一只猫", false);
    }

    void systemText()
    {
        QFETCH(QString, raw);
        QFETCH(QString, expected);
        QFETCH(bool, recognised);
        QList<ChatRecord> out;
        QCOMPARE(WeChatSystemText::interpret(raw, AuthorRef { u"me"_s, u"Me"_s }, out), recognised);
        QCOMPARE(describe(out), expected);
    }
};

QTEST_GUILESS_MAIN(TestWeChatCsv)
#include "tst_wechatcsv.moc"
