#pragma once

#include "domain/enums.h"

#include <QColor>
#include <QIcon>

class QPalette;

namespace cohort {

/// The colour of each campaign type in the calendar and its legend: a saturated marker colour
/// and a tint of it over the palette's base, so text in the palette's own colour stays readable
/// in light and dark palettes alike.
class CampaignTypeColors final
{
public:
    static QColor marker(CampaignType type);
    /// Background for an occurrence chip: the marker mixed into `palette`'s base colour.
    static QColor tint(CampaignType type, const QPalette &palette);
    /// A small filled square of the marker colour, for list items and the legend.
    static QIcon icon(CampaignType type);
};

} // namespace cohort
