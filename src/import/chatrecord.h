#pragma once

#include "domain/enums.h"

#include <QString>

namespace cohort::import {

/// A person as an export names them. `key` is the platform's stable id (wxid, QQ number,
/// Telegram "user123", Discord snowflake) and empty where the format has none (WhatsApp).
struct AuthorRef
{
    QString key;
    QString displayName;
    bool isEmpty() const { return key.isEmpty() && displayName.isEmpty(); }
};

enum class RecordType {
    Message, ///< a user message (text, media placeholder, deleted stub, link/card ...)
    Join, ///< `subject` joined; `actor` is the inviter/adder when known
    Leave, ///< `subject` left by themselves
    Removed, ///< `subject` was removed by `actor`
    Rename, ///< the group was renamed to `text` by `actor`
    System ///< any other system/service line (encryption notice, pinned, icon changed ...)
};

/// One normalized record from a chat export, independent of the format it came from.
struct ChatRecord
{
    RecordType type = RecordType::Message;
    qint64 line
        = 0; ///< 1-based line in the file where the record starts (JSON: line of the object)
    /// Wall-clock time as written in the file, as seconds since 1970-01-01T00:00:00 of that naive
    /// clock (i.e. interpreted as if UTC). Always set.
    qint64 wallSeconds = 0;
    /// True instant (Unix seconds, UTC) where the format records one (Telegram date_unixtime,
    /// WeChat CreateTime, Discord ISO offsets). Otherwise the pipeline derives it from
    /// `wallSeconds` in the import's time zone.
    qint64 utcSeconds = 0;
    bool hasUtc = false;
    MessageKind kind = MessageKind::Text; ///< for Message records
    AuthorRef author; ///< Message: the speaker. Join/Leave/Removed: the subject.
    AuthorRef actor; ///< Join: inviter/adder; Removed: remover; Rename: who renamed
    QString text; ///< Message: body (multi-line joined with '\n'); Rename: new name; System: text
    QString messageId; ///< platform message id where the format has one
    QString replyToId; ///< platform id of the message replied to, where known
    bool groupCreated = false; ///< Rename: the group was created (`actor` is its creator)
};

/// What an export says about the chat it holds. A full-account Telegram export holds many.
struct ChatInfo
{
    Platform platform = Platform::Other;
    QString name; ///< group name when the file says it (empty otherwise)
    QString externalId; ///< chat id when the file says it
    QString kind; ///< the chat's type as the export writes it (Telegram "private_supergroup" ...)
    bool inAccountExport = false; ///< one of many chats of a full-account export
};

} // namespace cohort::import
