#include "domain/announcementtemplate.h"

#include "domain/tierpricing.h"

#include <QRegularExpression>

namespace cohort {

AnnouncementTemplate::AnnouncementTemplate(const QString &text)
    : m_text(text)
{
}

QStringList AnnouncementTemplate::knownPlaceholders()
{
    return { QStringLiteral("product"),  QStringLiteral("price"), QStringLiteral("tiers"),
             QStringLiteral("deadline"), QStringLiteral("group"), QStringLiteral("campaign") };
}

QString AnnouncementTemplate::formatTiers(const QList<PriceTier> &tiers, const QLocale &locale)
{
    QStringList parts;
    const TierPricing pricing(tiers);
    for (const PriceTier &tier : pricing.tiers())
        parts << (tier.minParticipants == 1
                      ? tr("1 person: %1 each").arg(tier.unitPrice.toDisplayString(locale))
                      : tr("%1 people: %2 each")
                            .arg(QString::number(tier.minParticipants),
                                 tier.unitPrice.toDisplayString(locale)));
    return parts.join(tr(", "));
}

AnnouncementTemplate::Result AnnouncementTemplate::render(const Values &values,
                                                          const QLocale &locale) const
{
    Result result;
    static const QRegularExpression placeholder(QStringLiteral("\\{([A-Za-z_]+)\\}"));
    Money price = values.price;
    if (price.currency().isEmpty() && !values.tiers.isEmpty())
        price = TierPricing(values.tiers).tiers().first().unitPrice;
    qsizetype last = 0;
    auto it = placeholder.globalMatch(m_text);
    while (it.hasNext()) {
        const auto match = it.next();
        result.text += QStringView(m_text).mid(last, match.capturedStart() - last);
        last = match.capturedEnd();
        const QString name = match.captured(1).toLower();
        if (name == QLatin1String("product"))
            result.text += values.product;
        else if (name == QLatin1String("price"))
            result.text += price.currency().isEmpty() ? QString() : price.toDisplayString(locale);
        else if (name == QLatin1String("tiers"))
            result.text += formatTiers(values.tiers, locale);
        else if (name == QLatin1String("deadline"))
            result.text += values.deadline.isValid()
                ? locale.toString(values.deadline.toTimeZone(values.timeZone), QLocale::ShortFormat)
                : QString();
        else if (name == QLatin1String("group"))
            result.text += values.group;
        else if (name == QLatin1String("campaign"))
            result.text += values.campaign;
        else {
            result.text += match.captured(0);
            if (!result.unknownPlaceholders.contains(match.captured(1)))
                result.unknownPlaceholders << match.captured(1);
        }
    }
    result.text += QStringView(m_text).mid(last);
    return result;
}

} // namespace cohort
