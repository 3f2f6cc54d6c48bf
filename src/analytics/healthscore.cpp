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
    score.activity = 40.0 * std::min(1.0, (double(activeMembers) / m) / TargetActiveRatio);
    const double growth = double(joins - leaves) / m;
    score.growth = 20.0 * std::clamp((growth + GrowthSpan) / (2 * GrowthSpan), 0.0, 1.0);
    score.conversion = 30.0 * std::min(1.0, (double(buyers) / m) / TargetConversion);
    const double per100 = double(violations) * 100.0 / m;
    score.discipline = 10.0 * std::max(0.0, 1.0 - per100 / ViolationsPer100AtZero);
    score.score = int(std::lround(score.activity + score.growth + score.conversion + score.discipline));
    return score;
}

QString HealthScoreFormula::formulaText()
{
    return tr("Health (0–100) = activity (up to 40: active members ÷ members, full at 30%) + growth "
              "(up to 20: (joins − leaves) ÷ members, from −5% = 0 to +5% = 20) + conversion (up to "
              "30: buyers ÷ members, full at 10%) + discipline (up to 10: falls to 0 at 5 rule "
              "violations per 100 members).");
}

} // namespace cohort
