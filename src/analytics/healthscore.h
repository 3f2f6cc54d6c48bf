#pragma once

#include "analytics/metrics.h"

#include <QCoreApplication>

namespace cohort {

/// What the health of one group is computed from, over a range of `days` days.
struct HealthInputs
{
    qint64 members = 0; ///< members of the group during the range
    qint64 activeMemberWeeks = 0; ///< Σ over the range's 7-day windows of members who wrote in it
    qint64 buyerMonths = 0; ///< Σ over its 30-day windows of members who bought in it
    qint64 joins = 0;
    qint64 leaves = 0;
    qint64 violations = 0;
    qint64 days = 0;
};

/// The group health score: 0–100 from activity, growth, conversion and rule discipline, so that
/// 20+ groups can be ranked at a glance. Every part is a rate per week or per 30 days, so a group
/// scores about the same over a week, a month or half a year: totals over six months made every
/// group look active and converted. The formula and its calibration on the demo data are in
/// docs/metrics.md, the README and formulaText(), which the dashboard shows as help.
class HealthScoreFormula final
{
    Q_DECLARE_TR_FUNCTIONS(HealthScoreFormula)

public:
    /// Activity points are 40 × (1 − e^(−a ÷ this)), a = the share of members writing in a week.
    static constexpr double ActivityScale = 0.20;
    /// Conversion points are 30 × (1 − e^(−b ÷ this)), b = the share of members buying in 30 days.
    static constexpr double ConversionScale = 0.20;
    /// Net growth per 30 days (joins − leaves) / members mapped linearly from −span (0 points) to
    /// +span (20).
    static constexpr double GrowthSpan = 0.05;
    /// Violations per 100 members in 30 days at which the 10 discipline points reach 0.
    static constexpr double ViolationsPer100AtZero = 5.0;

    static HealthScore compute(const HealthInputs &inputs);
    static QString formulaText();
};

} // namespace cohort
