#pragma once

#include "reports/weekly/weeklyreport.h"

#include <QFont>
#include <QLocale>
#include <QRectF>

class QPainter;

namespace cohort {

/// Draws a ReportChart with QPainter into a rectangle: vector output on a PDF or SVG device,
/// sized by the caller for the page. The one place the report draws charts, so moving away from
/// any chart library never touches the report.
class ReportChartPainter final
{
public:
    ReportChartPainter(const QFont &font, const QLocale &locale)
        : m_font(font)
        , m_locale(locale)
    {
    }

    void paint(QPainter &painter, const QRectF &rect, const ReportChart &chart) const;
    /// Series colours, also used by the HTML legend.
    static QColor color(int series);

private:
    void paintColumns(QPainter &painter, const QRectF &rect, const ReportChart &chart,
                      double unit) const;
    void paintBars(QPainter &painter, const QRectF &rect, const ReportChart &chart,
                   double unit) const;

    QFont m_font;
    QLocale m_locale;
};

} // namespace cohort
