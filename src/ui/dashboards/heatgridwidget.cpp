#include "ui/dashboards/heatgridwidget.h"

#include <QHelpEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>

namespace cohort {

namespace {
constexpr int HeaderHeight = 20;
constexpr int MinCell = 14;
} // namespace

HeatGridWidget::HeatGridWidget(QWidget *parent)
    : QWidget(parent)
{
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    setFocusPolicy(Qt::StrongFocus);
}

void HeatGridWidget::setData(const QStringList &rowLabels, const QStringList &columnLabels,
                             const QList<QList<double>> &values, const QList<QStringList> &texts)
{
    m_rows = rowLabels;
    m_columns = columnLabels;
    m_values = values;
    m_texts = texts;
    m_max = 0;
    for (const QList<double> &row : values)
        for (const double v : row)
            m_max = std::max(m_max, v);
    updateGeometry();
    update();
}

double HeatGridWidget::value(int row, int column) const
{
    if (row < 0 || row >= m_values.size() || column < 0 || column >= m_values.at(row).size())
        return 0;
    return m_values.at(row).at(column);
}

int HeatGridWidget::labelWidth() const
{
    int width = 0;
    for (const QString &label : m_rows)
        width = std::max(width, fontMetrics().horizontalAdvance(label));
    return width + 8;
}

QSize HeatGridWidget::sizeHint() const
{
    return QSize(labelWidth() + int(std::max<qsizetype>(1, m_columns.size())) * 28,
                 HeaderHeight + int(std::max<qsizetype>(1, m_rows.size())) * 24);
}

QSize HeatGridWidget::minimumSizeHint() const
{
    return QSize(labelWidth() + int(std::max<qsizetype>(1, m_columns.size())) * MinCell,
                 HeaderHeight + int(std::max<qsizetype>(1, m_rows.size())) * MinCell);
}

QRect HeatGridWidget::cellRect(int row, int column) const
{
    const int left = labelWidth();
    const int columns = int(std::max<qsizetype>(1, m_columns.size()));
    const int rows = int(std::max<qsizetype>(1, m_rows.size()));
    const double w = double(width() - left) / columns;
    const double h = double(height() - HeaderHeight) / rows;
    return QRect(left + int(column * w), HeaderHeight + int(row * h), int(w) - 1, int(h) - 1);
}

std::pair<int, int> HeatGridWidget::cellAt(const QPoint &pos) const
{
    for (int r = 0; r < m_rows.size(); ++r)
        for (int c = 0; c < m_columns.size(); ++c)
            if (cellRect(r, c).contains(pos))
                return {r, c};
    return {-1, -1};
}

void HeatGridWidget::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing, false);
    const QColor base = palette().color(QPalette::Base);
    const QColor high = palette().color(QPalette::Highlight);
    const QColor text = palette().color(QPalette::Text);
    p.setPen(text);
    // Column labels: thin them out when cells are narrow.
    const int step = std::max(1, int(fontMetrics().horizontalAdvance(QStringLiteral("000")) / std::max(1, cellRect(0, 0).width())) + 1);
    for (int c = 0; c < m_columns.size(); c += step) {
        const QRect cell = cellRect(0, c);
        p.drawText(QRect(cell.left(), 0, cell.width() * step, HeaderHeight), Qt::AlignLeft | Qt::AlignVCenter, m_columns.at(c));
    }
    for (int r = 0; r < m_rows.size(); ++r) {
        const QRect first = cellRect(r, 0);
        p.setPen(text);
        p.drawText(QRect(0, first.top(), labelWidth() - 6, first.height()), Qt::AlignRight | Qt::AlignVCenter, m_rows.at(r));
        for (int c = 0; c < m_columns.size(); ++c) {
            const QRect cell = cellRect(r, c);
            const double v = value(r, c);
            const double t = m_max > 0 ? v / m_max : 0;
            const QColor fill = QColor::fromRgbF(base.redF() + (high.redF() - base.redF()) * t,
                                                 base.greenF() + (high.greenF() - base.greenF()) * t,
                                                 base.blueF() + (high.blueF() - base.blueF()) * t);
            p.fillRect(cell, fill);
            const bool hasText = r < m_texts.size() && c < m_texts.at(r).size();
            if (m_showText && (hasText || v > 0) && cell.width() > fontMetrics().horizontalAdvance(QStringLiteral("00"))) {
                p.setPen(t > 0.55 ? palette().color(QPalette::HighlightedText) : text);
                p.drawText(cell, Qt::AlignCenter, hasText ? m_texts.at(r).at(c) : QLocale().toString(v, 'f', 0));
            }
        }
    }
    if (m_rows.isEmpty() || m_columns.isEmpty()) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter, tr("No data for this range"));
    }
}

void HeatGridWidget::mouseReleaseEvent(QMouseEvent *event)
{
    const auto [row, column] = cellAt(event->position().toPoint());
    if (row >= 0 && event->button() == Qt::LeftButton)
        Q_EMIT cellClicked(row, column);
    QWidget::mouseReleaseEvent(event);
}

bool HeatGridWidget::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const auto [row, column] = cellAt(help->pos());
        if (row >= 0) {
            const bool hasText = row < m_texts.size() && column < m_texts.at(row).size();
            const QString shown = hasText ? m_texts.at(row).at(column) : QLocale().toString(value(row, column), 'f', 0);
            QToolTip::showText(help->globalPos(),
                               QStringLiteral("%1 · %2: %3").arg(m_rows.at(row), m_columns.at(column), shown).toHtmlEscaped(), this);
        } else {
            QToolTip::hideText();
        }
        return true;
    }
    return QWidget::event(event);
}

} // namespace cohort
