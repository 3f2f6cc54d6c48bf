#pragma once

#include <QByteArrayView>
#include <QString>
#include <QStringDecoder>

namespace cohort::import {

/// Encodings chat exports arrive in: UTF-8 (with or without BOM), UTF-16 with BOM, and GB18030
/// (GBK files re-saved on Chinese Windows).
enum class TextEncoding { Utf8, Utf8Bom, Utf16LE, Utf16BE, Gb18030 };

/// Guesses the encoding of a file from its first bytes: a BOM wins; else strictly valid UTF-8
/// (a multi-byte sequence cut off at the end of `head` is allowed); else GB18030.
TextEncoding detectTextEncoding(QByteArrayView head);

/// Number of BOM bytes at the start of a file in `encoding` (0, 2 or 3).
int bomLength(TextEncoding encoding);

/// A stateful decoder for `encoding` that skips the BOM. Invalid when the platform's Qt lacks
/// the codec (GB18030 needs ICU): check isValid() and report unsupportedEncodingMessage().
QStringDecoder makeDecoder(TextEncoding encoding);

QString encodingName(TextEncoding encoding);
QString unsupportedEncodingMessage(TextEncoding encoding);

/// True when `bytes` is valid UTF-8, allowing an incomplete sequence at the very end.
bool isValidUtf8Prefix(QByteArrayView bytes);

/// Decodes a small head buffer for sniffing (no state kept).
QString decodeHead(QByteArrayView head);

} // namespace cohort::import
