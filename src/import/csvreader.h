#pragma once

#include "import/textdecoding.h"

#include <QCoreApplication>
#include <QString>
#include <QStringDecoder>
#include <QStringView>

#include <string>
#include <vector>

class QIODevice;

namespace cohort::import {

/// Streams RFC-4180 rows out of a QIODevice in constant memory, decoding the text on the fly.
///
/// Accepts quoted fields with doubled quotes, CR/LF/CRLF inside quotes (returned as '\n'),
/// CRLF, LF or lone CR row ends, and a UTF-8/UTF-16 BOM; GB18030 is detected like any other
/// chat export (textdecoding.h). Lines without any character are skipped. Field views stay
/// valid until the next readRow(). Rows whose field count differs from the first row's are
/// returned as they are and counted, so callers decide what a ragged row means.
class CsvReader final
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    enum class Result { Row, End, Error };

    explicit CsvReader(QIODevice &device, char16_t separator = u',');

    /// Reads the next row. On Error, errorLine()/errorString() say what is wrong.
    Result readRow();

    qsizetype fieldCount() const { return qsizetype(m_fields.size()); }
    /// Field `index` of the current row; an empty view when the row is shorter.
    QStringView field(qsizetype index) const;
    /// All fields of the current row (fieldCount() views).
    const QStringView *fields() const { return m_fields.data(); }
    /// 1-based line on which the current row starts.
    qint64 rowLine() const { return m_rowLine; }
    /// Field count of the first row (the header, in most files); 0 before the first row.
    qsizetype expectedFieldCount() const { return m_expectedFieldCount; }
    bool isRagged() const { return fieldCount() != m_expectedFieldCount; }
    qint64 raggedRowCount() const { return m_raggedRows; }
    /// Raw bytes consumed from the device so far.
    qint64 bytesRead() const { return m_bytesRead; }
    TextEncoding encoding() const { return m_encoding; }
    /// True once the decoder met bytes invalid in the detected encoding (replaced by U+FFFD).
    bool hadDecodingErrors() const { return m_decoder.hasError(); }
    /// How many characters were replaced by U+FFFD so far, and the line of the first.
    const ReplacementTracker &replacements() const { return m_replacements; }
    qint64 errorLine() const { return m_errorLine; }
    QString errorString() const { return m_errorString; }

    /// A row longer than this is treated as a runaway quoted field.
    static constexpr qsizetype MaxRowChars = 16 * 1024 * 1024;

private:
    bool start();
    bool fill();
    void endField();
    Result fail(qint64 line, const QString &message);
    /// Counts the replacements in freshly decoded m_text; m_line is the line m_text starts on.
    void countReplacements();

    QIODevice &m_device;
    const char16_t m_separator;
    QStringDecoder m_decoder;
    TextEncoding m_encoding = TextEncoding::Utf8;
    QByteArray m_raw;
    QString m_text;
    qsizetype m_pos = 0;
    bool m_started = false;
    bool m_atEnd = false;
    bool m_pendingCr = false; ///< last chunk ended in a CR whose LF may start the next chunk
    bool m_textEndedInCr = false; ///< the previous chunk's last character was a CR
    ReplacementTracker m_replacements;

    /// Unescaped characters of all fields of the current row. A std::u16string because its
    /// inline append is markedly cheaper than QString::append for short fields.
    std::u16string m_row;
    std::vector<qsizetype> m_fieldEnds; ///< end offset of each field in m_row
    std::vector<QStringView> m_fields;
    qsizetype m_expectedFieldCount = 0;
    qint64 m_raggedRows = 0;
    qint64 m_line = 1;
    qint64 m_rowLine = 0;
    qint64 m_bytesRead = 0;
    qint64 m_errorLine = 0;
    QString m_errorString;
};

} // namespace cohort::import
