#pragma once

#include "analytics/metrics.h"

namespace cohort {

class MetricsContext;

/// The funnel members → active → buyers → repeat buyers → referrers, conversion by group,
/// source channel and campaign, and days from join to first order (docs/metrics.md).
class ConversionCalculator final
{
public:
    static ConversionMetrics compute(const MetricsContext &context);
};

} // namespace cohort
