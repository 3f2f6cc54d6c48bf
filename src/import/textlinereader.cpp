#include "import/textlinereader.h"

#include "import/importlimits.h"

#include <QIODevice>

namespace cohort::import {

namespace {
// Large enough that decoding and buffer compaction cost nothing per line, small enough for RSS.
constexpr qsizetype kChunkSize = 1 << 20;
} // namespace

TextLineReader::TextLineReader(QIODevice &device, Breaks breaks)
    : m_device(device)
    , m_breaks(breaks)
{
}

bool TextLineReader::open()
{
    m_chunk.resize(kChunkSize);
    const qint64 n = m_device.read(m_chunk.data(), kChunkSize);
    if (n < 0) {
        m_errorMessage = tr("The file could not be read: %1").arg(m_device.errorString());
        return false;
    }
    m_bytesRead = n;
    m_eof = n < kChunkSize && m_device.atEnd();
    const QByteArrayView head(m_chunk.constData(), n);
    // The whole first chunk is the sample the encoding is judged on.
    m_encoding = detectTextEncoding(head);
    m_decoder = makeDecoder(m_encoding);
    if (!m_decoder.isValid()) {
        m_errorMessage = unsupportedEncodingMessage(m_encoding);
        return false;
    }
    const QByteArrayView body = head.sliced(bomLength(head, m_encoding));
    m_buffer.resize(m_decoder.requiredSpace(body.size()));
    QChar *end = m_decoder.appendToBuffer(m_buffer.data(), body);
    m_buffer.truncate(end - m_buffer.constData());
    m_replacements.decoded(m_decoder, m_buffer, 0);
    if (m_breaks == Breaks::Auto)
        m_breaks = m_buffer.contains(u"\r\n") ? Breaks::CrLfOnly : Breaks::Any;
    return true;
}

bool TextLineReader::fill()
{
    if (m_eof)
        return false;
    if (m_pos > 0) {
        m_buffer.remove(0, m_pos);
        m_replacements.shifted(m_pos);
        m_pos = 0;
    }
    m_chunk.resize(kChunkSize);
    const qint64 n = m_device.read(m_chunk.data(), kChunkSize);
    if (n <= 0) {
        if (n < 0)
            m_errorMessage
                = tr("The file could not be read to the end: %1").arg(m_device.errorString());
        m_eof = true;
        return false;
    }
    m_bytesRead += n;
    const qsizetype old = m_buffer.size();
    m_buffer.resize(old + m_decoder.requiredSpace(n));
    QChar *end
        = m_decoder.appendToBuffer(m_buffer.data() + old, QByteArrayView(m_chunk.constData(), n));
    m_buffer.truncate(end - m_buffer.constData());
    m_replacements.decoded(m_decoder, QStringView(m_buffer).sliced(old), old);
    return true;
}

bool TextLineReader::readLine()
{
    const bool crlfOnly = m_breaks == Breaks::CrLfOnly;
    qsizetype scan = 0; // offset from m_pos already scanned
    qint64 bareBreaks = 0;
    for (;;) {
        const char16_t *data = reinterpret_cast<const char16_t *>(m_buffer.constData()) + m_pos;
        const qsizetype size = m_buffer.size() - m_pos;
        qsizetype i = scan;
        while (i < size) {
            const char16_t c = data[i];
            if (c > u'\r' || (c != u'\n' && c != u'\r')) {
                ++i;
                continue;
            }
            if (c == u'\n') {
                if (!crlfOnly) {
                    m_lineStart = m_pos;
                    m_lineLength = i;
                    m_pos += i + 1;
                    m_lineNumber = m_nextLineNumber;
                    m_nextLineNumber += 1;
                    m_replacements.lineRead(m_pos, m_lineNumber);
                    return true;
                }
                ++bareBreaks; // a bare LF: the user's own line break inside a message
                ++i;
                continue;
            }
            // c == '\r'
            if (i + 1 >= size && !m_eof)
                break; // cannot tell CRLF from a bare CR before the next chunk arrives
            const bool crlf = i + 1 < size && data[i + 1] == u'\n';
            if (crlf || !crlfOnly || i + 1 >= size) {
                m_lineStart = m_pos;
                m_lineLength = i;
                m_pos += i + (crlf ? 2 : 1);
                m_lineNumber = m_nextLineNumber;
                m_nextLineNumber += 1 + bareBreaks;
                m_replacements.lineRead(m_pos, m_lineNumber);
                return true;
            }
            m_buffer.data()[m_pos + i] = QLatin1Char('\n'); // a bare CR inside a message
            data = reinterpret_cast<const char16_t *>(m_buffer.constData()) + m_pos;
            ++bareBreaks;
            ++i;
        }
        if (i > ImportLimits::MaxLineChars) {
            // A line without end (a 50 MB blob): keep its start, drop what was scanned past the
            // cap, so the buffer never grows by more than a chunk beyond it. The cut line is
            // longer than any message may be, so the import warns about it by its line.
            m_buffer.remove(m_pos + ImportLimits::MaxLineChars, i - ImportLimits::MaxLineChars);
            i = ImportLimits::MaxLineChars;
        }
        scan = i;
        if (!fill()) {
            if (m_pos >= m_buffer.size())
                return false;
            // Last line without a terminator, or a CR that turned out to be the last character.
            if (i < m_buffer.size() - m_pos) {
                scan = i;
                continue;
            }
            m_lineStart = m_pos;
            m_lineLength = m_buffer.size() - m_pos;
            m_pos = m_buffer.size();
            m_lineNumber = m_nextLineNumber;
            m_nextLineNumber += 1 + bareBreaks;
            m_replacements.lineRead(m_pos, m_lineNumber);
            return true;
        }
    }
}

} // namespace cohort::import
