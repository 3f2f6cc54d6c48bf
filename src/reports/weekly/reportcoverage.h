#pragma once

#include <QDate>
#include <QList>

namespace cohort {

struct AnalyticsFacts;
struct WeeklyReport;

/// Whether a report has anything to say: the GUI's "quiet week" page and cohort-cli's warning
/// both ask here, so they agree on what counts as data.
class ReportCoverage final
{
public:
    /// Any message, order, join or leave in the report's week and scope.
    static bool hasActivity(const WeeklyReport &report);
    /// The newest local day (workspace zone) with a message, an order or a membership event in
    /// the groups `groupIds` (empty = all); invalid if there is none.
    static QDate latestDataDay(const AnalyticsFacts &facts, const QList<qint64> &groupIds);
    /// Monday of the ISO week holding latestDataDay(); invalid if there is none.
    static QDate latestDataWeek(const AnalyticsFacts &facts, const QList<qint64> &groupIds);
    /// "2026-W07" for the ISO week holding `date`.
    static QString isoWeekName(const QDate &date);
};

} // namespace cohort
