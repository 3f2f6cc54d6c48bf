#pragma once

#include <QByteArrayView>
#include <QString>
#include <QStringDecoder>

namespace cohort::import {

/// Encodings chat exports arrive in: UTF-8 (with or without BOM), UTF-16 (with or without BOM),
/// and GB18030 (GBK files re-saved on Chinese Windows).
enum class TextEncoding { Utf8, Utf8Bom, Utf16LE, Utf16BE, Gb18030 };

/// Guesses the encoding of a file from a sample of its first bytes (up to a MiB, whole lines):
/// a BOM wins; then UTF-16 without a BOM (zero bytes in one position of many pairs); else the
/// whole sample is weighed. Text that is overwhelmingly valid UTF-8 is
/// UTF-8 even with a few stray bytes (a Latin-1 "é" pasted in); GB18030 only when invalid UTF-8
/// is common and GB18030 reads the sample with fewer errors. One byte never switches the file.
TextEncoding detectTextEncoding(QByteArrayView head);

/// What a UTF-8 reading of a sample finds: sequences that are not UTF-8, and multi-byte
/// characters that are (the evidence for UTF-8 beyond plain ASCII).
struct Utf8Evidence
{
    qsizetype invalid = 0;
    qsizetype multiByte = 0;
};
Utf8Evidence weighUtf8(QByteArrayView bytes);

/// Counts the characters a decoder replaced by U+FFFD and finds the line of the first: readers
/// tell it about each decoded chunk and each line they hand out, the parser then warns once.
class ReplacementTracker final
{
public:
    /// `appended` was just decoded to `offset` of the reader's buffer by `decoder`.
    void decoded(const QStringDecoder &decoder, QStringView appended, qsizetype offset);
    /// The reader dropped `removed` characters from the front of its buffer.
    void shifted(qsizetype removed)
    {
        if (m_pending >= 0)
            m_pending -= removed;
    }
    /// A line ending before buffer offset `end` was handed out as line `lineNumber`.
    void lineRead(qsizetype end, qint64 lineNumber)
    {
        if (m_pending >= 0 && m_pending < end) {
            m_firstLine = lineNumber;
            m_pending = -1;
        }
    }
    /// For readers that know lines another way: `count` more replacements, the first of them
    /// on `lineOfFirst` (kept only when these are the file's first).
    void counted(qsizetype count, qint64 lineOfFirst)
    {
        if (count <= 0)
            return;
        if (m_count == 0)
            m_firstLine = lineOfFirst;
        m_count += count;
    }
    qsizetype count() const { return m_count; }
    qint64 firstLine() const { return m_firstLine; }
    /// The warning for the user (translated), naming the count and the first line.
    QString message(TextEncoding encoding) const;

private:
    qsizetype m_count = 0;
    qsizetype m_pending = -1; ///< buffer offset of the first replacement, until its line is known
    qint64 m_firstLine = 0;
    bool m_seenError = false;
};

/// Number of BOM bytes at the start of `head`, a file in `encoding` (0, 2 or 3).
int bomLength(QByteArrayView head, TextEncoding encoding);

/// A stateful decoder for `encoding` that skips the BOM. Invalid when the platform's Qt lacks
/// the codec (GB18030 needs ICU): check isValid() and report unsupportedEncodingMessage().
QStringDecoder makeDecoder(TextEncoding encoding);

QString encodingName(TextEncoding encoding);
QString unsupportedEncodingMessage(TextEncoding encoding);

/// Decodes a small head buffer for sniffing (no state kept).
QString decodeHead(QByteArrayView head);

} // namespace cohort::import
