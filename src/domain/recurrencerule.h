#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

class QLocale;

namespace cohort {

/// The RFC 5545 RRULE subset Cohort schedules use (FREQ=DAILY|WEEKLY|MONTHLY, INTERVAL, BYDAY
/// with optional ordinals, BYMONTHDAY, COUNT, UNTIL): parsing, canonical text and a translated
/// human description. `Schedule` expands it into occurrences.
class RecurrenceRule final
{
    Q_DECLARE_TR_FUNCTIONS(RecurrenceRule)

public:
    enum class Frequency { Daily, Weekly, Monthly };
    /// A BYDAY item: weekday 1 (Monday) … 7 (Sunday) and, in monthly rules, an ordinal
    /// (1 = first, -1 = last; 0 = every such weekday).
    struct WeekdayNum
    {
        int ordinal = 0;
        int weekday = 1;
        bool operator==(const WeekdayNum &) const = default;
    };

    Frequency frequency = Frequency::Weekly;
    int interval = 1;
    QList<WeekdayNum> byDay;
    QList<int> byMonthDay; ///< 1…31 or -31…-1 (-1 = last day of the month)
    int count = 0; ///< 0 = no COUNT
    /// Last allowed start. A date-only UNTIL ends with that local day; "Z" forms are UTC
    /// instants; floating date-times are wall-clock times of the schedule's zone.
    QDate untilDate;
    QDateTime untilDateTime;

    bool operator==(const RecurrenceRule &) const = default;

    /// Parses "FREQ=WEEKLY;BYDAY=MO,TU" (an optional "RRULE:" prefix is accepted). On failure
    /// returns nullopt and, when `error` is given, a translated reason.
    static std::optional<RecurrenceRule> parse(const QString &text, QString *error = nullptr);
    /// Canonical text in RFC 5545 order, suitable for Campaign::recurrence.
    QString toString() const;
    /// "Every Monday to Thursday at 20:00", "The first Saturday of each month at 10:00".
    /// `startDate` supplies the weekday or day of month a rule without BYDAY/BYMONTHDAY uses.
    QString describe(const QLocale &locale, const QDate &startDate, const QTime &time) const;

private:
    QString describeWeekdays(const QLocale &locale, const QDate &startDate) const;
    QString describeMonthDays(const QLocale &locale, const QDate &startDate) const;
    QString describeEnd(const QLocale &locale) const;
};

} // namespace cohort
