#pragma once

#include "import/chatrecord.h"

#include <QByteArrayView>
#include <QString>
#include <QStringList>

#include <memory>

class QIODevice;

namespace cohort::import {

/// Day/month/year order of numeric dates, for formats whose dates are ambiguous (WhatsApp).
enum class DateOrder { Auto, DayMonthYear, MonthDayYear, YearMonthDay };

/// Which chats of an export holding many (a Telegram full-account export) are read. Exports of
/// one chat are read whatever their type: the user chose that chat when exporting.
struct ChatSelection
{
    bool all = false; ///< every chat, personal ones too; else groups and channels only
    QStringList ids; ///< when not empty: exactly the chats with these ids, whatever their type

    /// Groups and channels are what a community operator imports by default.
    static bool isGroupKind(QStringView kind)
    {
        return kind.endsWith(u"_group") || kind.endsWith(u"_supergroup")
            || kind.endsWith(u"_channel");
    }
    bool wants(const QString &id, QStringView kind) const
    {
        if (!ids.isEmpty())
            return ids.contains(id);
        return all || isGroupKind(kind);
    }
};

struct ParseOptions
{
    DateOrder dateOrder = DateOrder::Auto;
    ChatSelection chats;
    /// The user's cap on what a zip may expand to, in MB (0: the setting or the default; see
    /// ImportLimits::unzippedLimit()).
    qint64 maxUnzippedMegabytes = 0;
};

/// Receives a parser's output as it streams. Records arrive in file order.
class RecordSink
{
public:
    virtual ~RecordSink() = default;
    /// A new chat starts; every following record belongs to it until the next beginChat().
    /// Parsers call it once before the first record (with whatever the file says, maybe nothing).
    virtual void beginChat(const ChatInfo &info) = 0;
    virtual void record(ChatRecord &&record) = 0;
    /// A line that was odd but survivable (unknown system text, bad timestamp in a body ...).
    virtual void warning(qint64 line, const QString &message) = 0;
    /// Bytes of the input consumed so far, for progress bars. Called now and then, not per record.
    virtual void progress(qint64 bytesRead) { Q_UNUSED(bytesRead); }
    /// Polled by parsers between records; returning true stops the parse (result: Cancelled).
    virtual bool isCancelled() const { return false; }
};

struct ParseResult
{
    enum class Status { Ok, Error, Cancelled };
    Status status = Status::Ok;
    qint64 errorLine = 0; ///< 1-based line of a fatal error (0 = not tied to a line)
    QString errorMessage; ///< translated, for the user
    /// The date order actually used (WhatsApp); Auto when it could not be decided and the
    /// parser fell back to a default: the UI then asks the user.
    DateOrder dateOrderUsed = DateOrder::Auto;
    bool dateOrderAmbiguous = false;
    bool ok() const { return status == Status::Ok; }
};

/// Reads one chat-export format. Implementations are widget-free and stream: memory use must not
/// grow with the file size beyond what one record needs.
class ChatParser
{
public:
    virtual ~ChatParser() = default;
    /// Stable key: whatsapp, telegram, wechat, qq, discord.
    virtual QString formatKey() const = 0;
    virtual Platform platform() const = 0;
    /// How sure this parser is that a file starting with `head` (the first 64 KiB, raw bytes) is
    /// its format: 0 = not mine, 100 = certain. Decides from content, never from the file name.
    virtual int sniff(QByteArrayView head) const = 0;
    /// Parses from `input` (positioned at the start; may be sequential). Never throws.
    virtual ParseResult parse(QIODevice &input, const ParseOptions &options, RecordSink &sink) = 0;
};

} // namespace cohort::import
