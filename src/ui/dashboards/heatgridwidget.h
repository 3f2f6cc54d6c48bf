#pragma once

#include <QStringList>
#include <QWidget>

namespace cohort {

/// A coloured grid of numbers with row and column labels: the hour × weekday heat map and the
/// repurchase cohort matrix. Colours follow the palette, so it reads in light and dark themes.
class HeatGridWidget final : public QWidget
{
    Q_OBJECT

public:
    explicit HeatGridWidget(QWidget *parent = nullptr);

    /// values[row][column]; `texts` (same shape, optional) replace the numbers shown in cells.
    void setData(const QStringList &rowLabels, const QStringList &columnLabels,
                 const QList<QList<double>> &values, const QList<QStringList> &texts = {});
    void setShowCellText(bool show) { m_showText = show; update(); }
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    double value(int row, int column) const;

Q_SIGNALS:
    void cellClicked(int row, int column);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    bool event(QEvent *event) override;

private:
    QRect cellRect(int row, int column) const;
    std::pair<int, int> cellAt(const QPoint &pos) const;
    int labelWidth() const;

    QStringList m_rows;
    QStringList m_columns;
    QList<QList<double>> m_values;
    QList<QStringList> m_texts;
    double m_max = 0;
    bool m_showText = true;
};

} // namespace cohort
