#pragma once

#include "domain/goalkpi.h"

#include <QMap>
#include <QWidget>

class QDoubleSpinBox;
class QLabel;

namespace cohort {

/// The group dialog's "Targets" tab: one target per goal KPI; the KPIs of goals that are not
/// ticked stay visible but disabled, so switching a goal on shows its targets at once.
class KpiTargetsEditor final : public QWidget
{
    Q_OBJECT

public:
    explicit KpiTargetsEditor(QWidget *parent = nullptr);

    /// Shows each KPI's target (its default where `targets` has none).
    void setTargets(const KpiTargets &targets);
    /// Every KPI's target as the form reads it (shares as 0–1).
    KpiTargets formTargets() const;
    void setGoals(const QList<GroupGoal> &goals);
    QDoubleSpinBox *spinBox(GoalKpi kpi) const { return m_spins.value(kpi); }
    void retranslate();

private:
    QLabel *m_help = nullptr;
    QMap<GoalKpi, QDoubleSpinBox *> m_spins;
    QMap<GoalKpi, QLabel *> m_labels;
};

} // namespace cohort
