#pragma once

#include "reports/weekly/weeklyreport.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QPair>

namespace cohort {

struct AnalyticsFacts;

/// What to build: the ISO week, the scope and how to present names and numbers.
struct WeeklyReportOptions
{
    QString workspaceName;
    QList<qint64> groupIds; ///< empty = every group
    QDate weekStart; ///< the Monday of the ISO week
    bool anonymize = false;
    QByteArray pseudonymKey; ///< required when anonymizing (PseudonymKeyRepository)
    QLocale locale;
    QDateTime printedAt; ///< any instant; the report shows it in the workspace zone
    int healthThreshold = 40; ///< groups below this score are named in the summary
    int topCount = 5; ///< top contributors per group section
    int listLimit = 30; ///< longest activation and member list shown
    /// Per group: strikes that flag a member and the days they count over (the group's rule
    /// settings, RuleSetRepository); groups missing here use 2 strikes in 30 days.
    QHash<qint64, QPair<int, int>> strikePolicies;
};

/// Computes the weekly report of DOMAIN.md §8 into a WeeklyReport from a facts snapshot, with
/// the same metric code as the dashboards (MetricsEngine). Pure: no SQL, no widgets.
class WeeklyReportBuilder final
{
    Q_DECLARE_TR_FUNCTIONS(WeeklyReportBuilder)

public:
    static WeeklyReport build(const AnalyticsFacts &facts, const WeeklyReportOptions &options);
    /// "Active members rose 12% to 418; ..." from the numbers of `report`.
    static QString summary(const WeeklyReport &report, const QLocale &locale);
};

} // namespace cohort
