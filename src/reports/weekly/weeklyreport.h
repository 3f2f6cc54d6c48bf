#pragma once

#include "analytics/metrics.h"
#include "domain/enums.h"
#include "domain/money.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace cohort {

// Plain structures of the weekly report (DOMAIN.md §8, issue 6). WeeklyReportBuilder fills them
// from the metrics engine; the HTML and PDF renderers only read them. Member names in here are
// already pseudonyms when the report is anonymized, so no renderer can leak a real name.

/// One KPI row: this week, last week and the change.
struct ReportKpi
{
    enum class Kind { Count, Ratio, Money };
    QString key; ///< messages, active_members, active_ratio, joins, leaves, buyers, orders,
                 ///< revenue, conversion, repurchase_rate, new_by_referral, violations
    QString label;
    Kind kind = Kind::Count;
    double current = 0; ///< counts and ratios (0–1)
    double previous = 0;
    Money currentMoney; ///< for Kind::Money
    Money previousMoney;
    /// Relative change (0.12 = +12 %); unset when last week was zero.
    bool hasChange = false;
    double change = 0;
};

/// Data of one chart, drawn for print by ReportChartPainter and for HTML by ReportSvgChart.
struct ReportChart
{
    enum class Kind {
        Columns, ///< grouped vertical bars, one group per category
        Bars, ///< horizontal bars, one per category (funnel, revenue ranking)
    };
    struct Series
    {
        QString name;
        QList<double> values; ///< one per category
    };
    QString title;
    Kind kind = Kind::Columns;
    QStringList categories;
    QList<Series> series;
    QString currency; ///< non-empty: values are whole major units of this ISO 4217 currency
};

struct ReportMember
{
    qint64 memberId = 0;
    QString name; ///< pseudonym when anonymized
    QString detail; ///< e.g. role, messages, product due
    QString group; ///< the group(s) a row of an activation list is about
};

/// Per-group section of a portfolio report.
struct ReportGroupSection
{
    qint64 groupId = 0;
    QString name;
    Platform platform = Platform::Other;
    qint64 members = 0;
    qint64 activeMembers = 0;
    qint64 messages = 0;
    qint64 orders = 0;
    Money revenue;
    HealthScore health;
    QList<ReportMember> topContributors;
    QList<ReportMember> newMembers; ///< the first WeeklyReportOptions::listLimit
    QList<ReportMember> departedMembers;
    qsizetype newMembersTotal = 0; ///< before the cut; the rest are "and N more"
    qsizetype departedMembersTotal = 0;
};

struct ReportCampaignResult
{
    qint64 campaignId = 0;
    QString name;
    qint64 orders = 0;
    qint64 participants = 0;
    Money revenue;
};

struct ReportScheduledCampaign
{
    qint64 campaignId = 0;
    QString name;
    CampaignType type = CampaignType::FlashSale;
    CampaignStatus status = CampaignStatus::Draft;
    QDateTime start; ///< workspace time zone
    QDateTime end; ///< of this occurrence; invalid = unknown
    bool recurring = false; ///< one occurrence of a recurring campaign
    QStringList groups;
};

/// A member at or over their group's strike limit at the end of the week (docs/rules.md).
struct ReportStrikeMember
{
    QString groupName;
    QString member; ///< a pseudonym when anonymized
    qint64 strikes = 0;
    int threshold = 0;
};

struct ReportViolation
{
    QString groupName;
    QString rule;
    qint64 count = 0;
    QStringList members; ///< pseudonyms when anonymized
};

/// The whole weekly report for one ISO week and scope.
struct WeeklyReport
{
    // Cover
    QString workspaceName;
    QString scopeText; ///< "All groups (20)", the group name, or a list
    bool portfolio = false; ///< more than one group in scope: per-group sections
    QString weekText; ///< "2026-W10"
    QDate weekStart; ///< Monday
    QDate weekEnd; ///< Sunday
    QDateTime printedAt;
    bool anonymized = false;
    QString currency;
    QString summary;

    QList<ReportKpi> kpis;
    ReportChart dailyActivity;
    ReportChart funnel;
    ReportChart revenue;

    /// Per group, lowest health first: every group of a portfolio, or the one group in scope.
    QList<ReportGroupSection> groups;
    int groupsBelowHealthThreshold = 0;
    int healthThreshold = 40;

    QList<ReportCampaignResult> campaignResults;
    QList<ReportScheduledCampaign> nextWeekCampaigns;

    // Activation to-do list
    // Each list holds its first WeeklyReportOptions::listLimit rows; its total counts them all.
    QList<ReportMember> silentKeyMembers; ///< silent seed users and experts
    QList<ReportMember> dueBuyers;
    QList<ReportMember> quietNewcomers; ///< joined this week, not spoken yet
    qsizetype silentKeyMembersTotal = 0;
    qsizetype dueBuyersTotal = 0;
    qsizetype quietNewcomersTotal = 0;

    QList<ReportViolation> violations;
    QList<ReportStrikeMember> strikeMembers; ///< most strikes first
};

} // namespace cohort
