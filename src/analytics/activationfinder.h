#pragma once

#include "analytics/metrics.h"

#include <QDate>
#include <QList>

namespace cohort {

struct AnalyticsFacts;

/// A group that went quiet, with the members who used to carry it.
struct QuietGroup
{
    qint64 groupId = 0;
    QString name;
    double earlierActiveRatio = 0;
    double recentActiveRatio = 0;
    double earlierMessagesPerDay = 0;
    double recentMessagesPerDay = 0;
    /// The earlier period's top writers who wrote nothing in the recent one and are still
    /// members, most messages first.
    QList<Contributor> silentCarriers;
};

/// The course notes' "activate silent groups" step (docs/metrics.md, "Activation"): groups whose
/// active ratio or messages per day over the last 4 weeks fell by more than half against the 4
/// weeks before.
class ActivationFinder final
{
public:
    static constexpr int PeriodDays = 28;
    static constexpr int TopWriters = 10;

    /// Quiet groups of the scope (no ids = every group) for the 4 weeks ending on `to`, the
    /// steepest fall in messages per day first.
    static QList<QuietGroup> find(const AnalyticsFacts &facts, const QDate &to,
                                  const QList<qint64> &groupIds = {});
};

} // namespace cohort
