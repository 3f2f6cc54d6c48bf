#pragma once

#include "analytics/metrics.h"

#include <QCoreApplication>

class QChart;
class QBarSet;

namespace cohort {

/// Builds the dashboard's Qt Charts from metrics: titles of axes and series are translated,
/// numbers localized, and the theme follows the light or dark palette.
class DashboardCharts final
{
    Q_DECLARE_TR_FUNCTIONS(DashboardCharts)

public:
    static QChart *activity(const ActivityMetrics &metrics, bool dark);
    static QChart *joinsLeaves(const ActivityMetrics &metrics, bool dark, QBarSet **joins, QBarSet **leaves);
    static QChart *funnel(const ConversionMetrics &metrics, bool dark, QBarSet **set);
    static QChart *revenueByGroupAndRole(const RevenueMetrics &metrics, bool dark);
    static QChart *topContributors(const ActivityMetrics &metrics, bool dark, QBarSet **set);
    static QChart *topReferrers(const FissionMetrics &metrics, bool dark, QBarSet **set);
    /// Short axis label of a period starting on `start` ("5/4", "2026-05").
    static QString periodLabel(const QDate &start, int granularity, bool withYear = false);
    /// The period spelled out for tooltips ("Week of 2026/5/4").
    static QString periodName(const QDate &start, int granularity);
    static QString funnelStepName(const QString &key);

private:
    /// Horizontal bars of named values, largest on top (top contributors, top referrers).
    static QChart *rankedBars(const QList<std::pair<QString, qint64>> &rows, const QString &valueTitle, bool dark,
                              QBarSet **set);
};

} // namespace cohort
