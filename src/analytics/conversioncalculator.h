#pragma once

#include "analytics/metrics.h"

namespace cohort {

class MetricsContext;

/// The funnel (FunnelStages), the conversion rate, conversion by source channel and campaign, and
/// days from join to first order (docs/metrics.md). Conversion by group is the portfolio's.
class ConversionCalculator final
{
public:
    static ConversionMetrics compute(const MetricsContext &context);
};

} // namespace cohort
