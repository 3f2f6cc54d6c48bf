#pragma once

#include "import/textdecoding.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringDecoder>
#include <QStringView>

class QIODevice;

namespace cohort::import {

/// Streams the lines of a text device in decoded chunks (encoding detected from the head), so
/// memory stays constant whatever the file size.
class WhatsAppLineReader final
{
    Q_DECLARE_TR_FUNCTIONS(WhatsAppLineReader)

public:
    explicit WhatsAppLineReader(QIODevice &device);

    /// Reads the head and picks the decoder; false (with `error` set) when the encoding is
    /// unsupported or the device cannot be read.
    bool open(QString &error);
    /// The next line without its line end (LF or CRLF); valid until the next call.
    bool readLine(QStringView &line);
    /// 1-based number of the line last returned.
    qint64 lineNumber() const { return m_lineNumber; }
    /// Bytes replaced by U+FFFD so far, and the line of the first.
    const ReplacementTracker &replacements() const { return m_replacements; }
    TextEncoding encoding() const { return m_encoding; }

private:
    bool fill();

    QIODevice &m_device;
    QStringDecoder m_decoder;
    QByteArray m_chunk;
    QString m_buffer;
    qsizetype m_pos = 0;
    qint64 m_lineNumber = 0;
    ReplacementTracker m_replacements;
    TextEncoding m_encoding = TextEncoding::Utf8;
    bool m_atEnd = false;
};

} // namespace cohort::import
