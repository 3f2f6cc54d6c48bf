#pragma once

#include "import/chatparser.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace cohort::import {

/// The chats an export holds, each with its type, message count and first and last date, for
/// choosing which of a full-account export to import. Reads the whole file; widget-free.
class ChatList final
{
    Q_DECLARE_TR_FUNCTIONS(ChatList)

public:
    struct Entry
    {
        QString id; ///< the chat id the export gives (what ChatSelection::ids holds)
        QString name;
        QString kind; ///< the export's own type ("personal_chat", "private_supergroup" ...)
        qint64 messages = 0;
        /// Wall-clock seconds (naive, as if UTC) of the first and last record; where the format
        /// records true instants, those shown in UTC.
        qint64 firstWall = 0;
        qint64 lastWall = 0;
        bool hasRange = false;
        /// Groups and channels: checked by default.
        bool isGroup() const { return ChatSelection::isGroupKind(kind); }
        /// The type in words, for the user.
        QString kindText() const;
    };

    QList<Entry> entries;
    bool accountExport = false; ///< a full-account export: its chats are to be chosen
    QString error; ///< translated; empty when the file was read

    /// Lists every chat of `path` (format `formatKey`, detected when empty).
    static ChatList read(const QString &path, const QString &formatKey = QString());
};

} // namespace cohort::import
