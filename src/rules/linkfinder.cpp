#include "rules/linkfinder.h"

#include <QStringList>

#include <algorithm>

namespace cohort::rules {

namespace {

bool isAsciiAlnum(char16_t u)
{
    return (u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9') || (u >= u'A' && u <= u'Z');
}

bool isHostChar(char16_t u)
{
    return isAsciiAlnum(u) || u == u'-';
}

/// Characters a URL runs on with after its host (path, query); it stops at spaces, CJK text and
/// closing punctuation.
bool isUrlChar(char16_t u)
{
    if (isAsciiAlnum(u))
        return true;
    switch (u) {
    case u'-':
    case u'.':
    case u'_':
    case u'~':
    case u'/':
    case u'?':
    case u'#':
    case u'&':
    case u'=':
    case u'%':
    case u'+':
    case u':':
    case u'@':
    case u'!':
    case u'*':
    case u';':
        return true;
    default:
        return false;
    }
}

/// Top-level domains seen in chat spam and everyday links. Short generic words that are also
/// file extensions or common abbreviations (".js", ".py", ".md", ".so", ".pdf") are left out on
/// purpose.
const QStringList &knownTlds()
{
    static const QStringList tlds = [] {
        QStringList list
            = QStringLiteral(
                  "ai app art asia au be biz br ca cc ch club cn co com de dev edu es eu fr fun gg "
                  "gov hk icu in info ink io it jp kr link live ltd ly me mo net nl online org pro "
                  "ru sg shop site store tech top tv tw uk us vip wang website work xin xyz zone")
                  .split(QLatin1Char(' '));
        list.sort();
        return list;
    }();
    return tlds;
}

bool isKnownTld(QStringView label)
{
    if (label.size() < 2 || label.size() > 7)
        return false;
    const QStringList &tlds = knownTlds();
    const auto it = std::lower_bound(tlds.begin(), tlds.end(), label,
                                     [](const QString &t, QStringView l) { return t < l; });
    return it != tlds.end() && *it == label;
}

int urlEnd(QStringView text, int from)
{
    int i = from;
    while (i < text.size() && isUrlChar(text[i].unicode()))
        ++i;
    // Trailing sentence punctuation belongs to the sentence.
    while (i > from && QStringView(u".,:;!?").contains(text[i - 1]))
        --i;
    return i;
}

/// A scheme ending at `colon` ("https" of "https://"): letters only, at a word start.
int schemeStart(QStringView text, int colon)
{
    int s = colon;
    while (s > 0) {
        const char16_t u = text[s - 1].unicode();
        if ((u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9') || u == u'+' || u == u'.'
            || u == u'-')
            --s;
        else
            break;
    }
    while (s < colon && !(text[s] >= u'a' && text[s] <= u'z'))
        ++s;
    return s < colon ? s : -1;
}

} // namespace

LinkFinder::Span LinkFinder::first(QStringView t)
{
    const int n = int(t.size());
    for (int i = 0; i < n; ++i) {
        const char16_t u = t[i].unicode();
        if (u == u':' && i + 2 < n && t[i + 1] == u'/' && t[i + 2] == u'/') {
            const int s = schemeStart(t, i);
            if (s >= 0 && i + 3 < n && isUrlChar(t[i + 3].unicode()))
                return { s, urlEnd(t, i + 3) };
            continue;
        }
        if (u != u'.' || i == 0 || i + 1 >= n)
            continue;
        // A dot between two host characters: find the whole dotted name around it.
        if (!isHostChar(t[i - 1].unicode()) || !isAsciiAlnum(t[i + 1].unicode()))
            continue;
        int start = i;
        while (start > 0 && (isHostChar(t[start - 1].unicode()) || t[start - 1] == u'.'))
            --start;
        if (start > 0 && (t[start - 1] == u'@' || t[start - 1] == u'/'))
            continue; // an e-mail address, or inside a path already skipped
        int end = i + 1;
        while (end < n && (isHostChar(t[end].unicode()) || t[end] == u'.'))
            ++end;
        while (end > start && t[end - 1] == u'.')
            --end;
        const QStringView host = t.mid(start, end - start);
        const bool www = host.startsWith(u"www.") && host.size() > 4;
        const int lastDot = int(host.lastIndexOf(u'.'));
        const bool tld = lastDot > 0 && isKnownTld(host.mid(lastDot + 1))
            && isHostChar(host[lastDot - 1].unicode());
        // A host glued to more Latin letters ("abc.com" inside "myabc.comics") is not one:
        // the scan above already took every host character, so only an '@' after it matters.
        const bool mail = end < n && t[end] == u'@';
        if ((www || tld) && !mail)
            return { start, urlEnd(t, start) };
        i = end; // skip the rest of this dotted word
    }
    return {};
}

} // namespace cohort::rules
