#include "domain/biditext.h"

namespace cohort {

namespace {

bool isIsolateInitiator(char16_t c)
{
    return c == 0x2066 || c == 0x2067 || c == 0x2068; // LRI, RLI, FSI
}

bool changesOrder(char32_t c)
{
    // Everything below the Hebrew block is left-to-right or neutral, as are the CJK blocks.
    if (c < 0x0590)
        return false;
    switch (QChar::direction(c)) {
    case QChar::DirR:
    case QChar::DirAL:
    case QChar::DirAN:
    case QChar::DirRLE:
    case QChar::DirRLO:
    case QChar::DirLRE:
    case QChar::DirLRO:
    case QChar::DirPDF:
    case QChar::DirLRI:
    case QChar::DirRLI:
    case QChar::DirFSI:
    case QChar::DirPDI:
        return true;
    default:
        return false;
    }
}

/// True when `text` is one isolate already: FSI first, and the PDI that matches it last.
bool isIsolated(QStringView text)
{
    if (text.size() < 2 || text.front() != QChar(BidiText::FirstStrongIsolate)
        || text.back() != QChar(BidiText::PopDirectionalIsolate))
        return false;
    int depth = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (isIsolateInitiator(c)) {
            ++depth;
        } else if (c == BidiText::PopDirectionalIsolate) {
            if (--depth == 0)
                return i == text.size() - 1;
        }
    }
    return false;
}

} // namespace

bool BidiText::needsIsolation(QStringView text)
{
    // Called for every list cell: no allocation, and one comparison per ordinary character.
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = text[i].unicode();
        if (c < 0x0590)
            continue;
        char32_t code = c;
        if (QChar::isHighSurrogate(c) && i + 1 < n && text[i + 1].isLowSurrogate())
            code = QChar::surrogateToUcs4(c, text[++i].unicode());
        if (changesOrder(code))
            return true;
    }
    return false;
}

QString BidiText::isolated(const QString &text)
{
    if (!needsIsolation(text) || isIsolated(text))
        return text;
    QString out;
    out.reserve(text.size() + 2);
    out += QChar(FirstStrongIsolate);
    int depth = 0;
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
        if (isIsolateInitiator(c)) {
            ++depth;
        } else if (c == PopDirectionalIsolate) {
            if (depth == 0)
                continue; // it would close our isolate, not one of the text's own
            --depth;
        }
        out += ch;
    }
    // Close the text's own unclosed isolates, then ours.
    for (; depth > 0; --depth)
        out += QChar(PopDirectionalIsolate);
    out += QChar(PopDirectionalIsolate);
    return out;
}

} // namespace cohort
