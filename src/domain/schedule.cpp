#include "domain/schedule.h"

#include <algorithm>

namespace cohort {

namespace {

/// Rules such as BYMONTHDAY=30 in February-only months never produce a date; give up there.
constexpr int LastYearExpanded = 2999;

int offsetAt(const QTimeZone &zone, qint64 utcSeconds)
{
    return zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(utcSeconds, Qt::UTC));
}

bool weekdayAllowed(const RecurrenceRule &rule, const QDate &date)
{
    if (rule.byDay.isEmpty())
        return true;
    return std::any_of(
        rule.byDay.cbegin(), rule.byDay.cend(),
        [&date](const RecurrenceRule::WeekdayNum &d) { return d.weekday == date.dayOfWeek(); });
}

bool monthDayAllowed(const RecurrenceRule &rule, const QDate &date)
{
    if (rule.byMonthDay.isEmpty())
        return true;
    for (const int d : rule.byMonthDay) {
        const int day = d > 0 ? d : date.daysInMonth() + d + 1;
        if (day == date.day())
            return true;
    }
    return false;
}

/// The `ordinal`-th `weekday` of the month starting at `first` (1 = first, -1 = last), if any.
QDate nthWeekday(const QDate &first, int weekday, int ordinal)
{
    if (ordinal > 0) {
        const int offset = (weekday - first.dayOfWeek() + 7) % 7;
        const QDate date = first.addDays(offset + 7 * (ordinal - 1));
        return date.month() == first.month() ? date : QDate();
    }
    const QDate last = first.addDays(first.daysInMonth() - 1);
    const int offset = (last.dayOfWeek() - weekday + 7) % 7;
    const QDate date = last.addDays(-offset - 7 * (-ordinal - 1));
    return date.month() == first.month() ? date : QDate();
}

} // namespace

Schedule::Schedule(const QDateTime &localStart, int durationMinutes, const QTimeZone &zone,
                   std::optional<RecurrenceRule> rule)
    : m_startDate(localStart.date())
    , m_startTime(localStart.time())
    , m_durationMinutes(std::max(0, durationMinutes))
    , m_zone(zone)
    , m_rule(std::move(rule))
{
}

std::optional<Schedule> Schedule::forCampaign(const Campaign &campaign, QString *error)
{
    const QTimeZone zone(campaign.timeZone.toUtf8());
    if (!zone.isValid()) {
        if (error)
            *error = tr("\"%1\" is not a known time zone.").arg(campaign.timeZone);
        return std::nullopt;
    }
    if (!campaign.startsAt.isValid()) {
        if (error)
            *error = tr("The campaign has no start time.");
        return std::nullopt;
    }
    std::optional<RecurrenceRule> rule;
    if (!campaign.recurrence.trimmed().isEmpty()) {
        rule = RecurrenceRule::parse(campaign.recurrence, error);
        if (!rule)
            return std::nullopt;
        if (rule->count == 0 && !rule->untilDate.isValid() && !rule->untilDateTime.isValid()
            && campaign.endsAt.isValid())
            rule->untilDateTime = campaign.endsAt.toUTC();
    }
    const QDateTime local = campaign.startsAt.toTimeZone(zone);
    // The wall clock is kept naive (as UTC): a local-time QDateTime would move it out of a gap
    // of the computer's zone, which has nothing to do with the campaign's.
    return Schedule(QDateTime(local.date(), local.time(), Qt::UTC), campaign.durationMinutes, zone,
                    rule);
}

QDateTime Schedule::wallToUtc(const QDate &date, const QTime &time, const QTimeZone &zone)
{
    const qint64 wall = QDateTime(date, time, Qt::UTC).toSecsSinceEpoch();
    // Offsets a day before and after bracket any transition near this wall-clock time.
    const int before = offsetAt(zone, wall - 86400);
    const int after = offsetAt(zone, wall + 86400);
    std::optional<qint64> best;
    for (const int offset : { before, after }) {
        const qint64 candidate = wall - offset;
        if (candidate + offsetAt(zone, candidate) == wall && (!best || candidate < *best))
            best = candidate;
    }
    // No instant shows this wall-clock time: it lies in a gap. Reading it with the offset in
    // force before the gap moves it forward by the size of the gap (RFC 5545 §3.3.5).
    const qint64 utc = best ? *best : wall - before;
    return QDateTime::fromSecsSinceEpoch(utc, Qt::UTC);
}

QList<QDate> Schedule::datesInPeriod(const QDate &periodStart) const
{
    const RecurrenceRule &rule = *m_rule;
    QList<QDate> dates;
    switch (rule.frequency) {
    case RecurrenceRule::Frequency::Daily:
        if (weekdayAllowed(rule, periodStart) && monthDayAllowed(rule, periodStart))
            dates.append(periodStart);
        break;
    case RecurrenceRule::Frequency::Weekly:
        if (rule.byDay.isEmpty()) {
            dates.append(periodStart.addDays(m_startDate.dayOfWeek() - 1));
        } else {
            for (const auto &d : rule.byDay)
                dates.append(periodStart.addDays(d.weekday - 1));
        }
        break;
    case RecurrenceRule::Frequency::Monthly: {
        const int daysInMonth = periodStart.daysInMonth();
        if (!rule.byDay.isEmpty()) {
            for (const auto &d : rule.byDay) {
                if (d.ordinal != 0) {
                    const QDate date = nthWeekday(periodStart, d.weekday, d.ordinal);
                    if (date.isValid())
                        dates.append(date);
                } else {
                    for (QDate date = nthWeekday(periodStart, d.weekday, 1);
                         date.isValid() && date.month() == periodStart.month();
                         date = date.addDays(7))
                        dates.append(date);
                }
            }
            // BYMONTHDAY together with BYDAY narrows the weekdays (RFC 5545 BYxxx rules).
            dates.erase(
                std::remove_if(dates.begin(), dates.end(),
                               [&rule](const QDate &date) { return !monthDayAllowed(rule, date); }),
                dates.end());
        } else {
            const QList<int> days
                = rule.byMonthDay.isEmpty() ? QList<int> { m_startDate.day() } : rule.byMonthDay;
            for (const int d : days) {
                // Day 31 in a 30-day month does not exist and is skipped, as RFC 5545 says.
                const int day = d > 0 ? d : daysInMonth + d + 1;
                if (day >= 1 && day <= daysInMonth)
                    dates.append(QDate(periodStart.year(), periodStart.month(), day));
            }
        }
        break;
    }
    }
    std::sort(dates.begin(), dates.end());
    dates.erase(std::unique(dates.begin(), dates.end()), dates.end());
    return dates;
}

bool Schedule::beyondUntil(const QDateTime &startUtc, const QDate &localDate) const
{
    const RecurrenceRule &rule = *m_rule;
    if (rule.untilDate.isValid())
        return localDate > rule.untilDate;
    if (!rule.untilDateTime.isValid())
        return false;
    if (rule.untilDateTime.timeSpec() == Qt::UTC)
        return startUtc > rule.untilDateTime;
    // A floating UNTIL is a wall-clock time of the schedule's zone.
    return startUtc > wallToUtc(rule.untilDateTime.date(), rule.untilDateTime.time(), m_zone);
}

template<typename Visitor> void Schedule::forEachDate(Visitor visit) const
{
    if (!isValid())
        return;
    if (!m_rule) {
        visit(m_startDate, wallToUtc(m_startDate, m_startTime, m_zone));
        return;
    }
    const RecurrenceRule &rule = *m_rule;
    QDate periodStart;
    switch (rule.frequency) {
    case RecurrenceRule::Frequency::Daily:
        periodStart = m_startDate;
        break;
    case RecurrenceRule::Frequency::Weekly:
        periodStart = m_startDate.addDays(1 - m_startDate.dayOfWeek());
        break;
    case RecurrenceRule::Frequency::Monthly:
        periodStart = QDate(m_startDate.year(), m_startDate.month(), 1);
        break;
    }
    int produced = 0;
    while (periodStart.isValid() && periodStart.year() <= LastYearExpanded) {
        for (const QDate &date : datesInPeriod(periodStart)) {
            if (date < m_startDate)
                continue;
            const QDateTime startUtc = wallToUtc(date, m_startTime, m_zone);
            if (beyondUntil(startUtc, date))
                return;
            if (!visit(date, startUtc))
                return;
            if (rule.count > 0 && ++produced >= rule.count)
                return;
        }
        switch (rule.frequency) {
        case RecurrenceRule::Frequency::Daily:
            periodStart = periodStart.addDays(rule.interval);
            break;
        case RecurrenceRule::Frequency::Weekly:
            periodStart = periodStart.addDays(7 * qint64(rule.interval));
            break;
        case RecurrenceRule::Frequency::Monthly:
            periodStart = periodStart.addMonths(rule.interval);
            break;
        }
    }
}

QList<Schedule::Occurrence> Schedule::occurrences(const QDateTime &fromUtc,
                                                  const QDateTime &toUtc) const
{
    QList<Occurrence> result;
    forEachDate([&](const QDate &date, const QDateTime &startUtc) {
        if (startUtc >= toUtc)
            return false;
        const QDateTime endUtc = startUtc.addSecs(qint64(m_durationMinutes) * 60);
        if (endUtc > fromUtc || startUtc >= fromUtc)
            result.append({ startUtc, endUtc, date });
        return true;
    });
    return result;
}

std::optional<Schedule::Occurrence> Schedule::nextOccurrence(const QDateTime &afterUtc) const
{
    std::optional<Occurrence> found;
    forEachDate([&](const QDate &date, const QDateTime &startUtc) {
        if (startUtc < afterUtc)
            return true;
        found = Occurrence { startUtc, startUtc.addSecs(qint64(m_durationMinutes) * 60), date };
        return false;
    });
    return found;
}

} // namespace cohort
