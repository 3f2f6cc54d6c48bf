#include "import/wechat/wechattextparser.h"

#include "import/importlimits.h"
#include "import/textdecoding.h"
#include "import/textlinereader.h"
#include "import/wallclock.h"
#include "import/wechat/wechattextclassifier.h"

#include <QList>

namespace cohort::import {

namespace {

constexpr int kMaxLeadingJunk = 50;

/// Which of the WeChat TXT layouts a file uses; fixed by its first headline.
enum class Shape {
    Unknown,
    TimeFirst, ///< WeChatMsg v2/v3: "2024-01-01 12:00:00 name" or a bare time before a system text
    NameFirst ///< PC copy-paste: "name 2024/01/01 3:05 PM"
};

/// Outcome of reading a line as a message headline.
enum class HeadlineResult { None, Headline, BadTimestamp };

/// The parts of a message headline (time and sender).
struct Headline
{
    Shape shape = Shape::Unknown;
    qint64 wallSeconds = 0;
    QStringView
        rest; ///< TimeFirst: name or (v2) system text, empty for a bare time; NameFirst: name
    bool paddedHour = true;
    bool twelveHour = false;
};

HeadlineResult finish(const wallclock::DateTimeFields &f, Headline &out)
{
    if (!f.valid)
        return HeadlineResult::BadTimestamp;
    out.wallSeconds = f.seconds();
    out.paddedHour = f.paddedHour;
    out.twelveHour = f.twelveHour;
    return HeadlineResult::Headline;
}

HeadlineResult parseTimeFirst(QStringView line, Headline &out)
{
    wallclock::DateTimeFields f;
    const qsizetype end = wallclock::scanDateTime(line, 0, f, true);
    if (end < 0)
        return HeadlineResult::None;
    out.shape = Shape::TimeFirst;
    out.rest = line.sliced(end).trimmed();
    return finish(f, out);
}

HeadlineResult parseNameFirst(QStringView line, Headline &out)
{
    line = line.trimmed();
    // The timestamp is the last two ("2024/01/01 13:05") or three ("… 1:05 PM") words.
    qsizetype space = line.size();
    for (int words = 1; words <= 3; ++words) {
        space = line.lastIndexOf(u' ', space - 1);
        if (space <= 0)
            return HeadlineResult::None;
        if (words < 2)
            continue;
        wallclock::DateTimeFields f;
        if (wallclock::scanDateTime(line, space + 1, f, false) != line.size()
            || line[space + 5] != u'/')
            continue;
        out.shape = Shape::NameFirst;
        out.rest = line.first(space).trimmed();
        if (out.rest.isEmpty())
            return HeadlineResult::None;
        return finish(f, out);
    }
    return HeadlineResult::None;
}

HeadlineResult parseHeadline(QStringView line, Shape shape, Headline &out)
{
    if (line.isEmpty())
        return HeadlineResult::None;
    HeadlineResult result = HeadlineResult::None;
    if (shape != Shape::NameFirst && line[0].isDigit())
        result = parseTimeFirst(line, out);
    if (result == HeadlineResult::None && shape != Shape::TimeFirst)
        result = parseNameFirst(line, out);
    return result;
}

bool isBlank(QStringView line)
{
    for (const QChar c : line) {
        if (!c.isSpace())
            return false;
    }
    return true;
}

/// State of one parse() call.
class WeChatTextRun
{
    Q_DECLARE_TR_FUNCTIONS(WeChatTextParser)

public:
    WeChatTextRun(QIODevice &input, RecordSink &sink)
        : m_reader(input, TextLineReader::Breaks::Any)
        , m_sink(sink)
    {
    }

    ParseResult run();

private:
    void startRecord(const Headline &headline, qint64 line);
    void appendBody(QStringView line);
    void flush();
    ParseResult error(qint64 line, const QString &message)
    {
        ParseResult result;
        result.status = ParseResult::Status::Error;
        result.errorLine = line;
        result.errorMessage = message;
        return result;
    }

    TextLineReader m_reader;
    RecordSink &m_sink;
    Shape m_shape = Shape::Unknown;
    bool m_havePending = false;
    bool m_pendingIsTimeOnly = false;
    ChatRecord m_pending;
    QString m_pendingRest; ///< the headline after the time: a name, or a v2 system text
    QString m_body;
    int m_pendingBlanks = 0;
    qint64 m_records = 0;
};

void WeChatTextRun::startRecord(const Headline &headline, qint64 line)
{
    flush();
    if (m_shape == Shape::Unknown) {
        m_shape = headline.shape;
        ChatInfo info;
        info.platform = Platform::WeChat;
        m_sink.beginChat(info);
    }
    m_havePending = true;
    m_pending.line = line;
    m_pending.wallSeconds = headline.wallSeconds;
    m_pendingIsTimeOnly = headline.rest.isEmpty();
    // Speakers repeat: keep the previous name's shared data instead of allocating a copy.
    if (m_pendingRest != headline.rest)
        m_pendingRest = headline.rest.toString();
    m_pendingBlanks = 0;
}

void WeChatTextRun::appendBody(QStringView line)
{
    if (m_body.size() > ImportLimits::MaxMessageChars)
        return; // the rest is dropped; the import warns, naming the line
    if (!m_body.isEmpty()) {
        m_body.append(u'\n');
        for (; m_pendingBlanks > 0; --m_pendingBlanks)
            m_body.append(u'\n');
    }
    m_pendingBlanks = 0;
    m_body.append(line);
}

void WeChatTextRun::flush()
{
    if (!m_havePending)
        return;
    m_havePending = false;
    ChatRecord record = std::move(m_pending);
    m_pending = ChatRecord();
    record.text = std::move(m_body);
    m_body = QString();
    if (m_shape == Shape::TimeFirst && (m_pendingIsTimeOnly || record.text.isEmpty())) {
        // v3 writes "{time}\n{text}", v2 "{time} {text}" with nothing below: both are system
        // notices without a speaker.
        if (!m_pendingIsTimeOnly)
            record.text = m_pendingRest;
        if (record.text.trimmed().isEmpty()) {
            m_sink.warning(record.line,
                           tr("A timestamp with neither a name nor any text; the "
                              "line is skipped."));
            return;
        }
        m_records += WeChatTextClassifier::emitSystem(std::move(record), m_sink);
    } else {
        record.type = RecordType::Message;
        record.author.displayName = m_pendingRest;
        record.kind = WeChatTextClassifier::messageKind(record.text);
        m_sink.record(std::move(record));
        ++m_records;
    }
    if ((m_records & 4095) == 0)
        m_sink.progress(m_reader.bytesRead());
}

ParseResult WeChatTextRun::run()
{
    if (!m_reader.open())
        return error(0, m_reader.errorMessage());

    bool boundary = true; // at the start or after a blank line a headline may follow
    QList<qint64> leadingJunk;
    qint64 lines = 0;
    while (m_reader.readLine()) {
        const QStringView line = m_reader.line();
        const qint64 lineNumber = m_reader.lineNumber();
        if ((++lines & 1023) == 0 && m_sink.isCancelled()) {
            ParseResult result;
            result.status = ParseResult::Status::Cancelled;
            return result;
        }
        if (isBlank(line)) {
            if (m_havePending)
                ++m_pendingBlanks;
            boundary = true;
            continue;
        }
        if (boundary || !m_havePending) {
            Headline headline;
            const HeadlineResult parsed = parseHeadline(line, m_shape, headline);
            if (parsed == HeadlineResult::Headline) {
                boundary = false;
                for (const qint64 junk : std::as_const(leadingJunk))
                    m_sink.warning(junk, tr("Line ignored: text before the first message."));
                leadingJunk.clear();
                startRecord(headline, lineNumber);
                continue;
            }
            if (parsed == HeadlineResult::BadTimestamp)
                m_sink.warning(lineNumber,
                               tr("The message header \"%1\" has an impossible date "
                                  "or time; the line is kept as message text.")
                                   .arg(line));
        }
        boundary = false;
        if (m_havePending) {
            appendBody(line);
        } else {
            leadingJunk.append(lineNumber);
            if (leadingJunk.size() > kMaxLeadingJunk)
                return error(leadingJunk.constFirst(),
                             tr("This is not a WeChat text export: no line of the form "
                                "\"2024-01-31 08:05:09 Name\" or \"Name 2024/01/31 8:05 AM\" "
                                "was found."));
        }
    }
    if (!m_reader.errorMessage().isEmpty())
        return error(m_reader.lineNumber(), m_reader.errorMessage());
    flush();
    if (m_records == 0)
        return error(leadingJunk.isEmpty() ? 0 : leadingJunk.constFirst(),
                     tr("No WeChat message was found in this file: it has no line of the form "
                        "\"2024-01-31 08:05:09 Name\" or \"Name 2024/01/31 8:05 AM\"."));
    if (m_reader.replacements().count() > 0)
        m_sink.warning(m_reader.replacements().firstLine(),
                       m_reader.replacements().message(m_reader.encoding()));
    m_sink.progress(m_reader.bytesRead());
    return {};
}

// "张三(12345)" or "系统消息(10000)": a QQ sender, which WeChat never writes.
bool looksLikeQqSender(QStringView name)
{
    if (!name.endsWith(u')'))
        return false;
    const qsizetype open = name.lastIndexOf(u'(');
    if (open < 0 || name.size() - open - 2 < 4)
        return false;
    for (const QChar c : name.sliced(open + 1, name.size() - open - 2)) {
        if (!c.isDigit() && c != u'@' && c != u'.')
            return false;
    }
    return true;
}

} // namespace

QString WeChatTextParser::formatKey() const
{
    return QStringLiteral("wechat");
}

Platform WeChatTextParser::platform() const
{
    return Platform::WeChat;
}

int WeChatTextParser::sniff(QByteArrayView head) const
{
    const QString text = decodeHead(head);
    if (text.contains(u"消息记录（此消息记录为文本格式"))
        return 0; // QQ
    int timeFirst = 0;
    int nameFirst = 0;
    int qqSenders = 0;
    int qqTells = 0; // unpadded hours and AM/PM: WeChatMsg writes zero-padded 24 h
    int wechatTells = 0; // "09:05:00" hours and bare-time system headlines: never QQ's
    bool boundary = true;
    int seen = 0;
    for (QStringView line : QStringView(text).tokenize(u'\n')) {
        line = line.trimmed();
        if (line.isEmpty()) {
            boundary = true;
            continue;
        }
        if (!boundary)
            continue;
        boundary = false;
        Headline headline;
        if (parseHeadline(line, Shape::Unknown, headline) != HeadlineResult::Headline)
            continue;
        if (headline.shape == Shape::TimeFirst) {
            ++timeFirst;
            if (looksLikeQqSender(headline.rest))
                ++qqSenders;
            if (!headline.paddedHour || headline.twelveHour)
                ++qqTells;
            if (headline.rest.isEmpty() || line[11] == u'0')
                ++wechatTells;
        } else {
            ++nameFirst;
        }
        if (++seen >= 200)
            break;
    }
    if (timeFirst > 0 && timeFirst >= nameFirst) {
        if (qqSenders > 0)
            return 0;
        if (qqTells > 0)
            return 10;
        if (wechatTells > 0)
            return 80;
        return text.contains(u"\r\n") ? 30 : 80;
    }
    return nameFirst > 0 ? 70 : 0;
}

ParseResult WeChatTextParser::parse(QIODevice &input, const ParseOptions &options, RecordSink &sink)
{
    Q_UNUSED(options);
    WeChatTextRun run(input, sink);
    return run.run();
}

std::unique_ptr<ChatParser> createWeChatTextParser()
{
    return std::make_unique<WeChatTextParser>();
}

} // namespace cohort::import
