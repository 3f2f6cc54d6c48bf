#include "import/whatsapp/whatsappchatreader.h"

#include "import/importlimits.h"
#include "import/whatsapp/whatsappbodytext.h"
#include "import/whatsapp/whatsappdateorderguesser.h"
#include "import/whatsapp/whatsappheader.h"
#include "import/whatsapp/whatsapplinereader.h"
#include "import/whatsapp/whatsappsystemtext.h"

#include <QIODevice>

namespace cohort::import {

namespace {

// Enough timestamps to find the "created group" block, which exports put at the top.
constexpr qint64 HeadHeaders = 256;
constexpr qint64 CancelPollLines = 1024;
constexpr qint64 ProgressRecords = 4096;
constexpr qsizetype ExcerptLength = 60;

bool isQuote(QChar c)
{
    const char16_t u = c.unicode();
    return u == u'"' || u == 0x201C || u == 0x201D || u == 0x201E || u == 0x00AB || u == 0x300C;
}

// iOS polls also start with U+200E but are messages.
bool isPoll(QStringView body)
{
    return body.startsWith(u"POLL:") || body.startsWith(u"UMFRAGE:")
        || body.startsWith(u"ENCUESTA:");
}

QString excerpt(QStringView line)
{
    const QStringView t = WhatsAppBodyText::trimmed(line);
    return t.size() > ExcerptLength ? t.first(ExcerptLength).toString() + QChar(0x2026)
                                    : t.toString();
}

QString orderName(DateOrder order)
{
    switch (order) {
    case DateOrder::DayMonthYear:
        return QCoreApplication::translate("WhatsAppChatReader", "day/month/year");
    case DateOrder::MonthDayYear:
        return QCoreApplication::translate("WhatsAppChatReader", "month/day/year");
    case DateOrder::YearMonthDay:
        return QCoreApplication::translate("WhatsAppChatReader", "year/month/day");
    case DateOrder::Auto:
        break;
    }
    return {};
}

QStringView authorName(QStringView author)
{
    author = WhatsAppBodyText::trimmed(author);
    // iOS marks non-contacts with "~" and a narrow space before the phone/profile name.
    if (author.startsWith(QLatin1Char('~')))
        author = WhatsAppBodyText::trimmed(author.sliced(1));
    return author;
}

} // namespace

WhatsAppChatReader::WhatsAppChatReader(RecordSink &sink)
    : m_sink(sink)
{
}

WhatsAppChatReader::LineParts WhatsAppChatReader::split(QStringView rest)
{
    LineParts parts;
    qsizetype colon = rest.indexOf(QLatin1Char(':'));
    while (colon >= 0) {
        const QChar next = colon + 1 < rest.size() ? rest[colon + 1] : QChar(u' ');
        const char16_t u = next.unicode();
        if (u == u' ' || u == 0x200E || u == 0x00A0 || u == 0x202F)
            break;
        colon = rest.indexOf(QLatin1Char(':'), colon + 1);
    }
    if (colon < 0) {
        // Some exports glue the text to the colon (`John Doe:.`); accept that unless the line
        // is a known system event or the colon belongs to a URL.
        const qsizetype glued = rest.indexOf(QLatin1Char(':'));
        if (glued > 0 && rest[glued + 1] != QLatin1Char('/')
            && WhatsAppSystemText::classify(rest).type == RecordType::System)
            colon = glued;
    }
    QStringView author = colon > 0 ? authorName(rest.first(colon)) : QStringView();
    if (author.isEmpty()) {
        parts.text = WhatsAppBodyText::trimmed(rest);
        parts.isSystem = true;
        return parts;
    }
    // `changed the subject to "a: b"`: the colon is inside a system line, not after a name.
    for (const QChar c : author) {
        if (isQuote(c)) {
            if (WhatsAppSystemText::classify(rest).type != RecordType::System) {
                parts.text = WhatsAppBodyText::trimmed(rest);
                parts.isSystem = true;
                return parts;
            }
            break;
        }
    }
    QStringView body = rest.sliced(colon + 1);
    if (!body.isEmpty()
        && (body.front() == QLatin1Char(' ') || body.front() == QChar(0x00A0)
            || body.front() == QChar(0x202F)))
        body = body.sliced(1);
    // iOS writes some system lines as if the chat itself said them, after a U+200E mark.
    // Only a text WhatsApp writes makes it one: media names, polls and people's own words are
    // often marked too.
    if (body.startsWith(QChar(0x200E))) {
        const QStringView trimmed = WhatsAppBodyText::trimmed(body);
        if (!isPoll(trimmed) && WhatsAppSystemText::isSystemText(trimmed)) {
            parts.text = trimmed;
            parts.chatName = author;
            parts.isSystem = true;
            return parts;
        }
        body = trimmed;
    }
    parts.author = author;
    parts.text = body;
    return parts;
}

ParseResult::Status WhatsAppChatReader::scan(QIODevice &device, bool inferOrder, ScanResult &result,
                                             QString &error, qint64 &errorLine)
{
    WhatsAppLineReader reader(device);
    if (!reader.open(error))
        return ParseResult::Status::Error;
    WhatsAppDateOrderGuesser guesser;
    qint64 headers = 0;
    qint64 firstTextLine = 0;
    QString chatName;
    QString createdName;
    QStringView line;
    while (reader.readLine(line)) {
        const qint64 lineNumber = reader.lineNumber();
        if (lineNumber % CancelPollLines == 0 && m_sink.isCancelled())
            return ParseResult::Status::Cancelled;
        WhatsAppHeader header;
        if (!WhatsAppHeader::parse(line, header) || !header.validTime) {
            if (firstTextLine == 0 && !WhatsAppBodyText::trimmed(line).isEmpty())
                firstTextLine = lineNumber;
            continue;
        }
        if (headers++ == 0) {
            result.firstHeaderLine = lineNumber;
            result.sampleDate = line.sliced(header.dateStart, header.dateLength).toString();
            result.dateSeparator = header.dateSeparator;
        }
        if (inferOrder)
            guesser.add(header);
        if (headers <= HeadHeaders) {
            const LineParts parts = split(line.sliced(header.restOffset));
            if (!parts.isSystem)
                noteAuthor(parts.author.toString());
            else if (chatName.isEmpty()) {
                chatName = parts.chatName.toString();
                const WhatsAppSystemText::Event event = WhatsAppSystemText::classify(parts.text);
                if (event.groupCreated && createdName.isEmpty())
                    createdName = event.name;
            }
        }
        if ((!inferOrder || guesser.isDecided()) && (headers >= HeadHeaders || !chatName.isEmpty()))
            break;
    }
    result.groupName = chatName.isEmpty() ? createdName : chatName;
    if (headers == 0) {
        errorLine = firstTextLine;
        error = tr("This is not a WhatsApp chat export: no line starts with a WhatsApp timestamp "
                   "such as \"12/31/23, 21:05 - \" or \"[31.12.23, 21:05:09] \".");
        return ParseResult::Status::Error;
    }
    result.inferredOrder = guesser.result();
    return ParseResult::Status::Ok;
}

ParseResult::Status WhatsAppChatReader::read(QIODevice &device, const QIODevice &input,
                                             DateOrder order, QString &error, qint64 &errorLine)
{
    WhatsAppLineReader reader(device);
    if (!reader.open(error))
        return ParseResult::Status::Error;
    m_pending.reserve(4);
    qint64 nextProgress = ProgressRecords;
    qint64 firstTextLine = 0;
    QStringView line;
    while (reader.readLine(line)) {
        const qint64 lineNumber = reader.lineNumber();
        if (lineNumber % CancelPollLines == 0 && m_sink.isCancelled())
            return ParseResult::Status::Cancelled;
        if (m_records >= nextProgress) {
            m_sink.progress(input.pos());
            nextProgress = m_records + ProgressRecords;
        }
        WhatsAppHeader header;
        if (WhatsAppHeader::parse(line, header)) {
            qint64 wall = 0;
            if (header.wallSeconds(order, wall)) {
                flush();
                handleHeaderLine(line.sliced(header.restOffset), lineNumber, wall);
                continue;
            }
            const QString stamp
                = WhatsAppBodyText::trimmed(line.first(header.restOffset)).toString();
            m_sink.warning(lineNumber,
                           m_pending.empty()
                               ? tr("The timestamp \"%1\" is not a valid %2 date and time; the "
                                    "line was skipped.")
                                     .arg(stamp, orderName(order))
                               : tr("The timestamp \"%1\" is not a valid %2 date and time; the "
                                    "line was kept as text of the message above.")
                                     .arg(stamp, orderName(order)));
            if (m_pending.empty())
                continue;
        }
        if (m_pending.empty()) {
            if (!WhatsAppBodyText::trimmed(line).isEmpty()) {
                if (firstTextLine == 0)
                    firstTextLine = lineNumber;
                m_sink.warning(lineNumber,
                               tr("Text before the first timestamped message was ignored: "
                                  "\"%1\"")
                                   .arg(excerpt(line)));
            }
            continue;
        }
        while (!line.isEmpty() && line.front() == QChar(0xFEFF))
            line = line.sliced(1);
        QString &text = m_pending.back().text;
        // Past the cap the rest of the message is dropped (the import warns, naming its line).
        if (text.size() > ImportLimits::MaxMessageChars)
            continue;
        text.append(QLatin1Char('\n'));
        text.append(line);
    }
    flush();
    m_sink.progress(input.pos());
    if (reader.replacements().count() > 0)
        m_sink.warning(reader.replacements().firstLine(),
                       reader.replacements().message(reader.encoding()));
    if (m_records == 0) {
        errorLine = firstTextLine;
        error = tr("No line of this WhatsApp chat has a valid %1 date; choose another date order "
                   "or check the file.")
                    .arg(orderName(order));
        return ParseResult::Status::Error;
    }
    return ParseResult::Status::Ok;
}

void WhatsAppChatReader::handleHeaderLine(QStringView rest, qint64 line, qint64 wallSeconds)
{
    const LineParts parts = split(rest);
    if (parts.isSystem) {
        addSystem(parts.text, line, wallSeconds);
        return;
    }
    ChatRecord &record = m_pending.emplace_back();
    record.line = line;
    record.wallSeconds = wallSeconds;
    record.author.displayName = parts.author.toString();
    record.text = parts.text.toString();
    noteAuthor(record.author.displayName);
}

void WhatsAppChatReader::noteAuthor(const QString &name)
{
    if (WhatsAppSystemText::containsNameSeparator(name) && !m_listNames.contains(name))
        m_listNames.append(name);
}

void WhatsAppChatReader::addSystem(QStringView text, qint64 line, qint64 wallSeconds)
{
    const WhatsAppSystemText::Event event = WhatsAppSystemText::classify(text, m_listNames);
    const auto base = [&](RecordType type) -> ChatRecord & {
        ChatRecord &record = m_pending.emplace_back();
        record.type = type;
        record.line = line;
        record.wallSeconds = wallSeconds;
        record.kind = MessageKind::System;
        return record;
    };
    switch (event.type) {
    case RecordType::Join:
    case RecordType::Leave:
    case RecordType::Removed:
        // "X added Y and Z" is one line but two joins.
        for (const QString &subject : event.subjects) {
            ChatRecord &record = base(event.type);
            record.author.displayName = subject;
            record.actor.displayName = event.actor;
            record.text = text.toString();
        }
        return;
    case RecordType::Rename: {
        ChatRecord &record = base(RecordType::Rename);
        record.actor.displayName = event.actor;
        record.text = event.name;
        record.groupCreated = event.groupCreated;
        return;
    }
    case RecordType::Message:
    case RecordType::System:
        break;
    }
    base(RecordType::System).text = text.toString();
}

void WhatsAppChatReader::flush()
{
    for (ChatRecord &record : m_pending) {
        if (record.type == RecordType::Message) {
            const QStringView body = WhatsAppBodyText::withoutEditedMarker(record.text);
            if (body.size() != record.text.size())
                record.text.truncate(body.size());
            record.kind = WhatsAppBodyText::kindOf(record.text);
        }
        m_sink.record(std::move(record));
        ++m_records;
    }
    m_pending.clear();
}

} // namespace cohort::import
