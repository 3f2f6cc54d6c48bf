#include "analytics/healthscore.h"

#include <algorithm>
#include <cmath>

namespace cohort {

HealthScore HealthScoreFormula::compute(qint64 members, qint64 activeMembers, qint64 joins,
                                        qint64 leaves, qint64 buyers, qint64 violations)
{
    HealthScore score;
    if (members <= 0)
        return score; // an empty group has no health to speak of
    const double m = double(members);
    // Saturating curves rather than caps: a group at 60% activity still ranks above one at 30%,
    // so 20+ healthy groups do not all tie at 100.
    score.activity = 40.0 * (1.0 - std::exp(-(double(activeMembers) / m) / ActivityScale));
    const double growth = double(joins - leaves) / m;
    score.growth = 20.0 * std::clamp((growth + GrowthSpan) / (2 * GrowthSpan), 0.0, 1.0);
    score.conversion = 30.0 * (1.0 - std::exp(-(double(buyers) / m) / ConversionScale));
    const double per100 = double(violations) * 100.0 / m;
    score.discipline = 10.0 * std::max(0.0, 1.0 - per100 / ViolationsPer100AtZero);
    score.score = int(std::lround(score.activity + score.growth + score.conversion + score.discipline));
    return score;
}

QString HealthScoreFormula::formulaText()
{
    return tr("Health (0–100) = activity (up to 40: 40 × (1 − e^(−a ÷ 25%)), a = active members ÷ "
              "members) + growth (up to 20: (joins − leaves) ÷ members, from −5% = 0 to +5% = 20) + "
              "conversion (up to 30: 30 × (1 − e^(−b ÷ 10%)), b = buyers ÷ members) + discipline (up "
              "to 10: falls to 0 at 5 rule violations per 100 members).");
}

} // namespace cohort
