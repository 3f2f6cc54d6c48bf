#pragma once

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

#include <rapidjson/error/error.h>

#include <cstddef>
#include <vector>

class QIODevice;

namespace cohort::import {

/// A RapidJSON input stream over a QIODevice that reads fixed-size chunks and counts lines, so a
/// SAX parse of a multi-hundred-megabyte export runs in constant memory and can name line numbers.
class JsonInputStream final
{
    Q_DECLARE_TR_FUNCTIONS(JsonInputStream)

public:
    using Ch = char;

    explicit JsonInputStream(QIODevice &device, qsizetype chunkSize = qsizetype(1) << 20);
    JsonInputStream(const JsonInputStream &) = delete;
    JsonInputStream &operator=(const JsonInputStream &) = delete;

    // The RapidJSON stream concept. The buffer is refilled as soon as it runs empty, which keeps
    // Peek() a const load.
    Ch Peek() const { return m_pos != m_end ? *m_pos : '\0'; }
    Ch Take()
    {
        if (m_pos == m_end)
            return '\0';
        const Ch c = *m_pos;
        if (c == '\n')
            ++m_line;
        if (++m_pos == m_end)
            refill();
        return c;
    }
    size_t Tell() const { return size_t(m_consumedBefore + (m_pos - m_buffer.data())); }
    Ch *PutBegin() { return nullptr; }
    void Put(Ch) { }
    void Flush() { }
    size_t PutEnd(Ch *) { return 0; }

    /// 1-based line of the next character.
    qint64 line() const { return m_line; }
    /// Bytes consumed so far (for progress).
    qint64 bytesRead() const { return qint64(Tell()); }
    bool atEnd() const { return m_pos == m_end; }
    /// True when reading the device failed (as opposed to a clean end of file).
    bool readFailed() const { return m_readFailed; }
    /// Skips a UTF-8 byte-order mark at the very start, if there is one.
    void skipUtf8Bom();
    /// Consumes trailing whitespace; true when nothing else follows (the document ended cleanly).
    bool skipTrailingWhitespace();
    /// The first bytes of the input (up to one chunk) without consuming them, for encoding checks.
    QByteArrayView head() const;

    /// A translated description of a RapidJSON parse error for an error message. `atEnd` tells
    /// that the parser stopped at the end of the input, i.e. the file is cut off.
    static QString describeError(rapidjson::ParseErrorCode code, bool atEnd);

private:
    void refill();

    QIODevice &m_device;
    std::vector<Ch> m_buffer;
    const Ch *m_pos = nullptr;
    const Ch *m_end = nullptr;
    qint64 m_consumedBefore = 0;
    qint64 m_line = 1;
    bool m_readFailed = false;
};

} // namespace cohort::import
