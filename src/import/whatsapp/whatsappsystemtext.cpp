#include "import/whatsapp/whatsappsystemtext.h"

#include "import/whatsapp/whatsappbodytext.h"

#include <array>

namespace cohort::import {

namespace {

using Event = WhatsAppSystemText::Event;

QString clean(QStringView s)
{
    return WhatsAppBodyText::trimmed(s).toString();
}

bool isOpeningQuote(QChar c)
{
    const char16_t u = c.unicode();
    return u == u'"' || u == 0x201C || u == 0x201E || u == 0x00AB || u == 0x300C || u == 0x2018;
}

bool isClosingQuote(QChar c)
{
    const char16_t u = c.unicode();
    return u == u'"' || u == 0x201D || u == 0x201C || u == 0x00BB || u == 0x300D || u == 0x2019;
}

// The last quoted string in `s` ("to "B"" after "from "A""), or `fallback` if nothing is quoted.
QString lastQuoted(QStringView s, QStringView fallback)
{
    qsizetype end = s.size() - 1;
    while (end >= 0 && !isClosingQuote(s[end]))
        --end;
    if (end > 0) {
        qsizetype start = end - 1;
        while (start >= 0 && !isOpeningQuote(s[start]))
            --start;
        if (start >= 0)
            return s.sliced(start + 1, end - start - 1).toString();
    }
    return clean(fallback);
}

constexpr std::array<QStringView, 7> NameSeparators
    = { u", ", u" and ", u" und ", u" y ", u"、", u"，", u"," };

// Length of the separator at `at` in `s`, or 0.
qsizetype separatorAt(QStringView s, qsizetype at)
{
    for (const QStringView &sep : NameSeparators) {
        if (s.sliced(at).startsWith(sep))
            return sep.size();
    }
    return 0;
}

// The longest known name written at `from` and followed by a separator or the end.
qsizetype knownNameAt(QStringView s, qsizetype from, const QStringList &knownNames)
{
    qsizetype best = 0;
    for (const QString &name : knownNames) {
        if (name.size() <= best || !s.sliced(from).startsWith(name))
            continue;
        const qsizetype end = from + name.size();
        if (end == s.size() || separatorAt(s, end) > 0
            || WhatsAppBodyText::trimmed(s.sliced(end)).isEmpty())
            best = name.size();
    }
    return best;
}

// "A, B and C" / "A、B" → one name each; a known name is taken whole, separators and all.
QStringList splitNames(QStringView s, const QStringList &knownNames)
{
    QStringList names;
    qsizetype from = 0;
    while (from <= s.size()) {
        while (from < s.size() && s[from] == QLatin1Char(' '))
            ++from;
        qsizetype best = -1;
        qsizetype bestLen = 0;
        if (const qsizetype known = knownNameAt(s, from, knownNames); known > 0) {
            const qsizetype end = from + known;
            best = end < s.size() ? end : -1;
            bestLen = end < s.size() ? separatorAt(s, end) : 0;
            if (best >= 0 && bestLen == 0)
                best = -1;
        } else {
            for (const QStringView &sep : NameSeparators) {
                const qsizetype i = s.indexOf(sep, from);
                if (i >= 0 && (best < 0 || i < best)) {
                    best = i;
                    bestLen = sep.size();
                }
            }
        }
        const QString name = clean(best < 0 ? s.sliced(from) : s.sliced(from, best - from));
        if (!name.isEmpty())
            names.append(name);
        if (best < 0)
            break;
        from = best + bestLen;
    }
    return names;
}

// Objects of "removed"/"added" that are not people ("removed this group's icon").
bool isGroupObject(QStringView s)
{
    static constexpr std::array<QStringView, 9> prefixes = {
        u"this group",       u"the group", u"das Gruppen",    u"die Gruppen", u"den Gruppen",
        u"die Beschreibung", u"el icono",  u"la descripción", u"群组",
    };
    for (const QStringView &p : prefixes) {
        if (s.startsWith(p))
            return true;
    }
    return false;
}

Event membership(RecordType type, QStringView actor, QStringView subjects,
                 const QStringList &knownNames)
{
    Event e;
    e.subjects = splitNames(subjects, knownNames);
    if (e.subjects.isEmpty() || isGroupObject(WhatsAppBodyText::trimmed(subjects)))
        return {};
    e.type = type;
    e.actor = clean(actor);
    return e;
}

Event single(RecordType type, QStringView subject)
{
    Event e;
    const QString name = clean(subject);
    if (name.isEmpty())
        return {};
    e.type = type;
    e.subjects.append(name);
    return e;
}

Event rename(QStringView actor, QStringView tail, bool created)
{
    Event e;
    e.type = RecordType::Rename;
    e.actor = clean(actor);
    e.name = lastQuoted(tail, tail);
    e.groupCreated = created;
    if (e.name.isEmpty())
        return {};
    return e;
}

// Chinese puts no space around names; drop "已"/"将" left between the name and the verb.
QStringView zhActor(QStringView s)
{
    s = WhatsAppBodyText::trimmed(s);
    while (s.endsWith(u"已") || s.endsWith(u"将"))
        s.chop(1);
    return s;
}

Event classifyTrimmed(QStringView t, const QStringList &knownNames)
{
    qsizetype i = -1;

    // Joins without an adder.
    if ((i = t.indexOf(u" joined using ")) > 0 || (i = t.indexOf(u" joined from ")) > 0)
        return single(RecordType::Join, t.first(i));
    if (t.endsWith(u" joined"))
        return single(RecordType::Join, t.chopped(7));
    if (t.endsWith(u"beigetreten")
        && ((i = t.indexOf(u" ist ")) > 0 || (i = t.indexOf(u" bist ")) > 0))
        return single(RecordType::Join, t.first(i));
    if ((i = t.indexOf(u" se unió")) > 0)
        return single(RecordType::Join, t.first(i));
    for (const QStringView marker :
         { QStringView(u"通过此群组的邀请链接加入"), QStringView(u"通过群组链接加入"),
           QStringView(u"通过邀请链接加入") }) {
        if ((i = t.indexOf(marker)) > 0)
            return single(RecordType::Join, zhActor(t.first(i)));
    }
    // The exporter being added has no name in the line; use the pronoun the locale uses.
    if (t == u"You were added")
        return single(RecordType::Join, u"You");
    if (t == u"Du wurdest hinzugefügt")
        return single(RecordType::Join, u"Du");
    if (t == u"Te añadieron" || t == u"Te añadió")
        return single(RecordType::Join, u"Tú");
    if (t == u"你已被添加")
        return single(RecordType::Join, u"你");

    // Group created (a rename to the first name).
    if ((i = t.indexOf(u" created group ")) > 0)
        return rename(t.first(i), t.sliced(i), true);
    if (t.endsWith(u" erstellt")
        && ((i = t.indexOf(u" hat die Gruppe ")) > 0 || (i = t.indexOf(u" hast die Gruppe ")) > 0))
        return rename(t.first(i), t.sliced(i), true);
    if ((i = t.indexOf(u" creó el grupo ")) > 0)
        return rename(t.first(i), t.sliced(i), true);
    if (t.startsWith(u"Creaste el grupo "))
        return rename(u"Tú", t, true);
    for (const QStringView marker :
         { QStringView(u"创建了群组"), QStringView(u"创建群组"), QStringView(u"创建了群") }) {
        if ((i = t.indexOf(marker)) > 0)
            return rename(zhActor(t.first(i)), t.sliced(i), true);
    }

    // Renames.
    for (const QStringView marker :
         { QStringView(u" changed the subject "), QStringView(u" changed the group name "),
           QStringView(u" changed this group's name "), QStringView(u" hat den Betreff "),
           QStringView(u" hast den Betreff "), QStringView(u" hat den Gruppennamen "),
           QStringView(u" hast den Gruppennamen "), QStringView(u" cambió el asunto "),
           QStringView(u" cambió el nombre del grupo ") }) {
        if ((i = t.indexOf(marker)) > 0)
            return rename(t.first(i), t.sliced(i), false);
    }
    if (t.startsWith(u"Cambiaste el asunto ") || t.startsWith(u"Cambiaste el nombre del grupo "))
        return rename(u"Tú", t, false);
    for (const QStringView marker :
         { QStringView(u"将群组名称更改为"), QStringView(u"更改了群组名称"),
           QStringView(u"将主题更改为"), QStringView(u"更改了主题"), QStringView(u"修改了群组名称"),
           QStringView(u"将群名称更改为") }) {
        if ((i = t.indexOf(marker)) > 0)
            return rename(zhActor(t.first(i)), t.sliced(i + marker.size()), false);
    }

    // Added by someone.
    if ((i = t.indexOf(u" added ")) > 0)
        return membership(RecordType::Join, t.first(i), t.sliced(i + 7), knownNames);
    if (t.endsWith(u" hinzugefügt")) {
        const QStringView body = t.chopped(12);
        if ((i = body.indexOf(u" hat ")) > 0)
            return membership(RecordType::Join, body.first(i), body.sliced(i + 5), knownNames);
        if ((i = body.indexOf(u" hast ")) > 0)
            return membership(RecordType::Join, body.first(i), body.sliced(i + 6), knownNames);
    }
    if ((i = t.indexOf(u" añadió a ")) > 0)
        return membership(RecordType::Join, t.first(i), t.sliced(i + 10), knownNames);
    if (t.startsWith(u"Añadiste a "))
        return membership(RecordType::Join, u"Tú", t.sliced(11), knownNames);
    for (const QStringView marker : { QStringView(u"添加了"), QStringView(u"已添加") }) {
        if ((i = t.indexOf(marker)) > 0)
            return membership(RecordType::Join, zhActor(t.first(i)), t.sliced(i + marker.size()),
                              knownNames);
    }

    // Removed by someone.
    if ((i = t.indexOf(u" removed ")) > 0)
        return membership(RecordType::Removed, t.first(i), t.sliced(i + 9), knownNames);
    if (t.endsWith(u" entfernt")) {
        const QStringView body = t.chopped(9);
        if ((i = body.indexOf(u" hat ")) > 0)
            return membership(RecordType::Removed, body.first(i), body.sliced(i + 5), knownNames);
        if ((i = body.indexOf(u" hast ")) > 0)
            return membership(RecordType::Removed, body.first(i), body.sliced(i + 6), knownNames);
    }
    if ((i = t.indexOf(u" eliminó a ")) > 0)
        return membership(RecordType::Removed, t.first(i), t.sliced(i + 11), knownNames);
    if (t.startsWith(u"Eliminaste a "))
        return membership(RecordType::Removed, u"Tú", t.sliced(13), knownNames);
    for (const QStringView marker : { QStringView(u"移除了"), QStringView(u"已移除") }) {
        if ((i = t.indexOf(marker)) > 0)
            return membership(RecordType::Removed, zhActor(t.first(i)), t.sliced(i + marker.size()),
                              knownNames);
    }

    // Left by themselves.
    if (t.endsWith(u" left"))
        return single(RecordType::Leave, t.chopped(5));
    for (const QStringView marker : { QStringView(u" hat die Gruppe verlassen"),
                                      QStringView(u" hast die Gruppe verlassen") }) {
        if (t.endsWith(marker))
            return single(RecordType::Leave, t.chopped(marker.size()));
    }
    if ((i = t.indexOf(u" salió")) > 0
        && (t.endsWith(u" salió") || t.endsWith(u" salió del grupo")))
        return single(RecordType::Leave, t.first(i));
    for (const QStringView marker : { QStringView(u"已退出群组"), QStringView(u"退出了群组"),
                                      QStringView(u"已退出"), QStringView(u"退出了") }) {
        if (t.endsWith(marker) && t.size() > marker.size())
            return single(RecordType::Leave, zhActor(t.chopped(marker.size())));
    }
    return {};
}

} // namespace

WhatsAppSystemText::Event WhatsAppSystemText::classify(QStringView text,
                                                       const QStringList &knownNames)
{
    QStringView t = WhatsAppBodyText::trimmed(text);
    while (t.endsWith(QLatin1Char('.')) || t.endsWith(QChar(0x3002)))
        t = WhatsAppBodyText::trimmed(t.chopped(1));
    if (t.isEmpty())
        return {};
    return classifyTrimmed(t, knownNames);
}

bool WhatsAppSystemText::containsNameSeparator(QStringView name)
{
    // One pass for the characters every separator contains; most names have none of them.
    for (qsizetype i = 0; i < name.size(); ++i) {
        const char16_t u = name[i].unicode();
        if ((u == u',' || u == u' ' || u == 0x3001 || u == 0xFF0C) && separatorAt(name, i) > 0)
            return true;
    }
    return false;
}

bool WhatsAppSystemText::isSystemText(QStringView text)
{
    if (classify(text).type != RecordType::System)
        return true;
    // Parts of the notices WhatsApp writes besides the membership and name events, in the
    // languages the events above are read in.
    static constexpr std::array<QStringView, 36> Notices = {
        u"end-to-end encrypted",
        u"Your security code with ",
        u"security code changed",
        u"changed this group's icon",
        u"deleted this group's icon",
        u"removed this group's icon",
        u"changed the group description",
        u"deleted the group description",
        u"changed this group's settings",
        u"changed the group settings",
        u"You're now an admin",
        u"You're no longer an admin",
        u"disappearing messages",
        u"Disappearing messages",
        u"created this group",
        u"pinned a message",
        u"changed their phone number",
        u"changed to +",
        u"This chat is with a business account",
        u"You blocked this contact",
        u"You unblocked this contact",
        u"This business uses a secure service",
        u"Ende-zu-Ende-verschlüsselt",
        u"Sicherheitsnummer",
        u"Gruppenbild geändert",
        u"Gruppenbeschreibung geändert",
        u"cifrados de extremo a extremo",
        u"código de seguridad",
        u"cambió el ícono de este grupo",
        u"cambió la descripción del grupo",
        u"端到端加密",
        u"安全码",
        u"更改了此群组的图标",
        u"更改了群组描述",
        u"现在是管理员",
        u"限时消息",
    };
    const QStringView t = WhatsAppBodyText::trimmed(text);
    for (const QStringView &notice : Notices) {
        if (t.contains(notice))
            return true;
    }
    return false;
}

} // namespace cohort::import
