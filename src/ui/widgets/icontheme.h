#pragma once

#include <QString>

class QPalette;

namespace cohort {

/// The icon theme bundled as Qt resources (resources/icons, a subset of Breeze). Cohort asks for
/// its icons by freedesktop name through QIcon::fromTheme(); installing this theme makes those
/// names resolve to the same pictures on Linux, Windows and macOS, whatever the system offers.
class IconTheme final
{
public:
    enum class Variant { Light, Dark };

    /// Dark icons on a dark window background, so they keep their contrast.
    static Variant variantFor(const QPalette &palette);
    static QString themeName(Variant variant);
    /// Makes QIcon::fromTheme() look only in the bundled theme of that variant.
    static void install(Variant variant);
    static void installFor(const QPalette &palette);
};

} // namespace cohort
