#include "rules/textfolding.h"

namespace cohort::rules {

namespace {

/// Whether `u` is left alone by NFKC and case folding, so the slow path can be skipped: CJK
/// ideographs and kana, and the common punctuation of Chinese text. Most of a zh chat is this.
bool foldsToItself(char16_t u)
{
    return (u >= 0x4E00 && u <= 0x9FFF)
        || (u >= 0x3040 && u <= 0x30FF && u != 0x309B && u != 0x309C)
        || (u >= 0x3001 && u <= 0x3002) || (u >= 0x300A && u <= 0x3011);
}

} // namespace

void TextFolding::fold(QStringView text, QString &folded, std::vector<int> *origin)
{
    folded.clear();
    folded.reserve(text.size());
    if (origin) {
        origin->clear();
        origin->reserve(size_t(text.size()) + 1);
    }
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n;) {
        const char16_t u = text[i].unicode();
        if (u < 0x80) {
            folded.append(QChar(u >= u'A' && u <= u'Z' ? char16_t(u | 0x20) : u));
            if (origin)
                origin->push_back(int(i));
            ++i;
            continue;
        }
        if (u >= 0xFF01 && u <= 0xFF5E) { // full-width ASCII: the common case of NFKC
            char16_t a = char16_t(u - 0xFEE0);
            if (a >= u'A' && a <= u'Z')
                a |= 0x20;
            folded.append(QChar(a));
            if (origin)
                origin->push_back(int(i));
            ++i;
            continue;
        }
        if (foldsToItself(u)) {
            folded.append(QChar(u));
            if (origin)
                origin->push_back(int(i));
            ++i;
            continue;
        }
        const bool pair = QChar::isHighSurrogate(u) && i + 1 < n
            && QChar::isLowSurrogate(text[i + 1].unicode());
        const char32_t ucs = pair ? QChar::surrogateToUcs4(u, text[i + 1].unicode()) : u;
        const qsizetype len = pair ? 2 : 1;
        const QChar::Decomposition tag = QChar::decompositionTag(ucs);
        if (tag == QChar::NoDecomposition || tag == QChar::Canonical) {
            // NFKC leaves it as it is (composed): only the case folds. Emoji, accented Latin,
            // Cyrillic, Arabic ... take this path without a string of their own.
            const char32_t folded32 = QChar::toCaseFolded(ucs);
            if (QChar::requiresSurrogates(folded32)) {
                folded.append(QChar(QChar::highSurrogate(folded32)));
                folded.append(QChar(QChar::lowSurrogate(folded32)));
            } else {
                folded.append(QChar(char16_t(folded32)));
            }
            if (origin)
                for (int k = QChar::requiresSurrogates(folded32) ? 2 : 1; k > 0; --k)
                    origin->push_back(int(i));
            i += len;
            continue;
        }
        // Compatibility forms (ligatures, circled digits, half-width kana ...) go through Qt's
        // tables.
        const QString piece
            = text.mid(i, len).toString().normalized(QString::NormalizationForm_KC).toCaseFolded();
        folded.append(piece);
        if (origin)
            for (qsizetype k = 0; k < piece.size(); ++k)
                origin->push_back(int(i));
        i += len;
    }
    if (origin)
        origin->push_back(int(n));
}

QString TextFolding::fold(QStringView text)
{
    QString folded;
    fold(text, folded);
    return folded;
}

QString TextFolding::original(QStringView text, const std::vector<int> &origin, int begin, int end)
{
    if (begin < 0 || end <= begin || size_t(end) >= origin.size())
        return QString();
    int from = origin[size_t(begin)];
    // The end of the match is the start of the first original unit past its last folded unit.
    int to = origin[size_t(end - 1)];
    int next = to + 1;
    for (size_t k = size_t(end); k < origin.size(); ++k)
        if (origin[k] != to) {
            next = origin[k];
            break;
        }
    return text.mid(from, qMin<qsizetype>(next, text.size()) - from).toString();
}

} // namespace cohort::rules
