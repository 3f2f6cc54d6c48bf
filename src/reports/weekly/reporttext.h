#pragma once

#include "reports/weekly/weeklyreport.h"

#include <QCoreApplication>
#include <QLocale>

namespace cohort {

/// Headings and number formatting shared by the HTML and PDF renderers, so both say the same
/// thing in the same words and the same localized numbers.
class ReportText final
{
    Q_DECLARE_TR_FUNCTIONS(ReportText)

public:
    static QString title();
    static QString weekRange(const WeeklyReport &report, const QLocale &locale);
    static QString printedOn(const WeeklyReport &report, const QLocale &locale);
    static QString anonymizedNote();
    static QString percent(double ratio, const QLocale &locale, int decimals = 1);
    static QString value(const ReportKpi &kpi, bool previous, const QLocale &locale);
    /// "+12.0 %", "−3.5 %", or an en dash when last week was zero.
    static QString change(const ReportKpi &kpi, const QLocale &locale);
    static QString money(const Money &amount, const QLocale &locale);
    /// Axis and bar labels of a chart value.
    static QString chartValue(double value, const QString &currency, const QLocale &locale);
    static QString dateTime(const QDateTime &when, const QLocale &locale);
    static QString none();

    // Section headings
    static QString summaryHeading();
    static QString kpiHeading();
    static QString chartsHeading();
    static QString groupsHeading();
    static QString campaignsHeading();
    static QString campaignResultsHeading();
    static QString nextWeekHeading();
    static QString todoHeading();
    static QString silentKeyMembersHeading();
    static QString dueBuyersHeading();
    static QString quietNewcomersHeading();
    static QString violationsHeading();
    static QString strikeMembersHeading();

    // Column headings
    static QString kpiColumn();
    static QString thisWeekColumn();
    static QString lastWeekColumn();
    static QString changeColumn();
    static QString groupColumn();
    static QString healthColumn();
    static QString healthPartsColumn();
    static QString membersColumn();
    static QString activeColumn();
    static QString messagesColumn();
    static QString ordersColumn();
    static QString revenueColumn();
    static QString campaignColumn();
    static QString participantsColumn();
    static QString typeColumn();
    static QString whenColumn();
    static QString groupsColumn();
    static QString memberColumn();
    static QString detailColumn();
    static QString ruleColumn();
    static QString countColumn();
    static QString strikesColumn();
    /// "3 of 2": a member's strikes against the group's limit.
    static QString strikesOfLimit(qint64 strikes, int limit, const QLocale &locale);

    /// "12.7 / 18.6 / 11.6 / 10.0": activity, growth, conversion and discipline points.
    static QString healthParts(const HealthScore &health, const QLocale &locale, int decimals = 1);
    static QString topContributorsLabel();
    static QString newMembersLabel();
    static QString departedMembersLabel();
    /// "and 12 more", for a list cut at the report's limit; empty when nothing was left out.
    static QString andMore(qsizetype more, const QLocale &locale);
    static QString schedule(const ReportScheduledCampaign &campaign, const QLocale &locale);
    static QString recurringNote();
};

} // namespace cohort
