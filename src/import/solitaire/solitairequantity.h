#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace cohort::import {

/// Finds the quantity in a solitaire entry: digits or Chinese numerals with a unit (2份, 两盒,
/// 十盒, 3个, 2 boxes), multipliers (x3, ×3, *3) and bare small numbers ("Li Na 2"). Works on
/// text whose full-width forms were folded to ASCII (see `fold`), so indices match the original.
class SolitaireQuantity final
{
public:
    /// Where a quantity was found and what it says.
    struct Match
    {
        qsizetype start = 0;
        qsizetype end = 0; ///< one past the last character of the quantity and unit
        int quantity = 0;
        QString unit;
    };

    /// The first quantity in `text` at or after `from`.
    static std::optional<Match> find(QStringView text, qsizetype from = 0);
    /// Value of a Chinese numeral such as 两, 十, 十二, 二十五, 一百零五; nullopt if malformed.
    static std::optional<int> chineseNumber(QStringView numeral);
    /// Full-width ASCII variants (０-９, Ａ-Ｚ, ．、（）…) and the ideographic space folded to
    /// ASCII, one character for one, so positions in the result are positions in `text`.
    static QString fold(const QString &text);

private:
    static std::optional<Match> matchAt(QStringView text, qsizetype at);
};

} // namespace cohort::import
