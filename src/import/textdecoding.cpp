#include "import/textdecoding.h"

#include <QCoreApplication>

namespace cohort::import {

bool isValidUtf8Prefix(QByteArrayView bytes)
{
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
            return false;
        }
        for (int k = 1; k <= extra; ++k) {
            if (i + k >= n)
                return true; // cut off by the end of the buffer, not invalid
            if ((p[i + k] & 0xC0) != 0x80)
                return false;
        }
        i += extra + 1;
    }
    return true;
}

TextEncoding detectTextEncoding(QByteArrayView head)
{
    if (head.size() >= 3 && uchar(head[0]) == 0xEF && uchar(head[1]) == 0xBB && uchar(head[2]) == 0xBF)
        return TextEncoding::Utf8Bom;
    if (head.size() >= 2 && uchar(head[0]) == 0xFF && uchar(head[1]) == 0xFE)
        return TextEncoding::Utf16LE;
    if (head.size() >= 2 && uchar(head[0]) == 0xFE && uchar(head[1]) == 0xFF)
        return TextEncoding::Utf16BE;
    return isValidUtf8Prefix(head) ? TextEncoding::Utf8 : TextEncoding::Gb18030;
}

int bomLength(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8Bom:
        return 3;
    case TextEncoding::Utf16LE:
    case TextEncoding::Utf16BE:
        return 2;
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
    return decoder.decode(head.sliced(bomLength(encoding)));
}

} // namespace cohort::import
