#include "import/jsoninputstream.h"

#include <QIODevice>

namespace cohort::import {

JsonInputStream::JsonInputStream(QIODevice &device, qsizetype chunkSize)
    : m_device(device)
    , m_buffer(size_t(qMax<qsizetype>(chunkSize, 16)))
{
    m_pos = m_end = m_buffer.data();
    refill();
}

void JsonInputStream::refill()
{
    m_consumedBefore += m_pos - m_buffer.data();
    m_pos = m_end = m_buffer.data();
    if (m_readFailed)
        return;
    // A sequential device (pipe, zip entry) may return short reads before its end.
    qint64 got = 0;
    const qint64 capacity = qint64(m_buffer.size());
    while (got < capacity) {
        const qint64 n = m_device.read(m_buffer.data() + got, capacity - got);
        if (n < 0) {
            m_readFailed = true;
            break;
        }
        if (n == 0 && (m_device.atEnd() || !m_device.waitForReadyRead(30000)))
            break;
        got += n;
    }
    m_end = m_buffer.data() + got;
}

void JsonInputStream::skipUtf8Bom()
{
    if (Tell() == 0 && m_end - m_pos >= 3 && uchar(m_pos[0]) == 0xEF && uchar(m_pos[1]) == 0xBB
        && uchar(m_pos[2]) == 0xBF) {
        m_pos += 3;
        if (m_pos == m_end)
            refill();
    }
}

bool JsonInputStream::skipTrailingWhitespace()
{
    for (Ch c = Peek(); c == ' ' || c == '\n' || c == '\r' || c == '\t'; c = Peek())
        Take();
    return atEnd();
}

QByteArrayView JsonInputStream::head() const
{
    return QByteArrayView(m_pos, m_end - m_pos);
}

QString JsonInputStream::describeError(rapidjson::ParseErrorCode code, bool atEnd)
{
    using namespace rapidjson;
    if (code == kParseErrorDocumentEmpty)
        return tr("the file is empty");
    if (atEnd)
        return tr("the file ends in the middle of the JSON data (the export is truncated)");
    switch (code) {
    case kParseErrorDocumentRootNotSingular:
        return tr("unexpected data after the end of the JSON document");
    case kParseErrorValueInvalid:
        return tr("invalid JSON value");
    case kParseErrorObjectMissName:
        return tr("an object member has no name");
    case kParseErrorObjectMissColon:
        return tr("a ':' is missing after an object member name");
    case kParseErrorObjectMissCommaOrCurlyBracket:
        return tr("a ',' or '}' is missing after an object member");
    case kParseErrorArrayMissCommaOrSquareBracket:
        return tr("a ',' or ']' is missing after an array element");
    case kParseErrorStringUnicodeEscapeInvalidHex:
    case kParseErrorStringUnicodeSurrogateInvalid:
    case kParseErrorStringEscapeInvalid:
        return tr("invalid escape sequence in a string");
    case kParseErrorStringMissQuotationMark:
        return tr("a string is not closed");
    case kParseErrorStringInvalidEncoding:
        return tr("invalid UTF-8 in a string");
    case kParseErrorNumberTooBig:
    case kParseErrorNumberMissFraction:
    case kParseErrorNumberMissExponent:
        return tr("invalid number");
    default:
        return tr("malformed JSON");
    }
}

} // namespace cohort::import
