#pragma once

#include "import/textdecoding.h"

#include <QCoreApplication>
#include <QString>
#include <QStringDecoder>
#include <QStringView>

class QIODevice;

namespace cohort::import {

/// Streams a chat-export text file line by line: detects its encoding, decodes it in chunks and
/// splits it into lines without ever holding the whole file.
class TextLineReader final
{
    Q_DECLARE_TR_FUNCTIONS(TextLineReader)

public:
    enum class Breaks {
        Any, ///< CRLF, LF and a lone CR all end a line
        CrLfOnly, ///< only CRLF ends a line; a bare CR or LF inside it becomes '\n' in line()
        /// CrLfOnly when the first chunk contains a CRLF, else Any. QQ writes CRLF between lines
        /// and bare CR/LF for the user's own line breaks inside a message.
        Auto
    };

    explicit TextLineReader(QIODevice &device, Breaks breaks = Breaks::Any);

    /// Reads the first chunk and picks the decoder. False when the encoding cannot be decoded
    /// (errorMessage() says why); an empty file is not an error.
    bool open();

    /// Advances to the next line. False at the end of the input, or when reading failed
    /// (errorMessage() is then set).
    bool readLine();
    /// The current line without its terminator; valid until the next readLine().
    QStringView line() const { return QStringView(m_buffer).mid(m_lineStart, m_lineLength); }
    /// 1-based physical line (every CRLF, LF or lone CR counts, as in an editor) where line()
    /// starts.
    qint64 lineNumber() const { return m_lineNumber; }
    qint64 bytesRead() const { return m_bytesRead; }

    TextEncoding encoding() const { return m_encoding; }
    Breaks breaks() const { return m_breaks; }
    /// Bytes replaced by U+FFFD so far, and the line of the first.
    const ReplacementTracker &replacements() const { return m_replacements; }
    QString errorMessage() const { return m_errorMessage; }

private:
    bool fill();

    QIODevice &m_device;
    QStringDecoder m_decoder;
    QByteArray m_chunk;
    QString m_buffer;
    QString m_errorMessage;
    qsizetype m_pos = 0; ///< start of the unread part of m_buffer
    qsizetype m_lineStart = 0;
    qsizetype m_lineLength = 0;
    qint64 m_lineNumber = 0;
    qint64 m_nextLineNumber = 1;
    qint64 m_bytesRead = 0;
    ReplacementTracker m_replacements;
    TextEncoding m_encoding = TextEncoding::Utf8;
    Breaks m_breaks;
    bool m_eof = false;
};

} // namespace cohort::import
