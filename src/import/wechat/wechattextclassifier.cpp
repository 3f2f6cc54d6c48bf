#include "import/wechat/wechattextclassifier.h"

#include "import/chatparser.h"

#include <QVarLengthArray>

namespace cohort::import {

namespace {

bool isSolitaire(QStringView body)
{
    // Members answer a 接龙 by copying the whole list, so its header may sit on any line.
    for (const QStringView line : body.tokenize(u'\n')) {
        if (line.trimmed().startsWith(u"#接龙"))
            return true;
    }
    return false;
}

// The placeholder name in "【图片】…" or "[图片]…", or an empty view.
QStringView placeholder(QStringView body)
{
    if (body.startsWith(u'【')) {
        const qsizetype close = body.indexOf(u'】');
        return close > 1 ? body.sliced(1, close - 1) : QStringView();
    }
    if (body.startsWith(u'[')) {
        const qsizetype close = body.indexOf(u']');
        return close > 1 && close <= 8 ? body.sliced(1, close - 1) : QStringView();
    }
    return {};
}

bool isOneOf(QStringView value, std::initializer_list<QStringView> names)
{
    for (const QStringView name : names) {
        if (value == name)
            return true;
    }
    return false;
}

bool isOpenQuote(QChar c)
{
    return c == u'"' || c == u'“' || c == u'”';
}

// A quoted name ("张三" or “张三”) or the pronoun 你 at `pos`; advances `pos` past it.
bool readName(QStringView text, qsizetype &pos, AuthorRef &out)
{
    if (pos >= text.size())
        return false;
    if (isOpenQuote(text[pos])) {
        qsizetype close = pos + 1;
        while (close < text.size() && text[close] != u'"' && text[close] != u'”')
            ++close;
        if (close >= text.size() || close == pos + 1)
            return false;
        out = AuthorRef();
        out.displayName = text.sliced(pos + 1, close - pos - 1).toString();
        pos = close + 1;
        return true;
    }
    if (text[pos] == u'你') {
        out = AuthorRef();
        out.displayName = QStringLiteral("你");
        pos += 1;
        return true;
    }
    return false;
}

// "\"B\"、\"C\"和\"D\"" → three names.
bool readNameList(QStringView text, qsizetype &pos, QVarLengthArray<AuthorRef, 4> &out)
{
    AuthorRef name;
    while (readName(text, pos, name)) {
        out.append(name);
        if (pos < text.size()
            && (text[pos] == u'、' || text[pos] == u'和' || text[pos] == u','
                || text[pos] == u'，'))
            ++pos;
        else
            break;
    }
    return !out.isEmpty();
}

bool restIs(QStringView text, qsizetype pos, QStringView expected)
{
    QStringView rest = text.sliced(qMin(pos, text.size())).trimmed();
    while (rest.endsWith(u'。') || rest.endsWith(u'.'))
        rest.chop(1);
    return rest == expected;
}

} // namespace

MessageKind WeChatTextClassifier::messageKind(QStringView body)
{
    body = body.trimmed();
    if (body.isEmpty())
        return MessageKind::Media; // a picture or sticker the copy did not carry
    if (isSolitaire(body))
        return MessageKind::Solitaire;
    const QStringView name = placeholder(body);
    if (name.isEmpty())
        return MessageKind::Text;
    if (isOneOf(name,
                { u"分享链接", u"链接", u"名片", u"个人/公众号名片", u"小程序", u"视频号",
                  u"音乐分享", u"位置分享" }))
        return MessageKind::LinkOrCard;
    if (isOneOf(name,
                { u"图片", u"视频", u"语音", u"表情包", u"表情", u"动画表情", u"文件", u"红包",
                  u"转账", u"音视频通话", u"合并转发的聊天记录" }))
        return MessageKind::Media;
    return MessageKind::Text;
}

int WeChatTextClassifier::emitSystem(ChatRecord &&base, RecordSink &sink)
{
    const QString original = base.text;
    const QStringView text = QStringView(original).trimmed();
    base.author = AuthorRef();
    base.actor = AuthorRef();
    base.kind = MessageKind::System;

    const auto emitAs = [&](RecordType type) {
        base.type = type;
        sink.record(std::move(base));
        return 1;
    };
    // A recall is WeChat's notice about a message, not a message of its own: a system event
    // that names who recalled, quoted ("\"李四\"撤回了一条消息"), 你, or bare (older clients).
    if (text.contains(u"撤回了一条消息")) {
        qsizetype pos = 0;
        AuthorRef who;
        if (readName(text, pos, who) && restIs(text, pos, u"撤回了一条消息")) {
            base.author = who;
        } else if (restIs(text, text.indexOf(u"撤回了一条消息"), u"撤回了一条消息")) {
            const QStringView bare = text.first(text.indexOf(u"撤回了一条消息")).trimmed();
            if (!bare.isEmpty() && !bare.contains(u'\n') && !isOpenQuote(bare.front()))
                base.author.displayName = bare.toString();
        }
        return emitAs(RecordType::System);
    }

    qsizetype pos = 0;
    AuthorRef first;
    if (readName(text, pos, first)) {
        QVarLengthArray<AuthorRef, 4> names;
        AuthorRef actor;
        RecordType type = RecordType::System;
        const QStringView rest = text.sliced(pos);
        if (rest.startsWith(u"邀请")) {
            pos += 2;
            if (readNameList(text, pos, names) && restIs(text, pos, u"加入了群聊")) {
                type = RecordType::Join;
                actor = first;
            }
        } else if (rest.startsWith(u"通过扫描")) {
            pos += 4;
            if (readName(text, pos, actor) && restIs(text, pos, u"分享的二维码加入群聊")) {
                type = RecordType::Join;
                names.append(first);
            }
        } else if (rest.startsWith(u"将")) {
            pos += 1;
            if (readNameList(text, pos, names) && restIs(text, pos, u"移出了群聊")) {
                type = RecordType::Removed;
                actor = first;
            }
        } else if (restIs(text, pos, u"加入了群聊")) {
            type = RecordType::Join;
            names.append(first);
        } else if (rest.startsWith(u"修改群名为")) {
            pos += 5;
            AuthorRef newName;
            QString name;
            if (readName(text, pos, newName))
                name = newName.displayName;
            else
                name = text.sliced(pos).trimmed().toString();
            if (!name.isEmpty()) {
                base.actor = first;
                base.text = name;
                return emitAs(RecordType::Rename);
            }
        }
        if (type != RecordType::System) {
            const int count = int(names.size());
            for (int i = 0; i < count; ++i) {
                ChatRecord record = base;
                record.type = type;
                record.author = names[i];
                record.actor = actor;
                sink.record(std::move(record));
            }
            return count;
        }
    }
    if (text.contains(u"加入了群聊") || text.contains(u"移出了群聊")
        || text.contains(u"修改群名为"))
        sink.warning(base.line,
                     tr("The system notice \"%1\" mentions a membership change or "
                        "rename but its names could not be read; kept as a system "
                        "record.")
                         .arg(original));
    return emitAs(RecordType::System);
}

} // namespace cohort::import
