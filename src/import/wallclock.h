#pragma once

#include <QStringView>
#include <QtGlobal>

namespace cohort::import::wallclock {

// Civil-date arithmetic (Howard Hinnant's days_from_civil): parsers convert a million timestamps,
// and QDateTime construction would cost more than the rest of a record's parsing.

constexpr bool isLeapYear(int year)
{
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

constexpr int daysInMonth(int year, int month)
{
    constexpr int days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    return month == 2 && isLeapYear(year) ? 29 : days[month - 1];
}

// Years before 1970 are valid: dates are taken as written (QQ test exports carry 1900s dates),
// and the seconds simply turn negative.
constexpr bool isValid(int year, int month, int day, int hour, int minute, int second)
{
    return year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1
        && day <= daysInMonth(year, month) && hour >= 0 && hour <= 23 && minute >= 0 && minute <= 59
        && second >= 0 && second <= 59;
}

constexpr qint64 daysFromCivil(int year, int month, int day)
{
    const int y = month <= 2 ? year - 1 : year;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const int yoe = y - era * 400;
    const int doy = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return qint64(era) * 146097 + doe - 719468;
}

/// Seconds since 1970-01-01T00:00:00 of the naive wall clock (as if UTC).
constexpr qint64 toSeconds(int year, int month, int day, int hour, int minute, int second)
{
    return daysFromCivil(year, month, day) * 86400 + hour * 3600 + minute * 60 + second;
}

static_assert(toSeconds(1970, 1, 1, 0, 0, 0) == 0);
static_assert(toSeconds(2000, 3, 1, 0, 0, 0) == 951868800);
static_assert(toSeconds(1969, 12, 31, 23, 59, 59) == -1);

/// Fields of a `YYYY-MM-DD H:MM[:SS][ AM|PM]` timestamp (date separator '-' or '/').
struct DateTimeFields
{
    int year = 0;
    int month = 0;
    int day = 0;
    int hour = 0;
    int minute = 0;
    int second = 0;
    bool hasSeconds = false;
    bool twelveHour = false;
    bool paddedHour = false;
    bool valid = false; ///< every field in range (the shape may match with e.g. month 13)
    qint64 seconds() const { return toSeconds(year, month, day, hour, minute, second); }
};

namespace detail {
inline int digitAt(QStringView s, qsizetype i)
{
    const char16_t c = i < s.size() ? s[i].unicode() : u'\0';
    return c >= u'0' && c <= u'9' ? int(c - u'0') : -1;
}
// One or two digits at pos (two when `two`); advances pos. -1 when absent.
inline int scanNumber(QStringView s, qsizetype &pos, int minDigits, int maxDigits)
{
    int value = 0;
    int count = 0;
    while (count < maxDigits) {
        const int d = digitAt(s, pos);
        if (d < 0)
            break;
        value = value * 10 + d;
        ++pos;
        ++count;
    }
    return count >= minDigits ? value : -1;
}
} // namespace detail

/// Scans a timestamp starting at `pos`: a 4-digit year, 1-2 digit month/day/hour, 2-digit minutes
/// and seconds (seconds optional unless `requireSeconds`), then an optional " AM"/" PM" followed by
/// a space or the end. Returns the index after it, or -1 when the text does not have that shape.
inline qsizetype scanDateTime(QStringView s, qsizetype pos, DateTimeFields &f, bool requireSeconds)
{
    using detail::scanNumber;
    f = DateTimeFields();
    if ((f.year = scanNumber(s, pos, 4, 4)) < 0 || pos >= s.size())
        return -1;
    const QChar sep = s[pos];
    if (sep != u'-' && sep != u'/')
        return -1;
    ++pos;
    if ((f.month = scanNumber(s, pos, 1, 2)) < 0 || pos >= s.size() || s[pos] != sep)
        return -1;
    ++pos;
    if ((f.day = scanNumber(s, pos, 1, 2)) < 0 || pos >= s.size() || s[pos] != u' ')
        return -1;
    ++pos;
    const qsizetype hourStart = pos;
    if ((f.hour = scanNumber(s, pos, 1, 2)) < 0 || pos >= s.size() || s[pos] != u':')
        return -1;
    f.paddedHour = pos - hourStart == 2;
    ++pos;
    if ((f.minute = scanNumber(s, pos, 2, 2)) < 0)
        return -1;
    if (pos < s.size() && s[pos] == u':') {
        ++pos;
        if ((f.second = scanNumber(s, pos, 2, 2)) < 0)
            return -1;
        f.hasSeconds = true;
    } else if (requireSeconds) {
        return -1;
    }
    if (pos < s.size() && s[pos] != u' ')
        return -1;
    if (pos + 2 < s.size() && (s[pos + 1] == u'A' || s[pos + 1] == u'P') && s[pos + 2] == u'M'
        && (pos + 3 == s.size() || s[pos + 3] == u' ')) {
        f.twelveHour = true;
        const bool pm = s[pos + 1] == u'P';
        f.valid = f.hour >= 1 && f.hour <= 12;
        f.hour = f.hour % 12 + (pm ? 12 : 0);
        pos += 3;
    } else {
        f.valid = true;
    }
    f.valid = f.valid && isValid(f.year, f.month, f.day, f.hour, f.minute, f.second);
    return pos;
}

} // namespace cohort::import::wallclock
