#pragma once

#include "import/chatparser.h"

#include <QStringView>

namespace cohort::import {

/// The timestamp that starts a WhatsApp line (Android `DATE, TIME - ` or iOS `[DATE, TIME] `),
/// read field by field without deciding the date order yet.
struct WhatsAppHeader
{
    int field1 = 0; ///< the three numeric date fields as written
    int field2 = 0;
    int field3 = 0;
    int field1Digits = 0;
    int field3Digits = 0;
    QChar dateSeparator;
    qsizetype dateStart = 0; ///< the date as written, for messages
    qsizetype dateLength = 0;
    int hour = 0; ///< 0-23 after applying an AM/PM marker
    int minute = 0;
    int second = 0;
    bool validTime = false; ///< hour/minute/second in range
    bool ios = false;
    qsizetype restOffset = 0; ///< where the author or system text starts in the line

    /// Parses the timestamp at the start of `line` (leading invisible characters allowed).
    /// False when the line does not start with a WhatsApp timestamp at all.
    static bool parse(QStringView line, WhatsAppHeader &out);
    /// The wall-clock time as seconds since 1970-01-01 (naive clock), for `order` (Auto is not
    /// allowed). False when the date is impossible in that order or the time is out of range.
    bool wallSeconds(DateOrder order, qint64 &seconds) const;
    /// The date order the fields force regardless of content (year written first).
    bool yearFirst() const { return field1Digits >= 3; }
};

/// True for the bidi marks and BOM WhatsApp sprinkles into lines (U+200E, U+200F, U+202A–U+202E,
/// U+2066–U+2069, U+FEFF).
inline bool isWhatsAppInvisible(QChar c)
{
    const char16_t u = c.unicode();
    return u == 0x200E || u == 0x200F || (u >= 0x202A && u <= 0x202E)
        || (u >= 0x2066 && u <= 0x2069) || u == 0xFEFF;
}

} // namespace cohort::import
