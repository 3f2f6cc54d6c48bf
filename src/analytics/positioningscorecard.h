#pragma once

#include "domain/goalkpi.h"
#include "domain/group.h"

#include <QDate>
#include <QList>

namespace cohort {

struct AnalyticsFacts;

/// One KPI of a group against the group's target.
struct KpiScore
{
    GoalKpi kpi = GoalKpi::ActiveRatio;
    double value = 0;
    double target = 0;
    Attainment attainment = Attainment::Missed;
};

/// A group against its own targets (docs/metrics.md, "Positioning targets").
struct GroupScorecard
{
    qint64 groupId = 0;
    QString name;
    QList<GroupGoal> goals;
    QList<KpiScore> kpis; ///< GoalKpis::forGoals(goals); empty without positioning
    /// The worst of the KPIs; NoPositioning when the group has no goal.
    Attainment attainment = Attainment::NoPositioning;
    /// The lowest value ÷ target of the KPIs (1 for a target of 0): how far the worst one is.
    double worstShare = 0;
};

/// Judges each group by the KPIs of its goal directions over the 30 days ending on a date,
/// with the populations of the dashboard (MetricsEngine's portfolio and fission numbers).
class PositioningScorecard final
{
public:
    static constexpr int WindowDays = 30;

    /// One scorecard per group of `groups`, in the order given; `to` is the window's last day.
    static QList<GroupScorecard> compute(const AnalyticsFacts &facts, const QList<Group> &groups,
                                         const QDate &to);
    /// Missed first, then near, met and groups without positioning; within one attainment
    /// the furthest from its target first, then by name.
    static void sortWorstFirst(QList<GroupScorecard> &cards);
};

} // namespace cohort
