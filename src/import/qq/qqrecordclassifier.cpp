#include "import/qq/qqrecordclassifier.h"

#include "import/chatparser.h"
#include "import/qq/qqsender.h"

#include <QVarLengthArray>

namespace cohort::import {

namespace {

bool startsWithAny(QStringView text, std::initializer_list<QStringView> prefixes)
{
    for (const QStringView prefix : prefixes) {
        if (text.startsWith(prefix))
            return true;
    }
    return false;
}

// The suffix of `text` among `suffixes`, or an empty view.
QStringView matchSuffix(QStringView text, std::initializer_list<QStringView> suffixes)
{
    for (const QStringView suffix : suffixes) {
        if (text.endsWith(suffix))
            return suffix;
    }
    return {};
}

bool isSolitaire(QStringView body)
{
    // Members answer a 接龙 by copying the whole list, so its header may sit on any line.
    qsizetype from = 0;
    while (from <= body.size()) {
        qsizetype end = body.indexOf(u'\n', from);
        if (end < 0)
            end = body.size();
        if (body.sliced(from, end - from).trimmed().startsWith(u"#接龙"))
            return true;
        from = end + 1;
    }
    return false;
}

} // namespace

MessageKind QqRecordClassifier::messageKind(QStringView body)
{
    body = body.trimmed();
    if (body.isEmpty())
        return MessageKind::Media; // stickers and unsupported content are exported with no body
    if (isSolitaire(body))
        return MessageKind::Solitaire;
    if (startsWithAny(body, { u"[闪照]", u"[QQ红包]", u"[群签到]" }))
        return MessageKind::Media;
    // Only pictures and stickers with no words: "[图片]看这个" is a text message with a picture.
    qsizetype pos = 0;
    while (pos < body.size()) {
        const QStringView rest = body.sliced(pos);
        if (rest.startsWith(u"[图片]") || rest.startsWith(u"[表情]"))
            pos += 4;
        else if (rest.front().isSpace())
            ++pos;
        else
            return MessageKind::Text;
    }
    return MessageKind::Media;
}

int QqRecordClassifier::emitSystem(ChatRecord &&base, RecordSink &sink)
{
    QStringView text = QStringView(base.text).trimmed();
    while (text.endsWith(u'。') || text.endsWith(u'.'))
        text.chop(1);
    base.author = AuthorRef();
    base.actor = AuthorRef();

    const auto emitSystemRecord = [&] {
        base.type = RecordType::System;
        base.kind = MessageKind::System;
        sink.record(std::move(base));
        return 1;
    };
    const auto person = [](QStringView name) { return QqSender::parse(name); };
    const auto odd = [&](const char *what) {
        sink.warning(base.line,
                     tr("System notice \"%1\" looks like a %2 but names nobody; kept as a "
                        "system record.")
                         .arg(base.text, tr(what)));
        return emitSystemRecord();
    };

    // A recall is QQ's notice about a message, not a message of its own: a system event that
    // names who recalled ("李四撤回了一条消息", "李四(10001) 撤回了一条消息").
    if (text.contains(u"撤回了一条消息")) {
        const QStringView recallSuffix = matchSuffix(text, { u"撤回了一条消息" });
        if (!recallSuffix.isEmpty()) {
            const QStringView who = text.chopped(recallSuffix.size()).trimmed();
            if (!who.contains(u'\n'))
                base.author = person(who);
        }
        return emitSystemRecord();
    }

    const QStringView joinSuffix = matchSuffix(text, { u"加入了本群", u"加入本群", u"加入了群聊" });
    if (!joinSuffix.isEmpty()) {
        const QStringView head = text.chopped(joinSuffix.size());
        const qsizetype invite = head.indexOf(u"邀请");
        AuthorRef actor;
        QStringView invitees = head;
        if (invite >= 0) {
            actor = person(head.first(invite));
            invitees = head.sliced(invite + 2);
        }
        QVarLengthArray<AuthorRef, 4> subjects;
        for (const QStringView name : invitees.tokenize(u'、', Qt::SkipEmptyParts)) {
            AuthorRef subject = person(name);
            if (!subject.isEmpty())
                subjects.append(std::move(subject));
        }
        if (subjects.isEmpty())
            return odd(QT_TR_NOOP("join"));
        const int count = int(subjects.size());
        for (int i = 0; i < count; ++i) {
            ChatRecord join = i + 1 < count ? base : std::move(base);
            join.type = RecordType::Join;
            join.kind = MessageKind::System;
            join.author = std::move(subjects[i]);
            join.actor = actor;
            sink.record(std::move(join));
        }
        return count;
    }

    const QStringView leaveSuffix
        = matchSuffix(text, { u"退出了群聊", u"退出了本群", u"退出本群", u"退群" });
    if (!leaveSuffix.isEmpty()) {
        base.author = person(text.chopped(leaveSuffix.size()));
        if (base.author.isEmpty())
            return odd(QT_TR_NOOP("leave"));
        base.type = RecordType::Leave;
        base.kind = MessageKind::System;
        sink.record(std::move(base));
        return 1;
    }

    const QStringView removeSuffix
        = matchSuffix(text, { u"移出了群聊", u"移出群聊", u"移出了本群", u"移出本群" });
    if (!removeSuffix.isEmpty()) {
        QStringView head = text.chopped(removeSuffix.size());
        const qsizetype by = head.indexOf(u'将');
        const qsizetype passive = head.indexOf(u'被');
        if (by > 0) { // "X将Y移出了群聊"
            base.actor = person(head.first(by));
            base.author = person(head.sliced(by + 1));
        } else if (passive >= 0) { // "Y被移出群聊", "Y已被管理员移出本群"
            QStringView subject = head.first(passive);
            if (subject.endsWith(u'已'))
                subject.chop(1);
            const QStringView remover = head.sliced(passive + 1);
            if (remover != u"管理员" && remover != u"群主")
                base.actor = person(remover);
            base.author = person(subject);
        } else {
            base.author = person(head);
        }
        if (base.author.isEmpty())
            return odd(QT_TR_NOOP("removal"));
        base.type = RecordType::Removed;
        base.kind = MessageKind::System;
        sink.record(std::move(base));
        return 1;
    }
    return emitSystemRecord();
}

} // namespace cohort::import
