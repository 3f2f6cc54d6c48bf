#include "import/wechat/wechatsystemtext.h"

namespace cohort::import {

namespace {

QStringView stripCdata(QStringView s)
{
    s = s.trimmed();
    if (s.startsWith(u"<![CDATA[") && s.endsWith(u"]]>"))
        return s.sliced(9, s.size() - 12);
    return s;
}

/// Content of the first `<tag>…</tag>` (or `<tag attr…>…</tag>`) at or after `from`.
QStringView element(QStringView s, QStringView tag, qsizetype from = 0, qsizetype *next = nullptr)
{
    qsizetype open = from;
    for (;;) {
        open = s.indexOf(u'<', open);
        if (open < 0 || open + 1 + tag.size() >= s.size())
            return {};
        if (s.sliced(open + 1).startsWith(tag)) {
            const QChar after = s.at(open + 1 + tag.size());
            if (after == u'>' || after == u' ' || after == u'/')
                break;
        }
        ++open;
    }
    const qsizetype contentStart = s.indexOf(u'>', open);
    if (contentStart < 0)
        return {};
    if (s.at(contentStart - 1) == u'/') { // <tag/>
        if (next)
            *next = contentStart + 1;
        return s.sliced(contentStart + 1, 0);
    }
    const QString close = QStringLiteral("</") + tag + u'>';
    const qsizetype end = s.indexOf(close, contentStart + 1);
    if (end < 0)
        return {};
    if (next)
        *next = end + close.size();
    return s.sliced(contentStart + 1, end - contentStart - 1);
}

QString attribute(QStringView openTag, QStringView name)
{
    const QString key = name + QStringLiteral("=\"");
    const qsizetype at = openTag.indexOf(key);
    if (at < 0)
        return {};
    const qsizetype begin = at + key.size();
    const qsizetype end = openTag.indexOf(u'"', begin);
    return end < 0 ? QString() : openTag.sliced(begin, end - begin).toString();
}

void decodeEntities(QString &s)
{
    if (!s.contains(u'&'))
        return;
    s.replace(QStringLiteral("&quot;"), QStringLiteral("\""));
    s.replace(QStringLiteral("&apos;"), QStringLiteral("'"));
    s.replace(QStringLiteral("&lt;"), QStringLiteral("<"));
    s.replace(QStringLiteral("&gt;"), QStringLiteral(">"));
    s.replace(QStringLiteral("&amp;"), QStringLiteral("&"));
}

bool isTagStart(QStringView s, qsizetype i)
{
    if (i + 1 >= s.size())
        return false;
    const char16_t c = s.at(i + 1).unicode();
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'/' || c == u'_'
        || c == u'!';
}

/// Removes CDATA markers, `<a …>…</a>` links (重新编辑, 撤销) and every other tag.
QString stripMarkup(QStringView s)
{
    QString out;
    out.reserve(s.size());
    qsizetype i = 0;
    while (i < s.size()) {
        if (s.at(i) != u'<' || !isTagStart(s, i)) {
            out.append(s.at(i));
            ++i;
            continue;
        }
        if (s.sliced(i).startsWith(u"<![CDATA[")) {
            i += 9;
            continue;
        }
        if (s.sliced(i).startsWith(u"<a ") || s.sliced(i).startsWith(u"<a>")) {
            const qsizetype close = s.indexOf(u"</a>", i);
            if (close >= 0) {
                i = close + 4;
                continue;
            }
        }
        const qsizetype end = s.indexOf(u'>', i);
        if (end < 0) {
            out.append(s.sliced(i));
            break;
        }
        i = end + 1;
    }
    out.replace(QStringLiteral("]]>"), QString());
    return out;
}

/// Fills a `sysmsgtemplate` template with its link members.
QString fillTemplate(QStringView xml, QHash<QString, QString> *keysByName)
{
    QString text = stripCdata(element(xml, u"template")).toString();
    qsizetype from = 0;
    for (;;) {
        const qsizetype open = xml.indexOf(u"<link ", from);
        if (open < 0)
            break;
        const qsizetype openEnd = xml.indexOf(u'>', open);
        // The closing tag after the opening one's end: a "</link>" inside a broken opening tag
        // would make the body's length negative (found by fuzzing).
        const qsizetype close = openEnd < 0 ? -1 : xml.indexOf(u"</link>", openEnd + 1);
        if (openEnd < 0 || close < 0)
            break;
        const QString name = attribute(xml.sliced(open, openEnd - open), u"name");
        const QStringView body = xml.sliced(openEnd + 1, close - openEnd - 1);
        from = close + 7;
        QStringView separator = stripCdata(element(body, u"separator"));
        if (separator.isEmpty())
            separator = u"、";
        QString names;
        qsizetype memberFrom = 0;
        qsizetype next = 0;
        for (;;) {
            const QStringView member = element(body, u"member", memberFrom, &next);
            if (next <= memberFrom)
                break;
            memberFrom = next;
            const QString user = stripCdata(element(member, u"username")).toString();
            QString nick = stripCdata(element(member, u"nickname")).toString();
            if (nick.isEmpty())
                nick = user;
            if (nick.isEmpty())
                continue;
            if (keysByName && !user.isEmpty())
                keysByName->insert(nick, user);
            if (!names.isEmpty())
                names.append(separator);
            names.append(nick);
        }
        if (!name.isEmpty())
            text.replace(u'$' + name + u'$', names);
    }
    return text;
}

struct Name
{
    QString display;
    bool self = false;
};

bool isOpenQuote(QChar c)
{
    return c == u'"' || c == u'\u201C' || c == u'\u201D' || c == u'\u300C';
}

bool isCloseQuote(QChar c)
{
    return c == u'"' || c == u'\u201D' || c == u'\u201C' || c == u'\u300D';
}

/// A hand-written matcher over a notice: literals, quoted names and "你".
struct Cursor
{
    QStringView s;
    qsizetype pos = 0;

    void skipSpace()
    {
        while (pos < s.size() && (s.at(pos).isSpace() || s.at(pos) == u'\u3000'))
            ++pos;
    }
    bool eat(QStringView literal)
    {
        skipSpace();
        if (!s.sliced(pos).startsWith(literal, Qt::CaseInsensitive))
            return false;
        pos += literal.size();
        return true;
    }
    bool name(Name &out)
    {
        skipSpace();
        if (pos >= s.size())
            return false;
        if (s.at(pos) == u'你') {
            out = Name { QString(), true };
            ++pos;
            return true;
        }
        // The English client: "You invited …", "You recalled a message".
        if (s.sliced(pos).startsWith(u"You ")) {
            out = Name { QString(), true };
            pos += 3;
            return true;
        }
        if (!isOpenQuote(s.at(pos)))
            return false;
        qsizetype end = pos + 1;
        while (end < s.size() && !isCloseQuote(s.at(end)))
            ++end;
        if (end >= s.size())
            return false;
        out = Name { s.sliced(pos + 1, end - pos - 1).toString(), false };
        pos = end + 1;
        return true;
    }
    /// Names joined by 、, 和 or commas; a quoted list "A、B" is split too.
    bool names(QList<Name> &out)
    {
        const qsizetype start = pos;
        Name n;
        while (name(n)) {
            if (n.self) {
                out.append(n);
            } else {
                const QList<QStringView> parts = QStringView(n.display).split(u'、');
                for (const QStringView part : parts) {
                    if (!part.trimmed().isEmpty())
                        out.append(Name { part.trimmed().toString(), false });
                }
            }
            if (!(eat(u"、") || eat(u"和") || eat(u",") || eat(u"，") || eat(u"and ")))
                break;
        }
        if (out.isEmpty())
            pos = start;
        return !out.isEmpty();
    }
};

AuthorRef toAuthor(const Name &name, const AuthorRef &self, const QHash<QString, QString> &keys)
{
    if (name.self)
        return self;
    return AuthorRef { keys.value(name.display), name.display };
}

/// Notices that are not membership events but are known, so they are not reported as odd.
bool isKnownOtherNotice(QStringView text)
{
    static const char16_t *const markers[] = {
        u"拍了拍",
        u"现在可以开始聊天了",
        u"朋友验证请求",
        u"以上是打招呼的内容",
        u"不是朋友关系",
        u"红包",
        u"收款",
        u"转账",
        u"群公告",
        u"群聊邀请确认",
        u"成为新群主",
        u"群管理员",
        u"开启了",
        u"关闭了",
        u"消息已发出，但被对方拒收了",
        u"开启了朋友验证",
        u"你已成为",
        u"以下为新消息",
        u"语音通话",
        u"视频通话",
    };
    for (const char16_t *marker : markers) {
        if (text.contains(QStringView(marker)))
            return true;
    }
    return false;
}

} // namespace

QString WeChatSystemText::clean(QStringView raw, QHash<QString, QString> *keysByName)
{
    raw = raw.trimmed();
    if (!raw.contains(u'<'))
        return raw.toString();
    QString text;
    if (raw.contains(u"sysmsgtemplate")) {
        text = fillTemplate(raw, keysByName);
    } else {
        QStringView inner = element(raw, u"replacemsg");
        if (inner.isEmpty())
            inner = element(raw, u"revokemsg");
        if (inner.isEmpty() || inner.contains(u"<msgid>"))
            inner = raw;
        text = stripMarkup(inner);
    }
    if (text.contains(u'<'))
        text = stripMarkup(text);
    decodeEntities(text);
    return text.trimmed();
}

bool WeChatSystemText::interpret(QStringView raw, const AuthorRef &self, QList<ChatRecord> &out)
{
    QHash<QString, QString> keys;
    const QString text = clean(raw, &keys);
    const auto add = [&out](RecordType type, const AuthorRef &subject, const AuthorRef &actor) {
        ChatRecord record;
        record.type = type;
        record.kind = MessageKind::System;
        record.author = subject;
        record.actor = actor;
        out.append(std::move(record));
        return true;
    };
    const auto addAll = [&](RecordType type, const QList<Name> &subjects, const AuthorRef &actor) {
        for (const Name &subject : subjects)
            add(type, toAuthor(subject, self, keys), actor);
        return true;
    };
    const auto matched = [&]() {
        Cursor c { text };
        QList<Name> first;
        if (c.eat(u"你通过扫描二维码加入群聊"))
            return add(RecordType::Join, self, {});
        if (!c.names(first))
            return false;
        const AuthorRef firstAuthor = toAuthor(first.constFirst(), self, keys);
        const qsizetype afterFirst = c.pos;
        QList<Name> second;
        Name other;
        if (c.eat(u"邀请") && c.names(second) && c.eat(u"加入了群聊"))
            return addAll(RecordType::Join, second, firstAuthor);
        c.pos = afterFirst;
        if (c.eat(u"通过扫描")) {
            if (c.eat(u"二维码加入群聊"))
                return addAll(RecordType::Join, first, {});
            if (c.name(other) && c.eat(u"分享的二维码加入群聊"))
                return addAll(RecordType::Join, first, toAuthor(other, self, keys));
            return false;
        }
        if (c.eat(u"加入了群聊") || c.eat(u"加入群聊"))
            return addAll(RecordType::Join, first, {});
        if (c.eat(u"将") && c.names(second) && c.eat(u"移出了群聊"))
            return addAll(RecordType::Removed, second, firstAuthor);
        c.pos = afterFirst;
        if (c.eat(u"被移出群聊"))
            return addAll(RecordType::Removed, first, {});
        if (c.eat(u"退出了群聊") || c.eat(u"已退出群聊"))
            return addAll(RecordType::Leave, first, {});
        // A recall is WeChat's notice about a message, not a message: a system event that
        // names who recalled.
        const auto recall = [&]() {
            ChatRecord record;
            record.type = RecordType::System;
            record.kind = MessageKind::System;
            record.author = firstAuthor;
            record.text = text;
            out.append(std::move(record));
            return true;
        };
        const auto rename = [&]() {
            ChatRecord record;
            record.type = RecordType::Rename;
            record.kind = MessageKind::System;
            record.actor = firstAuthor;
            record.text = other.display;
            out.append(std::move(record));
            return true;
        };
        if (c.eat(u"撤回了一条消息"))
            return recall();
        if (c.eat(u"修改群名为") && c.name(other))
            return rename();
        c.pos = afterFirst;

        // The same notices from the English client.
        if (c.eat(u"invited") && c.names(second) && c.eat(u"to the group chat"))
            return addAll(RecordType::Join, second, firstAuthor);
        c.pos = afterFirst;
        if (c.eat(u"joined the group chat via the QR code shared by") && c.name(other))
            return addAll(RecordType::Join, first, toAuthor(other, self, keys));
        c.pos = afterFirst;
        if (c.eat(u"joined the group chat"))
            return addAll(RecordType::Join, first, {});
        if (c.eat(u"removed") && c.names(second) && c.eat(u"from the group chat"))
            return addAll(RecordType::Removed, second, firstAuthor);
        c.pos = afterFirst;
        if (c.eat(u"left the group chat"))
            return addAll(RecordType::Leave, first, {});
        if (c.eat(u"recalled a message"))
            return recall();
        if (c.eat(u"changed the group name to") && c.name(other))
            return rename();
        return false;
    };
    if (matched())
        return true;
    // "X撤回了一条消息" with an unquoted name (PyWxDump rows, older clients): everything before
    // the phrase names who recalled.
    for (const QStringView phrase :
         { QStringView(u"撤回了一条消息"), QStringView(u" recalled a message") }) {
        const qsizetype at = text.lastIndexOf(phrase);
        if (at <= 0 || at + phrase.size() != text.size())
            continue;
        const QString who = QStringView(text).first(at).trimmed().toString();
        if (who.isEmpty() || who.contains(u'\n'))
            break;
        ChatRecord record;
        record.type = RecordType::System;
        record.kind = MessageKind::System;
        record.author = who == u"你" || who == u"You" ? self : AuthorRef { keys.value(who), who };
        record.text = text;
        out.append(std::move(record));
        return true;
    }
    ChatRecord record;
    record.type = RecordType::System;
    record.kind = MessageKind::System;
    record.text = text;
    out.append(std::move(record));
    return isKnownOtherNotice(text);
}

} // namespace cohort::import
