#include "import/whatsapp/whatsappbodytext.h"

#include "import/whatsapp/whatsappheader.h"

#include <array>

namespace cohort::import {

namespace {

// Android exports without media replace each attachment by one of these.
constexpr std::array<QStringView, 12> MediaOmitted = {
    u"<Media omitted>",   u"<Medien ausgeschlossen>", u"<Multimedia omitido>",
    u"<Archivo omitido>", u"<Média vynechány>",       u"<Без медиафайлов>",
    u"<省略影音内容>",    u"<媒体文件已省略>",        u"<Médias omis>",
    u"<Mídia oculta>",    u"<Media omessi>",          u"<Media weggelaten>",
};

// iOS exports without media: the whole body (after U+200E) is one of these.
constexpr std::array<QStringView, 22> IosOmitted = {
    u"image omitted",       u"video omitted",     u"audio omitted",
    u"sticker omitted",     u"GIF omitted",       u"Contact card omitted",
    u"Bild weggelassen",    u"Video weggelassen", u"Audio weggelassen",
    u"Sticker weggelassen", u"GIF weggelassen",   u"Kontaktkarte weggelassen",
    u"imagen omitida",      u"video omitido",     u"audio omitido",
    u"sticker omitido",     u"GIF omitido",       u"tarjeta de contacto omitida",
    u"图片已忽略",          u"视频已忽略",        u"音频已忽略",
    u"贴图已忽略",
};

// iOS documents keep their file name in front: `Resume.pdf • 2 pages document omitted`.
constexpr std::array<QStringView, 4> DocumentOmitted = {
    u"document omitted",
    u"Dokument weggelassen",
    u"documento omitido",
    u"文档已忽略",
};

// Android with media: `IMG-20210428-WA0001.jpg (file attached)`.
constexpr std::array<QStringView, 4> FileAttached = {
    u"(file attached)",
    u"(Datei angehängt)",
    u"(archivo adjunto)",
    u"(文件附件)",
};

// iOS with media: `<attached: 00000001-PHOTO-2019-06-20-16-00-15.jpg>`.
constexpr std::array<QStringView, 3> AttachedPrefix = {
    u"<attached: ",
    u"<Anhang: ",
    u"<adjunto: ",
};

constexpr std::array<QStringView, 11> Deleted = {
    u"This message was deleted",
    u"You deleted this message",
    u"Diese Nachricht wurde gelöscht",
    u"Du hast diese Nachricht gelöscht",
    u"Se eliminó este mensaje",
    u"Eliminaste este mensaje",
    u"Este mensaje fue eliminado",
    u"此消息已删除",
    u"你删除了此消息",
    u"该消息已删除",
    u"您删除了此消息",
};

constexpr std::array<QStringView, 6> LocationPrefix = {
    u"location: ", u"Location: ", u"Standort: ", u"Ubicación: ", u"ubicación: ", u"位置：",
};

constexpr std::array<QStringView, 4> LiveLocation = {
    u"live location shared",
    u"Live-Standort wird geteilt",
    u"ubicación en tiempo real compartida",
    u"已共享实时位置",
};

constexpr std::array<QStringView, 4> EditedMarker = {
    u"<This message was edited>",
    u"<Diese Nachricht wurde bearbeitet>",
    u"<Se editó este mensaje.>",
    u"<此消息已编辑>",
};

template<std::size_t N> bool isOneOf(QStringView s, const std::array<QStringView, N> &list)
{
    // Qt 6.4's operator== does not compare the lengths first; nearly every body misses.
    for (const QStringView &item : list) {
        if (s.size() == item.size() && s == item)
            return true;
    }
    return false;
}

// Length of the entry of `list` that `s` starts (ends) with, or -1. The first/last character
// test keeps Qt's string comparison out of the per-message path.
template<std::size_t N>
qsizetype matchedPrefix(QStringView s, const std::array<QStringView, N> &list)
{
    for (const QStringView &item : list) {
        if (s.size() >= item.size() && s.front() == item.front() && s.startsWith(item))
            return item.size();
    }
    return -1;
}

template<std::size_t N>
qsizetype matchedSuffix(QStringView s, const std::array<QStringView, N> &list)
{
    for (const QStringView &item : list) {
        if (s.size() >= item.size() && s.back() == item.back() && s.endsWith(item))
            return item.size();
    }
    return -1;
}

bool isUrl(QStringView s)
{
    if (s.isEmpty() || s.front() != QLatin1Char('h')
        || (!s.startsWith(u"https://") && !s.startsWith(u"http://")))
        return false;
    for (const QChar c : s) {
        if (c.isSpace())
            return false;
    }
    return true;
}

bool isSpaceOrInvisible(QChar c)
{
    return c.isSpace() || isWhatsAppInvisible(c);
}

} // namespace

QStringView WhatsAppBodyText::trimmed(QStringView text)
{
    qsizetype b = 0;
    qsizetype e = text.size();
    while (b < e && isSpaceOrInvisible(text[b]))
        ++b;
    while (e > b && isSpaceOrInvisible(text[e - 1]))
        --e;
    return text.sliced(b, e - b);
}

QStringView WhatsAppBodyText::withoutEditedMarker(QStringView body)
{
    const QStringView t = trimmed(body);
    if (t.isEmpty() || t.back() != QLatin1Char('>'))
        return body;
    const qsizetype marker = matchedSuffix(t, EditedMarker);
    if (marker < 0)
        return body;
    qsizetype end = (t.data() - body.data()) + t.size() - marker;
    while (end > 0 && isSpaceOrInvisible(body[end - 1]))
        --end;
    return body.first(end);
}

MessageKind WhatsAppBodyText::kindOf(QStringView body)
{
    if (body.isEmpty())
        return MessageKind::Text;
    const qsizetype nl = body.indexOf(QLatin1Char('\n'));
    const QStringView firstLine = trimmed(nl < 0 ? body : body.first(nl));
    if (firstLine.isEmpty())
        return MessageKind::Text;

    if (firstLine.front() == QLatin1Char('<') && firstLine.back() == QLatin1Char('>')) {
        if (isOneOf(firstLine, MediaOmitted))
            return MessageKind::Media;
        if (matchedPrefix(firstLine, AttachedPrefix) >= 0)
            return MessageKind::Media;
    }
    if (matchedSuffix(firstLine, FileAttached) >= 0)
        return MessageKind::Media;
    if (nl < 0) {
        if (isOneOf(firstLine, IosOmitted))
            return MessageKind::Media;
        if (matchedSuffix(firstLine, DocumentOmitted) >= 0)
            return MessageKind::Media;
        QStringView stub = firstLine;
        if (stub.endsWith(QLatin1Char('.')) || stub.endsWith(QChar(0x3002)))
            stub.chop(1);
        if (isOneOf(trimmed(stub), Deleted))
            return MessageKind::Deleted;
        if (isUrl(firstLine) || isOneOf(firstLine, LiveLocation))
            return MessageKind::LinkOrCard;
        const qsizetype location = matchedPrefix(firstLine, LocationPrefix);
        if (location >= 0 && isUrl(trimmed(firstLine.sliced(location))))
            return MessageKind::LinkOrCard;
    }
    return MessageKind::Text;
}

} // namespace cohort::import
