#include "reports/weekly/reportchartpainter.h"

#include "reports/weekly/reporttext.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace cohort {

namespace {

/// A "nice" axis maximum (1, 2 or 5 times a power of ten) at or above `value`.
double niceMaximum(double value)
{
    if (value <= 0)
        return 1;
    const double magnitude = std::pow(10.0, std::floor(std::log10(value)));
    for (const double step : { 1.0, 2.0, 5.0, 10.0 }) {
        if (step * magnitude >= value)
            return step * magnitude;
    }
    return 10 * magnitude;
}

double maximumOf(const ReportChart &chart)
{
    double maximum = 0;
    for (const ReportChart::Series &series : chart.series) {
        for (const double v : series.values)
            maximum = std::max(maximum, v);
    }
    return maximum;
}

} // namespace

QColor ReportChartPainter::color(int series)
{
    static const QColor colors[] = { QColor(0x2F, 0x6D, 0xB5), QColor(0xE0, 0x7B, 0x39),
                                     QColor(0x4B, 0x9C, 0x6B), QColor(0x9A, 0x5B, 0xB5) };
    return colors[series % 4];
}

void ReportChartPainter::paint(QPainter &painter, const QRectF &rect,
                               const ReportChart &chart) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    // One "unit" is a typographic point on the target device, so line widths and gaps scale with
    // the device resolution like the fonts do.
    const double unit = painter.device()->logicalDpiY() / 72.0;

    QFont titleFont = m_font;
    titleFont.setBold(true);
    titleFont.setPointSizeF(m_font.pointSizeF() * 1.1);
    painter.setFont(titleFont);
    painter.setPen(QColor(0x22, 0x22, 0x22));
    const QFontMetricsF titleMetrics(titleFont, painter.device());
    painter.drawText(QRectF(rect.left(), rect.top(), rect.width(), titleMetrics.height()),
                     Qt::AlignLeft | Qt::AlignVCenter, chart.title);
    double top = rect.top() + titleMetrics.height() + 4 * unit;

    painter.setFont(m_font);
    const QFontMetricsF metrics(m_font, painter.device());
    if (chart.series.size() > 1) {
        double x = rect.left();
        for (qsizetype i = 0; i < chart.series.size(); ++i) {
            const double box = metrics.ascent() * 0.8;
            painter.fillRect(QRectF(x, top + (metrics.height() - box) / 2, box, box),
                             color(int(i)));
            x += box + 3 * unit;
            painter.setPen(QColor(0x33, 0x33, 0x33));
            painter.drawText(QPointF(x, top + metrics.ascent()), chart.series.at(i).name);
            x += metrics.horizontalAdvance(chart.series.at(i).name) + 12 * unit;
        }
        top += metrics.height() + 4 * unit;
    }
    const QRectF plot(rect.left(), top, rect.width(), rect.bottom() - top);
    if (chart.categories.isEmpty() || chart.series.isEmpty()) {
        painter.setPen(QColor(0x77, 0x77, 0x77));
        painter.drawText(plot, Qt::AlignCenter, ReportText::none());
    } else if (chart.kind == ReportChart::Kind::Columns) {
        paintColumns(painter, plot, chart, unit);
    } else {
        paintBars(painter, plot, chart, unit);
    }
    painter.restore();
}

void ReportChartPainter::paintColumns(QPainter &painter, const QRectF &rect,
                                      const ReportChart &chart, double unit) const
{
    const QFontMetricsF metrics(m_font, painter.device());
    const double maximum = niceMaximum(maximumOf(chart));
    double axisWidth = 0;
    for (int i = 0; i <= 4; ++i)
        axisWidth = std::max(axisWidth,
                             metrics.horizontalAdvance(ReportText::chartValue(
                                 maximum * i / 4, chart.currency, m_locale)));
    const QRectF plot(rect.left() + axisWidth + 6 * unit, rect.top() + metrics.height() / 2,
                      rect.width() - axisWidth - 6 * unit,
                      rect.height() - metrics.height() * 1.5 - 4 * unit);

    for (int i = 0; i <= 4; ++i) {
        const double y = plot.bottom() - plot.height() * i / 4;
        painter.setPen(
            QPen(i == 0 ? QColor(0x88, 0x88, 0x88) : QColor(0xDD, 0xDD, 0xDD), 0.5 * unit));
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        painter.setPen(QColor(0x55, 0x55, 0x55));
        painter.drawText(QRectF(rect.left(), y - metrics.height() / 2, axisWidth, metrics.height()),
                         Qt::AlignRight | Qt::AlignVCenter,
                         ReportText::chartValue(maximum * i / 4, chart.currency, m_locale));
    }

    const qsizetype categories = chart.categories.size();
    const qsizetype seriesCount = chart.series.size();
    const double slot = plot.width() / double(categories);
    const double barWidth = slot * 0.7 / double(seriesCount);
    for (qsizetype c = 0; c < categories; ++c) {
        const double slotLeft = plot.left() + slot * double(c);
        for (qsizetype s = 0; s < seriesCount; ++s) {
            const double value = chart.series.at(s).values.value(c);
            const double height = plot.height() * value / maximum;
            const QRectF bar(slotLeft + slot * 0.15 + barWidth * double(s), plot.bottom() - height,
                             barWidth, height);
            painter.fillRect(bar, color(int(s)));
        }
        painter.setPen(QColor(0x33, 0x33, 0x33));
        painter.drawText(QRectF(slotLeft, plot.bottom() + 2 * unit, slot, metrics.height()),
                         Qt::AlignHCenter | Qt::AlignTop,
                         metrics.elidedText(chart.categories.at(c), Qt::ElideRight, slot));
    }
}

void ReportChartPainter::paintBars(QPainter &painter, const QRectF &rect, const ReportChart &chart,
                                   double unit) const
{
    const QFontMetricsF metrics(m_font, painter.device());
    const double maximum = std::max(maximumOf(chart), 1e-9);
    double labelWidth = 0;
    for (const QString &category : chart.categories)
        labelWidth = std::max(labelWidth, metrics.horizontalAdvance(category));
    labelWidth = std::min(labelWidth, rect.width() * 0.35);
    double valueWidth = 0;
    for (const double v : chart.series.first().values)
        valueWidth = std::max(
            valueWidth,
            metrics.horizontalAdvance(ReportText::chartValue(v, chart.currency, m_locale)));

    // Slack for viewers that substitute a wider font (an SVG opened where our face is missing).
    valueWidth *= 1.25;
    const qsizetype categories = chart.categories.size();
    const double rowHeight = std::min(rect.height() / double(categories), metrics.height() * 1.8);
    const double barLeft = rect.left() + labelWidth + 6 * unit;
    const double barSpace = rect.right() - barLeft - valueWidth - 6 * unit;
    const ReportChart::Series &series = chart.series.first();
    for (qsizetype c = 0; c < categories; ++c) {
        const double y = rect.top() + rowHeight * double(c);
        painter.setPen(QColor(0x33, 0x33, 0x33));
        painter.drawText(QRectF(rect.left(), y, labelWidth, rowHeight),
                         Qt::AlignRight | Qt::AlignVCenter,
                         metrics.elidedText(chart.categories.at(c), Qt::ElideRight, labelWidth));
        const double value = series.values.value(c);
        const double width = barSpace * value / maximum;
        painter.fillRect(QRectF(barLeft, y + rowHeight * 0.18, width, rowHeight * 0.64), color(0));
        painter.drawText(QRectF(barLeft + width + 4 * unit, y, valueWidth + 2 * unit, rowHeight),
                         Qt::AlignLeft | Qt::AlignVCenter,
                         ReportText::chartValue(value, chart.currency, m_locale));
    }
}

} // namespace cohort
