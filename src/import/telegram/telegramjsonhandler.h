#pragma once

#include "import/authorcache.h"
#include "import/chatparser.h"

#include <QCoreApplication>

#include <rapidjson/rapidjson.h>

#include <string>
#include <string_view>
#include <vector>

namespace cohort::import {

class JsonInputStream;

/// RapidJSON SAX handler that turns a Telegram Desktop JSON export (single chat or full account)
/// into ChatRecords as the parse streams, keeping only the message being read in memory.
class TelegramJsonHandler final
{
    Q_DECLARE_TR_FUNCTIONS(TelegramJsonHandler)

public:
    TelegramJsonHandler(JsonInputStream &stream, RecordSink &sink,
                        const ChatSelection &selection = {});

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

    /// Reports what is only known at the end (skipped chats). Call after a successful parse.
    void finish();

    bool cancelled() const { return m_cancelled; }
    bool hasError() const { return !m_errorMessage.isEmpty(); }
    qint64 errorLine() const { return m_errorLine; }
    QString errorMessage() const { return m_errorMessage; }
    bool sawMessageList() const { return m_sawMessageList; }
    qint64 recordCount() const { return m_recordCount; }
    int skippedChatCount() const { return m_skippedChats; }

private:
    enum class Context : quint8 {
        Root,
        ChatsSection,
        ChatList,
        Chat,
        Messages,
        Message,
        TextArray,
        TextEntity,
        Members
    };
    enum class Field : quint8 {
        Other,
        Id,
        Type,
        Date,
        DateUnix,
        From,
        FromId,
        Actor,
        ActorId,
        Action,
        Title,
        Members,
        Inviter,
        Text,
        Media,
        Card,
        ReplyTo,
        Name,
        Messages,
        Chats,
        List
    };
    enum class ValueKind : quint8 { String, Number, Null, Bool };

    /// The fields of the message object being read; buffers keep their capacity across messages.
    struct Message
    {
        qint64 line = 0;
        std::string id, type, date, dateUnix, from, fromId, actor, actorId, action, title, inviter;
        std::string text, replyTo;
        std::vector<std::string> members;
        size_t memberCount = 0;
        bool textIsArray = false;
        bool media = false;
        bool card = false;
        int linkRuns = 0;
        bool otherContent = false; ///< a non-link run with visible text
        std::string entityType;
        size_t entityStart = 0;
        void reset(qint64 startLine);
    };

    static Field fieldFor(std::string_view key);
    bool scalar(std::string_view value, ValueKind kind);
    bool startContainer(bool isArray);
    bool endContainer();
    void push(Context context) { m_stack.push_back(context); }
    bool fail(const QString &message);

    void startChat();
    bool beginMessages(bool singleChatExport);
    bool finishMessage();
    void emitUserMessage(ChatRecord &base);
    void emitService(ChatRecord &base);
    bool fillTime(ChatRecord &record);
    void emitRecord(ChatRecord &&record);
    void warn(const QString &message) { m_sink.warning(m_message.line, message); }
    QString messageLabel() const;
    AuthorRef author(const std::string &key, const std::string &name);
    AuthorRef nameOnly(const std::string &name) const;

    JsonInputStream &m_stream;
    RecordSink &m_sink;
    std::vector<Context> m_stack;
    int m_skipDepth = 0;
    Field m_field = Field::Other;

    std::string m_chatName, m_chatType, m_chatId;
    bool m_inFullExport = false;
    int m_skippedChats = 0;
    ChatSelection m_selection;
    qint64 m_firstSkippedChatLine = 0;
    qint64 m_chatLine = 0;

    Message m_message;
    AuthorCache m_authors;

    qint64 m_messageObjects = 0;
    qint64 m_recordCount = 0;
    bool m_sawMessageList = false;
    bool m_cancelled = false;
    qint64 m_errorLine = 0;
    QString m_errorMessage;
};

} // namespace cohort::import
