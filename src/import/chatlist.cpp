#include "import/chatlist.h"

#include "import/formatregistry.h"

#include <QFile>
#include <QFileInfo>

namespace cohort::import {

namespace {

/// Counts the records of each chat as the parser streams them.
class ListingSink final : public RecordSink
{
public:
    explicit ListingSink(ChatList &list)
        : m_list(list)
    {
    }
    void beginChat(const ChatInfo &info) override
    {
        ChatList::Entry entry;
        entry.id = info.externalId;
        entry.name = info.name;
        entry.kind = info.kind;
        m_list.entries << entry;
        m_list.accountExport = m_list.accountExport || info.inAccountExport;
    }
    void record(ChatRecord &&r) override
    {
        if (m_list.entries.isEmpty())
            beginChat(ChatInfo());
        ChatList::Entry &entry = m_list.entries.last();
        const qint64 at = r.hasUtc ? r.utcSeconds : r.wallSeconds;
        if (!entry.hasRange || at < entry.firstWall)
            entry.firstWall = at;
        if (!entry.hasRange || at > entry.lastWall)
            entry.lastWall = at;
        entry.hasRange = true;
        if (r.type == RecordType::Message)
            ++entry.messages;
    }
    void warning(qint64, const QString &) override { }

private:
    ChatList &m_list;
};

} // namespace

QString ChatList::Entry::kindText() const
{
    if (kind.endsWith(u"_channel"))
        return tr("Channel");
    if (isGroup())
        return tr("Group");
    if (kind == u"personal_chat")
        return tr("Personal chat");
    if (kind == u"bot_chat")
        return tr("Bot");
    if (kind == u"saved_messages")
        return tr("Saved messages");
    return kind.isEmpty() ? tr("Chat") : kind;
}

ChatList ChatList::read(const QString &path, const QString &formatKey)
{
    ChatList list;
    const FormatRegistry registry;
    FormatRegistry::Detection detection = registry.detect(path, formatKey);
    if (!detection.ok()) {
        list.error = detection.error;
        return list;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        list.error
            = tr("%1: cannot be read: %2").arg(QFileInfo(path).fileName(), file.errorString());
        return list;
    }
    ListingSink sink(list);
    ParseOptions options;
    options.chats.all = true;
    const ParseResult result = detection.parser->parse(file, options, sink);
    if (!result.ok())
        list.error = result.errorMessage;
    return list;
}

} // namespace cohort::import
