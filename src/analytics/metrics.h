#pragma once

#include "domain/enums.h"
#include "domain/money.h"

#include <QDate>
#include <QList>
#include <QString>

#include <array>

namespace cohort {

// Plain result structures of the metrics engine (definitions in docs/metrics.md). The GUI, the
// CLI and the weekly report all consume these.

struct NamedCount
{
    qint64 id = 0;
    QString name;
    qint64 count = 0;
};

struct MemberRef
{
    qint64 memberId = 0;
    QString name;
    QList<MemberRole> roles; ///< roles in the groups of the scope, most important first
};

struct ActivityPoint
{
    QDate periodStart;
    qint64 messages = 0;
    qint64 activeMembers = 0;
    qint64 joins = 0;
    qint64 leaves = 0;
};

struct Contributor
{
    MemberRef member;
    qint64 messages = 0;
};

struct SilentMember
{
    MemberRef member;
    QDate lastMessage; ///< invalid = never wrote in the scope
    qint64 daysSilent = -1; ///< -1 = never wrote
};

struct ActivityMetrics
{
    qint64 messages = 0;
    qint64 activeMembers = 0;
    qint64 members = 0; ///< members of the scope during the range (MetricsContext::membersInRange)
    double activeRatio = 0; ///< activeMembers / members
    double messagesPerDay = 0;
    qint64 joins = 0;
    qint64 leaves = 0; ///< left plus removed
    qint64 netGrowth = 0;
    QList<ActivityPoint> series;
    /// Messages by ISO weekday (0 = Monday) and hour of day, local time.
    std::array<std::array<qint64, 24>, 7> heatmap{};
    QList<Contributor> topContributors;
    qint64 silentCount = 0; ///< among the members of the scope at the end of the range
    QList<SilentMember> silentMembers; ///< seed users and experts first, then longest silent
};

struct FunnelStep
{
    QString key; ///< FunnelStages::key(): members, active, active_buyers, ...
    qint64 count = 0;
    double rateOfPrevious = 0;
    double rateOfFirst = 0;
};

struct ConversionRow
{
    qint64 id = 0;
    QString key; ///< source channel key for by-source rows
    QString name;
    qint64 members = 0;
    qint64 buyers = 0;
    double rate = 0;
    qint64 orders = 0;
    Money revenue;
};

struct ConversionMetrics
{
    QList<FunnelStep> funnel;
    double conversionRate = 0; ///< buyers / members
    QList<ConversionRow> byGroup;
    QList<ConversionRow> bySource;
    QList<ConversionRow> byCampaign; ///< members = members of the campaign's groups that bought
    double medianDaysToFirstOrder = -1; ///< -1 = no buyer with a known join time
};

struct IntervalBucket
{
    int fromDays = 0;
    int toDays = 0; ///< inclusive; -1 = open-ended
    qint64 count = 0;
};

struct CohortRow
{
    QDate month; ///< month of first purchase
    qint64 buyers = 0;
    QList<double> retention; ///< share of the cohort buying again in month k = 1, 2, ...
};

struct DueBuyer
{
    MemberRef member;
    qint64 productId = 0;
    QString productName;
    QDate lastOrder;
    QDate due;
};

struct RepurchaseMetrics
{
    qint64 buyers = 0;
    qint64 repeatBuyers = 0;
    double repurchaseRate = 0;
    QList<IntervalBucket> intervals;
    double medianIntervalDays = -1;
    QList<CohortRow> cohorts;
    QList<DueBuyer> due;
};

struct Referrer
{
    MemberRef member;
    qint64 referrals = 0;
};

struct FissionMetrics
{
    qint64 newMembers = 0;
    qint64 newByReferral = 0;
    double referralShare = 0;
    qint64 referrers = 0; ///< distinct members who brought a new member in the range
    double kFactor = 0; ///< newByReferral / referrers
    int maxTreeDepth = 0;
    QList<Referrer> topReferrers;
};

struct RevenuePoint
{
    QDate periodStart;
    Money revenue;
    qint64 orders = 0;
};

struct NamedAmount
{
    qint64 id = 0;
    QString key;
    QString name;
    Money amount;
    qint64 orders = 0;
};

/// Revenue of one group split by product role (in EnumTraits<ProductRole>::all() order).
struct GroupRoleRevenue
{
    qint64 groupId = 0;
    QString name;
    QList<Money> byRole;
};

struct RevenueMetrics
{
    Money revenue;
    qint64 orders = 0;
    qint64 refunded = 0;
    Money averageOrder;
    QList<RevenuePoint> series;
    QList<NamedAmount> byGroup;
    QList<NamedAmount> byProduct;
    QList<NamedAmount> byCampaign;
    QList<NamedAmount> byRole; ///< product role keys: traffic, profit, membership, service
    QList<GroupRoleRevenue> byGroupAndRole; ///< same order as byGroup
};

/// The documented 0–100 group health score and its parts (docs/metrics.md).
struct HealthScore
{
    int score = 0;
    double activity = 0; ///< 0–40
    double growth = 0; ///< 0–20
    double conversion = 0; ///< 0–30
    double discipline = 0; ///< 0–10 (rule violations)
    double weeklyActiveShare = 0; ///< members writing in an average week ÷ members
    double monthlyBuyerShare = 0; ///< members buying in an average 30 days ÷ members
    double monthlyNetGrowth = 0; ///< (joins − leaves) per 30 days ÷ members
};

struct PortfolioRow
{
    qint64 groupId = 0;
    QString name;
    Platform platform = Platform::Other;
    qint64 members = 0;
    qint64 activeMembers = 0;
    double activeRatio = 0;
    qint64 messages = 0;
    qint64 joins = 0;
    qint64 leaves = 0;
    qint64 buyers = 0;
    qint64 orders = 0;
    Money revenue;
    double conversionRate = 0;
    double repurchaseRate = 0;
    qint64 violations = 0;
    HealthScore health;
};

/// Every metric for one request, plus the headline numbers of the previous equal period.
struct DashboardMetrics
{
    QDate from;
    QDate to;
    ActivityMetrics activity;
    ConversionMetrics conversion;
    RepurchaseMetrics repurchase;
    FissionMetrics fission;
    RevenueMetrics revenue;
    qint64 violations = 0;
    QList<PortfolioRow> portfolio; ///< sorted by health, lowest first
    struct Headline
    {
        qint64 messages = 0;
        qint64 activeMembers = 0;
        double activeRatio = 0;
        qint64 joins = 0;
        qint64 leaves = 0;
        qint64 buyers = 0;
        qint64 orders = 0;
        Money revenue;
        double conversionRate = 0;
        double repurchaseRate = 0;
        qint64 newByReferral = 0;
        qint64 violations = 0;
    };
    Headline current;
    Headline previous;
};

} // namespace cohort
