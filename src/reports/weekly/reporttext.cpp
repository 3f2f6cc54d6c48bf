#include "reports/weekly/reporttext.h"

#include <cmath>

namespace cohort {

QString ReportText::title()
{
    return tr("Weekly community report");
}

QString ReportText::weekRange(const WeeklyReport &report, const QLocale &locale)
{
    return tr("Week %1: %2 – %3")
        .arg(report.weekText, locale.toString(report.weekStart, QLocale::LongFormat),
             locale.toString(report.weekEnd, QLocale::LongFormat));
}

QString ReportText::printedOn(const WeeklyReport &report, const QLocale &locale)
{
    return tr("Printed %1").arg(dateTime(report.printedAt, locale));
}

QString ReportText::anonymizedNote()
{
    return tr("Anonymized: member names are replaced by pseudonyms.");
}

QString ReportText::percent(double ratio, const QLocale &locale, int decimals)
{
    return tr("%1%").arg(locale.toString(ratio * 100.0, 'f', decimals));
}

QString ReportText::value(const ReportKpi &kpi, bool previous, const QLocale &locale)
{
    switch (kpi.kind) {
    case ReportKpi::Kind::Count:
        return locale.toString(qint64(std::llround(previous ? kpi.previous : kpi.current)));
    case ReportKpi::Kind::Ratio:
        return percent(previous ? kpi.previous : kpi.current, locale);
    case ReportKpi::Kind::Money:
        return money(previous ? kpi.previousMoney : kpi.currentMoney, locale);
    }
    return {};
}

QString ReportText::change(const ReportKpi &kpi, const QLocale &locale)
{
    if (!kpi.hasChange)
        return QStringLiteral("–");
    const QString magnitude = percent(std::abs(kpi.change), locale);
    if (kpi.change > 0)
        return locale.positiveSign() + magnitude;
    if (kpi.change < 0)
        return QString(QChar(0x2212)) + magnitude;
    return magnitude;
}

QString ReportText::money(const Money &amount, const QLocale &locale)
{
    return amount.toDisplayString(locale);
}

QString ReportText::chartValue(double value, const QString &currency, const QLocale &locale)
{
    if (!currency.isEmpty()) {
        // Whole units keep axis labels short; Money supplies the symbol of the workspace currency.
        const QString text
            = Money::fromMajor(std::llround(value), currency).toDisplayString(locale);
        const QString cents = QString(locale.decimalPoint() + QStringLiteral("00"));
        return text.endsWith(cents) ? text.chopped(cents.size()) : text;
    }
    if (value == std::floor(value))
        return locale.toString(qint64(value));
    return locale.toString(value, 'f', 1);
}

QString ReportText::dateTime(const QDateTime &when, const QLocale &locale)
{
    return locale.toString(when, QLocale::ShortFormat);
}

QString ReportText::none()
{
    return tr("None this week.");
}

QString ReportText::summaryHeading()
{
    return tr("Summary");
}
QString ReportText::kpiHeading()
{
    return tr("Key figures");
}
QString ReportText::chartsHeading()
{
    return tr("Charts");
}
QString ReportText::groupsHeading()
{
    return tr("Groups");
}
QString ReportText::campaignsHeading()
{
    return tr("Campaigns");
}
QString ReportText::campaignResultsHeading()
{
    return tr("Results of this week");
}
QString ReportText::nextWeekHeading()
{
    return tr("Scheduled for next week");
}
QString ReportText::todoHeading()
{
    return tr("Activation to-do list");
}
QString ReportText::silentKeyMembersHeading()
{
    return tr("Silent seed users and experts");
}
QString ReportText::dueBuyersHeading()
{
    return tr("Buyers due to repurchase");
}
QString ReportText::quietNewcomersHeading()
{
    return tr("New members who have not spoken yet");
}
QString ReportText::violationsHeading()
{
    return tr("Rule violations");
}
QString ReportText::strikeMembersHeading()
{
    return tr("Members at or over their group's strike limit (warn or remove)");
}
QString ReportText::strikesColumn()
{
    return tr("Strikes / limit");
}
QString ReportText::strikesOfLimit(qint64 strikes, int limit, const QLocale &locale)
{
    return tr("%1 / %2").arg(locale.toString(strikes), locale.toString(limit));
}

QString ReportText::kpiColumn()
{
    return tr("Figure");
}
QString ReportText::thisWeekColumn()
{
    return tr("This week");
}
QString ReportText::lastWeekColumn()
{
    return tr("Last week");
}
QString ReportText::changeColumn()
{
    return tr("Change");
}
QString ReportText::groupColumn()
{
    return tr("Group");
}
QString ReportText::healthColumn()
{
    return tr("Health");
}
QString ReportText::healthPartsColumn()
{
    return tr("Activity / growth / conversion / rules");
}
QString ReportText::membersColumn()
{
    return tr("Members");
}
QString ReportText::activeColumn()
{
    return tr("Active");
}
QString ReportText::messagesColumn()
{
    return tr("Messages");
}
QString ReportText::ordersColumn()
{
    return tr("Orders");
}
QString ReportText::revenueColumn()
{
    return tr("Revenue");
}
QString ReportText::campaignColumn()
{
    return tr("Campaign");
}
QString ReportText::participantsColumn()
{
    return tr("Participants");
}
QString ReportText::typeColumn()
{
    return tr("Type");
}
QString ReportText::whenColumn()
{
    return tr("When");
}
QString ReportText::groupsColumn()
{
    return tr("Groups");
}
QString ReportText::memberColumn()
{
    return tr("Member");
}
QString ReportText::detailColumn()
{
    return tr("Detail");
}
QString ReportText::ruleColumn()
{
    return tr("Rule");
}
QString ReportText::countColumn()
{
    return tr("Count");
}

QString ReportText::healthParts(const HealthScore &health, const QLocale &locale, int decimals)
{
    return QStringLiteral("%1 / %2 / %3 / %4")
        .arg(locale.toString(health.activity, 'f', decimals),
             locale.toString(health.growth, 'f', decimals),
             locale.toString(health.conversion, 'f', decimals),
             locale.toString(health.discipline, 'f', decimals));
}

QString ReportText::topContributorsLabel()
{
    return tr("Top contributors");
}
QString ReportText::newMembersLabel()
{
    return tr("New members");
}
QString ReportText::departedMembersLabel()
{
    return tr("Departed members");
}

QString ReportText::andMore(qsizetype more, const QLocale &locale)
{
    return more > 0 ? tr("and %1 more").arg(locale.toString(qint64(more))) : QString();
}

QString ReportText::schedule(const ReportScheduledCampaign &campaign, const QLocale &locale)
{
    QString text = campaign.end.isValid()
        ? tr("%1 to %2").arg(dateTime(campaign.start, locale), dateTime(campaign.end, locale))
        : tr("from %1").arg(dateTime(campaign.start, locale));
    if (campaign.recurring)
        text = QString(text + QLatin1Char(' ') + recurringNote());
    return text;
}

QString ReportText::recurringNote()
{
    return tr("(recurring)");
}

} // namespace cohort
