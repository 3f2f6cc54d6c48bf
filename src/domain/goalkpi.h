#pragma once

#include "domain/enums.h"

#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace cohort {

/// The numbers a goal direction is judged by (DOMAIN.md §1 "Goal"; docs/metrics.md,
/// "Positioning targets"). Each is computed over 30 days, so one target fits every range.
enum class GoalKpi {
    ActiveRatio,
    MessagesPerActiveMember,
    ConversionRate,
    RepurchaseRate,
    Joins,
    ReferralShare,
};

/// How a group stands against its own targets; ordered worst first so that a sort by it puts
/// the groups that need attention on top.
enum class Attainment { Missed, Near, Met, NoPositioning };

/// The operator's targets of one group; a KPI without an entry uses GoalKpis::defaultTarget().
using KpiTargets = QMap<GoalKpi, double>;

namespace GoalKpis {

/// A value at or above this share of its target (and below the target) is "near".
constexpr double NearShare = 0.8;

QList<GoalKpi> all();
/// Knowledge: active ratio, messages per active member; Q&A: active ratio (imports do not tell
/// which messages are questions or answers); traffic pool: joins, referral share; product
/// sales: conversion, repurchase.
QList<GoalKpi> forGoal(GroupGoal goal);
/// The KPIs of all `goals`, each once, in all() order.
QList<GoalKpi> forGoals(const QList<GroupGoal> &goals);
/// Stable key, as stored in chat_groups.kpi_targets and printed by the CLI.
QString key(GoalKpi kpi);
std::optional<GoalKpi> fromKey(const QString &key);
QString displayName(GoalKpi kpi);
/// True for shares (0–1, shown as percent); false for counts and averages.
bool isShare(GoalKpi kpi);
double defaultTarget(GoalKpi kpi);
double target(const KpiTargets &targets, GoalKpi kpi);
/// Met at or above the target, near from NearShare of it, missed below.
Attainment attainment(double value, double target);
/// The targets as stored (a JSON object of key → number, keys sorted); empty when none.
QString toJson(const KpiTargets &targets);
/// Reads toJson(); unknown keys and non-numbers are dropped.
KpiTargets fromJson(const QString &json);

} // namespace GoalKpis

} // namespace cohort
