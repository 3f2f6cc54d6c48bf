#pragma once

#include "analytics/metrics.h"

#include <QCoreApplication>

namespace cohort {

/// The group health score: 0–100 from activity, growth, conversion and rule discipline, so that
/// 20+ groups can be ranked at a glance. The formula is documented in docs/metrics.md, in the
/// README and in formulaText(), which the dashboard shows as help.
class HealthScoreFormula final
{
    Q_DECLARE_TR_FUNCTIONS(HealthScoreFormula)

public:
    /// Activity points are 40 × (1 − e^(−active ratio ÷ this)): 25% active earns 63% of them.
    static constexpr double ActivityScale = 0.25;
    /// Conversion points are 30 × (1 − e^(−buyers per member ÷ this)): 10% earns 63% of them.
    static constexpr double ConversionScale = 0.10;
    /// Net growth (joins − leaves) / members mapped linearly from −5 % (0 points) to +5 % (20).
    static constexpr double GrowthSpan = 0.05;
    /// Violations per 100 members at which the 10 discipline points reach 0.
    static constexpr double ViolationsPer100AtZero = 5.0;

    static HealthScore compute(qint64 members, qint64 activeMembers, qint64 joins, qint64 leaves,
                               qint64 buyers, qint64 violations);
    static QString formulaText();
};

} // namespace cohort
