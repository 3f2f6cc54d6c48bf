#pragma once

#include "analytics/activationfinder.h"
#include "analytics/positioningscorecard.h"

#include <QJsonArray>

namespace cohort {

/// `cohort-cli stats --json`'s "positioning" and "quiet_groups" (docs/metrics.md).
class PositioningJson final
{
public:
    /// "met", "near", "missed" or "no_positioning".
    static QString attainmentKey(Attainment attainment);
    /// [{group, goals: [key], attainment, kpis: [{kpi, value, target, attainment}]}]
    static QJsonArray toJson(const QList<GroupScorecard> &cards);
    /// [{group, active_ratio_before, active_ratio_now, messages_per_day_before,
    ///   messages_per_day_now, silent_carriers: [{member, messages}]}]
    static QJsonArray toJson(const QList<QuietGroup> &groups);
};

} // namespace cohort
