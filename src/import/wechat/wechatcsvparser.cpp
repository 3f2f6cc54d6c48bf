#include "import/wechat/wechatcsvparser.h"

#include "import/csvreader.h"
#include "import/textdecoding.h"
#include "import/wechat/wechatcsvfields.h"
#include "import/wechat/wechatsystemtext.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <vector>

namespace cohort::import {

using namespace wechat;

namespace {

const QStringList &memoTraceHeader()
{
    static const QStringList names { QStringLiteral("localId"),  QStringLiteral("TalkerId"),
                                     QStringLiteral("Type"),     QStringLiteral("SubType"),
                                     QStringLiteral("IsSender"), QStringLiteral("CreateTime"),
                                     QStringLiteral("Status"),   QStringLiteral("StrContent"),
                                     QStringLiteral("StrTime"),  QStringLiteral("Remark"),
                                     QStringLiteral("NickName"), QStringLiteral("Sender") };
    return names;
}

/// Card/link rows carry XML in StrContent; the title is what a reader wants to see.
QString cardText(QStringView content)
{
    const QStringView trimmed = content.trimmed();
    if (!trimmed.startsWith(u'<'))
        return content.toString();
    const qsizetype open = trimmed.indexOf(u"<title>");
    const qsizetype close = trimmed.indexOf(u"</title>");
    if (open < 0 || close < open)
        return {};
    return WeChatSystemText::clean(trimmed.sliced(open + 7, close - open - 7));
}

const QString &selfName()
{
    // What WeChatMsg "export all" and PyWxDump write for the exporting user.
    static const QString name = QStringLiteral("我");
    return name;
}

} // namespace

WeChatCsvParser::Shape WeChatCsvParser::shapeOfHeader(const QStringList &names)
{
    const auto hasAll = [&names](std::initializer_list<const char16_t *> wanted) {
        for (const char16_t *w : wanted) {
            if (!names.contains(QStringView(w)))
                return false;
        }
        return true;
    };
    const QStringList &memo = memoTraceHeader();
    bool memoPrefix = names.size() >= 9;
    for (int i = 0; memoPrefix && i < 9; ++i)
        memoPrefix = names.contains(memo.at(i));
    if (memoPrefix)
        return hasAll({ u"Remark", u"NickName", u"Sender" }) ? Shape::MemoTrace
                                                             : Shape::MemoTraceShort;
    if (hasAll({ u"消息ID", u"类型", u"发送人", u"时间", u"内容" }))
        return Shape::V3;
    if (hasAll({ u"type_name", u"is_sender", u"talker", u"room_name", u"CreateTime" })) {
        if (hasAll({ u"msg" }))
            return Shape::PyWxDump;
        if (hasAll({ u"content" }))
            return Shape::PyWxDumpContent;
    }
    return Shape::Unknown;
}

QString WeChatCsvParser::formatKey() const
{
    return QStringLiteral("wechat");
}

Platform WeChatCsvParser::platform() const
{
    return Platform::WeChat;
}

int WeChatCsvParser::sniff(QByteArrayView head) const
{
    QString text = decodeHead(head);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    qsizetype end = 0;
    while (end < text.size() && text.at(end) != u'\r' && text.at(end) != u'\n')
        ++end;
    QStringList names;
    const QList<QStringView> parts = QStringView(text).first(end).split(u',');
    for (QStringView part : parts) {
        part = part.trimmed();
        if (part.size() >= 2 && part.startsWith(u'"') && part.endsWith(u'"'))
            part = part.sliced(1, part.size() - 2);
        names.append(part.toString());
    }
    switch (shapeOfHeader(names)) {
    case Shape::Unknown:
        return 0;
    case Shape::MemoTraceShort:
        return 90;
    default:
        return 95;
    }
}

void WeChatCsvParser::reset(RecordSink &sink)
{
    m_sink = &sink;
    m_shape = Shape::Unknown;
    m_exportAll = false;
    m_columns.clear();
    m_authorCache.clear();
    m_self = {};
    m_chatDirty = true;
    m_chatName.clear();
    m_chatId.clear();
    m_warned.clear();
    m_records = 0;
    m_shortRows = 0;
    m_firstShortRowLine = 0;
    m_firstBadLine = 0;
}

bool WeChatCsvParser::mapColumns(const QStringList &names)
{
    m_columns.clear();
    for (int i = 0; i < names.size(); ++i)
        m_columns.insert(names.at(i), i);
    const auto col
        = [this](const char16_t *name) { return m_columns.value(QString::fromUtf16(name), -1); };
    switch (m_shape) {
    case Shape::MemoTrace:
    case Shape::MemoTraceShort:
        m_colId = -1;
        m_colType = col(u"Type");
        m_colSubType = col(u"SubType");
        m_colIsSender = col(u"IsSender");
        m_colCreateTime = col(u"CreateTime");
        m_colContent = col(u"StrContent");
        m_colStrTime = col(u"StrTime");
        m_colRemark = col(u"Remark");
        m_colNickName = col(u"NickName");
        // v0.2.6 wrote a 10th value (the speaker) under a 9-name header.
        m_colSender = m_shape == Shape::MemoTrace ? col(u"Sender") : 9;
        m_colRoom = -1;
        break;
    case Shape::V3:
        m_colId = col(u"消息ID");
        m_colType = col(u"类型");
        m_colSender = col(u"发送人");
        m_colStrTime = col(u"时间");
        m_colContent = col(u"内容");
        m_colRemark = col(u"备注");
        m_colNickName = col(u"昵称");
        m_colSubType = m_colIsSender = m_colCreateTime = m_colRoom = -1;
        break;
    case Shape::PyWxDump:
    case Shape::PyWxDumpContent:
        m_colId = col(u"MsgSvrID");
        m_colType = col(u"type_name");
        m_colIsSender = col(u"is_sender");
        m_colSender = col(u"talker");
        m_colRoom = col(u"room_name");
        m_colContent = m_shape == Shape::PyWxDump ? col(u"msg") : col(u"content");
        m_colStrTime = col(u"CreateTime");
        m_colSubType = m_colCreateTime = m_colRemark = m_colNickName = -1;
        break;
    case Shape::Unknown:
        return false;
    }
    return true;
}

void WeChatCsvParser::decideMemoTraceMode(const QList<QStringList> &rows)
{
    // Per-contact CSVs put the speaker's wxid in Sender, "export all" CSVs a display name ("我"
    // for the exporting user). Decide once per file, from its first rows, so one odd row cannot
    // flip the meaning of the column half-way.
    int strong = 0, custom = 0, names = 0;
    bool me = false;
    for (const QStringList &fields : rows) {
        if (m_shape != Shape::MemoTrace || fields.size() <= m_colSender)
            continue;
        const QString &sender = fields.at(m_colSender);
        if (sender.isEmpty())
            continue;
        if (sender == selfName())
            me = true;
        else if (isStrongWxid(sender))
            ++strong;
        else if (looksLikeCustomWxid(sender))
            ++custom;
        else
            ++names;
    }
    if (m_shape == Shape::MemoTraceShort || me)
        m_exportAll = true; // the 9-name header only ever came from "export all"
    else if (strong > 0 || custom > 0)
        m_exportAll = names > 0 && strong == 0 && names > custom;
    else
        m_exportAll = names > 0;
}

AuthorRef WeChatCsvParser::cachedAuthor(QStringView key, QStringView displayName)
{
    // Speakers repeat on almost every row: sharing their strings saves two allocations a record.
    // A cheap multiplicative hash: the ids are short and the full check below decides anyway.
    const QStringView basis = key.isEmpty() ? displayName : key;
    size_t hash = size_t(basis.size());
    for (const QChar c : basis)
        hash = hash * 31 + c.unicode();
    const auto it = m_authorCache.constFind(hash);
    if (it != m_authorCache.constEnd() && it->key == key && it->displayName == displayName)
        return *it;
    if (m_authorCache.size() >= 65536)
        m_authorCache.clear(); // bounded memory, whatever the number of speakers
    const AuthorRef author { key.toString(), displayName.toString() };
    m_authorCache.insert(hash, author);
    return author;
}

AuthorRef WeChatCsvParser::selfRef() const
{
    if (!m_self.isEmpty())
        return m_self;
    return AuthorRef { QString(), selfName() };
}

void WeChatCsvParser::warnOnce(const QString &what, qint64 line, const QString &message)
{
    if (m_warned.contains(what))
        return;
    m_warned.insert(what);
    m_sink->warning(line, message);
}

void WeChatCsvParser::beginChatIfChanged(const QString &name, const QString &externalId)
{
    if (name == m_chatName && externalId == m_chatId)
        return;
    m_chatName = name;
    m_chatId = externalId;
    m_chatDirty = true;
}

void WeChatCsvParser::emitRecord(ChatRecord &&record)
{
    if (m_chatDirty) {
        m_sink->beginChat(ChatInfo { Platform::WeChat, m_chatName, m_chatId });
        m_chatDirty = false;
    }
    ++m_records;
    m_sink->record(std::move(record));
}

void WeChatCsvParser::emitSystem(const Row &row, QStringView raw, qint64 wall, qint64 utc,
                                 bool hasUtc)
{
    QList<ChatRecord> records;
    if (!WeChatSystemText::interpret(raw, selfRef(), records))
        m_sink->warning(row.line,
                        tr("Unrecognised WeChat system notice \"%1\"; it is kept as a "
                           "system event.")
                            .arg(records.constFirst().text.left(120)));
    const QString messageId = row.at(m_colId).toString();
    int index = 0;
    for (ChatRecord &record : records) {
        // One notice can stand for several joins; ids must stay unique for de-duplication.
        if (!messageId.isEmpty())
            record.messageId
                = index == 0 ? messageId : messageId + u'#' + QString::number(index + 1);
        ++index;
        record.line = row.line;
        record.wallSeconds = wall;
        record.utcSeconds = utc;
        record.hasUtc = hasUtc;
        emitRecord(std::move(record));
    }
}

void WeChatCsvParser::processRow(const Row &row)
{
    // v0.2.6 wrote one value more than its header names.
    const qsizetype expected = m_columns.size() + (m_shape == Shape::MemoTraceShort ? 1 : 0);
    if (row.count > expected)
        warnOnce(QStringLiteral("extra"), row.line,
                 tr("This row has %1 values where the header names %2; the extra values are "
                    "ignored (reported once).")
                     .arg(row.count)
                     .arg(expected));
    switch (m_shape) {
    case Shape::MemoTrace:
    case Shape::MemoTraceShort:
        processMemoTrace(row);
        break;
    case Shape::V3:
        processV3(row);
        break;
    case Shape::PyWxDump:
    case Shape::PyWxDumpContent:
        processPyWxDump(row);
        break;
    case Shape::Unknown:
        break;
    }
}

void WeChatCsvParser::processMemoTrace(const Row &row)
{
    const bool fullHeader = m_shape == Shape::MemoTrace;
    if (row.count < 9 || (fullHeader && row.count > 9 && row.count < 12)) {
        m_sink->warning(row.line,
                        tr("This row has %1 values where the header names %2; it is "
                           "skipped.")
                            .arg(row.count)
                            .arg(fullHeader ? 12 : 9));
        if (m_firstBadLine == 0)
            m_firstBadLine = row.line;
        return;
    }
    // Before February 2024 WeChatMsg wrote 1:1 rows without Remark, NickName and Sender.
    const bool hasSender = row.count > m_colSender;
    if (fullHeader && !hasSender) {
        if (m_shortRows++ == 0) {
            m_firstShortRowLine = row.line;
            m_sink->warning(row.line,
                            tr("This row has only 9 values under the 12-column header "
                               "(WeChatMsg before February 2024); such rows tell only "
                               "whether you or the other person sent them."));
        }
    }
    bool ok = false;
    const qint64 type = row.at(m_colType).trimmed().toLongLong(&ok);
    if (!ok) {
        m_sink->warning(row.line,
                        tr("The message type \"%1\" is not a number; the row is "
                           "skipped.")
                            .arg(row.at(m_colType).toString()));
        if (m_firstBadLine == 0)
            m_firstBadLine = row.line;
        return;
    }
    const qint64 subType = row.at(m_colSubType).trimmed().toLongLong();
    const bool isSender = row.at(m_colIsSender).trimmed() == u"1";
    bool hasUtc = false;
    const qint64 utc = row.at(m_colCreateTime).trimmed().toLongLong(&hasUtc);
    qint64 wall = 0;
    if (!parseWallTime(row.at(m_colStrTime), wall)) {
        if (!hasUtc) {
            m_sink->warning(
                row.line,
                tr("Neither the time \"%1\" nor CreateTime \"%2\" can be "
                   "read; the row is skipped.")
                    .arg(row.at(m_colStrTime).toString(), row.at(m_colCreateTime).toString()));
            if (m_firstBadLine == 0)
                m_firstBadLine = row.line;
            return;
        }
        m_sink->warning(row.line,
                        tr("The time \"%1\" cannot be read; the UTC time from "
                           "CreateTime is used as the wall-clock time.")
                            .arg(row.at(m_colStrTime).toString()));
        wall = utc;
    }

    const QStringView remark = row.at(m_colRemark);
    const QStringView nickName = row.at(m_colNickName);
    if (m_exportAll && fullHeader)
        beginChatIfChanged((remark.isEmpty() ? nickName : remark).toString(), QString());

    const TypeClass typeClass = classifyTypeCode(type, subType);
    const QStringView content = row.at(m_colContent);
    if (typeClass == TypeClass::Notice) {
        // System rows carry no sender, or a stale one from the previous row: never trust it.
        emitSystem(row, content, wall, utc, hasUtc);
        return;
    }
    if (typeClass == TypeClass::Unknown)
        warnOnce(QStringLiteral("type:%1/%2").arg(type).arg(subType), row.line,
                 tr("Unknown WeChat message type %1 (subtype %2); such messages are imported as "
                    "text.")
                     .arg(type)
                     .arg(subType));

    ChatRecord record;
    record.line = row.line;
    record.wallSeconds = wall;
    record.utcSeconds = hasUtc ? utc : 0;
    record.hasUtc = hasUtc;
    record.kind = kindOf(typeClass);
    if (typeClass == TypeClass::PlainSystem) {
        record.type = RecordType::System;
        record.text = WeChatSystemText::clean(content);
    } else if (typeClass == TypeClass::Media) {
        // StrContent of media rows is XML metadata (or empty), not something to read.
        if (!content.trimmed().startsWith(u'<'))
            record.text = content.toString();
    } else if (typeClass == TypeClass::LinkOrCard) {
        record.text = cardText(content);
    } else {
        record.text = content.toString();
    }

    const QStringView sender = hasSender ? row.at(m_colSender) : QStringView();
    if (!m_exportAll) {
        // Remark is sanitised for file names (张 三. -> 张_三_); NickName is the real name.
        const QStringView display = nickName.isEmpty() ? remark : nickName;
        if (isSender) {
            if (!sender.isEmpty())
                m_self = cachedAuthor(sender, display);
            record.author = selfRef();
        } else if (!sender.isEmpty() || !display.isEmpty()) {
            record.author = cachedAuthor(sender, display);
        }
    } else if (isSender || sender == selfName()) {
        record.author = selfRef();
    } else if (!sender.isEmpty()) {
        record.author = cachedAuthor({}, sender);
    }
    emitRecord(std::move(record));
}

void WeChatCsvParser::processV3(const Row &row)
{
    const int needed = std::max({ m_colId, m_colType, m_colSender, m_colStrTime, m_colContent });
    if (row.count <= needed) {
        m_sink->warning(row.line,
                        tr("This row has %1 values where the header names %2; it is "
                           "skipped.")
                            .arg(row.count)
                            .arg(m_columns.size()));
        if (m_firstBadLine == 0)
            m_firstBadLine = row.line;
        return;
    }
    qint64 wall = 0;
    if (!parseWallTime(row.at(m_colStrTime), wall)) {
        m_sink->warning(row.line,
                        tr("The time \"%1\" cannot be read; the row is skipped.")
                            .arg(row.at(m_colStrTime).toString()));
        if (m_firstBadLine == 0)
            m_firstBadLine = row.line;
        return;
    }
    const QStringView typeName = row.at(m_colType).trimmed();
    const TypeClass typeClass = classifyTypeName(typeName);
    const QStringView content = row.at(m_colContent);
    if (typeClass == TypeClass::Notice) {
        emitSystem(row, content, wall, 0, false);
        return;
    }
    if (typeClass == TypeClass::Unknown)
        warnOnce(u"type:" + typeName.toString(), row.line,
                 tr("Unknown WeChat message type \"%1\"; such messages are imported as text.")
                     .arg(typeName.toString()));
    ChatRecord record;
    record.line = row.line;
    record.wallSeconds = wall;
    record.kind = kindOf(typeClass);
    record.type = typeClass == TypeClass::PlainSystem ? RecordType::System : RecordType::Message;
    record.text = content.toString();
    record.messageId = row.at(m_colId).toString();
    const QStringView sender = row.at(m_colSender);
    if (record.type == RecordType::Message && !sender.isEmpty())
        record.author = cachedAuthor({}, sender);
    emitRecord(std::move(record));
}

void WeChatCsvParser::processPyWxDump(const Row &row)
{
    const int needed = std::max(
        { m_colId, m_colType, m_colIsSender, m_colSender, m_colRoom, m_colContent, m_colStrTime });
    if (row.count <= needed) {
        m_sink->warning(row.line,
                        tr("This row has %1 values where the header names %2; it is "
                           "skipped.")
                            .arg(row.count)
                            .arg(m_columns.size()));
        if (m_firstBadLine == 0)
            m_firstBadLine = row.line;
        return;
    }
    qint64 wall = 0;
    if (!parseWallTime(row.at(m_colStrTime), wall)) {
        m_sink->warning(row.line,
                        tr("The time \"%1\" cannot be read; the row is skipped.")
                            .arg(row.at(m_colStrTime).toString()));
        if (m_firstBadLine == 0)
            m_firstBadLine = row.line;
        return;
    }
    // room_name is the conversation's wxid (…@chatroom for groups).
    const QStringView room = row.at(m_colRoom).trimmed();
    if (room != m_chatId)
        beginChatIfChanged(QString(), room.toString());

    QString text;
    if (m_shape == Shape::PyWxDumpContent) {
        const QStringView raw = row.at(m_colContent);
        const QJsonDocument json = QJsonDocument::fromJson(raw.toUtf8());
        if (json.isObject()) {
            text = json.object().value(QLatin1String("msg")).toString();
        } else {
            text = raw.toString();
            warnOnce(QStringLiteral("content-json"), row.line,
                     tr("The content column is not the JSON object {\"src\", \"msg\"} that "
                        "PyWxDump writes; its raw text is imported."));
        }
    } else {
        text = row.at(m_colContent).toString();
    }

    const QStringView typeName = row.at(m_colType).trimmed();
    const TypeClass typeClass = classifyTypeName(typeName);
    if (typeClass == TypeClass::Notice) {
        emitSystem(row, text, wall, 0, false);
        return;
    }
    if (typeClass == TypeClass::Unknown)
        warnOnce(u"type:" + typeName.toString(), row.line,
                 tr("Unknown WeChat message type \"%1\"; such messages are imported as text.")
                     .arg(typeName.toString()));

    ChatRecord record;
    record.line = row.line;
    record.wallSeconds = wall;
    record.kind = kindOf(typeClass);
    record.type = typeClass == TypeClass::PlainSystem ? RecordType::System : RecordType::Message;
    record.text = std::move(text);
    record.messageId = row.at(m_colId).toString();
    const QStringView talker = row.at(m_colSender).trimmed();
    const bool isSender = row.at(m_colIsSender).trimmed() == u"1" || talker == selfName();
    if (record.type == RecordType::Message) {
        if (isSender) {
            if (talker != selfName() && !talker.isEmpty())
                m_self = AuthorRef { talker.toString(), QString() };
            record.author = selfRef();
        } else if (talker != u"系统" && talker != u"未知" && !talker.isEmpty()) {
            // A wxid; PyWxDump keeps the names in a users.json next to the CSV.
            record.author = cachedAuthor(talker, {});
        }
    }
    emitRecord(std::move(record));
}

ParseResult WeChatCsvParser::parse(QIODevice &input, const ParseOptions &options, RecordSink &sink)
{
    Q_UNUSED(options);
    reset(sink);
    ParseResult result;
    const auto fail = [&result](qint64 line, const QString &message) {
        result.status = ParseResult::Status::Error;
        result.errorLine = line;
        result.errorMessage = message;
        return result;
    };

    CsvReader reader(input);
    CsvReader::Result read = reader.readRow();
    if (read == CsvReader::Result::Error)
        return fail(reader.errorLine(), reader.errorString());
    if (read == CsvReader::Result::End)
        return fail(0, tr("The file is empty."));

    QStringList header;
    for (qsizetype i = 0; i < reader.fieldCount(); ++i)
        header.append(reader.field(i).trimmed().toString());
    m_shape = shapeOfHeader(header);
    if (m_shape == Shape::Unknown || !mapColumns(header))
        return fail(reader.rowLine(),
                    tr("Line %1 is not the header of a WeChat CSV export (WeChatMsg, MemoTrace or "
                       "PyWxDump): \"%2\".")
                        .arg(reader.rowLine())
                        .arg(header.join(u',').left(200)));

    qint64 rows = 0;
    const auto poll = [&]() {
        if ((++rows & 0xFFF) == 0) {
            m_sink->progress(reader.bytesRead());
            return !m_sink->isCancelled();
        }
        return true;
    };
    if (m_sink->isCancelled()) {
        result.status = ParseResult::Status::Cancelled;
        return result;
    }

    // MemoTrace files are told apart (per contact / export all) from their first rows, which
    // are held back until the decision is made.
    if (m_shape == Shape::MemoTrace || m_shape == Shape::MemoTraceShort) {
        constexpr int Window = 200;
        QList<QStringList> held;
        QList<qint64> heldLines;
        while (held.size() < Window && (read = reader.readRow()) == CsvReader::Result::Row) {
            QStringList fields;
            fields.reserve(reader.fieldCount());
            for (qsizetype i = 0; i < reader.fieldCount(); ++i)
                fields.append(reader.field(i).toString());
            held.append(std::move(fields));
            heldLines.append(reader.rowLine());
        }
        decideMemoTraceMode(held);
        std::vector<QStringView> views;
        for (qsizetype r = 0; r < held.size(); ++r) {
            views.assign(held.at(r).cbegin(), held.at(r).cend());
            processRow(Row { views.data(), qsizetype(views.size()), heldLines.at(r) });
            if (!poll()) {
                result.status = ParseResult::Status::Cancelled;
                return result;
            }
        }
        if (read == CsvReader::Result::Error)
            return fail(reader.errorLine(), reader.errorString());
    }

    if (read != CsvReader::Result::End) {
        while ((read = reader.readRow()) == CsvReader::Result::Row) {
            processRow(Row { reader.fields(), reader.fieldCount(), reader.rowLine() });
            if (!poll()) {
                result.status = ParseResult::Status::Cancelled;
                return result;
            }
        }
        if (read == CsvReader::Result::Error)
            return fail(reader.errorLine(), reader.errorString());
    }
    m_sink->progress(reader.bytesRead());

    if (m_shortRows > 1)
        m_sink->warning(m_firstShortRowLine,
                        tr("%1 rows (the first on line %2) had only 9 values; their senders are "
                           "known only as you or the other person.")
                            .arg(m_shortRows)
                            .arg(m_firstShortRowLine));
    if (reader.replacements().count() > 0)
        m_sink->warning(reader.replacements().firstLine(),
                        reader.replacements().message(reader.encoding()));
    if (m_records == 0)
        return fail(m_firstBadLine,
                    m_firstBadLine == 0
                        ? tr("The WeChat CSV file has a header but no messages.")
                        : tr("No row of this WeChat CSV file could be read; the first bad row "
                             "is on line %1.")
                              .arg(m_firstBadLine));
    return result;
}

std::unique_ptr<ChatParser> createWeChatCsvParser()
{
    return std::make_unique<WeChatCsvParser>();
}

} // namespace cohort::import
