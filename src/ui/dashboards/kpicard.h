#pragma once

#include <QFrame>

class QLabel;

namespace cohort {

/// One headline number with its change against the previous equal period (arrow + percent).
class KpiCard final : public QFrame
{
    Q_OBJECT

public:
    explicit KpiCard(QWidget *parent = nullptr);

    void setTitle(const QString &title);
    /// `higherIsBetter` decides whether a rise is shown in green or red.
    void setValue(const QString &value, double current, double previous, bool higherIsBetter = true);
    QString valueText() const;
    QString changeText() const;

Q_SIGNALS:
    void clicked();

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    QLabel *m_title;
    QLabel *m_value;
    QLabel *m_change;
};

} // namespace cohort
