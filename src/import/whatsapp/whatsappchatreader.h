#pragma once

#include "import/chatparser.h"

#include <QCoreApplication>

#include <vector>

class QIODevice;

namespace cohort::import {

/// Runs the passes over a WhatsApp chat text: a scan for the date order and group name, then
/// the pass that turns lines into records for the sink.
class WhatsAppChatReader final
{
    Q_DECLARE_TR_FUNCTIONS(WhatsAppChatReader)

public:
    /// What the first pass learnt about the whole file.
    struct ScanResult
    {
        qint64 firstHeaderLine = 0;
        QString sampleDate; ///< the first date as written, for the ambiguity warning
        QChar dateSeparator;
        DateOrder inferredOrder = DateOrder::Auto;
        /// The chat name iOS writes before system lines (the name at export time), else the
        /// name from "created group" near the top.
        QString groupName;
    };

    /// A line after its timestamp, split into author and text; `isSystem` when no one speaks.
    struct LineParts
    {
        QStringView author;
        QStringView text;
        QStringView chatName; ///< iOS: the chat name written in front of a system line
        bool isSystem = false;
    };

    explicit WhatsAppChatReader(RecordSink &sink);

    /// First pass. With `inferOrder` it reads until the order is certain (or to the end);
    /// without, only the head. Errors when no line carries a WhatsApp timestamp.
    ParseResult::Status scan(QIODevice &device, bool inferOrder, ScanResult &result, QString &error,
                             qint64 &errorLine);
    /// Second pass: records in file order, continuation lines folded into the record above.
    /// Progress reports the position of `input` (the archive itself when reading from a zip).
    ParseResult::Status read(QIODevice &device, const QIODevice &input, DateOrder order,
                             QString &error, qint64 &errorLine);

    static LineParts split(QStringView rest);

private:
    void handleHeaderLine(QStringView rest, qint64 line, qint64 wallSeconds);
    void addSystem(QStringView text, qint64 line, qint64 wallSeconds);
    void flush();
    void noteAuthor(const QString &name);

    RecordSink &m_sink;
    /// Authors whose names contain a list separator, to split "X added A, B and C" lines.
    QStringList m_listNames;
    std::vector<ChatRecord> m_pending; ///< records of the last timestamped line
    qint64 m_records = 0;
};

} // namespace cohort::import
