#include "import/csvreader.h"

#include <QIODevice>

namespace cohort::import {

namespace {

constexpr qint64 ChunkBytes = 256 * 1024;
constexpr qint64 HeadBytes = 64 * 1024; // what detectTextEncoding() is meant to see

enum class State { FieldStart, Unquoted, Quoted, QuotedAfterCr, QuoteInQuoted };

} // namespace

CsvReader::CsvReader(QIODevice &device, char16_t separator)
    : m_device(device)
    , m_separator(separator)
{
    m_fieldEnds.reserve(32);
    m_fields.reserve(32);
}

QStringView CsvReader::field(qsizetype index) const
{
    if (index < 0 || index >= fieldCount())
        return {};
    return m_fields[size_t(index)];
}

CsvReader::Result CsvReader::fail(qint64 line, const QString &message)
{
    m_errorLine = line;
    m_errorString = message;
    m_atEnd = true;
    return Result::Error;
}

bool CsvReader::start()
{
    m_started = true;
    m_raw.resize(HeadBytes);
    qint64 n = 0;
    // A sequential device may hand out the head in pieces; detection wants as much as it can get.
    while (n < HeadBytes) {
        const qint64 got = m_device.read(m_raw.data() + n, HeadBytes - n);
        if (got < 0 && m_device.atEnd())
            break; // sequential devices may report their end as -1
        if (got < 0) {
            fail(1, tr("The file could not be read: %1").arg(m_device.errorString()));
            return false;
        }
        if (got == 0 && !(m_device.isSequential() && m_device.waitForReadyRead(30000)))
            break;
        n += got;
    }
    m_bytesRead = n;
    m_encoding = detectTextEncoding(QByteArrayView(m_raw.constData(), n));
    m_decoder = makeDecoder(m_encoding);
    if (!m_decoder.isValid()) {
        fail(0, unsupportedEncodingMessage(m_encoding));
        return false;
    }
    m_text.resize(m_decoder.requiredSpace(n));
    QChar *end = m_decoder.appendToBuffer(m_text.data(), QByteArrayView(m_raw.constData(), n));
    m_text.resize(end - m_text.constData());
    m_pos = (!m_text.isEmpty() && m_text.front() == QChar(0xFEFF)) ? 1 : 0;
    countReplacements();
    if (n == 0)
        m_atEnd = true;
    return true;
}

bool CsvReader::fill()
{
    for (;;) {
        if (m_atEnd)
            return false;
        m_raw.resize(ChunkBytes);
        const qint64 n = m_device.read(m_raw.data(), ChunkBytes);
        if (n < 0 && m_device.atEnd()) {
            m_atEnd = true;
            return false;
        }
        if (n < 0) {
            fail(m_line,
                 tr("The file could not be read after line %1: %2")
                     .arg(m_line)
                     .arg(m_device.errorString()));
            return false;
        }
        if (n == 0) {
            if (m_device.isSequential() && !m_device.atEnd() && m_device.waitForReadyRead(30000))
                continue;
            m_atEnd = true;
            return false;
        }
        m_bytesRead += n;
        m_text.resize(m_decoder.requiredSpace(n));
        QChar *end = m_decoder.appendToBuffer(m_text.data(), QByteArrayView(m_raw.constData(), n));
        m_text.resize(end - m_text.constData());
        m_pos = 0;
        countReplacements();
        if (!m_text.isEmpty())
            return true;
    }
}

void CsvReader::countReplacements()
{
    const bool afterCr = m_textEndedInCr;
    m_textEndedInCr = !m_text.isEmpty() && m_text.back() == u'\r';
    // The decoder's error flag is sticky and cheap; clean files never scan for U+FFFD.
    if (!m_decoder.hasError())
        return;
    const qsizetype first = m_text.indexOf(QChar::ReplacementCharacter);
    if (first < 0)
        return;
    qint64 line = m_line;
    if (m_replacements.count() == 0) {
        // Physical lines, as the parser counts them: CRLF, a lone CR and LF each end one.
        const char16_t *data = reinterpret_cast<const char16_t *>(m_text.constData());
        for (qsizetype i = 0; i < first; ++i) {
            if (data[i] == u'\r'
                || (data[i] == u'\n' && !(i == 0 ? afterCr : data[i - 1] == u'\r')))
                ++line;
        }
    }
    m_replacements.counted(m_text.count(QChar::ReplacementCharacter), line);
}

void CsvReader::endField()
{
    m_fieldEnds.push_back(qsizetype(m_row.size()));
}

CsvReader::Result CsvReader::readRow()
{
    if (!m_started && !start())
        return Result::Error;
    if (!m_errorString.isEmpty())
        return Result::Error;

    m_row.clear();
    m_fieldEnds.clear();
    m_fields.clear();
    State state = State::FieldStart;
    bool inRow = false;
    qint64 quoteLine = 0;

    const auto finishRow = [this]() {
        endField();
        qsizetype begin = 0;
        for (const qsizetype end : m_fieldEnds) {
            m_fields.emplace_back(m_row.data() + begin, end - begin);
            begin = end;
        }
        if (m_expectedFieldCount == 0)
            m_expectedFieldCount = fieldCount();
        else if (fieldCount() != m_expectedFieldCount)
            ++m_raggedRows;
        return Result::Row;
    };
    // Consumes a row end at m_pos (CR, LF or CRLF, the LF possibly in the next chunk).
    const auto takeLineEnd = [this]() {
        const char16_t c = m_text.at(m_pos).unicode();
        ++m_pos;
        ++m_line;
        if (c == u'\r') {
            if (m_pos < m_text.size()) {
                if (m_text.at(m_pos) == u'\n')
                    ++m_pos;
            } else {
                m_pendingCr = true;
            }
        }
    };

    for (;;) {
        if (m_pos >= m_text.size()) {
            if (!fill()) {
                if (!m_errorString.isEmpty())
                    return Result::Error;
                if (state == State::Quoted || state == State::QuotedAfterCr)
                    return fail(quoteLine,
                                tr("Line %1: a quoted field is never closed (the file "
                                   "ends inside quotes).")
                                    .arg(quoteLine));
                if (!inRow)
                    return Result::End;
                return finishRow();
            }
            continue;
        }
        if (m_pendingCr) {
            m_pendingCr = false;
            if (m_text.at(m_pos) == u'\n')
                ++m_pos;
            continue;
        }
        if (qsizetype(m_row.size()) > MaxRowChars)
            return fail(m_rowLine,
                        tr("Line %1: the row is longer than %2 characters; a quoted "
                           "field is probably never closed.")
                            .arg(m_rowLine)
                            .arg(MaxRowChars));

        const char16_t *const data = reinterpret_cast<const char16_t *>(m_text.constData());
        const qsizetype size = m_text.size();
        const char16_t c = data[m_pos];

        switch (state) {
        case State::FieldStart:
            if (!inRow && (c == u'\r' || c == u'\n')) {
                takeLineEnd(); // a line without any character is no row
                continue;
            }
            if (!inRow) {
                inRow = true;
                m_rowLine = m_line;
            }
            if (c == u'"') {
                state = State::Quoted;
                quoteLine = m_line;
                ++m_pos;
            } else if (c == m_separator) {
                endField();
                ++m_pos;
            } else if (c == u'\r' || c == u'\n') {
                takeLineEnd();
                return finishRow();
            } else {
                state = State::Unquoted;
            }
            break;
        case State::Unquoted: {
            qsizetype i = m_pos;
            while (i < size && data[i] != m_separator && data[i] != u'\r' && data[i] != u'\n')
                ++i;
            m_row.append(data + m_pos, size_t(i - m_pos));
            m_pos = i;
            if (i == size)
                break;
            if (data[i] == m_separator) {
                endField();
                ++m_pos;
                state = State::FieldStart;
            } else {
                takeLineEnd();
                return finishRow();
            }
            break;
        }
        case State::Quoted: {
            qsizetype i = m_pos;
            while (i < size && data[i] != u'"' && data[i] != u'\r' && data[i] != u'\n')
                ++i;
            m_row.append(data + m_pos, size_t(i - m_pos));
            m_pos = i;
            if (i == size)
                break;
            ++m_pos;
            if (data[i] == u'"') {
                state = State::QuoteInQuoted;
            } else {
                // Line breaks inside a field are normalised to '\n'.
                m_row.push_back(u'\n');
                ++m_line;
                if (data[i] == u'\r')
                    state = State::QuotedAfterCr;
            }
            break;
        }
        case State::QuotedAfterCr:
            if (c == u'\n')
                ++m_pos;
            state = State::Quoted;
            break;
        case State::QuoteInQuoted:
            if (c == u'"') {
                m_row.push_back(u'"');
                ++m_pos;
                state = State::Quoted;
            } else if (c == m_separator) {
                endField();
                ++m_pos;
                state = State::FieldStart;
            } else if (c == u'\r' || c == u'\n') {
                takeLineEnd();
                return finishRow();
            } else {
                // `"abc"def` is not RFC 4180; keep the text rather than lose it.
                state = State::Unquoted;
            }
            break;
        }
    }
}

} // namespace cohort::import
