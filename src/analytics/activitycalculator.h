#pragma once

#include "analytics/metrics.h"

namespace cohort {

class MetricsContext;

/// Messages, active members, the hour × weekday heat map, top contributors, silent members and
/// joins/leaves for a request (docs/metrics.md "Activity").
class ActivityCalculator final
{
public:
    static ActivityMetrics compute(const MetricsContext &context);
};

} // namespace cohort
