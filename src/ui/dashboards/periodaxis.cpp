#include "ui/dashboards/periodaxis.h"

#include <QFontMetricsF>
#include <QtCharts/QChart>

#include <algorithm>
#include <cmath>

namespace cohort {

namespace {

/// Free space between two labels, in average character widths.
constexpr qreal GapChars = 2.0;

} // namespace

PeriodAxis::PeriodAxis(const QStringList &labels, QObject *parent)
    : QCategoryAxis(parent)
    , m_labels(labels)
{
    setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    setStartValue(-0.5);
    setRange(-0.5, std::max<qreal>(0.5, qreal(labels.size()) - 0.5));
    setGridLineVisible(false);
    fitTo(400); // until the chart is laid out
}

void PeriodAxis::follow(QChart *chart)
{
    connect(chart, &QChart::plotAreaChanged, this,
            [this](const QRectF &area) { fitTo(area.width()); });
}

void PeriodAxis::fitTo(qreal width)
{
    const qsizetype n = m_labels.size();
    if (n == 0 || width <= 0)
        return;
    const QFontMetricsF metrics(labelsFont());
    qreal widest = 0;
    for (const QString &label : std::as_const(m_labels))
        widest = std::max(widest, metrics.horizontalAdvance(label));
    const qreal needed = widest + GapChars * metrics.averageCharWidth();
    const qreal perPeriod = width / qreal(n);
    const int step = std::max(1, int(std::ceil(needed / perPeriod)));
    if (step == m_step)
        return; // relabelling moves the plot area again: only a new step may do it
    m_step = step;
    const QStringList old = categoriesLabels();
    for (const QString &label : old)
        remove(label);
    for (qsizetype i = 0; i < n; i += step)
        append(m_labels.at(i), qreal(i));
}

} // namespace cohort
