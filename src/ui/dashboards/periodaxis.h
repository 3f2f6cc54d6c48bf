#pragma once

#include <QStringList>
#include <QtCharts/QCategoryAxis>

class QChart;

namespace cohort {

/// The time axis under a chart of periods, x = period index 0 … n−1 (lines and bars alike). It
/// labels only as many periods as fit side by side at the chart's width, evenly spaced and never
/// overlapping, and chooses again when the chart is resized: a category axis draws every label,
/// so months of days became an unreadable band.
class PeriodAxis final : public QCategoryAxis
{
    Q_OBJECT

public:
    explicit PeriodAxis(const QStringList &labels, QObject *parent = nullptr);

    /// Follows `chart`'s plot area from now on; call after adding the axis to the chart.
    void follow(QChart *chart);
    /// Every step-th period is labelled.
    int step() const { return m_step; }
    /// Chooses the labels for a plot `width` pixels wide.
    void fitTo(qreal width);

private:
    QStringList m_labels;
    int m_step = 0;
};

} // namespace cohort
