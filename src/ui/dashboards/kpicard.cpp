#include "ui/dashboards/kpicard.h"

#include "models/statuscolors.h"

#include <QLabel>
#include <QLocale>
#include <QMouseEvent>
#include <QVBoxLayout>

namespace cohort {

KpiCard::KpiCard(QWidget *parent)
    : QFrame(parent)
    , m_title(new QLabel(this))
    , m_value(new QLabel(this))
    , m_change(new QLabel(this))
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    for (QLabel *label : {m_title, m_value, m_change})
        label->setTextFormat(Qt::PlainText);
    QFont valueFont = m_value->font();
    valueFont.setPointSizeF(valueFont.pointSizeF() * 1.8);
    valueFont.setBold(true);
    m_value->setFont(valueFont);
    m_title->setForegroundRole(QPalette::PlaceholderText);
    // "▲ 12% vs previous period" is cut off in narrow cards (200% scaling, six per row): wrap.
    m_change->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->setSpacing(2);
    layout->addWidget(m_title);
    layout->addWidget(m_value);
    layout->addWidget(m_change);
    setMinimumWidth(150);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void KpiCard::setTitle(const QString &title)
{
    m_title->setText(title);
    setAccessibleName(title);
}

void KpiCard::setValue(const QString &value, double current, double previous, bool higherIsBetter)
{
    m_value->setText(value);
    QString change;
    QColor color = palette().color(QPalette::PlaceholderText);
    if (previous == 0 && current == 0) {
        change = tr("no change");
    } else if (previous == 0) {
        change = tr("▲ new this period");
        color = higherIsBetter ? StatusColors::good(palette()) : StatusColors::bad(palette());
    } else {
        const double percent = (current - previous) / qAbs(previous) * 100.0;
        const QString number = QLocale().toString(qAbs(percent), 'f', qAbs(percent) < 10 ? 1 : 0);
        if (qAbs(percent) < 0.05) {
            change = tr("no change");
        } else if (percent > 0) {
            change = tr("▲ %1% vs previous period").arg(number);
            color = higherIsBetter ? StatusColors::good(palette()) : StatusColors::bad(palette());
        } else {
            change = tr("▼ %1% vs previous period").arg(number);
            color = higherIsBetter ? StatusColors::bad(palette()) : StatusColors::good(palette());
        }
    }
    m_change->setText(change);
    QPalette p = m_change->palette();
    // On the card's Base background a label paints with Text, not WindowText.
    p.setColor(m_change->foregroundRole(), color);
    m_change->setPalette(p);
    setAccessibleDescription(value + QLatin1Char(' ') + change);
}

QString KpiCard::valueText() const
{
    return m_value->text();
}

QString KpiCard::changeText() const
{
    return m_change->text();
}

void KpiCard::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        Q_EMIT clicked();
    QFrame::mouseReleaseEvent(event);
}

} // namespace cohort
