#pragma once

#include <QString>
#include <QStringView>

namespace cohort {

/// Keeps user text (names, messages) from reordering what is printed around it. A name holding
/// a right-to-left override (U+202E) or right-to-left letters would otherwise reverse the dates
/// and names after it in the same table cell, report line or CSV row.
class BidiText final
{
public:
    BidiText() = delete;

    /// True when `text` holds anything that changes the order of neighbouring text: right-to-
    /// left letters or digits, explicit embeddings, overrides and isolates. Latin, CJK and
    /// everything else left-to-right is not.
    static bool needsIsolation(QStringView text);

    /// `text` wrapped in FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE when it needs it, else
    /// `text` unchanged (so ordinary names gain no invisible characters). Stray PDIs inside are
    /// dropped, since one would end the isolate early; embeddings left open are closed by the
    /// final PDI. Isolating an already isolated text returns it unchanged.
    static QString isolated(const QString &text);

    static constexpr char16_t FirstStrongIsolate = 0x2068;
    static constexpr char16_t PopDirectionalIsolate = 0x2069;
};

} // namespace cohort
