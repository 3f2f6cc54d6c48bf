#include "domain/goalkpi.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace cohort::GoalKpis {

QList<GoalKpi> all()
{
    return { GoalKpi::ActiveRatio,    GoalKpi::MessagesPerActiveMember,
             GoalKpi::ConversionRate, GoalKpi::RepurchaseRate,
             GoalKpi::Joins,          GoalKpi::ReferralShare };
}

QList<GoalKpi> forGoal(GroupGoal goal)
{
    switch (goal) {
    case GroupGoal::Knowledge:
        return { GoalKpi::ActiveRatio, GoalKpi::MessagesPerActiveMember };
    case GroupGoal::QnA:
        return { GoalKpi::ActiveRatio };
    case GroupGoal::TrafficPool:
        return { GoalKpi::Joins, GoalKpi::ReferralShare };
    case GroupGoal::ProductSales:
        return { GoalKpi::ConversionRate, GoalKpi::RepurchaseRate };
    }
    return {};
}

QList<GoalKpi> forGoals(const QList<GroupGoal> &goals)
{
    QList<GoalKpi> wanted;
    for (const GroupGoal goal : goals)
        wanted << forGoal(goal);
    QList<GoalKpi> result;
    for (const GoalKpi kpi : all()) {
        if (wanted.contains(kpi))
            result << kpi;
    }
    return result;
}

QString key(GoalKpi kpi)
{
    switch (kpi) {
    case GoalKpi::ActiveRatio:
        return QStringLiteral("active_ratio");
    case GoalKpi::MessagesPerActiveMember:
        return QStringLiteral("messages_per_active_member");
    case GoalKpi::ConversionRate:
        return QStringLiteral("conversion_rate");
    case GoalKpi::RepurchaseRate:
        return QStringLiteral("repurchase_rate");
    case GoalKpi::Joins:
        return QStringLiteral("joins");
    case GoalKpi::ReferralShare:
        return QStringLiteral("referral_share");
    }
    return {};
}

std::optional<GoalKpi> fromKey(const QString &text)
{
    for (const GoalKpi kpi : all()) {
        if (key(kpi) == text)
            return kpi;
    }
    return std::nullopt;
}

QString displayName(GoalKpi kpi)
{
    switch (kpi) {
    case GoalKpi::ActiveRatio:
        return QCoreApplication::translate("GoalKpi", "Active ratio");
    case GoalKpi::MessagesPerActiveMember:
        return QCoreApplication::translate("GoalKpi", "Messages per active member");
    case GoalKpi::ConversionRate:
        return QCoreApplication::translate("GoalKpi", "Conversion rate");
    case GoalKpi::RepurchaseRate:
        return QCoreApplication::translate("GoalKpi", "Repurchase rate");
    case GoalKpi::Joins:
        return QCoreApplication::translate("GoalKpi", "Joins");
    case GoalKpi::ReferralShare:
        return QCoreApplication::translate("GoalKpi", "Referral share");
    }
    return {};
}

bool isShare(GoalKpi kpi)
{
    return kpi != GoalKpi::MessagesPerActiveMember && kpi != GoalKpi::Joins;
}

double defaultTarget(GoalKpi kpi)
{
    // Calibrated on the demo workspace (docs/metrics.md): its middle groups sit near these.
    switch (kpi) {
    case GoalKpi::ActiveRatio:
        return 0.5;
    case GoalKpi::MessagesPerActiveMember:
        return 3;
    case GoalKpi::ConversionRate:
        return 0.2;
    case GoalKpi::RepurchaseRate:
        return 0.3;
    case GoalKpi::Joins:
        return 20;
    case GoalKpi::ReferralShare:
        return 0.3;
    }
    return 0;
}

double target(const KpiTargets &targets, GoalKpi kpi)
{
    return targets.value(kpi, defaultTarget(kpi));
}

Attainment attainment(double value, double target)
{
    if (value >= target)
        return Attainment::Met;
    return value >= NearShare * target ? Attainment::Near : Attainment::Missed;
}

QString toJson(const KpiTargets &targets)
{
    if (targets.isEmpty())
        return {};
    QJsonObject object;
    for (auto it = targets.cbegin(); it != targets.cend(); ++it)
        object.insert(key(it.key()), it.value());
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

KpiTargets fromJson(const QString &json)
{
    KpiTargets targets;
    const QJsonObject object = QJsonDocument::fromJson(json.toUtf8()).object();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const std::optional<GoalKpi> kpi = fromKey(it.key());
        if (kpi && it.value().isDouble())
            targets.insert(*kpi, it.value().toDouble());
    }
    return targets;
}

} // namespace cohort::GoalKpis
