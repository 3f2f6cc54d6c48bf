#include "import/textdecoding.h"

#include <QCoreApplication>

#include <optional>

namespace cohort::import {

namespace {

/// UTF-16 written without a BOM (Windows tools saving "Unicode"). Every line of a chat export
/// has ASCII digits, separators and a line break, so one byte of many pairs is zero, always
/// the same one; UTF-8 and GB18030 text has no zero bytes at all.
std::optional<TextEncoding> utf16WithoutBom(QByteArrayView head)
{
    if (!head.contains('\0'))
        return std::nullopt;
    const qsizetype pairs = head.size() / 2;
    if (pairs < 4)
        return std::nullopt;
    const auto *p = reinterpret_cast<const unsigned char *>(head.data());
    qsizetype evenZero = 0;
    qsizetype oddZero = 0;
    for (qsizetype i = 0; i < pairs; ++i) {
        evenZero += p[2 * i] == 0;
        oddZero += p[2 * i + 1] == 0;
    }
    if (oddZero * 4 >= pairs && evenZero * 20 <= oddZero)
        return TextEncoding::Utf16LE;
    if (evenZero * 4 >= pairs && oddZero * 20 <= evenZero)
        return TextEncoding::Utf16BE;
    return std::nullopt;
}

} // namespace

TextEncoding detectTextEncoding(QByteArrayView head)
{
    if (head.size() >= 3 && uchar(head[0]) == 0xEF && uchar(head[1]) == 0xBB
        && uchar(head[2]) == 0xBF)
        return TextEncoding::Utf8Bom;
    if (head.size() >= 2 && uchar(head[0]) == 0xFF && uchar(head[1]) == 0xFE)
        return TextEncoding::Utf16LE;
    if (head.size() >= 2 && uchar(head[0]) == 0xFE && uchar(head[1]) == 0xFF)
        return TextEncoding::Utf16BE;
    if (const auto utf16 = utf16WithoutBom(head))
        return *utf16;
    const Utf8Evidence utf8 = weighUtf8(head);
    if (utf8.invalid == 0)
        return TextEncoding::Utf8;
    // Stray bytes among plenty of valid UTF-8 characters, or fewer than one in a thousand:
    // UTF-8 with a few bad bytes, not another encoding.
    if (utf8.multiByte >= 4 * utf8.invalid || utf8.invalid * 1000 <= head.size())
        return TextEncoding::Utf8;
    QStringDecoder gb = makeDecoder(TextEncoding::Gb18030);
    if (!gb.isValid())
        return TextEncoding::Gb18030; // the caller reports the missing codec
    const QString text = gb.decode(head);
    const qsizetype gbInvalid = text.count(QChar::ReplacementCharacter);
    return gbInvalid < utf8.invalid ? TextEncoding::Gb18030 : TextEncoding::Utf8;
}

Utf8Evidence weighUtf8(QByteArrayView bytes)
{
    Utf8Evidence evidence;
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.data());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        int extra = 0;
        if (c < 0x80) {
            ++i;
            continue;
        } else if (c >= 0xC2 && c <= 0xDF) {
            extra = 1;
        } else if (c >= 0xE0 && c <= 0xEF) {
            extra = 2;
        } else if (c >= 0xF0 && c <= 0xF4) {
            extra = 3;
        } else {
            ++evidence.invalid;
            ++i;
            continue;
        }
        int k = 1;
        while (k <= extra && i + k < n && (p[i + k] & 0xC0) == 0x80)
            ++k;
        if (k > extra) {
            ++evidence.multiByte;
        } else if (i + k < n) {
            ++evidence.invalid; // a sequence broken off before the end of the sample
        }
        i += k;
    }
    return evidence;
}

void ReplacementTracker::decoded(const QStringDecoder &decoder, QStringView appended,
                                 qsizetype offset)
{
    // The decoder's error flag is sticky and cheap to read; the scan for U+FFFD only runs on
    // files that have bad bytes at all.
    if (!m_seenError && !decoder.hasError())
        return;
    m_seenError = true;
    const qsizetype first = appended.indexOf(QChar::ReplacementCharacter);
    if (first < 0)
        return;
    if (m_count == 0)
        m_pending = offset + first;
    m_count += appended.count(QChar::ReplacementCharacter);
}

QString ReplacementTracker::message(TextEncoding encoding) const
{
    // Without a plural form: "1 bytes" would read badly, and Chinese has no plural anyway.
    return QCoreApplication::translate("TextDecoding",
                                       "Bytes that are not valid %1 were replaced by the "
                                       "character U+FFFD: %2 in all, the first on line %3.")
        .arg(encodingName(encoding))
        .arg(m_count)
        .arg(m_firstLine);
}

int bomLength(QByteArrayView head, TextEncoding encoding)
{
    const auto starts = [head](unsigned char a, unsigned char b) {
        return head.size() >= 2 && uchar(head[0]) == a && uchar(head[1]) == b;
    };
    switch (encoding) {
    case TextEncoding::Utf8Bom:
        return qMin<int>(3, int(head.size()));
    case TextEncoding::Utf16LE:
        return starts(0xFF, 0xFE) ? 2 : 0;
    case TextEncoding::Utf16BE:
        return starts(0xFE, 0xFF) ? 2 : 0;
    default:
        return 0;
    }
}

QStringDecoder makeDecoder(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8:
    case TextEncoding::Utf8Bom:
        return QStringDecoder(QStringDecoder::Utf8);
    case TextEncoding::Utf16LE:
        return QStringDecoder(QStringDecoder::Utf16LE);
    case TextEncoding::Utf16BE:
        return QStringDecoder(QStringDecoder::Utf16BE);
    case TextEncoding::Gb18030:
        return QStringDecoder("GB18030");
    }
    return QStringDecoder(QStringDecoder::Utf8);
}

QString encodingName(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8:
        return QStringLiteral("UTF-8");
    case TextEncoding::Utf8Bom:
        return QStringLiteral("UTF-8 (BOM)");
    case TextEncoding::Utf16LE:
        return QStringLiteral("UTF-16LE");
    case TextEncoding::Utf16BE:
        return QStringLiteral("UTF-16BE");
    case TextEncoding::Gb18030:
        return QStringLiteral("GB18030");
    }
    return {};
}

QString unsupportedEncodingMessage(TextEncoding encoding)
{
    return QCoreApplication::translate("TextDecoding",
                                       "This file is encoded as %1, which this build of Qt cannot "
                                       "read. Re-save it as UTF-8 and import it again.")
        .arg(encodingName(encoding));
}

QString decodeHead(QByteArrayView head)
{
    const TextEncoding encoding = detectTextEncoding(head);
    QStringDecoder decoder = makeDecoder(encoding);
    if (!decoder.isValid())
        return {};
    return decoder.decode(head.sliced(bomLength(head, encoding)));
}

} // namespace cohort::import
