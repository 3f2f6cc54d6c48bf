#include "import/discord/discordjsonhandler.h"

#include "import/importlimits.h"
#include "import/isodatetime.h"
#include "import/jsoninputstream.h"

#include <algorithm>

namespace cohort::import {

namespace {

constexpr qint64 kCancelCheckInterval = 1024;
constexpr qint64 kProgressInterval = 8192;

bool isBareUrl(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\n'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\n'))
        s.remove_suffix(1);
    if (!(s.starts_with("http://") || s.starts_with("https://")))
        return false;
    for (const char c : s) {
        if (c == ' ' || c == '\n' || c == '\t')
            return false;
    }
    return true;
}

/// Strings past the message cap are cut here already (the pipeline then warns, naming the
/// line), so a 50 MB JSON string never becomes a 100 MB QString.
QString toQString(std::string_view s)
{
    constexpr size_t maxBytes = size_t(ImportLimits::MaxLineChars) * 3;
    return QString::fromUtf8(s.data(), qsizetype(qMin(s.size(), maxBytes)));
}

} // namespace

DiscordJsonHandler::DiscordJsonHandler(JsonInputStream &stream, RecordSink &sink)
    : m_stream(stream)
    , m_sink(sink)
{
    m_stack.reserve(16);
}

void DiscordJsonHandler::User::clear()
{
    id.clear();
    name.clear();
    nickname.clear();
}

void DiscordJsonHandler::Message::reset(qint64 startLine)
{
    line = startLine;
    id.clear();
    type.clear();
    timestamp.clear();
    content.clear();
    referenceId.clear();
    author.clear();
    mention.clear();
    attachments = 0;
    stickers = 0;
    mentions = 0;
}

DiscordJsonHandler::Field DiscordJsonHandler::fieldFor(std::string_view k)
{
    switch (k.size()) {
    case 2:
        return k == "id" ? Field::Id : Field::Other;
    case 4:
        if (k == "name")
            return Field::Name;
        if (k == "type")
            return Field::Type;
        return Field::Other;
    case 5:
        return k == "guild" ? Field::Guild : Field::Other;
    case 6:
        return k == "author" ? Field::Author : Field::Other;
    case 7:
        if (k == "content")
            return Field::Content;
        if (k == "channel")
            return Field::Channel;
        return Field::Other;
    case 8:
        if (k == "nickname")
            return Field::Nickname;
        if (k == "stickers")
            return Field::Stickers;
        if (k == "mentions")
            return Field::Mentions;
        if (k == "messages")
            return Field::Messages;
        return Field::Other;
    case 9:
        if (k == "timestamp")
            return Field::Timestamp;
        if (k == "reference")
            return Field::Reference;
        if (k == "messageId")
            return Field::MessageId;
        return Field::Other;
    case 11:
        return k == "attachments" ? Field::Attachments : Field::Other;
    default:
        return Field::Other;
    }
}

bool DiscordJsonHandler::fail(const QString &message)
{
    m_errorLine = m_stream.line();
    m_errorMessage = message;
    return false;
}

bool DiscordJsonHandler::Null()
{
    return scalar({}, false);
}

bool DiscordJsonHandler::Bool(bool)
{
    return scalar({}, false);
}

bool DiscordJsonHandler::RawNumber(const char *str, rapidjson::SizeType length, bool)
{
    return scalar(std::string_view(str, length), true);
}

bool DiscordJsonHandler::String(const char *str, rapidjson::SizeType length, bool)
{
    return scalar(std::string_view(str, length), true);
}

bool DiscordJsonHandler::Key(const char *str, rapidjson::SizeType length, bool)
{
    if (m_skipDepth == 0)
        m_field = fieldFor(std::string_view(str, length));
    return true;
}

bool DiscordJsonHandler::scalar(std::string_view v, bool isString)
{
    if (m_skipDepth > 0)
        return true;
    if (m_stack.empty())
        return fail(tr("The file is not a DiscordChatExporter JSON export: it is a single JSON "
                       "value, not an object."));
    if (!isString)
        return true;
    Message &m = m_message;
    switch (m_stack.back()) {
    case Context::Guild:
        if (m_field == Field::Name)
            m_guildName.assign(v);
        break;
    case Context::Channel:
        if (m_field == Field::Name)
            m_channelName.assign(v);
        else if (m_field == Field::Id)
            m_channelId.assign(v);
        break;
    case Context::Message:
        if (m_field == Field::Id)
            m.id.assign(v);
        else if (m_field == Field::Type)
            m.type.assign(v);
        else if (m_field == Field::Timestamp)
            m.timestamp.assign(v);
        else if (m_field == Field::Content)
            m.content.assign(v);
        break;
    case Context::Author:
    case Context::Mention: {
        User &u = m_stack.back() == Context::Author ? m.author : m.mention;
        if (m_field == Field::Id)
            u.id.assign(v);
        else if (m_field == Field::Name)
            u.name.assign(v);
        else if (m_field == Field::Nickname)
            u.nickname.assign(v);
        break;
    }
    case Context::Reference:
        if (m_field == Field::MessageId)
            m.referenceId.assign(v);
        break;
    default:
        break;
    }
    return true;
}

bool DiscordJsonHandler::StartObject()
{
    return startContainer(false);
}

bool DiscordJsonHandler::StartArray()
{
    return startContainer(true);
}

bool DiscordJsonHandler::EndObject(rapidjson::SizeType)
{
    return endContainer();
}

bool DiscordJsonHandler::EndArray(rapidjson::SizeType)
{
    return endContainer();
}

bool DiscordJsonHandler::startContainer(bool isArray)
{
    // rapidjson recurses per level: a file nested 100,000 deep would overflow the stack.
    if (m_skipDepth + qint64(m_stack.size()) >= ImportLimits::MaxJsonDepth)
        return fail(ImportLimits::jsonTooDeepMessage(m_stream.line()));
    if (m_skipDepth > 0) {
        ++m_skipDepth;
        return true;
    }
    if (m_stack.empty()) {
        if (isArray)
            return fail(tr("The file is not a DiscordChatExporter JSON export: its top level is a "
                           "list, not an object."));
        m_stack.push_back(Context::Root);
        return true;
    }
    Message &m = m_message;
    const Field field = m_field;
    m_field = Field::Other;
    Context next = Context::Root; // Root = nothing of interest: skip the value
    switch (m_stack.back()) {
    case Context::Root:
        if (!isArray && field == Field::Guild)
            next = Context::Guild;
        else if (!isArray && field == Field::Channel)
            next = Context::Channel;
        else if (isArray && field == Field::Messages)
            return beginMessages();
        break;
    case Context::Messages:
        if (!isArray) {
            m.reset(m_stream.line());
            next = Context::Message;
        }
        break;
    case Context::Message:
        if (!isArray && field == Field::Author)
            next = Context::Author;
        else if (!isArray && field == Field::Reference)
            next = Context::Reference;
        else if (isArray && field == Field::Attachments)
            next = Context::Attachments;
        else if (isArray && field == Field::Stickers)
            next = Context::Stickers;
        else if (isArray && field == Field::Mentions)
            next = Context::Mentions;
        break;
    case Context::Attachments:
        ++m.attachments;
        break;
    case Context::Stickers:
        ++m.stickers;
        break;
    case Context::Mentions:
        if (!isArray && m.mentions++ == 0)
            next = Context::Mention;
        break;
    default:
        break;
    }
    if (next == Context::Root) {
        m_skipDepth = 1;
        return true;
    }
    m_stack.push_back(next);
    return true;
}

bool DiscordJsonHandler::endContainer()
{
    if (m_skipDepth > 0) {
        --m_skipDepth;
        return true;
    }
    const Context context = m_stack.back();
    m_stack.pop_back();
    m_field = Field::Other;
    return context == Context::Message ? finishMessage() : true;
}

bool DiscordJsonHandler::beginMessages()
{
    m_sawMessageList = true;
    ChatInfo info;
    info.platform = Platform::Discord;
    const QString guild = toQString(m_guildName);
    const QString channel = toQString(m_channelName);
    info.name = guild.isEmpty() ? channel
        : channel.isEmpty()     ? guild
                                : guild + QStringLiteral(" / ") + channel;
    info.externalId = toQString(m_channelId);
    m_sink.beginChat(info);
    m_stack.push_back(Context::Messages);
    return true;
}

void DiscordJsonHandler::finish()
{
    if (m_duplicates > 0) {
        m_sink.warning(m_firstDuplicateLine,
                       tr("Skipped %n duplicate message(s) whose id appeared earlier in the file.",
                          nullptr, int(qMin<qint64>(m_duplicates, INT_MAX))));
    }
    m_sink.progress(m_stream.bytesRead());
}

QString DiscordJsonHandler::messageLabel() const
{
    return m_message.id.empty() ? tr("A message without id")
                                : tr("Message %1").arg(toQString(m_message.id));
}

AuthorRef DiscordJsonHandler::user(const User &u)
{
    return m_authors.get(u.id, u.nickname.empty() ? u.name : u.nickname);
}

bool DiscordJsonHandler::isDuplicate(const std::string &id)
{
    quint64 value = 0;
    bool numeric = !id.empty() && id.size() <= 19;
    for (const char c : id) {
        if (c < '0' || c > '9') {
            numeric = false;
            break;
        }
        value = value * 10 + quint64(c - '0');
    }
    if (!numeric)
        return !m_seenOtherIds.insert(id).second;
    // DCE writes messages in id order, so ids mostly arrive ascending: a sorted vector holds them
    // at 8 bytes each (a hash set would need ~40) and a binary search finds repeats.
    if (m_ascendingIds.empty() || value > m_ascendingIds.back()) {
        m_ascendingIds.push_back(value);
        return false;
    }
    if (std::binary_search(m_ascendingIds.begin(), m_ascendingIds.end(), value))
        return true;
    return !m_otherIds.insert(value).second;
}

void DiscordJsonHandler::emitRecord(ChatRecord &&record)
{
    ++m_recordCount;
    m_sink.record(std::move(record));
}

bool DiscordJsonHandler::finishMessage()
{
    const Message &m = m_message;
    ++m_messageObjects;
    IsoDateTime time;
    if (m.id.empty()) {
        warn(tr("A message has no id; it was read but cannot be told apart from a re-import."));
    } else if (isDuplicate(m.id)) {
        if (m_duplicates++ == 0)
            m_firstDuplicateLine = m.line;
        return true;
    }
    if (!parseIsoDateTime(m.timestamp, time)) {
        warn(tr("%1 has an invalid timestamp \"%2\" and was skipped.")
                 .arg(messageLabel(), toQString(m.timestamp)));
    } else {
        ChatRecord r;
        r.line = m.line;
        r.wallSeconds = time.wallSeconds;
        r.hasUtc = time.hasOffset;
        r.utcSeconds = time.hasOffset ? time.utcSeconds() : 0;
        r.messageId = toQString(m.id);
        if (m.author.id.empty())
            warn(tr("%1 has no author id.").arg(messageLabel()));
        const AuthorRef author = user(m.author);
        const std::string_view type = m.type;
        if (type == "Default" || type == "Reply" || type.empty()) {
            r.type = RecordType::Message;
            r.author = author;
            r.text = toQString(m.content);
            r.replyToId = toQString(m.referenceId);
            if ((m.attachments > 0 || m.stickers > 0) && m.content.empty())
                r.kind = MessageKind::Media;
            else if (isBareUrl(m.content))
                r.kind = MessageKind::LinkOrCard;
        } else {
            r.kind = MessageKind::System;
            const bool hasMention = m.mentions > 0 && !m.mention.id.empty();
            if (type == "GuildMemberJoin") {
                r.type = RecordType::Join;
                r.author = author;
            } else if (type == "RecipientAdd" && hasMention) {
                r.type = RecordType::Join;
                r.author = user(m.mention);
                r.actor = author;
            } else if (type == "RecipientRemove") {
                // Without a mention DCE's text is "Left the group.": the author left.
                if (!hasMention || m.mention.id == m.author.id) {
                    r.type = RecordType::Leave;
                    r.author = author;
                } else {
                    r.type = RecordType::Removed;
                    r.author = user(m.mention);
                    r.actor = author;
                }
            } else if (type == "ChannelNameChange") {
                r.type = RecordType::Rename;
                r.actor = author;
                // DCE writes the fallback text "Changed the channel name: NEW" in older versions.
                std::string_view name = m.content;
                constexpr std::string_view prefix = "Changed the channel name: ";
                if (name.starts_with(prefix))
                    name.remove_prefix(prefix.size());
                r.text = toQString(name);
            } else {
                if (type == "RecipientAdd")
                    warn(tr("%1 adds a recipient but mentions nobody; kept as a system message.")
                             .arg(messageLabel()));
                r.type = RecordType::System;
                r.author = author;
                r.text = toQString(m.content);
            }
        }
        emitRecord(std::move(r));
    }
    if (m_messageObjects % kProgressInterval == 0)
        m_sink.progress(m_stream.bytesRead());
    if (m_messageObjects % kCancelCheckInterval == 0 && m_sink.isCancelled()) {
        m_cancelled = true;
        return false;
    }
    return true;
}

} // namespace cohort::import
