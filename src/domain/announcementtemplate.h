#pragma once

#include "domain/campaign.h"
#include "domain/money.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QStringList>
#include <QTimeZone>

namespace cohort {

/// Copy-ready announcement text for one campaign occurrence: fills the campaign's template
/// placeholders ({product}, {price}, {tiers}, {deadline}, {group}, {campaign}) with localized
/// values. Unknown placeholders stay visible and are reported, so a typo is noticed before the
/// operator pastes the text into a group.
class AnnouncementTemplate final
{
    Q_DECLARE_TR_FUNCTIONS(AnnouncementTemplate)

public:
    /// What one occurrence's announcement talks about.
    struct Values
    {
        QString product;
        Money price; ///< zero-currency Money = the first tier's price, if any
        QList<PriceTier> tiers;
        QDateTime deadline; ///< an instant; shown in `timeZone`
        QTimeZone timeZone = QTimeZone::utc();
        QString group;
        QString campaign;
    };
    /// The filled text and the placeholders it could not fill.
    struct Result
    {
        QString text;
        QStringList unknownPlaceholders; ///< names without braces, in order of first use
    };

    explicit AnnouncementTemplate(const QString &text);

    const QString &text() const { return m_text; }
    /// The placeholder names Cohort fills, for the template editor's help.
    static QStringList knownPlaceholders();
    Result render(const Values &values, const QLocale &locale) const;
    /// "2 people: ¥90.00 each, 3 people: ¥85.00 each".
    static QString formatTiers(const QList<PriceTier> &tiers, const QLocale &locale);

private:
    QString m_text;
};

} // namespace cohort
