#pragma once

#include "import/chatparser.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace cohort::import {

/// What the first records of a chat export look like, read without touching a workspace: the
/// detected format, the chats, the first messages and the people who wrote them.
struct ImportPreview
{
    struct Message
    {
        qint64 line = 0;
        /// Wall-clock seconds as written in the file (naive, read as if UTC); where the format
        /// records true instants, the instant shown in the reader's time zone.
        qint64 wallSeconds = 0;
        QString author;
        MessageKind kind = MessageKind::Text;
        QString text;
    };
    struct Person
    {
        QString name;
        qint64 messages = 0;
    };

    QString filePath;
    QString formatKey; ///< empty when the file was not recognised (see error)
    Platform platform = Platform::Other;
    int confidence = 0;
    QString error; ///< translated, for the user
    QStringList chatNames; ///< one per chat in the file, as far as it was read ("" = unnamed)
    QList<Message> messages; ///< the first messages
    QList<Person> people; ///< authors by messages, most active first
    qint64 recordsRead = 0;
    bool complete = false; ///< the whole file was read (counts cover everything)
    bool dateOrderAmbiguous = false; ///< the user has to choose the date order
    /// A full-account export: every chat is read here, the user chooses which to import.
    bool accountExport = false;
    DateOrder dateOrderUsed = DateOrder::Auto;
    QList<std::pair<qint64, QString>> warnings; ///< (line, message) of the part read
    bool ok() const { return error.isEmpty(); }
};

/// Reads the head of a chat export for the import wizard's preview. Widget-free.
class ImportPreviewReader final
{
    Q_DECLARE_TR_FUNCTIONS(ImportPreviewReader)

public:
    /// Messages kept for display.
    int maxMessages = 50;
    /// Records read at most: people and counts cover this much of a large file.
    qint64 maxRecords = 20000;
    /// IANA zone that true instants (formats with UTC times) are shown in: the workspace's.
    /// Empty or unknown: UTC, never the computer's zone.
    QString timeZoneId;

    /// Detects the format of `path` (or uses `formatKey` when not empty) and reads its head.
    ImportPreview read(const QString &path, const QString &formatKey = QString(),
                       DateOrder dateOrder = DateOrder::Auto) const;
};

} // namespace cohort::import
