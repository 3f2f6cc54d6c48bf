#include "ui/calendar/campaigntypecolors.h"

#include <QPainter>
#include <QPalette>
#include <QPixmap>

namespace cohort {

QColor CampaignTypeColors::marker(CampaignType type)
{
    // Hues far apart on the wheel, each dark enough to show on white and bright enough on black.
    switch (type) {
    case CampaignType::FlashSale:
        return QColor(0xf7, 0x67, 0x07); // orange
    case CampaignType::TieredGroupBuy:
        return QColor(0xc2, 0x25, 0x5c); // magenta
    case CampaignType::Solitaire:
        return QColor(0x2f, 0x9e, 0x44); // green
    case CampaignType::ReferralDay:
        return QColor(0x70, 0x48, 0xe8); // violet
    case CampaignType::RedPacket:
        return QColor(0xe0, 0x31, 0x31); // red
    case CampaignType::KnowledgeSession:
        return QColor(0x1c, 0x7e, 0xd6); // blue
    case CampaignType::CheckIn:
        return QColor(0x0c, 0x85, 0x99); // teal
    }
    return QColor(Qt::gray);
}

QColor CampaignTypeColors::tint(CampaignType type, const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor mark = marker(type);
    // A quarter of the marker keeps the contrast with the palette's text colour (light text on
    // a dark base, dark text on a light base) well above WCAG AA.
    constexpr double share = 0.25;
    return QColor::fromRgbF(float(base.redF() * (1 - share) + mark.redF() * share),
                            float(base.greenF() * (1 - share) + mark.greenF() * share),
                            float(base.blueF() * (1 - share) + mark.blueF() * share));
}

QIcon CampaignTypeColors::icon(CampaignType type)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(marker(type));
    painter.drawRoundedRect(QRectF(1, 1, 10, 10), 2, 2);
    return QIcon(pixmap);
}

} // namespace cohort
