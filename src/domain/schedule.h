#pragma once

#include "domain/campaign.h"
#include "domain/recurrencerule.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QTimeZone>

#include <optional>

namespace cohort {

/// When a campaign happens: a start wall-clock time in the operator's IANA zone, a duration and
/// an optional recurrence rule, expanded into UTC instants. Recurring occurrences keep their
/// wall-clock time across DST changes; a time that falls into a spring-forward gap moves forward
/// by the size of the gap, and in an autumn overlap the first (earlier) instant is taken.
class Schedule final
{
    Q_DECLARE_TR_FUNCTIONS(Schedule)

public:
    /// One occurrence, as UTC instants plus the local date it belongs to.
    struct Occurrence
    {
        QDateTime startUtc;
        QDateTime endUtc;
        QDate localDate;
        bool operator==(const Occurrence &) const = default;
    };

    Schedule() = default;
    /// `localStart` is read as a wall-clock time (its own time spec is ignored).
    Schedule(const QDateTime &localStart, int durationMinutes, const QTimeZone &zone,
             std::optional<RecurrenceRule> rule = std::nullopt);

    const QTimeZone &zone() const { return m_zone; }
    QDate startDate() const { return m_startDate; }
    QTime startTime() const { return m_startTime; }
    int durationMinutes() const { return m_durationMinutes; }
    const std::optional<RecurrenceRule> &rule() const { return m_rule; }
    bool isValid() const { return m_startDate.isValid() && m_zone.isValid(); }

    /// The schedule of a stored campaign: `startsAt` (an instant) read in the campaign's zone,
    /// its recurrence and duration. A recurring campaign without COUNT or UNTIL ends at
    /// `endsAt` when that is set. Returns nullopt with a translated reason for a bad zone, a
    /// missing start or an unparsable rule.
    static std::optional<Schedule> forCampaign(const Campaign &campaign, QString *error = nullptr);

    /// Occurrences that overlap [fromUtc, toUtc), in time order. COUNT counts from the start of
    /// the schedule, so occurrences before `fromUtc` still use up the count.
    QList<Occurrence> occurrences(const QDateTime &fromUtc, const QDateTime &toUtc) const;
    /// The first occurrence starting at or after `afterUtc`.
    std::optional<Occurrence> nextOccurrence(const QDateTime &afterUtc) const;
    /// UTC instant of a wall-clock time in `zone` with the gap and overlap rules above.
    static QDateTime wallToUtc(const QDate &date, const QTime &time, const QTimeZone &zone);

private:
    /// Calls `visit(localDate, startUtc)` for each occurrence the rule produces, in order, from
    /// the start date; stops when `visit` returns false or the rule ends.
    template<typename Visitor> void forEachDate(Visitor visit) const;
    QList<QDate> datesInPeriod(const QDate &periodStart) const;
    bool beyondUntil(const QDateTime &startUtc, const QDate &localDate) const;

    QDate m_startDate;
    QTime m_startTime;
    int m_durationMinutes = 60;
    QTimeZone m_zone;
    std::optional<RecurrenceRule> m_rule;
};

} // namespace cohort
