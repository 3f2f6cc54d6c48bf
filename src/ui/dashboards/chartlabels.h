#pragma once

#include <QStringList>

namespace cohort {

/// Category texts for the dashboard's charts.
class ChartLabels final
{
public:
    /// `names` shortened to at most about `maxChars` characters and all different: Qt Charts keeps
    /// one category per text, so two names elided alike ("Coffee Deals Chan…" twice) would leave a
    /// bar without a label. Names that differ only at the end keep their end ("Coffee D…Channel
    /// B"); equal names are numbered ("Li Na (2)").
    static QStringList uniqueElided(const QStringList &names, int maxChars = 18);
};

} // namespace cohort
