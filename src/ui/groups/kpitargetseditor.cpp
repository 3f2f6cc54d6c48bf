#include "ui/groups/kpitargetseditor.h"

#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace cohort {

KpiTargetsEditor::KpiTargetsEditor(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("kpiTargetsEditor"));
    auto *layout = new QVBoxLayout(this);
    m_help = new QLabel(this);
    m_help->setWordWrap(true);
    m_help->setTextFormat(Qt::PlainText);
    layout->addWidget(m_help);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    for (const GoalKpi kpi : GoalKpis::all()) {
        auto *spin = new QDoubleSpinBox(this);
        spin->setObjectName(GoalKpis::key(kpi) + QStringLiteral("Spin"));
        if (GoalKpis::isShare(kpi)) {
            spin->setRange(0, 100);
            spin->setDecimals(1);
            spin->setSuffix(QStringLiteral(" %"));
        } else {
            spin->setRange(0, 1000000);
            spin->setDecimals(kpi == GoalKpi::Joins ? 0 : 1);
        }
        auto *label = new QLabel(this);
        label->setBuddy(spin);
        form->addRow(label, spin);
        m_spins.insert(kpi, spin);
        m_labels.insert(kpi, label);
    }
    layout->addLayout(form);
    layout->addStretch(1);
    retranslate();
    setTargets({});
}

void KpiTargetsEditor::retranslate()
{
    m_help->setText(
        tr("Each goal is judged by its own numbers over the last 30 days of data: met at or "
           "above the target, near from 80% of it. Targets of goals that are not ticked are "
           "kept but not used."));
    for (const GoalKpi kpi : GoalKpis::all())
        m_labels.value(kpi)->setText(GoalKpis::displayName(kpi) + QLatin1Char(':'));
    m_spins.value(GoalKpi::Joins)->setToolTip(tr("New joins in the 30 days"));
    m_spins.value(GoalKpi::MessagesPerActiveMember)
        ->setToolTip(tr("Messages in the 30 days ÷ members who wrote in them"));
}

void KpiTargetsEditor::setTargets(const KpiTargets &targets)
{
    for (const GoalKpi kpi : GoalKpis::all()) {
        const double value = GoalKpis::target(targets, kpi);
        m_spins.value(kpi)->setValue(GoalKpis::isShare(kpi) ? value * 100 : value);
    }
}

KpiTargets KpiTargetsEditor::formTargets() const
{
    KpiTargets targets;
    for (const GoalKpi kpi : GoalKpis::all()) {
        const double value = m_spins.value(kpi)->value();
        targets.insert(kpi, GoalKpis::isShare(kpi) ? value / 100 : value);
    }
    return targets;
}

void KpiTargetsEditor::setGoals(const QList<GroupGoal> &goals)
{
    const QList<GoalKpi> used = GoalKpis::forGoals(goals);
    for (const GoalKpi kpi : GoalKpis::all()) {
        m_spins.value(kpi)->setEnabled(used.contains(kpi));
        m_labels.value(kpi)->setEnabled(used.contains(kpi));
    }
}

} // namespace cohort
