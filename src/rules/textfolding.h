#pragma once

#include <QString>
#include <QStringView>

#include <vector>

namespace cohort::rules {

/// Folds message text for matching: NFKC (full-width letters, digits and punctuation become
/// ASCII, compatibility forms their plain letters) and case folding. Matching runs on the folded
/// text; `origin` maps every folded UTF-16 unit back to the unit of the original it came from,
/// so a match can be quoted from what the member wrote.
class TextFolding final
{
public:
    /// Folds `text` into `folded` (cleared first). When `origin` is given it gets one entry per
    /// unit of `folded` plus a last one, text.size(), for the end of a match.
    static void fold(QStringView text, QString &folded, std::vector<int> *origin = nullptr);
    static QString fold(QStringView text);
    /// The original text behind folded units [begin, end).
    static QString original(QStringView text, const std::vector<int> &origin, int begin, int end);

    /// QChar::isSpace() without its out-of-line lookup for every CJK character (the flood
    /// tracker asks for each character of each message): the few white space characters
    /// outside ASCII are listed (Unicode's White_Space property).
    static bool isSpace(char16_t u)
    {
        if (u < 0x80)
            return u == u' ' || (u >= u'\t' && u <= u'\r');
        return u == 0x85 || u == 0xA0 || u == 0x1680 || (u >= 0x2000 && u <= 0x200A) || u == 0x2028
            || u == 0x2029 || u == 0x202F || u == 0x205F || u == 0x3000;
    }
};

} // namespace cohort::rules
