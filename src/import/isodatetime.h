#pragma once

#include "import/wallclock.h"

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

/// Parses `YYYY-MM-DDTHH:MM:SS` (or a space instead of T), optionally followed by a fraction of
/// seconds (ignored) and `Z` / `±HH:MM` / `±HHMM`. Checks field ranges; false when malformed.
bool parseIsoDateTime(std::string_view text, IsoDateTime &out);

/// Parses a decimal integer (optional '-') that fills `text` entirely; false otherwise.
bool parseInteger(std::string_view text, qint64 &out);

} // namespace cohort::import
