#pragma once

#include <QtGlobal>

#include <string_view>

namespace cohort::import {

/// A timestamp as an export writes it: the naive wall clock, plus the UTC offset when written.
struct IsoDateTime
{
    qint64 wallSeconds = 0; ///< wall clock as seconds since 1970-01-01T00:00:00 (as if UTC)
    bool hasOffset = false; ///< a 'Z' or ±HH:MM suffix was present
    int offsetSeconds = 0; ///< east of UTC; utc = wallSeconds - offsetSeconds
    qint64 utcSeconds() const { return wallSeconds - offsetSeconds; }
};

/// Days from 1970-01-01 to the proleptic Gregorian date y-m-d (no range checks).
constexpr qint64 daysFromCivil(qint64 y, unsigned m, unsigned d)
{
    // Howard Hinnant's algorithm: exact for every Gregorian date, no tables, no time zones.
    y -= m <= 2 ? 1 : 0;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = unsigned(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? unsigned(-3) : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + qint64(doe) - 719468;
}

/// Parses `YYYY-MM-DDTHH:MM:SS` (or a space instead of T), optionally followed by a fraction of
/// seconds (ignored) and `Z` / `±HH:MM` / `±HHMM`. Checks field ranges; false when malformed.
bool parseIsoDateTime(std::string_view text, IsoDateTime &out);

/// Parses a decimal integer (optional '-') that fills `text` entirely; false otherwise.
bool parseInteger(std::string_view text, qint64 &out);

} // namespace cohort::import
