#include "models/statuscolors.h"

#include <QPalette>

namespace cohort {

bool StatusColors::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness()
        < palette.color(QPalette::WindowText).lightness();
}

// Material green 800 / red 800 on light backgrounds; green 300 / red 300 on dark ones, where the
// darker shades fall under a readable contrast.
QColor StatusColors::good(const QPalette &palette)
{
    return isDark(palette) ? QColor(0x81, 0xc7, 0x84) : QColor(0x2e, 0x7d, 0x32);
}

QColor StatusColors::bad(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xe5, 0x73, 0x73) : QColor(0xc6, 0x28, 0x28);
}

} // namespace cohort
