#pragma once

namespace cohort {

/// A dialog changes only what the user changed. Some stored values cannot be shown exactly
/// (a trimmed or clipped text, a list joined by commas, a set in the form's own order, a revenue
/// goal in whole yuan, a time without its seconds), so reading an untouched form back would
/// change them. Dialogs therefore read the form once right after loading (`shown`) and again on
/// OK (`now`): `stored` is replaced only where the two differ.
template<typename T> void takeIfEdited(T &stored, const T &shown, const T &now)
{
    if constexpr (requires { now.isEmpty(); }) {
        // Qt 6.4 compares two empty lists with memcmp on null data (undefined; UBSan stops).
        if (now.isEmpty() && shown.isEmpty())
            return;
    }
    if (!(now == shown))
        stored = now;
}

} // namespace cohort
