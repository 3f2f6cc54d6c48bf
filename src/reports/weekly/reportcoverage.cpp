#include "reports/weekly/reportcoverage.h"

#include "analytics/periodmath.h"
#include "reports/weekly/weeklyreport.h"
#include "storage/analyticsfacts.h"

#include <QDateTime>
#include <QSet>
#include <QStringList>
#include <QTimeZone>

namespace cohort {

bool ReportCoverage::hasActivity(const WeeklyReport &report)
{
    static const QStringList keys { QStringLiteral("messages"), QStringLiteral("orders"),
                                    QStringLiteral("joins"), QStringLiteral("leaves") };
    for (const ReportKpi &kpi : report.kpis) {
        if (keys.contains(kpi.key) && kpi.current > 0)
            return true;
    }
    return false;
}

QDate ReportCoverage::latestDataDay(const AnalyticsFacts &facts, const QList<qint64> &groupIds)
{
    const QSet<qint64> scope(groupIds.cbegin(), groupIds.cend());
    const auto inScope
        = [&scope](qint64 groupId) { return scope.isEmpty() || scope.contains(groupId); };
    const QTimeZone zone(facts.timeZoneId.toUtf8());
    const auto localDay = [&zone](qint64 utcSeconds) {
        return PeriodMath::dayNumber(
            QDateTime::fromSecsSinceEpoch(utcSeconds, zone.isValid() ? zone : QTimeZone::utc())
                .date());
    };
    qint64 best = -1;
    // Each list is sorted by time: the first hit from the end is the newest.
    for (auto it = facts.dayActivity.crbegin(); it != facts.dayActivity.crend(); ++it) {
        if (inScope(it->groupId)) {
            best = std::max<qint64>(best, it->day);
            break;
        }
    }
    for (auto it = facts.orders.crbegin(); it != facts.orders.crend(); ++it) {
        if (inScope(it->groupId)) {
            best = std::max(best, localDay(it->orderedAt));
            break;
        }
    }
    for (auto it = facts.events.crbegin(); it != facts.events.crend(); ++it) {
        if (inScope(it->groupId)) {
            best = std::max(best, localDay(it->at));
            break;
        }
    }
    return best < 0 ? QDate() : PeriodMath::dateOf(best);
}

QDate ReportCoverage::latestDataWeek(const AnalyticsFacts &facts, const QList<qint64> &groupIds)
{
    const QDate latest = latestDataDay(facts, groupIds);
    return latest.isValid() ? latest.addDays(1 - latest.dayOfWeek()) : QDate();
}

QString ReportCoverage::isoWeekName(const QDate &date)
{
    int year = 0;
    const int week = date.weekNumber(&year);
    return QStringLiteral("%1-W%2").arg(year).arg(week, 2, 10, QLatin1Char('0'));
}

} // namespace cohort
