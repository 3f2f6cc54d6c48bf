#pragma once

#include "analytics/metrics.h"
#include "analytics/metricsrequest.h"

namespace cohort {

struct AnalyticsFacts;
class MetricsContext;

/// Computes every dashboard metric for a request from a facts snapshot. Pure and thread-safe:
/// the GUI runs it on a worker, the CLI and the weekly report call it directly.
class MetricsEngine final
{
public:
    static DashboardMetrics compute(const AnalyticsFacts &facts, const MetricsRequest &request);
    /// Only the headline numbers (KPI cards, week-over-week tables).
    static DashboardMetrics::Headline headline(const AnalyticsFacts &facts, const MetricsRequest &request);
    /// One row per group of the scope with its key numbers and health, lowest health first.
    static QList<PortfolioRow> portfolio(const AnalyticsFacts &facts, const MetricsRequest &request);

private:
    static QList<PortfolioRow> portfolio(const MetricsContext &context);
};

} // namespace cohort
