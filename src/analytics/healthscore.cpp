#include "analytics/healthscore.h"

#include <algorithm>
#include <cmath>

namespace cohort {

HealthScore HealthScoreFormula::compute(const HealthInputs &in)
{
    HealthScore score;
    if (in.members <= 0 || in.days <= 0)
        return score; // an empty group has no health to speak of
    const double m = double(in.members);
    const double weeks = double(in.days) / 7.0;
    const double months = double(in.days) / 30.0;
    // A range shorter than a window, or a partial last window, counts for its share of a week or
    // of 30 days; more writers or buyers than that share allows still make a share of one.
    score.weeklyActiveShare = std::min(1.0, double(in.activeMemberWeeks) / (m * weeks));
    score.monthlyBuyerShare = std::min(1.0, double(in.buyerMonths) / (m * months));
    score.monthlyNetGrowth = double(in.joins - in.leaves) / m / months;
    // Saturating curves rather than caps: a group at 60% activity still ranks above one at 30%,
    // so 20+ healthy groups do not all tie at 100.
    score.activity = 40.0 * (1.0 - std::exp(-score.weeklyActiveShare / ActivityScale));
    score.growth
        = 20.0 * std::clamp((score.monthlyNetGrowth + GrowthSpan) / (2 * GrowthSpan), 0.0, 1.0);
    score.conversion = 30.0 * (1.0 - std::exp(-score.monthlyBuyerShare / ConversionScale));
    const double per100 = double(in.violations) * 100.0 / m / months;
    score.discipline = 10.0 * std::max(0.0, 1.0 - per100 / ViolationsPer100AtZero);
    score.score
        = int(std::lround(score.activity + score.growth + score.conversion + score.discipline));
    return score;
}

QString HealthScoreFormula::formulaText()
{
    return tr("Health (0–100) = activity (up to 40: 40 × (1 − e^(−a ÷ 20%)), a = share of "
              "members who write in a week) + growth (up to 20: net joins per 30 days ÷ members, "
              "from −5% = 0 to +5% = 20) + conversion (up to 30: 30 × (1 − e^(−b ÷ 20%)), b = "
              "share of members who buy in 30 days) + discipline (up to 10: falls to 0 at 5 rule "
              "violations per 100 members in 30 days). Members are those of the group during the "
              "range.");
}

} // namespace cohort
