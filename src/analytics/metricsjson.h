#pragma once

#include "analytics/metrics.h"

#include <QJsonObject>

namespace cohort {

/// Serializes DashboardMetrics for `cohort-cli stats --json`: stable snake_case keys, money as
/// exact decimal strings plus minor units, dates as ISO strings.
class MetricsJson final
{
public:
    static QJsonObject toJson(const DashboardMetrics &metrics);
};

} // namespace cohort
