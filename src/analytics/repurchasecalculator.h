#pragma once

#include "analytics/metrics.h"

namespace cohort {

class MetricsContext;

/// Repurchase rate, days between orders, cohort retention by month of first purchase and the
/// buyers due to buy again by their product's repurchase cycle.
class RepurchaseCalculator final
{
public:
    static RepurchaseMetrics compute(const MetricsContext &context);
};

} // namespace cohort
