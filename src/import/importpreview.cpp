#include "import/importpreview.h"

#include "domain/localclock.h"
#include "import/formatregistry.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QTimeZone>

#include <algorithm>

namespace cohort::import {

namespace {

/// Collects the first messages and counts authors; asks the parser to stop at the record cap.
class PreviewSink final : public RecordSink
{
public:
    PreviewSink(ImportPreview &preview, int maxMessages, qint64 maxRecords, const QTimeZone &zone)
        : m_preview(preview)
        , m_maxMessages(maxMessages)
        , m_maxRecords(maxRecords)
        , m_clock(zone)
    {
    }

    void beginChat(const ChatInfo &info) override
    {
        m_preview.chatNames << info.name.trimmed();
        m_preview.accountExport = m_preview.accountExport || info.inAccountExport;
    }

    void record(ChatRecord &&r) override
    {
        ++m_preview.recordsRead;
        if (r.type != RecordType::Message)
            return;
        const QString author = r.author.displayName.isEmpty() ? r.author.key : r.author.displayName;
        if (!r.author.isEmpty()) {
            const QString key = r.author.key.isEmpty() ? author : r.author.key;
            auto it = m_people.find(key);
            if (it == m_people.end()) {
                it = m_people.insert(key, int(m_preview.people.size()));
                m_preview.people << ImportPreview::Person { author, 0 };
            }
            ++m_preview.people[*it].messages;
        }
        if (m_preview.messages.size() < m_maxMessages) {
            ImportPreview::Message m;
            m.line = r.line;
            m.wallSeconds = r.hasUtc ? m_clock.toLocalSeconds(r.utcSeconds) : r.wallSeconds;
            m.author = author;
            m.kind = r.kind;
            m.text = r.text;
            m_preview.messages << m;
        }
    }

    void warning(qint64 line, const QString &message) override
    {
        m_preview.warnings << std::pair(line, message);
    }

    bool isCancelled() const override { return m_preview.recordsRead >= m_maxRecords; }

private:
    ImportPreview &m_preview;
    int m_maxMessages;
    qint64 m_maxRecords;
    LocalClock m_clock;
    QHash<QString, int> m_people; ///< identity key -> index in people
};

} // namespace

ImportPreview ImportPreviewReader::read(const QString &path, const QString &formatKey,
                                        DateOrder dateOrder) const
{
    ImportPreview preview;
    preview.filePath = path;
    const FormatRegistry registry;
    FormatRegistry::Detection detection = registry.detect(path, formatKey);
    if (!detection.ok()) {
        preview.error = detection.error;
        return preview;
    }
    preview.formatKey = detection.parser->formatKey();
    preview.platform = detection.parser->platform();
    preview.confidence = detection.confidence;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        preview.error
            = tr("%1: cannot be read: %2").arg(QFileInfo(path).fileName(), file.errorString());
        return preview;
    }
    const QTimeZone zone(timeZoneId.toUtf8());
    PreviewSink sink(preview, maxMessages, maxRecords, zone.isValid() ? zone : QTimeZone::utc());
    ParseOptions options;
    options.dateOrder = dateOrder;
    // Of a full-account export every chat is shown: which to import is chosen afterwards.
    options.chats.all = true;
    const ParseResult result = detection.parser->parse(file, options, sink);
    preview.dateOrderAmbiguous = result.dateOrderAmbiguous;
    preview.dateOrderUsed = result.dateOrderUsed;
    if (result.status == ParseResult::Status::Error) {
        preview.error = result.errorLine > 0
            ? tr("Line %1: %2").arg(result.errorLine).arg(result.errorMessage)
            : result.errorMessage;
        return preview;
    }
    preview.complete = result.status == ParseResult::Status::Ok;
    std::stable_sort(preview.people.begin(), preview.people.end(),
                     [](const ImportPreview::Person &a, const ImportPreview::Person &b) {
                         return a.messages > b.messages;
                     });
    return preview;
}

} // namespace cohort::import
