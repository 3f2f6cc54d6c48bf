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

// "A, B and C" / "A、B" → one name each.
QStringList splitNames(QStringView s)
{
    static constexpr std::array<QStringView, 7> separators
        = { u", ", u" and ", u" und ", u" y ", u"、", u"，", u"," };
    QStringList names;
    qsizetype from = 0;
    while (from <= s.size()) {
        qsizetype best = -1;
        qsizetype bestLen = 0;
        for (const QStringView &sep : separators) {
            const qsizetype i = s.indexOf(sep, from);
            if (i >= 0 && (best < 0 || i < best)) {
                best = i;
                bestLen = sep.size();
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

Event membership(RecordType type, QStringView actor, QStringView subjects)
{
    Event e;
    e.subjects = splitNames(subjects);
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

Event classifyTrimmed(QStringView t)
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
        return membership(RecordType::Join, t.first(i), t.sliced(i + 7));
    if (t.endsWith(u" hinzugefügt")) {
        const QStringView body = t.chopped(12);
        if ((i = body.indexOf(u" hat ")) > 0)
            return membership(RecordType::Join, body.first(i), body.sliced(i + 5));
        if ((i = body.indexOf(u" hast ")) > 0)
            return membership(RecordType::Join, body.first(i), body.sliced(i + 6));
    }
    if ((i = t.indexOf(u" añadió a ")) > 0)
        return membership(RecordType::Join, t.first(i), t.sliced(i + 10));
    if (t.startsWith(u"Añadiste a "))
        return membership(RecordType::Join, u"Tú", t.sliced(11));
    for (const QStringView marker : { QStringView(u"添加了"), QStringView(u"已添加") }) {
        if ((i = t.indexOf(marker)) > 0)
            return membership(RecordType::Join, zhActor(t.first(i)), t.sliced(i + marker.size()));
    }

    // Removed by someone.
    if ((i = t.indexOf(u" removed ")) > 0)
        return membership(RecordType::Removed, t.first(i), t.sliced(i + 9));
    if (t.endsWith(u" entfernt")) {
        const QStringView body = t.chopped(9);
        if ((i = body.indexOf(u" hat ")) > 0)
            return membership(RecordType::Removed, body.first(i), body.sliced(i + 5));
        if ((i = body.indexOf(u" hast ")) > 0)
            return membership(RecordType::Removed, body.first(i), body.sliced(i + 6));
    }
    if ((i = t.indexOf(u" eliminó a ")) > 0)
        return membership(RecordType::Removed, t.first(i), t.sliced(i + 11));
    if (t.startsWith(u"Eliminaste a "))
        return membership(RecordType::Removed, u"Tú", t.sliced(13));
    for (const QStringView marker : { QStringView(u"移除了"), QStringView(u"已移除") }) {
        if ((i = t.indexOf(marker)) > 0)
            return membership(RecordType::Removed, zhActor(t.first(i)),
                              t.sliced(i + marker.size()));
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

WhatsAppSystemText::Event WhatsAppSystemText::classify(QStringView text)
{
    QStringView t = WhatsAppBodyText::trimmed(text);
    while (t.endsWith(QLatin1Char('.')) || t.endsWith(QChar(0x3002)))
        t = WhatsAppBodyText::trimmed(t.chopped(1));
    if (t.isEmpty())
        return {};
    return classifyTrimmed(t);
}

} // namespace cohort::import
