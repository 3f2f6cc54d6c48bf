#include "import/telegram/telegramjsonhandler.h"

#include "import/importlimits.h"
#include "import/isodatetime.h"
#include "import/jsoninputstream.h"

namespace cohort::import {

namespace {

constexpr qint64 kCancelCheckInterval = 1024;
constexpr qint64 kProgressInterval = 8192;

bool isBlank(std::string_view s)
{
    for (const char c : s) {
        if (c != ' ' && c != '\n' && c != '\t' && c != '\r')
            return false;
    }
    return true;
}

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
QString toQString(const std::string &s)
{
    constexpr size_t maxBytes = size_t(ImportLimits::MaxLineChars) * 3;
    return QString::fromUtf8(s.data(), qsizetype(qMin(s.size(), maxBytes)));
}

} // namespace

TelegramJsonHandler::TelegramJsonHandler(JsonInputStream &stream, RecordSink &sink,
                                         const ChatSelection &selection)
    : m_stream(stream)
    , m_sink(sink)
    , m_selection(selection)
{
    m_stack.reserve(16);
}

void TelegramJsonHandler::Message::reset(qint64 startLine)
{
    line = startLine;
    for (std::string *s : { &id, &type, &date, &dateUnix, &from, &fromId, &actor, &actorId, &action,
                            &title, &inviter, &text, &replyTo, &entityType })
        s->clear();
    memberCount = 0;
    textIsArray = false;
    media = false;
    card = false;
    linkRuns = 0;
    otherContent = false;
    entityStart = 0;
}

TelegramJsonHandler::Field TelegramJsonHandler::fieldFor(std::string_view k)
{
    switch (k.size()) {
    case 2:
        return k == "id" ? Field::Id : Field::Other;
    case 4:
        if (k == "type")
            return Field::Type;
        if (k == "date")
            return Field::Date;
        if (k == "from")
            return Field::From;
        if (k == "text")
            return Field::Text;
        if (k == "name")
            return Field::Name;
        if (k == "file")
            return Field::Media;
        if (k == "poll")
            return Field::Card;
        if (k == "list")
            return Field::List;
        return Field::Other;
    case 5:
        if (k == "actor")
            return Field::Actor;
        if (k == "title")
            return Field::Title;
        if (k == "photo")
            return Field::Media;
        if (k == "chats")
            return Field::Chats;
        return Field::Other;
    case 6:
        return k == "action" ? Field::Action : Field::Other;
    case 7:
        if (k == "from_id")
            return Field::FromId;
        if (k == "members")
            return Field::Members;
        if (k == "inviter")
            return Field::Inviter;
        return Field::Other;
    case 8:
        if (k == "actor_id")
            return Field::ActorId;
        if (k == "messages")
            return Field::Messages;
        return Field::Other;
    case 10:
        if (k == "media_type")
            return Field::Media;
        if (k == "left_chats")
            return Field::Chats;
        if (k == "place_name")
            return Field::Card;
        if (k == "game_title")
            return Field::Card;
        return Field::Other;
    case 13:
        if (k == "date_unixtime")
            return Field::DateUnix;
        if (k == "sticker_emoji")
            return Field::Media;
        return Field::Other;
    case 19:
        if (k == "contact_information")
            return Field::Card;
        if (k == "invoice_information")
            return Field::Card;
        if (k == "reply_to_message_id")
            return Field::ReplyTo;
        return Field::Other;
    case 20:
        return k == "location_information" ? Field::Card : Field::Other;
    default:
        return Field::Other;
    }
}

bool TelegramJsonHandler::fail(const QString &message)
{
    m_errorLine = m_stream.line();
    m_errorMessage = message;
    return false;
}

bool TelegramJsonHandler::Null()
{
    return scalar({}, ValueKind::Null);
}

bool TelegramJsonHandler::Bool(bool)
{
    return scalar({}, ValueKind::Bool);
}

bool TelegramJsonHandler::RawNumber(const char *str, rapidjson::SizeType length, bool)
{
    return scalar(std::string_view(str, length), ValueKind::Number);
}

bool TelegramJsonHandler::String(const char *str, rapidjson::SizeType length, bool)
{
    return scalar(std::string_view(str, length), ValueKind::String);
}

bool TelegramJsonHandler::Key(const char *str, rapidjson::SizeType length, bool)
{
    if (m_skipDepth == 0)
        m_field = fieldFor(std::string_view(str, length));
    return true;
}

bool TelegramJsonHandler::scalar(std::string_view v, ValueKind kind)
{
    if (m_skipDepth > 0)
        return true;
    if (m_stack.empty())
        return fail(tr("The file is not a Telegram Desktop JSON export: it is a single JSON value, "
                       "not an object."));
    const bool isText = kind == ValueKind::String || kind == ValueKind::Number;
    Message &m = m_message;
    switch (m_stack.back()) {
    case Context::Root:
    case Context::Chat:
        if (!isText)
            break;
        if (m_field == Field::Name)
            m_chatName.assign(v);
        else if (m_field == Field::Type)
            m_chatType.assign(v);
        else if (m_field == Field::Id)
            m_chatId.assign(v);
        break;
    case Context::Message:
        switch (m_field) {
        case Field::Id:
            m.id.assign(v);
            break;
        case Field::Type:
            m.type.assign(v);
            break;
        case Field::Date:
            m.date.assign(v);
            break;
        case Field::DateUnix:
            m.dateUnix.assign(v);
            break;
        case Field::From:
            m.from.assign(v);
            break;
        case Field::FromId:
            m.fromId.assign(v);
            break;
        case Field::Actor:
            m.actor.assign(v);
            break;
        case Field::ActorId:
            m.actorId.assign(v);
            break;
        case Field::Action:
            m.action.assign(v);
            break;
        case Field::Title:
            m.title.assign(v);
            break;
        case Field::Inviter:
            m.inviter.assign(v);
            break;
        case Field::Text:
            if (isText)
                m.text.assign(v);
            break;
        case Field::ReplyTo:
            m.replyTo.assign(v);
            break;
        case Field::Media:
            m.media = m.media || kind != ValueKind::Null;
            break;
        case Field::Card:
            m.card = m.card || kind != ValueKind::Null;
            break;
        default:
            break;
        }
        break;
    case Context::TextArray:
        if (kind == ValueKind::String) {
            m.text.append(v);
            m.otherContent = m.otherContent || !isBlank(v);
        }
        break;
    case Context::TextEntity:
        if (m_field == Field::Type)
            m.entityType.assign(v);
        else if (m_field == Field::Text && kind == ValueKind::String)
            m.text.append(v);
        break;
    case Context::Members: {
        if (m.memberCount == m.members.size())
            m.members.emplace_back();
        std::string &member = m.members[m.memberCount++];
        member.assign(kind == ValueKind::String ? v : std::string_view());
        break;
    }
    default:
        break;
    }
    return true;
}

bool TelegramJsonHandler::StartObject()
{
    return startContainer(false);
}

bool TelegramJsonHandler::StartArray()
{
    return startContainer(true);
}

bool TelegramJsonHandler::EndObject(rapidjson::SizeType)
{
    return endContainer();
}

bool TelegramJsonHandler::EndArray(rapidjson::SizeType)
{
    return endContainer();
}

bool TelegramJsonHandler::startContainer(bool isArray)
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
            return fail(tr("The file is not a Telegram Desktop JSON export: its top level is a "
                           "list, not an object."));
        push(Context::Root);
        return true;
    }
    Message &m = m_message;
    const Field field = m_field;
    m_field = Field::Other;
    switch (m_stack.back()) {
    case Context::Root:
        if (isArray && field == Field::Messages)
            return beginMessages(true);
        if (!isArray && field == Field::Chats) {
            m_inFullExport = true;
            push(Context::ChatsSection);
            return true;
        }
        break;
    case Context::ChatsSection:
        if (isArray && field == Field::List) {
            push(Context::ChatList);
            return true;
        }
        break;
    case Context::ChatList:
        if (!isArray) {
            startChat();
            push(Context::Chat);
            return true;
        }
        break;
    case Context::Chat:
        if (isArray && field == Field::Messages)
            return beginMessages(false);
        break;
    case Context::Messages:
        if (!isArray) {
            m.reset(m_stream.line());
            push(Context::Message);
            return true;
        }
        m_sink.warning(m_stream.line(), tr("A nested list inside the message list was ignored."));
        break;
    case Context::Message:
        if (field == Field::Text && isArray) {
            m.textIsArray = true;
            m.text.clear();
            push(Context::TextArray);
            return true;
        }
        if (field == Field::Members && isArray) {
            m.memberCount = 0;
            push(Context::Members);
            return true;
        }
        if (field == Field::Media)
            m.media = true;
        else if (field == Field::Card)
            m.card = true;
        break;
    case Context::TextArray:
        if (!isArray) {
            m.entityType.clear();
            m.entityStart = m.text.size();
            push(Context::TextEntity);
            return true;
        }
        break;
    default:
        break;
    }
    m_skipDepth = 1;
    return true;
}

bool TelegramJsonHandler::endContainer()
{
    if (m_skipDepth > 0) {
        --m_skipDepth;
        return true;
    }
    const Context context = m_stack.back();
    m_stack.pop_back();
    m_field = Field::Other;
    Message &m = m_message;
    switch (context) {
    case Context::Message:
        return finishMessage();
    case Context::TextEntity: {
        const std::string_view run = std::string_view(m.text).substr(m.entityStart);
        if (m.entityType == "link" || m.entityType == "text_link")
            ++m.linkRuns;
        else if (!isBlank(run))
            m.otherContent = true;
        break;
    }
    default:
        break;
    }
    return true;
}

void TelegramJsonHandler::startChat()
{
    m_chatName.clear();
    m_chatType.clear();
    m_chatId.clear();
    m_chatLine = m_stream.line();
}

bool TelegramJsonHandler::beginMessages(bool singleChatExport)
{
    m_sawMessageList = true;
    // A single-chat export is what the user chose to export, whatever its type; of a
    // full-account export the selection decides (groups and channels unless told otherwise).
    const QString kind = toQString(m_chatType);
    if (!singleChatExport && !m_selection.wants(toQString(m_chatId), kind)) {
        if (m_skippedChats++ == 0)
            m_firstSkippedChatLine = m_chatLine;
        m_skipDepth = 1;
        return true;
    }
    ChatInfo info;
    info.platform = Platform::Telegram;
    info.name = toQString(m_chatName);
    info.externalId = toQString(m_chatId);
    info.kind = kind;
    info.inAccountExport = !singleChatExport;
    m_sink.beginChat(info);
    push(Context::Messages);
    return true;
}

void TelegramJsonHandler::finish()
{
    if (m_skippedChats > 0) {
        m_sink.warning(m_firstSkippedChatLine,
                       tr("Skipped %n chat(s) of the full-account export that were not chosen "
                          "(by default personal, bot and saved-messages chats).",
                          nullptr, m_skippedChats));
    }
    m_sink.progress(m_stream.bytesRead());
}

QString TelegramJsonHandler::messageLabel() const
{
    return m_message.id.empty() ? tr("A message without id")
                                : tr("Message %1").arg(toQString(m_message.id));
}

AuthorRef TelegramJsonHandler::author(const std::string &key, const std::string &name)
{
    // A deleted account has a null name: its id is the only thing to show.
    return m_authors.get(key, name);
}

AuthorRef TelegramJsonHandler::nameOnly(const std::string &name) const
{
    AuthorRef ref;
    ref.displayName = toQString(name);
    return ref;
}

bool TelegramJsonHandler::fillTime(ChatRecord &record)
{
    const Message &m = m_message;
    qint64 unixTime = 0;
    const bool hasUnix = !m.dateUnix.empty() && parseInteger(m.dateUnix, unixTime);
    if (!m.dateUnix.empty() && !hasUnix)
        warn(tr("%1: date_unixtime \"%2\" is not a number; ignored.")
                 .arg(messageLabel(), toQString(m.dateUnix)));
    if (hasUnix) {
        record.hasUtc = true;
        record.utcSeconds = unixTime;
    }
    IsoDateTime parsed;
    if (!m.date.empty() && parseIsoDateTime(m.date, parsed)) {
        record.wallSeconds = parsed.wallSeconds;
        return true;
    }
    if (hasUnix) {
        // Without the wall clock the instant is all there is; the pipeline's zone is unknown here.
        record.wallSeconds = unixTime;
        warn(tr("%1 has no valid date (\"%2\"); its date_unixtime is used as the time.")
                 .arg(messageLabel(), toQString(m.date)));
        return true;
    }
    warn(tr("%1 has no valid date (\"%2\") and was skipped.")
             .arg(messageLabel(), toQString(m.date)));
    return false;
}

void TelegramJsonHandler::emitRecord(ChatRecord &&record)
{
    ++m_recordCount;
    m_sink.record(std::move(record));
}

bool TelegramJsonHandler::finishMessage()
{
    const Message &m = m_message;
    ++m_messageObjects;
    if (m.type == "message" || m.type == "service") {
        ChatRecord base;
        base.line = m.line;
        if (fillTime(base)) {
            base.messageId = toQString(m.id);
            if (m.type == "message")
                emitUserMessage(base);
            else
                emitService(base);
        }
    } else if (m.type == "unsupported") {
        warn(tr("%1 is of a kind the Telegram export could not save (\"unsupported\"); skipped.")
                 .arg(messageLabel()));
    } else {
        warn(tr("%1 has an unknown type \"%2\"; skipped.").arg(messageLabel(), toQString(m.type)));
    }
    if (m_messageObjects % kProgressInterval == 0)
        m_sink.progress(m_stream.bytesRead());
    if (m_messageObjects % kCancelCheckInterval == 0 && m_sink.isCancelled()) {
        m_cancelled = true;
        return false;
    }
    return true;
}

void TelegramJsonHandler::emitUserMessage(ChatRecord &record)
{
    const Message &m = m_message;
    record.type = RecordType::Message;
    if (m.fromId.empty() && m.from.empty())
        warn(tr("%1 has no sender (neither from nor from_id).").arg(messageLabel()));
    else
        record.author = author(m.fromId, m.from);
    record.text = toQString(m.text);
    record.replyToId = toQString(m.replyTo);
    const bool linkOnly = m.textIsArray ? (m.linkRuns == 1 && !m.otherContent) : isBareUrl(m.text);
    if (m.media)
        record.kind = MessageKind::Media;
    else if (m.card || linkOnly)
        record.kind = MessageKind::LinkOrCard;
    else
        record.kind = MessageKind::Text;
    emitRecord(std::move(record));
}

void TelegramJsonHandler::emitService(ChatRecord &base)
{
    const Message &m = m_message;
    const bool hasActor = !m.actorId.empty() || !m.actor.empty();
    const AuthorRef actor = hasActor ? author(m.actorId, m.actor) : AuthorRef();
    const std::string_view action = m.action;
    auto record = [&base](RecordType type) {
        ChatRecord r = base;
        r.type = type;
        r.kind = MessageKind::System;
        return r;
    };
    auto checkMembers = [&]() {
        if (m.memberCount == 0)
            warn(
                tr("%1: the %2 action lists no members.").arg(messageLabel(), toQString(m.action)));
        for (size_t i = 0; i < m.memberCount; ++i) {
            if (m.members[i].empty())
                warn(tr("%1: a member of the %2 action has no name (deleted account).")
                         .arg(messageLabel(), toQString(m.action)));
        }
    };
    // Members are listed by name only; the actor is the one member whose id the export knows.
    auto subject = [&](const std::string &member) {
        return hasActor && member == m.actor ? actor : nameOnly(member);
    };

    if (action == "invite_members") {
        checkMembers();
        for (size_t i = 0; i < m.memberCount; ++i) {
            ChatRecord r = record(RecordType::Join);
            r.author = subject(m.members[i]);
            // members == [actor]: a self-join of a public group, nobody invited them.
            if (!(hasActor && m.members[i] == m.actor))
                r.actor = actor;
            emitRecord(std::move(r));
        }
        if (m.memberCount > 0)
            return;
    } else if (action == "join_group_by_link" || action == "join_group_by_request") {
        ChatRecord r = record(RecordType::Join);
        r.author = actor;
        if (!m.inviter.empty())
            r.actor = nameOnly(m.inviter);
        emitRecord(std::move(r));
        return;
    } else if (action == "remove_members") {
        checkMembers();
        for (size_t i = 0; i < m.memberCount; ++i) {
            const bool self = hasActor && m.members[i] == m.actor;
            ChatRecord r = record(self ? RecordType::Leave : RecordType::Removed);
            r.author = subject(m.members[i]);
            if (!self)
                r.actor = actor;
            emitRecord(std::move(r));
        }
        if (m.memberCount > 0)
            return;
    } else if (action == "create_group") {
        ChatRecord rename = record(RecordType::Rename);
        rename.actor = actor;
        rename.text = toQString(m.title);
        rename.groupCreated = true;
        emitRecord(std::move(rename));
        for (size_t i = 0; i < m.memberCount; ++i) {
            if (hasActor && m.members[i] == m.actor)
                continue;
            ChatRecord r = record(RecordType::Join);
            r.author = nameOnly(m.members[i]);
            r.actor = actor;
            emitRecord(std::move(r));
        }
        return;
    } else if (action == "edit_group_title") {
        ChatRecord r = record(RecordType::Rename);
        r.actor = actor;
        r.text = toQString(m.title);
        emitRecord(std::move(r));
        return;
    } else if (action.empty()) {
        warn(tr("%1 is a service message without an action.").arg(messageLabel()));
    }
    // Anything else (joined_telegram is a contact signing up, not a group join), and membership
    // actions without members, stays a plain system record.
    ChatRecord r = record(RecordType::System);
    r.author = actor;
    r.text = m.text.empty() ? toQString(m.action) : toQString(m.text);
    emitRecord(std::move(r));
}

} // namespace cohort::import
