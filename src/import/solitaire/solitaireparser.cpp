#include "import/solitaire/solitaireparser.h"

#include "import/solitaire/solitairequantity.h"

#include <QRegularExpression>
#include <QStringList>

namespace cohort::import {

namespace {

/// What a header line says: whether it is one, how it was marked, the title.
struct Header
{
    bool found = false;
    bool hashMarked = false;
    QString title;
};

/// The closing bracket of an opening one, or a null QChar.
QChar closerOf(QChar opener)
{
    static const QString openers = QStringLiteral("【[「『<(（");
    static const QString closers = QStringLiteral("】]」』>)）");
    const qsizetype i = openers.indexOf(opener);
    return i < 0 ? QChar() : closers.at(i);
}

QChar openerOf(QChar closer)
{
    static const QString openers = QStringLiteral("【[「『<(（");
    static const QString closers = QStringLiteral("】]」』>)）");
    const qsizetype i = closers.indexOf(closer);
    return i < 0 ? QChar() : openers.at(i);
}

/// Characters that frame or separate a title but are not part of it. Brackets are trimmed only
/// where they frame the whole title or have no partner inside it: "Snack Box (SG)" keeps its
/// closing parenthesis, "【水果】" and a stray "(" do not survive.
QString trimDecoration(const QString &text)
{
    static const QString decoration = QStringLiteral(" \t#:-|~_=*!.,;、。，：；！～—");
    qsizetype begin = 0;
    qsizetype end = text.size();
    for (;;) {
        while (begin < end && decoration.contains(text.at(begin)))
            ++begin;
        while (end > begin && decoration.contains(text.at(end - 1)))
            --end;
        if (begin >= end)
            break;
        const QStringView inner = QStringView(text).mid(begin, end - begin);
        const QChar first = inner.front();
        const QChar last = inner.back();
        const QChar firstCloser = closerOf(first);
        const QChar lastOpener = openerOf(last);
        if (!firstCloser.isNull() && last == firstCloser && inner.size() >= 2) {
            ++begin; // framed as a whole
            --end;
        } else if (!firstCloser.isNull() && !inner.mid(1).contains(firstCloser)) {
            ++begin; // an opener nobody closes
        } else if (!lastOpener.isNull() && !inner.chopped(1).contains(lastOpener)) {
            --end; // a closer nobody opened
        } else if (!openerOf(first).isNull()) {
            ++begin; // a leading closer, left over from a marker such as "接龙】"
        } else if (!closerOf(last).isNull()) {
            --end; // a trailing opener
        } else {
            break;
        }
    }
    return text.mid(begin, end - begin);
}

Header parseHeader(const QString &original, const QString &folded)
{
    static const QRegularExpression hashMarker(
        QStringLiteral("#\\s*(?:接龙|sign[- ]?up(?:\\s*list)?)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression plainMarker(
        QStringLiteral(
            "^\\s*[\\[【「]?\\s*接龙|^\\s*[\\[【「][^\\]】」]{0,8}接龙[^\\]】」]{0,8}[\\]】」]|"
            "sign[- ]?up\\s+list"),
        QRegularExpression::CaseInsensitiveOption);
    Header header;
    QRegularExpressionMatch match = hashMarker.match(folded);
    header.hashMarked = match.hasMatch();
    if (!match.hasMatch())
        match = plainMarker.match(folded);
    if (!match.hasMatch())
        return header;
    header.found = true;
    const QString rest = original.left(match.capturedStart()) + QLatin1Char(' ')
        + original.mid(match.capturedEnd());
    header.title = trimDecoration(rest.simplified());
    return header;
}

bool isExampleLine(const QString &folded)
{
    static const QRegularExpression example(
        QStringLiteral("^\\s*[\\[【(]?\\s*(?:例如|举例|例|格式|范例|示例|e\\.\\s?g\\.?|eg\\b|"
                       "example\\b|format\\b)"),
        QRegularExpression::CaseInsensitiveOption);
    return example.match(folded).hasMatch();
}

/// "3. body", "3、body", "3) body" on folded text; the number and where the body starts.
bool matchEntryLine(const QString &folded, int *position, qsizetype *bodyStart)
{
    static const QRegularExpression entry(
        QStringLiteral("^\\s*(\\d{1,3})\\s*(?:\\.(?!\\d)|、|\\)|。)\\s*"));
    const auto match = entry.match(folded);
    if (!match.hasMatch())
        return false;
    *position = match.captured(1).toInt();
    *bodyStart = match.capturedEnd();
    return true;
}

QString trimPunctuation(const QString &text)
{
    static const QString punctuation = QStringLiteral(" \t,;:-/|，；：、。~～—");
    qsizetype begin = 0;
    qsizetype end = text.size();
    while (begin < end && punctuation.contains(text.at(begin)))
        ++begin;
    while (end > begin && punctuation.contains(text.at(end - 1)))
        --end;
    return text.mid(begin, end - begin);
}

} // namespace

QString SolitaireParser::threadKey(const QString &title)
{
    QString key;
    for (const QChar c : SolitaireQuantity::fold(title)) {
        if (c.isLetterOrNumber())
            key.append(c.toCaseFolded());
    }
    return key;
}

SolitaireEntry SolitaireParser::parseEntry(int position, const QString &originalBody)
{
    SolitaireEntry entry;
    entry.position = position;
    const QString body = originalBody.trimmed();
    const QString folded = SolitaireQuantity::fold(body);
    // The name comes first, so a quantity at the very start is not taken as one.
    const auto quantity = SolitaireQuantity::find(folded, 1);
    if (!quantity) {
        // Without a quantity the name runs to the first separator; the rest is a note.
        static const QRegularExpression separator(QStringLiteral("[,;(]|\\s{2,}|\\s-\\s|、"));
        const auto match = separator.match(folded);
        const qsizetype cut = match.hasMatch() ? match.capturedStart() : body.size();
        entry.name = trimPunctuation(body.left(cut));
        entry.note = trimPunctuation(body.mid(cut));
        if (entry.note.startsWith(QLatin1Char('(')) || entry.note.startsWith(QChar(0xFF08)))
            entry.note = body.mid(cut).trimmed();
        return entry;
    }
    entry.quantity = quantity->quantity;
    entry.quantityGiven = true;
    // The unit ends the match; take it from the original text (full-width forms kept).
    entry.unit = body.mid(quantity->end - quantity->unit.size(), quantity->unit.size());
    QString name = body.left(quantity->start);
    QString item;
    // "张三 草莓2份": the quantity is glued to the item, which is the last word before it.
    if (!name.isEmpty() && !name.back().isSpace()) {
        const qsizetype space = name.trimmed().lastIndexOf(QLatin1Char(' '));
        if (space > 0) {
            item = name.trimmed().mid(space + 1);
            name = name.trimmed().left(space);
        }
    }
    entry.name = trimPunctuation(name);
    entry.note = trimPunctuation(
        QString(item + QLatin1Char(' ') + body.mid(quantity->end).trimmed()).trimmed());
    return entry;
}

bool SolitaireParser::isList(const QString &text)
{
    // parse()'s decision without parsing entries: a "#" header, or a header and a numbered line
    // that is not the example.
    bool headerFound = false;
    for (const QStringView line : QStringView(text).tokenize(u'\n')) {
        const QString original = line.toString();
        const QString folded = SolitaireQuantity::fold(original);
        if (folded.trimmed().isEmpty())
            continue;
        if (!headerFound) {
            const Header header = parseHeader(original, folded);
            if (header.found && header.hashMarked)
                return true;
            headerFound = header.found;
            continue;
        }
        int position = 0;
        qsizetype bodyStart = 0;
        if (isExampleLine(folded))
            continue;
        if (matchEntryLine(folded, &position, &bodyStart))
            return true;
    }
    return false;
}

std::optional<SolitairePost> SolitaireParser::parse(const QString &text)
{
    const QStringList lines = QString(text)
                                  .replace(QLatin1String("\r\n"), QLatin1String("\n"))
                                  .split(QLatin1Char('\n'));
    SolitairePost post;
    Header header;
    QStringList description;
    bool sawNumberedLine = false;
    for (const QString &line : lines) {
        const QString folded = SolitaireQuantity::fold(line);
        if (folded.trimmed().isEmpty())
            continue;
        if (!header.found) {
            header = parseHeader(line, folded);
            // Anything before the header (a quoted reply, a greeting) is not part of the list.
            continue;
        }
        int position = 0;
        qsizetype bodyStart = 0;
        if (!sawNumberedLine && isExampleLine(folded)) {
            if (post.example.isEmpty())
                post.example = line.trimmed();
            continue;
        }
        if (matchEntryLine(folded, &position, &bodyStart)) {
            sawNumberedLine = true;
            const QString body = line.mid(bodyStart).trimmed();
            // "4." with nothing after it is an empty slot the operator pre-numbered.
            if (!body.isEmpty())
                post.entries.append(parseEntry(position, body));
            continue;
        }
        if (!sawNumberedLine)
            description << line.trimmed();
    }
    if (!header.found || (!header.hashMarked && !sawNumberedLine))
        return std::nullopt;
    post.description = description.join(QLatin1Char('\n'));
    post.title = header.title;
    if (post.title.isEmpty() && !description.isEmpty())
        post.title = trimDecoration(description.first());
    return post;
}

} // namespace cohort::import
