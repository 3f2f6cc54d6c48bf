#include "import/whatsapp/whatsapplinereader.h"

#include "import/importlimits.h"
#include "import/textdecoding.h"

#include <QIODevice>

namespace cohort::import {

namespace {
// Large enough that decoding and line scanning dominate, small enough to keep RSS flat.
constexpr qint64 ChunkSize = 1 << 20;
} // namespace

WhatsAppLineReader::WhatsAppLineReader(QIODevice &device)
    : m_device(device)
{
}

bool WhatsAppLineReader::open(QString &error)
{
    m_chunk.resize(ChunkSize);
    const qint64 n = m_device.read(m_chunk.data(), ChunkSize);
    if (n < 0) {
        error = tr("The chat file could not be read: %1").arg(m_device.errorString());
        return false;
    }
    m_chunk.resize(n);
    // The whole first chunk is the sample the encoding is judged on.
    const TextEncoding encoding = detectTextEncoding(QByteArrayView(m_chunk));
    m_encoding = encoding;
    m_decoder = makeDecoder(encoding);
    if (!m_decoder.isValid()) {
        error = unsupportedEncodingMessage(encoding);
        return false;
    }
    // Zip entries and pipes may return short reads long before their end.
    m_atEnd = n == 0;
    const qsizetype bom = bomLength(QByteArrayView(m_chunk), encoding);
    const QByteArrayView data = QByteArrayView(m_chunk).sliced(bom);
    m_buffer.resize(m_decoder.requiredSpace(data.size()));
    QChar *end = m_decoder.appendToBuffer(m_buffer.data(), data);
    m_buffer.resize(end - m_buffer.constData());
    m_replacements.decoded(m_decoder, m_buffer, 0);
    m_pos = 0;
    return true;
}

bool WhatsAppLineReader::fill()
{
    if (m_atEnd)
        return false;
    m_buffer.remove(0, m_pos);
    m_replacements.shifted(m_pos);
    m_pos = 0;
    m_chunk.resize(ChunkSize);
    const qint64 n = m_device.read(m_chunk.data(), ChunkSize);
    if (n <= 0) {
        m_atEnd = true;
        return false;
    }
    const QByteArrayView data(m_chunk.constData(), n);
    const qsizetype old = m_buffer.size();
    m_buffer.resize(old + m_decoder.requiredSpace(n));
    QChar *end = m_decoder.appendToBuffer(m_buffer.data() + old, data);
    m_buffer.resize(end - m_buffer.constData());
    m_replacements.decoded(m_decoder, QStringView(m_buffer).sliced(old), old);
    return true;
}

bool WhatsAppLineReader::readLine(QStringView &line)
{
    qsizetype from = m_pos;
    for (;;) {
        const qsizetype nl = QStringView(m_buffer).indexOf(QLatin1Char('\n'), from);
        if (nl >= 0) {
            qsizetype end = nl;
            if (end > m_pos && m_buffer.at(end - 1) == QLatin1Char('\r'))
                --end;
            line = QStringView(m_buffer).sliced(m_pos, end - m_pos);
            m_pos = nl + 1;
            ++m_lineNumber;
            m_replacements.lineRead(m_pos, m_lineNumber);
            return true;
        }
        qsizetype scanned = m_buffer.size() - m_pos;
        if (scanned > ImportLimits::MaxLineChars) {
            // A line without end: keep its start only (see TextLineReader::readLine()).
            m_buffer.truncate(m_pos + ImportLimits::MaxLineChars);
            scanned = ImportLimits::MaxLineChars;
        }
        if (!fill())
            break;
        from = m_pos + scanned;
    }
    if (m_pos >= m_buffer.size())
        return false;
    qsizetype end = m_buffer.size();
    if (m_buffer.at(end - 1) == QLatin1Char('\r'))
        --end;
    line = QStringView(m_buffer).sliced(m_pos, end - m_pos);
    m_pos = m_buffer.size();
    ++m_lineNumber;
    m_replacements.lineRead(m_pos, m_lineNumber);
    return true;
}

} // namespace cohort::import
