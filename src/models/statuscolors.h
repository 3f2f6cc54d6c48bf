#pragma once

#include <QColor>

class QPalette;

namespace cohort {

/// Colours that mean "better" and "worse" (KPI changes, low health, validation messages),
/// picked to stay readable on the palette in use, light or dark.
class StatusColors final
{
public:
    /// Whether text on this palette is light on dark (a dark theme).
    static bool isDark(const QPalette &palette);
    static QColor good(const QPalette &palette);
    static QColor bad(const QPalette &palette);
};

} // namespace cohort
