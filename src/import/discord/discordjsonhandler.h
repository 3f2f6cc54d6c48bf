#pragma once

#include "import/authorcache.h"
#include "import/chatparser.h"

#include <QCoreApplication>

#include <rapidjson/rapidjson.h>

#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace cohort::import {

class JsonInputStream;

/// RapidJSON SAX handler that turns a DiscordChatExporter JSON export into ChatRecords as the
/// parse streams, dropping repeated message ids.
class DiscordJsonHandler final
{
    Q_DECLARE_TR_FUNCTIONS(DiscordJsonHandler)

public:
    DiscordJsonHandler(JsonInputStream &stream, RecordSink &sink);

    // RapidJSON handler concept (numbers arrive as RawNumber: kParseNumbersAsStringsFlag).
    bool Null();
    bool Bool(bool value);
    bool Int(int) { return true; }
    bool Uint(unsigned) { return true; }
    bool Int64(int64_t) { return true; }
    bool Uint64(uint64_t) { return true; }
    bool Double(double) { return true; }
    bool RawNumber(const char *str, rapidjson::SizeType length, bool copy);
    bool String(const char *str, rapidjson::SizeType length, bool copy);
    bool StartObject();
    bool Key(const char *str, rapidjson::SizeType length, bool copy);
    bool EndObject(rapidjson::SizeType memberCount);
    bool StartArray();
    bool EndArray(rapidjson::SizeType elementCount);

    /// Reports what is only known at the end (duplicates). Call after a successful parse.
    void finish();

    bool cancelled() const { return m_cancelled; }
    bool hasError() const { return !m_errorMessage.isEmpty(); }
    qint64 errorLine() const { return m_errorLine; }
    QString errorMessage() const { return m_errorMessage; }
    bool sawMessageList() const { return m_sawMessageList; }
    qint64 recordCount() const { return m_recordCount; }

private:
    enum class Context : quint8 {
        Root,
        Guild,
        Channel,
        Messages,
        Message,
        Author,
        Attachments,
        Stickers,
        Mentions,
        Mention,
        Reference
    };
    enum class Field : quint8 {
        Other,
        Id,
        Name,
        Nickname,
        Type,
        Timestamp,
        Content,
        Author,
        Attachments,
        Stickers,
        Mentions,
        Reference,
        MessageId,
        Guild,
        Channel,
        Messages
    };

    /// A user object (author or mention) as read.
    struct User
    {
        std::string id, name, nickname;
        void clear();
    };
    /// The fields of the message object being read; buffers keep their capacity across messages.
    struct Message
    {
        qint64 line = 0;
        std::string id, type, timestamp, content, referenceId;
        User author;
        User mention; ///< the first mentioned user (RecipientAdd/Remove name their subject here)
        int attachments = 0;
        int stickers = 0;
        int mentions = 0;
        void reset(qint64 startLine);
    };

    static Field fieldFor(std::string_view key);
    bool scalar(std::string_view value, bool isString);
    bool startContainer(bool isArray);
    bool endContainer();
    bool fail(const QString &message);
    bool beginMessages();
    bool finishMessage();
    bool isDuplicate(const std::string &id);
    void emitRecord(ChatRecord &&record);
    void warn(const QString &message) { m_sink.warning(m_message.line, message); }
    QString messageLabel() const;
    AuthorRef user(const User &u);

    JsonInputStream &m_stream;
    RecordSink &m_sink;
    std::vector<Context> m_stack;
    int m_skipDepth = 0;
    Field m_field = Field::Other;

    std::string m_guildName, m_channelName, m_channelId;
    Message m_message;
    AuthorCache m_authors;
    std::vector<quint64> m_ascendingIds; ///< snowflakes seen in increasing order (the usual case)
    std::unordered_set<quint64> m_otherIds; ///< snowflakes that arrived out of order
    std::unordered_set<std::string> m_seenOtherIds; ///< ids that are not numeric snowflakes
    qint64 m_duplicates = 0;
    qint64 m_firstDuplicateLine = 0;

    qint64 m_messageObjects = 0;
    qint64 m_recordCount = 0;
    bool m_sawMessageList = false;
    bool m_cancelled = false;
    qint64 m_errorLine = 0;
    QString m_errorMessage;
};

} // namespace cohort::import
