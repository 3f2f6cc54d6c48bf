#pragma once

#include "analytics/positioningscorecard.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

namespace cohort {

/// How a group against its targets reads in the Groups pane and on the Dashboard.
class ScorecardText final
{
    Q_DECLARE_TR_FUNCTIONS(ScorecardText)

public:
    static QString attainmentName(Attainment attainment);
    /// A KPI's value or target: shares as percent, counts whole, averages with one decimal.
    static QString value(GoalKpi kpi, double value, const QLocale &locale = {});
    /// "Conversion rate 12.5% of 20.0%: missed".
    static QString line(const KpiScore &score, const QLocale &locale = {});
    /// One line per KPI, or the hint that the group has no positioning yet.
    static QString details(const GroupScorecard &card, const QLocale &locale = {});
};

} // namespace cohort
