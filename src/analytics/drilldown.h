#pragma once

#include "analytics/metrics.h"
#include "analytics/metricsrequest.h"

namespace cohort {

struct AnalyticsFacts;

/// The members behind a number on the dashboard, so a click on a bar, a funnel step or a count
/// opens the matching list. Uses the same definitions as the calculators.
class DrillDown final
{
public:
    enum class Kind {
        FunnelStep, ///< param = FunnelStages::Step: who reached it
        Silent,
        ActiveInPeriod, ///< param = local day number of the bucket start
        JoinsInPeriod, ///< param = bucket start day; -1 = the whole range
        LeavesInPeriod, ///< param = bucket start day; -1 = the whole range
        HeatCell, ///< param = weekday * 24 + hour: members who wrote on that weekday
        Buyers,
        NewByReferral,
    };
    struct Row
    {
        MemberRef member;
        qint64 value = 0; ///< messages, orders or days silent, depending on the kind
    };
    static QList<Row> members(const AnalyticsFacts &facts, const MetricsRequest &request, Kind kind, qint64 param);
};

} // namespace cohort
