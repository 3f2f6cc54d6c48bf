#pragma once

#include "analytics/metricsrequest.h"

#include <QDate>
#include <QList>

namespace cohort {

/// Calendar arithmetic on local day numbers (days since 1970-01-01): series buckets, ISO weeks,
/// the previous equal period.
class PeriodMath final
{
public:
    static qint64 dayNumber(const QDate &date) { return QDate(1970, 1, 1).daysTo(date); }
    static QDate dateOf(qint64 day) { return QDate(1970, 1, 1).addDays(day); }
    /// First local day of the bucket holding `day` (ISO weeks start on Monday).
    static qint64 bucketStart(qint64 day, Granularity granularity);
    /// Bucket start days covering [fromDay, toDay].
    static QList<qint64> buckets(qint64 fromDay, qint64 toDay, Granularity granularity);
    /// The range of the same length just before [from, to].
    static std::pair<QDate, QDate> previousPeriod(const QDate &from, const QDate &to);
    /// Monday and Sunday of ISO week `week` of ISO year `year`; invalid dates for a bad week.
    static std::pair<QDate, QDate> isoWeek(int year, int week);
    /// Parses "YYYY-Www" (e.g. 2026-W07).
    static std::pair<QDate, QDate> parseIsoWeek(const QString &text);
};

} // namespace cohort
