#include "analytics/periodmath.h"

#include <QString>

namespace cohort {

qint64 PeriodMath::bucketStart(qint64 day, Granularity granularity)
{
    const QDate date = dateOf(day);
    switch (granularity) {
    case Granularity::Day:
        return day;
    case Granularity::Week:
        return day - (date.dayOfWeek() - 1);
    case Granularity::Month:
        return dayNumber(QDate(date.year(), date.month(), 1));
    }
    return day;
}

QList<qint64> PeriodMath::buckets(qint64 fromDay, qint64 toDay, Granularity granularity)
{
    QList<qint64> result;
    if (toDay < fromDay)
        return result;
    qint64 start = bucketStart(fromDay, granularity);
    while (start <= toDay) {
        result << start;
        switch (granularity) {
        case Granularity::Day:
            start += 1;
            break;
        case Granularity::Week:
            start += 7;
            break;
        case Granularity::Month:
            start = dayNumber(dateOf(start).addMonths(1));
            break;
        }
    }
    return result;
}

std::pair<QDate, QDate> PeriodMath::previousPeriod(const QDate &from, const QDate &to)
{
    const qint64 length = from.daysTo(to) + 1;
    return {from.addDays(-length), from.addDays(-1)};
}

std::pair<QDate, QDate> PeriodMath::isoWeek(int year, int week)
{
    // ISO week 1 holds January 4th.
    const QDate jan4(year, 1, 4);
    const QDate week1Monday = jan4.addDays(1 - jan4.dayOfWeek());
    const QDate monday = week1Monday.addDays(qint64(week - 1) * 7);
    int checkYear = 0;
    if (week < 1 || monday.weekNumber(&checkYear) != week || checkYear != year)
        return {};
    return {monday, monday.addDays(6)};
}

std::pair<QDate, QDate> PeriodMath::parseIsoWeek(const QString &text)
{
    const QString t = text.trimmed().toUpper();
    if (t.size() < 7 || t.at(4) != QLatin1Char('-') || t.at(5) != QLatin1Char('W'))
        return {};
    bool okYear = false;
    bool okWeek = false;
    const int year = t.left(4).toInt(&okYear);
    const int week = t.mid(6).toInt(&okWeek);
    if (!okYear || !okWeek)
        return {};
    return isoWeek(year, week);
}

} // namespace cohort
