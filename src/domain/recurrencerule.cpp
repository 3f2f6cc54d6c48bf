#include "domain/recurrencerule.h"

#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>

#include <algorithm>

namespace cohort {

namespace {

const char *const WeekdayCodes[] = { "MO", "TU", "WE", "TH", "FR", "SA", "SU" };

int weekdayFromCode(QStringView code)
{
    for (int i = 0; i < 7; ++i) {
        if (code.compare(QLatin1String(WeekdayCodes[i]), Qt::CaseInsensitive) == 0)
            return i + 1;
    }
    return 0;
}

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

/// "A, B and C" with translated separators.
QString joinList(const QStringList &items)
{
    if (items.isEmpty())
        return QString();
    QString result = items.first();
    for (int i = 1; i < items.size(); ++i) {
        result = i + 1 == items.size()
            ? QCoreApplication::translate("RecurrenceRule", "%1 and %2").arg(result, items.at(i))
            : QCoreApplication::translate("RecurrenceRule", "%1, %2").arg(result, items.at(i));
    }
    return result;
}

QString capitalized(QString text)
{
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

QString ordinalWeekday(int ordinal, const QString &day)
{
    switch (ordinal) {
    case 1:
        return RecurrenceRule::tr("the first %1").arg(day);
    case 2:
        return RecurrenceRule::tr("the second %1").arg(day);
    case 3:
        return RecurrenceRule::tr("the third %1").arg(day);
    case 4:
        return RecurrenceRule::tr("the fourth %1").arg(day);
    case 5:
        return RecurrenceRule::tr("the fifth %1").arg(day);
    case -1:
        return RecurrenceRule::tr("the last %1").arg(day);
    case -2:
        return RecurrenceRule::tr("the second to last %1").arg(day);
    case -3:
        return RecurrenceRule::tr("the third to last %1").arg(day);
    case -4:
        return RecurrenceRule::tr("the fourth to last %1").arg(day);
    case -5:
        return RecurrenceRule::tr("the fifth to last %1").arg(day);
    default:
        // parse() keeps ordinals within ±5; 0 means every such weekday of the month.
        return RecurrenceRule::tr("every %1").arg(day);
    }
}

} // namespace

std::optional<RecurrenceRule> RecurrenceRule::parse(const QString &input, QString *error)
{
    QString text = input.trimmed();
    if (text.startsWith(QLatin1String("RRULE:"), Qt::CaseInsensitive))
        text = text.mid(6);
    RecurrenceRule rule;
    bool haveFreq = false;
    bool haveUntil = false;
    const QStringList parts = text.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    if (parts.isEmpty()) {
        fail(error, tr("The recurrence rule is empty."));
        return std::nullopt;
    }
    QSet<QString> seen;
    for (const QString &part : parts) {
        const qsizetype eq = part.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            fail(error, tr("\"%1\" is not a NAME=VALUE part.").arg(part));
            return std::nullopt;
        }
        const QString name = part.left(eq).trimmed().toUpper();
        const QString value = part.mid(eq + 1).trimmed().toUpper();
        // RFC 5545: a rule part occurs at most once. Two UNTILs (a date and a date-time) would
        // both be kept, and the rule's text would not read back as the same rule (fuzzing).
        if (seen.contains(name)) {
            fail(error, tr("%1 appears more than once.").arg(name));
            return std::nullopt;
        }
        seen.insert(name);
        bool ok = false;
        if (name == QLatin1String("FREQ")) {
            if (value == QLatin1String("DAILY"))
                rule.frequency = Frequency::Daily;
            else if (value == QLatin1String("WEEKLY"))
                rule.frequency = Frequency::Weekly;
            else if (value == QLatin1String("MONTHLY"))
                rule.frequency = Frequency::Monthly;
            else {
                fail(error,
                     tr("Unsupported frequency \"%1\" (use DAILY, WEEKLY or MONTHLY).").arg(value));
                return std::nullopt;
            }
            haveFreq = true;
        } else if (name == QLatin1String("INTERVAL")) {
            rule.interval = value.toInt(&ok);
            if (!ok || rule.interval < 1 || rule.interval > 1000) {
                fail(error, tr("INTERVAL must be a whole number from 1 to 1000."));
                return std::nullopt;
            }
        } else if (name == QLatin1String("COUNT")) {
            rule.count = value.toInt(&ok);
            if (!ok || rule.count < 1) {
                fail(error, tr("COUNT must be a whole number of at least 1."));
                return std::nullopt;
            }
        } else if (name == QLatin1String("UNTIL")) {
            haveUntil = true;
            if (value.size() == 8) {
                rule.untilDate = QDate::fromString(value, QStringLiteral("yyyyMMdd"));
            } else if (value.size() == 16 && value.endsWith(QLatin1Char('Z'))) {
                rule.untilDateTime
                    = QDateTime::fromString(value.left(15), QStringLiteral("yyyyMMdd'T'HHmmss"));
                rule.untilDateTime.setTimeSpec(Qt::UTC);
            } else if (value.size() == 15) {
                rule.untilDateTime
                    = QDateTime::fromString(value, QStringLiteral("yyyyMMdd'T'HHmmss"));
            }
            if (!rule.untilDate.isValid() && !rule.untilDateTime.isValid()) {
                fail(error,
                     tr("UNTIL \"%1\" is not a date (YYYYMMDD) or date-time "
                        "(YYYYMMDDTHHMMSS[Z]).")
                         .arg(value));
                return std::nullopt;
            }
        } else if (name == QLatin1String("BYDAY")) {
            static const QRegularExpression item(QStringLiteral("^([+-]?\\d{1,2})?([A-Z]{2})$"));
            for (const QString &token : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                const auto match = item.match(token.trimmed());
                const int weekday = match.hasMatch() ? weekdayFromCode(match.capturedView(2)) : 0;
                const int ordinal
                    = match.hasMatch() && match.hasCaptured(1) ? match.captured(1).toInt() : 0;
                if (weekday == 0 || ordinal < -5 || ordinal > 5
                    || (match.hasCaptured(1) && ordinal == 0)) {
                    fail(error,
                         tr("BYDAY item \"%1\" is not a weekday such as MO, 1SA or -1FR.")
                             .arg(token));
                    return std::nullopt;
                }
                rule.byDay.append({ ordinal, weekday });
            }
        } else if (name == QLatin1String("BYMONTHDAY")) {
            for (const QString &token : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                const int day = token.trimmed().toInt(&ok);
                if (!ok || day == 0 || day < -31 || day > 31) {
                    fail(error,
                         tr("BYMONTHDAY item \"%1\" must be 1 to 31 or -31 to -1.").arg(token));
                    return std::nullopt;
                }
                rule.byMonthDay.append(day);
            }
        } else if (name == QLatin1String("WKST")) {
            // Weeks start on Monday in every rule Cohort writes; other starts are not supported.
            if (value != QLatin1String("MO")) {
                fail(error, tr("Only weeks starting on Monday (WKST=MO) are supported."));
                return std::nullopt;
            }
        } else {
            fail(error, tr("The rule part %1 is not supported.").arg(name));
            return std::nullopt;
        }
    }
    if (!haveFreq) {
        fail(error, tr("The rule has no FREQ."));
        return std::nullopt;
    }
    if (haveUntil && rule.count > 0) {
        fail(error, tr("A rule may end by COUNT or by UNTIL, not both."));
        return std::nullopt;
    }
    const bool ordinals = std::any_of(rule.byDay.cbegin(), rule.byDay.cend(),
                                      [](const WeekdayNum &d) { return d.ordinal != 0; });
    if (ordinals && rule.frequency != Frequency::Monthly) {
        fail(error, tr("Numbered weekdays such as 1SA need FREQ=MONTHLY."));
        return std::nullopt;
    }
    if (!rule.byMonthDay.isEmpty() && rule.frequency == Frequency::Weekly) {
        fail(error, tr("BYMONTHDAY cannot be used with FREQ=WEEKLY."));
        return std::nullopt;
    }
    return rule;
}

QString RecurrenceRule::toString() const
{
    QStringList parts;
    switch (frequency) {
    case Frequency::Daily:
        parts << QStringLiteral("FREQ=DAILY");
        break;
    case Frequency::Weekly:
        parts << QStringLiteral("FREQ=WEEKLY");
        break;
    case Frequency::Monthly:
        parts << QStringLiteral("FREQ=MONTHLY");
        break;
    }
    if (interval > 1)
        parts << QStringLiteral("INTERVAL=%1").arg(interval);
    if (!byDay.isEmpty()) {
        QStringList days;
        for (const WeekdayNum &d : byDay) {
            const QString code = QLatin1String(WeekdayCodes[d.weekday - 1]);
            days << (d.ordinal == 0 ? code : QString(QString::number(d.ordinal) + code));
        }
        parts << QString(QStringLiteral("BYDAY=") + days.join(QLatin1Char(',')));
    }
    if (!byMonthDay.isEmpty()) {
        QStringList days;
        for (const int d : byMonthDay)
            days << QString::number(d);
        parts << QString(QStringLiteral("BYMONTHDAY=") + days.join(QLatin1Char(',')));
    }
    if (count > 0)
        parts << QStringLiteral("COUNT=%1").arg(count);
    if (untilDate.isValid())
        parts << QString(QStringLiteral("UNTIL=") + untilDate.toString(QStringLiteral("yyyyMMdd")));
    else if (untilDateTime.isValid())
        parts << QString(QStringLiteral("UNTIL=")
                         + untilDateTime.toString(QStringLiteral("yyyyMMdd'T'HHmmss"))
                         + (untilDateTime.timeSpec() == Qt::UTC ? QStringLiteral("Z") : QString()));
    return parts.join(QLatin1Char(';'));
}

QString RecurrenceRule::describeWeekdays(const QLocale &locale, const QDate &startDate) const
{
    QList<int> days;
    for (const WeekdayNum &d : byDay)
        days.append(d.weekday);
    if (days.isEmpty() && startDate.isValid())
        days.append(startDate.dayOfWeek());
    std::sort(days.begin(), days.end());
    days.erase(std::unique(days.begin(), days.end()), days.end());
    if (days.size() == 7)
        return tr("day");
    const bool consecutive = days.size() >= 3 && days.last() - days.first() == days.size() - 1;
    if (consecutive)
        return tr("%1 to %2").arg(locale.dayName(days.first()), locale.dayName(days.last()));
    QStringList names;
    for (const int d : days)
        names << locale.dayName(d);
    return joinList(names);
}

QString RecurrenceRule::describeMonthDays(const QLocale &locale, const QDate &startDate) const
{
    QStringList phrases;
    for (const WeekdayNum &d : byDay)
        phrases << ordinalWeekday(d.ordinal, locale.dayName(d.weekday));
    QList<int> monthDays = byMonthDay;
    if (phrases.isEmpty() && monthDays.isEmpty() && startDate.isValid())
        monthDays.append(startDate.day());
    for (const int d : monthDays) {
        if (d == -1)
            phrases << tr("the last day");
        else if (d < 0)
            phrases << tr("day %1 from the end").arg(-d);
        else
            phrases << tr("day %1").arg(d);
    }
    return joinList(phrases);
}

QString RecurrenceRule::describeEnd(const QLocale &locale) const
{
    if (count > 0)
        return count == 1 ? tr(", once") : tr(", %1 times").arg(count);
    if (untilDate.isValid())
        return tr(", until %1").arg(locale.toString(untilDate, QLocale::ShortFormat));
    if (untilDateTime.isValid())
        return tr(", until %1").arg(locale.toString(untilDateTime.date(), QLocale::ShortFormat));
    return QString();
}

QString RecurrenceRule::describe(const QLocale &locale, const QDate &startDate,
                                 const QTime &time) const
{
    const QString at = locale.toString(time, QLocale::ShortFormat);
    QString sentence;
    switch (frequency) {
    case Frequency::Daily:
        // A daily rule limited to days of the month reads like the monthly rule it amounts to.
        if (!byMonthDay.isEmpty() && byDay.isEmpty() && interval == 1)
            sentence = tr("%1 of each month at %2").arg(describeMonthDays(locale, startDate), at);
        else if (!byDay.isEmpty())
            sentence = interval == 1
                ? tr("Every %1 at %2").arg(describeWeekdays(locale, startDate), at)
                : tr("Every %1 days on %2 at %3")
                      .arg(QString::number(interval), describeWeekdays(locale, startDate), at);
        else
            sentence = interval == 1 ? tr("Every day at %1").arg(at)
                                     : tr("Every %1 days at %2").arg(QString::number(interval), at);
        break;
    case Frequency::Weekly:
        sentence = interval == 1
            ? tr("Every %1 at %2").arg(describeWeekdays(locale, startDate), at)
            : tr("Every %1 weeks on %2 at %3")
                  .arg(QString::number(interval), describeWeekdays(locale, startDate), at);
        break;
    case Frequency::Monthly:
        sentence = interval == 1
            ? tr("%1 of each month at %2").arg(describeMonthDays(locale, startDate), at)
            : tr("%1 of every %2 months at %3")
                  .arg(describeMonthDays(locale, startDate), QString::number(interval), at);
        break;
    }
    return capitalized(sentence + describeEnd(locale));
}

} // namespace cohort
