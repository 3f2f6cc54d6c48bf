#pragma once

#include "reports/weekly/weeklyreport.h"

#include <QCoreApplication>
#include <QLocale>

namespace cohort {

/// Renders a WeeklyReport as one self-contained HTML file: inline CSS, charts as inline SVG, a
/// Content-Security-Policy that forbids loading anything, and every string escaped, so nothing
/// in the data can pull in a resource or inject markup.
class ReportHtmlRenderer final
{
    Q_DECLARE_TR_FUNCTIONS(ReportHtmlRenderer)

public:
    static QString render(const WeeklyReport &report, const QLocale &locale);
    static bool writeFile(const WeeklyReport &report, const QLocale &locale, const QString &path,
                          QString *error);
    /// The chart as an <svg> element (no XML prolog), drawn by ReportChartPainter.
    static QString chartSvg(const ReportChart &chart, const QLocale &locale);
};

} // namespace cohort
