#pragma once

#include "analytics/metrics.h"

namespace cohort {

class MetricsContext;

/// GMV by period, group, product, campaign and product role; average order value.
class RevenueCalculator final
{
public:
    static RevenueMetrics compute(const MetricsContext &context);
};

} // namespace cohort
