#pragma once

#include <QPalette>

namespace cohort {

/// A dark palette for the Fusion style. Qt 6.4 has no switch of its own for a dark scheme on
/// every platform, so `COHORT_DARK_PALETTE=1` applies this one to check Cohort on dark themes.
class DarkPalette final
{
public:
    static QPalette make();
    /// Applies the Fusion style and make() when the environment asks for it; returns whether.
    static bool applyIfRequested();
};

} // namespace cohort
