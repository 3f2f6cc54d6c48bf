#include "import/qq/qqparser.h"

#include "import/importlimits.h"
#include "import/qq/qqrecordclassifier.h"
#include "import/qq/qqsender.h"
#include "import/textdecoding.h"
#include "import/textlinereader.h"
#include "import/wallclock.h"

#include <QList>

#include <unordered_map>

namespace cohort::import {

namespace {

constexpr QStringView kHeaderTitle = u"消息记录（此消息记录为文本格式";
// Lines of text before the first record tolerated before the file is declared not QQ.
constexpr int kMaxLeadingJunk = 50;

/// Outcome of reading a line as a message headline.
enum class HeadlineResult { None, Headline, BadTimestamp };

/// The parts of a message headline (time and sender).
struct Headline
{
    qint64 wallSeconds = 0;
    QStringView sender;
    bool twelveHour = false;
    bool paddedHour = false;
};

HeadlineResult parseHeadline(QStringView line, Headline &out)
{
    wallclock::DateTimeFields f;
    const qsizetype end = wallclock::scanDateTime(line, 0, f, true);
    if (end < 0 || end + 1 >= line.size() || line[4] != u'-')
        return HeadlineResult::None;
    const QStringView sender = line.sliced(end + 1).trimmed();
    if (sender.isEmpty())
        return HeadlineResult::None;
    if (!f.valid)
        return HeadlineResult::BadTimestamp;
    out.wallSeconds = f.seconds();
    out.sender = sender;
    out.twelveHour = f.twelveHour;
    out.paddedHour = f.paddedHour;
    return HeadlineResult::Headline;
}

bool isBlank(QStringView line)
{
    for (const QChar c : line) {
        if (!c.isSpace())
            return false;
    }
    return true;
}

bool isRuler(QStringView line)
{
    if (line.size() < 16)
        return false;
    for (const QChar c : line) {
        if (c != u'=')
            return false;
    }
    return true;
}

// "消息分组:我的QQ群" → "我的QQ群"; the colon is ASCII in exports, full-width after hand edits.
bool headerField(QStringView line, QStringView label, QStringView &value)
{
    if (!line.startsWith(label) || line.size() <= label.size())
        return false;
    const QChar colon = line[label.size()];
    if (colon != u':' && colon != u'：')
        return false;
    value = line.sliced(label.size() + 1).trimmed();
    return true;
}

/// Hashes QString and QStringView alike so the author cache is searched without allocating.
struct ViewHash
{
    using is_transparent = void;
    size_t operator()(QStringView v) const noexcept { return qHash(v); }
};

/// State of one parse() call.
class QqParseRun
{
    Q_DECLARE_TR_FUNCTIONS(QqParser)

public:
    QqParseRun(QIODevice &input, RecordSink &sink)
        : m_reader(input, TextLineReader::Breaks::Auto)
        , m_sink(sink)
    {
    }

    ParseResult run();

private:
    void startRecord(const Headline &headline, qint64 line);
    void appendBody(QStringView line);
    void flush();
    const AuthorRef &author(QStringView sender);
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
    std::unordered_map<QString, AuthorRef, ViewHash, std::equal_to<>> m_authors;
    ChatInfo m_chat;
    bool m_chatPending = true;
    bool m_havePending = false;
    ChatRecord m_pending;
    QString m_body;
    int m_pendingBlanks = 0;
    qint64 m_records = 0;
};

const AuthorRef &QqParseRun::author(QStringView sender)
{
    auto it = m_authors.find(sender);
    if (it != m_authors.end())
        return it->second;
    if (m_authors.size() > 200000)
        m_authors.clear(); // bound memory on pathological files; only sharing is lost
    return m_authors.emplace(sender.toString(), QqSender::parse(sender)).first->second;
}

void QqParseRun::startRecord(const Headline &headline, qint64 line)
{
    flush();
    if (m_chatPending) {
        m_sink.beginChat(m_chat);
        m_chatPending = false;
    }
    m_havePending = true;
    m_pending.line = line;
    m_pending.wallSeconds = headline.wallSeconds;
    m_pending.author = author(headline.sender);
    m_pendingBlanks = 0;
}

void QqParseRun::appendBody(QStringView line)
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

void QqParseRun::flush()
{
    if (!m_havePending)
        return;
    m_havePending = false;
    ChatRecord record = std::move(m_pending);
    m_pending = ChatRecord();
    record.text = std::move(m_body);
    m_body = QString();
    if (QqSender::isSystem(record.author)) {
        m_records += QqRecordClassifier::emitSystem(std::move(record), m_sink);
    } else {
        record.type = RecordType::Message;
        record.kind = QqRecordClassifier::messageKind(record.text);
        m_sink.record(std::move(record));
        ++m_records;
    }
    if ((m_records & 4095) == 0)
        m_sink.progress(m_reader.bytesRead());
}

ParseResult QqParseRun::run()
{
    m_chat.platform = Platform::QQ;
    if (!m_reader.open())
        return error(0, m_reader.errorMessage());

    bool boundary = true; // after a blank line, a header or at the start: a headline may follow
    bool inHeader = false;
    QList<qint64> leadingJunk;
    qint64 lines = 0;
    while (m_reader.readLine()) {
        const QStringView line = m_reader.line();
        const qint64 lineNumber = m_reader.lineNumber();
        if ((++lines & 1023) == 0) {
            if (m_sink.isCancelled()) {
                ParseResult result;
                result.status = ParseResult::Status::Cancelled;
                return result;
            }
        }
        if (isBlank(line)) {
            if (m_havePending)
                ++m_pendingBlanks;
            boundary = true;
            continue;
        }
        if (boundary || inHeader || !m_havePending) {
            QStringView value;
            if (line.startsWith(kHeaderTitle) || isRuler(line)) {
                if (!inHeader) {
                    flush();
                    m_chat.name.clear();
                    m_chatPending = true;
                    inHeader = true;
                }
                boundary = true;
                continue;
            }
            if (headerField(line, u"消息分组", value) || headerField(line, u"消息对象", value)) {
                if (!inHeader) {
                    flush();
                    m_chat.name.clear();
                    m_chatPending = true;
                    inHeader = true;
                }
                if (line.startsWith(u"消息对象"))
                    m_chat.name = value.toString();
                boundary = true;
                continue;
            }
        }
        // Before the first message and right after a header block any line may be a headline:
        // headers differ between tools and hand edits, only the headlines are QQ's own.
        if (boundary || inHeader || !m_havePending) {
            Headline headline;
            switch (parseHeadline(line, headline)) {
            case HeadlineResult::Headline:
                inHeader = false;
                boundary = false;
                for (const qint64 junk : std::as_const(leadingJunk))
                    m_sink.warning(junk, tr("Line ignored: text before the first message."));
                leadingJunk.clear();
                startRecord(headline, lineNumber);
                continue;
            case HeadlineResult::BadTimestamp:
                m_sink.warning(lineNumber,
                               tr("The message header \"%1\" has an impossible date or time; the "
                                  "line is kept as message text.")
                                   .arg(line));
                break;
            case HeadlineResult::None:
                break;
            }
        }
        boundary = false;
        if (m_havePending) {
            appendBody(line);
        } else if (inHeader) {
            // A header line of some other tool (title, export date ...): skipped, as headers
            // are.
        } else if (m_records == 0) {
            leadingJunk.append(lineNumber);
            if (leadingJunk.size() > kMaxLeadingJunk)
                return error(leadingJunk.constFirst(),
                             tr("This is not a QQ message-manager export: no line of the form "
                                "\"2024-01-31 8:05:09 Nickname(12345678)\" was found."));
        } else {
            m_sink.warning(lineNumber,
                           tr("Line ignored: text outside any message (\"%1\").").arg(line));
        }
    }
    if (!m_reader.errorMessage().isEmpty())
        return error(m_reader.lineNumber(), m_reader.errorMessage());
    flush();
    if (m_records == 0)
        return error(leadingJunk.isEmpty() ? 0 : leadingJunk.constFirst(),
                     tr("No QQ message was found in this file: it has no line of the form "
                        "\"2024-01-31 8:05:09 Nickname(12345678)\"."));
    if (m_reader.replacements().count() > 0)
        m_sink.warning(m_reader.replacements().firstLine(),
                       m_reader.replacements().message(m_reader.encoding()));
    m_sink.progress(m_reader.bytesRead());
    return {};
}

} // namespace

QString QqParser::formatKey() const
{
    return QStringLiteral("qq");
}

Platform QqParser::platform() const
{
    return Platform::QQ;
}

int QqParser::sniff(QByteArrayView head) const
{
    const QString text = decodeHead(head);
    if (text.contains(kHeaderTitle))
        return 100;
    int headlines = 0;
    int withId = 0;
    int qqTells = 0; // unpadded hours and AM/PM: WeChat exporters write zero-padded 24 h
    int zeroPadded = 0; // "09:05:00": WeChat's hour, never QQ's
    for (const QStringView line : QStringView(text).tokenize(u'\n')) {
        Headline headline;
        const QStringView trimmed = line.trimmed();
        if (parseHeadline(trimmed, headline) != HeadlineResult::Headline)
            continue;
        if (trimmed[11] == u'0')
            ++zeroPadded;
        ++headlines;
        const AuthorRef author = QqSender::parse(headline.sender);
        if (!author.key.isEmpty())
            ++withId;
        if (!headline.paddedHour || headline.twelveHour)
            ++qqTells;
        if (headlines >= 200)
            break;
    }
    if (headlines == 0)
        return 0;
    if (withId * 2 >= headlines)
        return 90;
    if (qqTells > 0)
        return 70;
    if (zeroPadded > 0)
        return 5;
    return text.contains(u"\r\n") ? 40 : 15;
}

ParseResult QqParser::parse(QIODevice &input, const ParseOptions &options, RecordSink &sink)
{
    Q_UNUSED(options);
    QqParseRun run(input, sink);
    return run.run();
}

std::unique_ptr<ChatParser> createQqParser()
{
    return std::make_unique<QqParser>();
}

} // namespace cohort::import
