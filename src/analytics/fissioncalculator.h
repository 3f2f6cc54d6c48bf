#pragma once

#include "analytics/metrics.h"

namespace cohort {

class MetricsContext;

/// New members, the share who came by referral, referrals per referring member (k-factor),
/// referral tree depth and top referrers.
class FissionCalculator final
{
public:
    static FissionMetrics compute(const MetricsContext &context);
};

} // namespace cohort
