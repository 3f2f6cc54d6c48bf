#include "import/qq/qqparser.h"
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
    QFile file(test::dataPath(QStringLiteral("import/qq/") + name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture");
    return file.readAll();
}

ParseResult parseBytes(const QByteArray &bytes, CollectingSink &sink)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QqParser parser;
    return parser.parse(buffer, ParseOptions(), sink);
}

// The UTF-8-with-BOM fixture re-encoded, so every encoding is checked against the same goldens.
QByteArray reencode(const QByteArray &utf8Bom, const QByteArray &encoding)
{
    const QString text = QString::fromUtf8(utf8Bom.sliced(3));
    if (encoding == "UTF-8")
        return utf8Bom;
    if (encoding == "UTF-16LE") {
        QByteArray out("\xFF\xFE");
        QStringEncoder encoder(QStringEncoder::Utf16LE);
        return out + QByteArray(encoder.encode(text));
    }
    QStringEncoder encoder(encoding.constData());
    return encoder.encode(text);
}

/// A device that serves `data` and then fails, like a file on a vanished network share.
class FailingDevice final : public QIODevice
{
public:
    explicit FailingDevice(QByteArray data)
        : m_data(std::move(data))
    {
    }

protected:
    qint64 readData(char *out, qint64 max) override
    {
        if (m_pos >= m_data.size()) {
            setErrorString(QStringLiteral("network share vanished"));
            return -1;
        }
        const qint64 n = qMin(max, qint64(m_data.size() - m_pos));
        memcpy(out, m_data.constData() + m_pos, size_t(n));
        m_pos += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_pos = 0;
};

} // namespace

/// The QQ 消息管理器 text export: header, senders, system notices, encodings and line ends.
class TestQqParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void groupExport_data()
    {
        QTest::addColumn<QByteArray>("encoding");
        QTest::newRow("utf8-bom") << QByteArray("UTF-8");
        QTest::newRow("utf16le-bom") << QByteArray("UTF-16LE");
        QTest::newRow("gb18030") << QByteArray("GB18030");
    }

    void groupExport()
    {
        QFETCH(QByteArray, encoding);
        CollectingSink sink;
        const ParseResult result
            = parseBytes(reencode(readFixture(QStringLiteral("group_crlf.txt")), encoding), sink);
        QVERIFY2(result.ok(), qPrintable(result.errorMessage));

        QCOMPARE(sink.chats.size(), 1);
        QCOMPARE(sink.chats[0].platform, Platform::QQ);
        QCOMPARE(sink.chats[0].name, QStringLiteral("读书会(2023)"));

        const QStringList expected = {
            QStringLiteral("9|Message|Text|123456789/张三(小号)|/|大家好"),
            QStringLiteral("12|Message|Text|alice@example.com/李四|/|第一行\n第二行\n第三行"),
            QStringLiteral("17|Message|Media|bob@example.org/王五|/|[图片]"),
            QStringLiteral("20|Message|Media|987654321/|/|"),
            QStringLiteral("22|Join|System|/赵六|/|赵六加入本群。"),
            QStringLiteral("25|Join|System|/钱七|/张三|张三邀请钱七、孙八加入了本群。"),
            QStringLiteral("25|Join|System|/孙八|/张三|张三邀请钱七、孙八加入了本群。"),
            QStringLiteral("28|Leave|System|/周九|/|周九退出了群聊"),
            QStringLiteral("31|Removed|System|/吴十|/张三|张三将吴十移出了群聊"),
            QStringLiteral("34|Removed|System|/郑十一|/|郑十一被移出群聊"),
            QStringLiteral("37|System|System|/李四|/|李四撤回了一条消息"),
            QStringLiteral("40|System|System|/|/|群活跃等级提升"),
            QStringLiteral(
                "43|Message|Solitaire|123456789/张三(小号)|/|#接龙\n1. 张三 2盒\n2. 李四 1盒"),
            QStringLiteral("48|Message|Solitaire|alice@example.com/李四|/|"
                           "我也来\n#接龙\n1. 张三 2盒\n2. 李四 1盒\n3. 王五 1盒"),
            QStringLiteral(
                "55|Message|Media|bob@example.org/王五|/|[闪照]请使用新版手机QQ查看闪照。"),
            QStringLiteral("58|Message|Media|987654321/|/|[QQ红包]请使用新版手机QQ查收红包。"),
            // A headline-like text after bare CRs (even an empty line) is body text, not a new
            // record.
            QStringLiteral(
                "61|Message|Text|55555/新人|/|[图片]看这个\n\n2023-05-06 8:00:00 假的(11111)"),
            QStringLiteral("66|Message|Media|10001/赵六|/|[表情] [图片]"),
            QStringLiteral(
                "69|Message|Text|22222/坏人|/|正文\n\n2023-05-06 13:99:00 坏人(22222)\n继续"),
            QStringLiteral("75|Message|Text|10001/赵六|/|晚安"),
        };
        QStringList actual;
        for (const ChatRecord &r : std::as_const(sink.records))
            actual.append(summary(r));
        QCOMPARE(actual, expected);

        QCOMPARE(sink.records.first().wallSeconds, wall(2023, 5, 6, 8, 36, 52));
        QCOMPARE(sink.records.last().wallSeconds, wall(2023, 5, 6, 23, 59, 59));
        QCOMPARE(sink.records[12].wallSeconds, wall(2023, 5, 6, 12, 0, 0));
        for (const ChatRecord &r : std::as_const(sink.records))
            QVERIFY(!r.hasUtc);

        QCOMPARE(sink.warnings.size(), 1);
        QCOMPARE(sink.warnings[0].first, 72);
        QVERIFY(sink.warnings[0].second.contains(QStringLiteral("13:99:00")));
    }

    void allMessagesExport()
    {
        CollectingSink sink;
        const ParseResult result
            = parseBytes(readFixture(QStringLiteral("all_messages.txt")), sink);
        QVERIFY2(result.ok(), qPrintable(result.errorMessage));
        QCOMPARE(sink.chats.size(), 2);
        QCOMPARE(sink.chats[0].name, QStringLiteral("摄影群"));
        QCOMPARE(sink.chats[1].name, QStringLiteral("小明"));
        QCOMPARE(sink.chatStartRecord, (QList<qsizetype> { 0, 2 }));
        QStringList actual;
        for (const ChatRecord &r : std::as_const(sink.records))
            actual.append(summary(r));
        const QStringList expected = {
            QStringLiteral("9|Message|Text|20001/老王|/|早"),
            QStringLiteral("12|Message|Text|20001/老王|/|午饭"),
            QStringLiteral("23|Message|Text|/小明|/|半夜好"),
            QStringLiteral("26|Message|Text|/我自己|/|晚上好\n第二段"),
        };
        QCOMPARE(actual, expected);
        QCOMPARE(sink.records[0].wallSeconds, wall(2023, 6, 1, 7, 0, 0));
        QCOMPARE(sink.records[1].wallSeconds, wall(2023, 6, 1, 12, 30, 0));
        QCOMPARE(sink.records[2].wallSeconds, wall(2023, 6, 2, 0, 0, 0));
        QCOMPARE(sink.records[3].wallSeconds, wall(2023, 6, 2, 21, 5, 3));
        QVERIFY(sink.warnings.isEmpty());
    }

    void headerlessLf()
    {
        CollectingSink sink;
        const ParseResult result
            = parseBytes(readFixture(QStringLiteral("headerless_lf.txt")), sink);
        QVERIFY2(result.ok(), qPrintable(result.errorMessage));
        QCOMPARE(sink.chats.size(), 1);
        QVERIFY(sink.chats[0].name.isEmpty());
        QStringList actual;
        for (const ChatRecord &r : std::as_const(sink.records))
            actual.append(summary(r));
        QCOMPARE(actual,
                 (QStringList { QStringLiteral("1|Message|Text|30001/阿强|/|无头文件"),
                                QStringLiteral("4|Message|Text|30002/阿珍|/|你好") }));
        QCOMPARE(sink.records[1].wallSeconds, wall(2024, 1, 2, 10, 15, 20));
    }

    void senders_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("name");
        QTest::newRow("qq number") << QStringLiteral("2020-01-01 8:00:00 张三(12345)")
                                   << QStringLiteral("12345") << QStringLiteral("张三");
        QTest::newRow("parens in nick") << QStringLiteral("2020-01-01 8:00:00 A(b)(c)(12345)")
                                        << QStringLiteral("12345") << QStringLiteral("A(b)(c)");
        QTest::newRow("nick ends in non-id parens")
            << QStringLiteral("2020-01-01 8:00:00 小明(大号)") << QString()
            << QStringLiteral("小明(大号)");
        QTest::newRow("email in parens") << QStringLiteral("2020-01-01 8:00:00 x(a@b.cn)")
                                         << QStringLiteral("a@b.cn") << QStringLiteral("x");
        QTest::newRow("email in angles") << QStringLiteral("2020-01-01 8:00:00 y：z<a@b.cn>")
                                         << QStringLiteral("a@b.cn") << QStringLiteral("y：z");
        QTest::newRow("titles") << QStringLiteral(
            "2020-01-01 8:00:00 【管理员】 【钻石】丙(777777)")
                                << QStringLiteral("777777") << QStringLiteral("丙");
        QTest::newRow("id only") << QStringLiteral("2020-01-01 8:00:00 (888888)")
                                 << QStringLiteral("888888") << QString();
        QTest::newRow("PM") << QStringLiteral("2020-01-01 1:00:00 PM 丁") << QString()
                            << QStringLiteral("丁");
    }

    void senders()
    {
        QFETCH(QString, line);
        QFETCH(QString, key);
        QFETCH(QString, name);
        CollectingSink sink;
        const QByteArray bytes = QByteArray(line.toUtf8() + "\r\nhi\r\n");
        QVERIFY(parseBytes(bytes, sink).ok());
        QCOMPARE(sink.records.size(), 1);
        QCOMPARE(sink.records[0].author.key, key);
        QCOMPARE(sink.records[0].author.displayName, name);
        QCOMPARE(sink.records[0].text, QStringLiteral("hi"));
    }

    void malformed_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<qint64>("errorLine");
        QTest::newRow("json and whatsapp") << QStringLiteral("not_qq.txt") << qint64(1);
        QTest::newRow("header only") << QStringLiteral("header_only.txt") << qint64(0);
    }

    void malformed()
    {
        QFETCH(QString, fixture);
        QFETCH(qint64, errorLine);
        CollectingSink sink;
        const ParseResult result = parseBytes(readFixture(fixture), sink);
        QCOMPARE(result.status, ParseResult::Status::Error);
        QCOMPARE(result.errorLine, errorLine);
        QVERIFY(result.errorMessage.contains(QStringLiteral("QQ")));
        QVERIFY(sink.records.isEmpty());
    }

    void emptyFileIsError()
    {
        CollectingSink sink;
        QCOMPARE(parseBytes(QByteArray(), sink).status, ParseResult::Status::Error);
    }

    void longJunkPrefixIsError()
    {
        QByteArray bytes;
        for (int i = 0; i < 100; ++i)
            bytes += "just some prose\n";
        bytes += "2020-01-01 8:00:00 张三(12345)\nhi\n";
        CollectingSink sink;
        const ParseResult result = parseBytes(bytes, sink);
        QCOMPARE(result.status, ParseResult::Status::Error);
        QCOMPARE(result.errorLine, 1);
    }

    void shortJunkPrefixWarns()
    {
        CollectingSink sink;
        const ParseResult result
            = parseBytes(QByteArray("stray\r\n\r\n2020-01-01 8:00:00 (12345)\r\nhi\r\n"), sink);
        QVERIFY(result.ok());
        QCOMPARE(sink.records.size(), 1);
        QCOMPARE(sink.records[0].line, 3);
        QCOMPARE(sink.warnings.size(), 1);
        QCOMPARE(sink.warnings[0].first, 1);
    }

    void largeInputAcrossChunksAndCancel()
    {
        // Several MiB so records straddle the reader's 1 MiB chunks (a CRLF split between chunks
        // must not turn into a bare CR).
        QByteArray bytes("\xEF\xBB\xBF");
        const int count = 60000;
        for (int i = 0; i < count; ++i) {
            bytes += "2021-03-04 " + QByteArray::number(i % 24) + ":05:06 成员"
                + QByteArray::number(i % 97) + "(" + QByteArray::number(100000 + i % 97) + ")\r\n第"
                + QByteArray::number(i) + "条\r换行\r\n\r\n";
        }
        CollectingSink sink;
        QVERIFY(parseBytes(bytes, sink).ok());
        QCOMPARE(sink.records.size(), count);
        QVERIFY(sink.warnings.isEmpty());
        for (int i = 0; i < count; ++i) {
            const ChatRecord &r = sink.records[i];
            if (r.text != QStringLiteral("第%1条\n换行").arg(i) || r.line != 1 + qint64(i) * 4)
                QFAIL(qPrintable(QStringLiteral("record %1 wrong: line %2 text %3")
                                     .arg(i)
                                     .arg(r.line)
                                     .arg(r.text)));
        }
        CollectingSink cancelling;
        cancelling.cancelAfterRecords = 1000;
        QCOMPARE(parseBytes(bytes, cancelling).status, ParseResult::Status::Cancelled);
        QVERIFY(cancelling.records.size() < count);
    }

    void readFailureIsError()
    {
        QByteArray bytes;
        for (int i = 0; i < 40000; ++i)
            bytes += "2021-03-04 8:05:06 (12345)\r\nhello\r\n\r\n";
        FailingDevice device(bytes);
        device.open(QIODevice::ReadOnly);
        CollectingSink sink;
        const ParseResult result = QqParser().parse(device, ParseOptions(), sink);
        QCOMPARE(result.status, ParseResult::Status::Error);
        QVERIFY(result.errorMessage.contains(QStringLiteral("network share vanished")));
        QVERIFY(result.errorLine > 1);
    }

    void sniff_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<int>("minScore");
        QTest::addColumn<int>("maxScore");
        QTest::newRow("header") << readFixture(QStringLiteral("group_crlf.txt")) << 100 << 100;
        QTest::newRow("headerless ids")
            << readFixture(QStringLiteral("headerless_lf.txt")) << 80 << 95;
        QTest::newRow("1:1 am/pm")
            << QByteArray("2023-06-02 9:05:03 PM 小明\r\n晚上好\r\n\r\n") << 60 << 80;
        QTest::newRow("wechat v2 txt")
            << QByteArray("2024-01-01 12:00:00 张三\n你好\n\n2024-01-01 12:01:00 李四\n嗯\n\n") << 0
            << 20;
        QTest::newRow("wechat v3 system")
            << QByteArray("2024-01-01 12:00:00\n\"张三\"加入了群聊\n") << 0 << 0;
        QTest::newRow("whatsapp iso")
            << QByteArray("2023-01-05 21:05 - Alice: hi\n2023-01-05 21:06 - Bob: ok\n") << 0 << 0;
        QTest::newRow("whatsapp ios iso")
            << QByteArray("[2023-01-05 21:05:33] Alice: hi\n") << 0 << 0;
        QTest::newRow("whatsapp") << QByteArray("1/5/23, 21:05 - Alice: hi\n") << 0 << 0;
        QTest::newRow("telegram json")
            << QByteArray("{\n \"name\": \"x\",\n \"messages\": []\n}") << 0 << 0;
        QTest::newRow("wechat csv") << QByteArray(
            "localId,TalkerId,Type,SubType,IsSender,CreateTime,Status,StrContent,StrTime,"
            "Remark,NickName,Sender\r\n1,2,1,0,0,1700000000,0,hi,2023-11-14 "
            "22:13:20,a,b,wxid_x\r\n")
                                    << 0 << 0;
    }

    void sniff()
    {
        QFETCH(QByteArray, head);
        QFETCH(int, minScore);
        QFETCH(int, maxScore);
        const int score = QqParser().sniff(head);
        QVERIFY2(score >= minScore && score <= maxScore, qPrintable(QString::number(score)));
    }

    void foreignHeader()
    {
        // Another tool's banner and header lines: skipped without a word; the headlines (with
        // "name(id)" and "name<email>" senders) decide. 1965 is taken as written.
        const QByteArray bytes = QStringLiteral("================================\r\n"
                                                "   QQ 聊天记录 · 老同学群\r\n"
                                                "================================\r\n"
                                                "导出时间: 2024-03-01 10:00\r\n"
                                                "1965-07-01 9:05:00 张三(10001)\r\n"
                                                "六五年\r\n"
                                                "\r\n"
                                                "1965-07-01 9:06:12 李四<lisi@example.com>\r\n"
                                                "收到\r\n")
                                     .toUtf8();
        QVERIFY2(QqParser().sniff(bytes) >= 90,
                 qPrintable(QString::number(QqParser().sniff(bytes))));
        CollectingSink sink;
        const ParseResult result = parseBytes(bytes, sink);
        QVERIFY2(result.ok(), qPrintable(result.errorMessage));
        QStringList actual;
        for (const ChatRecord &r : std::as_const(sink.records))
            actual.append(summary(r));
        QCOMPARE(actual,
                 (QStringList { QStringLiteral("5|Message|Text|10001/张三|/|六五年"),
                                QStringLiteral("8|Message|Text|lisi@example.com/李四|/|收到") }));
        QCOMPARE(sink.records[0].wallSeconds, wall(1965, 7, 1, 9, 5, 0));
        QVERIFY(sink.records[0].wallSeconds < 0);
        QVERIFY(sink.warnings.isEmpty());
    }

    void headlineRightAfterTitle()
    {
        // No ruler, no blank line: a title line, then the first headline at once.
        CollectingSink sink;
        const ParseResult result = parseBytes(
            QStringLiteral("群聊记录\r\n1969-12-31 23:59:59 王五(10003)\r\n最后一秒\r\n").toUtf8(),
            sink);
        QVERIFY2(result.ok(), qPrintable(result.errorMessage));
        QCOMPARE(sink.records.size(), 1);
        QCOMPARE(sink.records[0].wallSeconds, qint64(-1));
        QCOMPARE(sink.warnings.size(), 1); // the title, before any header or message
        QCOMPARE(sink.warnings[0].first, 1);
    }

    void factory()
    {
        const auto parser = createQqParser();
        QCOMPARE(parser->formatKey(), QStringLiteral("qq"));
        QCOMPARE(parser->platform(), Platform::QQ);
    }
};

QTEST_GUILESS_MAIN(TestQqParser)
#include "tst_qqparser.moc"
