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
};

} // namespace cohort::rules
