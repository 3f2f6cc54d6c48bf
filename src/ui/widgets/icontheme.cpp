#include "ui/widgets/icontheme.h"

#include <QIcon>
#include <QPalette>

namespace cohort {

IconTheme::Variant IconTheme::variantFor(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128 ? Variant::Dark : Variant::Light;
}

QString IconTheme::themeName(Variant variant)
{
    return variant == Variant::Dark ? QStringLiteral("cohort-dark")
                                    : QStringLiteral("cohort-light");
}

void IconTheme::install(Variant variant)
{
    // Only the resources: a system theme (or hicolor) must not fill in a missing name, or a
    // forgotten icon would show on one desktop and be blank on the others.
    QIcon::setThemeSearchPaths({ QStringLiteral(":/icons") });
    QIcon::setFallbackSearchPaths({});
    QIcon::setThemeName(themeName(variant));
}

void IconTheme::installFor(const QPalette &palette)
{
    install(variantFor(palette));
}

} // namespace cohort
