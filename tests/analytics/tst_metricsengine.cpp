#include "analytics/drilldown.h"
#include "analytics/healthscore.h"
#include "analytics/metricsengine.h"
#include "analytics/periodmath.h"
#include "storage/analyticsfacts.h"

#include <QDateTime>
#include <QTest>

using namespace cohort;

namespace {

// The fixture lives in Asia/Shanghai (UTC+8, no DST). Every expected number below is worked
// out by hand in the comments of the test functions.
qint64 local(int month, int day, int hour = 0, int minute = 0)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, minute), Qt::UTC).toSecsSinceEpoch() - 8 * 3600;
}

qint32 dayOf(int month, int day)
{
    return qint32(PeriodMath::dayNumber(QDate(2026, month, day)));
}

AnalyticsFacts fixture()
{
    AnalyticsFacts f;
    f.timeZoneId = QStringLiteral("Asia/Shanghai");
    f.currency = QStringLiteral("CNY");
    f.groups.insert(1, {QStringLiteral("A"), Platform::WeChat});
    f.groups.insert(2, {QStringLiteral("B"), Platform::QQ});
    f.members = {
        {1, QStringLiteral("Alice"), SourceChannel::StoreQr, 0, 0},
        {2, QStringLiteral("Bob"), SourceChannel::Referral, 1, 0},
        {3, QStringLiteral("Carol"), SourceChannel::Referral, 2, 0},
        {4, QStringLiteral("Dan"), SourceChannel::Advertising, 0, 0},
        {5, QStringLiteral("Eve"), SourceChannel::Referral, 1, 0},
    };
    const qint64 jan1Utc = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
    f.memberships = {
        {1, 1, MemberRole::Owner, jan1Utc, 0},
        {1, 2, MemberRole::SeedUser, local(3, 3, 10), 0},
        {1, 3, MemberRole::Member, local(3, 5, 9), 0},
        {1, 4, MemberRole::Member, local(2, 1), local(3, 4, 12)},
        {2, 1, MemberRole::Member, jan1Utc, 0},
        {2, 5, MemberRole::Expert, local(2, 15), 0},
    };
    f.events = {
        {1, 4, MembershipEventKind::Join, local(2, 1), 0},
        {2, 5, MembershipEventKind::Join, local(2, 15), 0},
        {1, 2, MembershipEventKind::Join, local(3, 3, 10), 1},
        {1, 4, MembershipEventKind::Leave, local(3, 4, 12), 0},
        {1, 3, MembershipEventKind::Join, local(3, 5, 9), 2},
    };
    f.dayActivity = {
        {2, dayOf(2, 10), 5, 2},
        {1, dayOf(2, 20), 1, 3},
        {1, dayOf(3, 2), 1, 5},
        {1, dayOf(3, 2), 4, 4},
        {2, dayOf(3, 2), 1, 1},
        {1, dayOf(3, 3), 2, 2},
        {1, dayOf(3, 8), 2, 1},
    };
    f.hourActivity = {
        {1, dayOf(3, 2), 20, 9},
        {1, dayOf(3, 8), 7, 1},
        {1, dayOf(2, 20), 9, 3},
    };
    f.products.insert(10, {QStringLiteral("Snack box"), ProductRole::Traffic, 30});
    f.products.insert(11, {QStringLiteral("Course"), ProductRole::Profit, 0});
    f.campaigns.insert(100, QStringLiteral("Flash Monday"));
    f.orders = {
        {5, 5, 10, 2, 0, local(2, 5, 10), 1000, OrderStatus::Paid},
        {1, 1, 10, 1, 0, local(3, 2, 20), 1000, OrderStatus::Paid},
        {3, 2, 11, 1, 100, local(3, 4, 9), 5000, OrderStatus::Paid},
        {2, 1, 10, 1, 0, local(3, 6, 21), 1000, OrderStatus::Delivered},
        {4, 3, 11, 1, 0, local(3, 7, 12), 5000, OrderStatus::Refunded},
        {6, 4, 10, 1, 0, local(3, 8, 23, 30), 700, OrderStatus::Placed},
        {7, 1, 10, 1, 0, local(3, 9, 0, 30), 300, OrderStatus::Paid},
    };
    f.buildIndex();
    return f;
}

MetricsRequest week10(QList<qint64> groups = {})
{
    MetricsRequest r;
    r.groupIds = groups;
    r.from = QDate(2026, 3, 2);
    r.to = QDate(2026, 3, 8);
    r.granularity = Granularity::Day;
    return r;
}

} // namespace

/// MetricsEngine on a hand-worked fixture: activity, funnel, repurchase, fission, revenue,
/// health, scopes, local-day boundaries and the previous period.
class TestMetricsEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void activity()
    {
        const DashboardMetrics m = MetricsEngine::compute(fixture(), week10());
        // Messages 3/2..3/8: group 1: 5 (Alice) + 4 (Dan) + 2 + 1 (Bob); group 2: 1 (Alice).
        QCOMPARE(m.activity.messages, qint64(13));
        QCOMPARE(m.activity.activeMembers, qint64(3)); // Alice, Bob, Dan
        // Members during the range: Alice, Bob, Carol, Dan (group 1; he left on 3/4, in the range)
        // and Alice, Eve (group 2).
        QCOMPARE(m.activity.members, qint64(5));
        QCOMPARE(m.activity.activeRatio, 0.6);
        QCOMPARE(m.activity.joins, qint64(2));
        QCOMPARE(m.activity.leaves, qint64(1));
        QCOMPARE(m.activity.netGrowth, qint64(1));
        QCOMPARE(m.activity.heatmap[0][20], qint64(9)); // Monday 20:00
        QCOMPARE(m.activity.heatmap[6][7], qint64(1)); // Sunday 07:00
        qint64 heatTotal = 0;
        for (const auto &row : m.activity.heatmap)
            for (const qint64 v : row)
                heatTotal += v;
        QCOMPARE(heatTotal, qint64(10)); // the 2/20 row lies outside the range

        QCOMPARE(m.activity.series.size(), 7);
        QCOMPARE(m.activity.series.at(0).periodStart, QDate(2026, 3, 2));
        QCOMPARE(m.activity.series.at(0).messages, qint64(10));
        QCOMPARE(m.activity.series.at(0).activeMembers, qint64(2));
        QCOMPARE(m.activity.series.at(1).joins, qint64(1));
        QCOMPARE(m.activity.series.at(2).leaves, qint64(1));
        QCOMPARE(m.activity.series.at(6).messages, qint64(1));

        QCOMPARE(m.activity.topContributors.size(), 3);
        QCOMPARE(m.activity.topContributors.at(0).member.name, QStringLiteral("Alice"));
        QCOMPARE(m.activity.topContributors.at(0).messages, qint64(6));
        QCOMPARE(m.activity.topContributors.at(1).member.name, QStringLiteral("Dan"));
        QCOMPARE(m.activity.topContributors.at(2).messages, qint64(3));
        QCOMPARE(m.activity.topContributors.at(0).member.roles.first(), MemberRole::Owner);

        // Silent for 14+ days: Eve (last wrote 2/10, 26 days) and Carol (never); the expert first.
        QCOMPARE(m.activity.silentCount, qint64(2));
        QCOMPARE(m.activity.silentMembers.at(0).member.name, QStringLiteral("Eve"));
        QCOMPARE(m.activity.silentMembers.at(0).daysSilent, qint64(26));
        QCOMPARE(m.activity.silentMembers.at(1).member.name, QStringLiteral("Carol"));
        QCOMPARE(m.activity.silentMembers.at(1).daysSilent, qint64(-1));
        QVERIFY(!m.activity.silentMembers.at(1).lastMessage.isValid());
    }

    void conversion()
    {
        const DashboardMetrics m = MetricsEngine::compute(fixture(), week10());
        const QList<FunnelStep> &f = m.conversion.funnel;
        QCOMPARE(f.size(), 5);
        QCOMPARE(f.at(0).key, QStringLiteral("members"));
        QCOMPARE(f.at(0).count, qint64(5)); // members during the range, Dan included
        QCOMPARE(f.at(1).count, qint64(3)); // of them active: Alice, Bob, Dan (as the card)
        QCOMPARE(f.at(2).count, qint64(3)); // of those, bought: Alice, Bob, Dan (Carol refunded)
        QCOMPARE(f.at(3).count, qint64(1)); // Alice bought twice
        QCOMPARE(f.at(4).count, qint64(1)); // and referred Bob, new on 3/3 (Eve came in February)
        QCOMPARE(f.at(4).key, QStringLiteral("referring_repeat_buyers"));
        QVERIFY(qAbs(f.at(3).rateOfPrevious - 1.0 / 3.0) < 1e-12);
        QCOMPARE(f.at(2).rateOfFirst, 0.6);
        QCOMPARE(m.conversion.conversionRate, 0.6); // 3 buyers of 5 members
        QCOMPARE(m.conversion.byGroup.size(), 2);
        QCOMPARE(m.conversion.byGroup.at(0).members, qint64(4));
        QCOMPARE(m.conversion.byGroup.at(0).buyers, qint64(3));
        QCOMPARE(m.conversion.byGroup.at(1).buyers, qint64(0));
        // Alice: joined 1/1 00:00 UTC, first order 3/2 12:00 UTC = 60.5 days; Bob: 23 hours; Dan:
        // joined 2/1, first order 3/8 23:30 = 35 days 23.5 hours. The median is Dan's.
        QVERIFY(qAbs(m.conversion.medianDaysToFirstOrder - (35.0 + 23.5 / 24.0)) < 1e-9);
        QCOMPARE(m.conversion.byCampaign.size(), 1);
        QCOMPARE(m.conversion.byCampaign.at(0).revenue, Money(5000, QStringLiteral("CNY")));
        QCOMPARE(m.conversion.byCampaign.at(0).buyers, qint64(1));
        qint64 sourceMembers = 0;
        for (const ConversionRow &row : m.conversion.bySource)
            sourceMembers += row.members;
        QCOMPARE(sourceMembers, qint64(5));
        QCOMPARE(m.conversion.bySource.at(0).key, QStringLiteral("referral")); // Bob, Carol, Eve
        QCOMPARE(m.conversion.bySource.at(0).members, qint64(3));
        QCOMPARE(m.conversion.bySource.at(0).buyers, qint64(1));
    }

    void revenueAndLocalDayBoundary()
    {
        const DashboardMetrics m = MetricsEngine::compute(fixture(), week10());
        // 1000 + 5000 + 1000 + 700; the refund is out, and the 3/9 00:30 local order (3/8 in UTC)
        // belongs to the next week.
        QCOMPARE(m.revenue.revenue, Money(7700, QStringLiteral("CNY")));
        QCOMPARE(m.revenue.orders, qint64(4));
        QCOMPARE(m.revenue.refunded, qint64(1));
        QCOMPARE(m.revenue.averageOrder, Money(1925, QStringLiteral("CNY")));
        QCOMPARE(m.revenue.series.at(6).revenue, Money(700, QStringLiteral("CNY")));
        QCOMPARE(m.revenue.byRole.at(0).key, QStringLiteral("traffic"));
        QCOMPARE(m.revenue.byRole.at(0).amount, Money(2700, QStringLiteral("CNY")));
        QCOMPARE(m.revenue.byRole.at(1).amount, Money(5000, QStringLiteral("CNY")));
        QCOMPARE(m.revenue.byProduct.first().name, QStringLiteral("Course"));
        QCOMPARE(m.revenue.byGroup.size(), 1);
    }

    void repurchase()
    {
        const DashboardMetrics m = MetricsEngine::compute(fixture(), week10());
        QCOMPARE(m.repurchase.buyers, qint64(3)); // Alice, Bob, Dan
        QCOMPARE(m.repurchase.repeatBuyers, qint64(1));
        QVERIFY(qAbs(m.repurchase.repurchaseRate - 1.0 / 3.0) < 1e-12);
        QCOMPARE(m.repurchase.intervals.at(0).count, qint64(1)); // Alice: 4 days
        QCOMPARE(m.repurchase.medianIntervalDays, 4.0);
        QCOMPARE(m.repurchase.cohorts.size(), 2);
        QCOMPARE(m.repurchase.cohorts.at(0).month, QDate(2026, 2, 1));
        QCOMPARE(m.repurchase.cohorts.at(0).buyers, qint64(1));
        QCOMPARE(m.repurchase.cohorts.at(0).retention, QList<double>{0.0});
        QCOMPARE(m.repurchase.cohorts.at(1).buyers, qint64(3));
        QVERIFY(m.repurchase.cohorts.at(1).retention.isEmpty());
        // Eve's snack box (30-day cycle) bought 2/5 is due 3/7.
        QCOMPARE(m.repurchase.due.size(), 1);
        QCOMPARE(m.repurchase.due.at(0).member.name, QStringLiteral("Eve"));
        QCOMPARE(m.repurchase.due.at(0).due, QDate(2026, 3, 7));
    }

    void fission()
    {
        const DashboardMetrics m = MetricsEngine::compute(fixture(), week10());
        QCOMPARE(m.fission.newMembers, qint64(2)); // Bob, Carol
        QCOMPARE(m.fission.newByReferral, qint64(2));
        QCOMPARE(m.fission.referralShare, 1.0);
        QCOMPARE(m.fission.referrers, qint64(2));
        QCOMPARE(m.fission.kFactor, 1.0);
        QCOMPARE(m.fission.maxTreeDepth, 2); // Alice -> Bob -> Carol
        QCOMPARE(m.fission.topReferrers.size(), 2);
        QCOMPARE(m.fission.topReferrers.at(0).member.name, QStringLiteral("Alice"));
    }

    void referralCycleTerminates()
    {
        AnalyticsFacts f = fixture();
        f.members[0].referrerId = 3; // Alice <- Carol <- Bob <- Alice
        const DashboardMetrics m = MetricsEngine::compute(f, week10());
        QVERIFY(m.fission.maxTreeDepth <= 3);
    }

    void scopeOneGroup()
    {
        const DashboardMetrics m = MetricsEngine::compute(fixture(), week10({2}));
        QCOMPARE(m.activity.messages, qint64(1));
        QCOMPARE(m.activity.members, qint64(2));
        QCOMPARE(m.activity.activeMembers, qint64(1));
        QCOMPARE(m.revenue.orders, qint64(0));
        QCOMPARE(m.revenue.revenue, Money(0, QStringLiteral("CNY")));
        QCOMPARE(m.portfolio.size(), 1);
    }

    void previousPeriodAndEmptyRange()
    {
        const DashboardMetrics m = MetricsEngine::compute(fixture(), week10());
        QCOMPARE(m.current.messages, qint64(13));
        QCOMPARE(m.previous.messages, qint64(0)); // 2/23..3/1: nobody wrote
        QCOMPARE(m.previous.orders, qint64(0));

        AnalyticsFacts empty;
        empty.timeZoneId = QStringLiteral("UTC");
        const DashboardMetrics e = MetricsEngine::compute(empty, week10());
        QCOMPARE(e.activity.messages, qint64(0));
        QCOMPARE(e.activity.activeRatio, 0.0);
        QCOMPARE(e.conversion.conversionRate, 0.0);
        QCOMPARE(e.conversion.medianDaysToFirstOrder, -1.0);
        QCOMPARE(e.activity.series.size(), 7);
        QVERIFY(e.portfolio.isEmpty());
    }

    void leftAndRejoined()
    {
        AnalyticsFacts f = fixture();
        // Dan comes back on 3/6: the membership row holds the latest join, the events both moves.
        f.memberships[3] = {1, 4, MemberRole::Member, local(3, 6, 8), 0};
        f.events.push_back({1, 4, MembershipEventKind::Join, local(3, 6, 8), 0});
        const DashboardMetrics m = MetricsEngine::compute(f, week10());
        QCOMPARE(m.activity.members, qint64(5));
        QCOMPARE(m.activity.joins, qint64(3));
        QCOMPARE(m.activity.leaves, qint64(1));
        // Dan's first join (2/1) predates the range: he is not a new member.
        QCOMPARE(m.fission.newMembers, qint64(2));
        QCOMPARE(m.conversion.funnel.at(2).count, qint64(3)); // Dan is a buyer and a member again
    }

    void portfolioAndHealth()
    {
        const DashboardMetrics m = MetricsEngine::compute(fixture(), week10());
        QCOMPARE(m.portfolio.size(), 2);
        // One week: a = members writing per week ÷ members; b = members buying per 30 days ÷
        // members, the week counting as 7/30 of a month.
        // Group B: 2 members, 1 writes: a = 0.5, 40(1 − e^−2.5) = 36.72; no growth: 10; no buyers:
        // 0; 10. Total 56.72.
        QCOMPARE(m.portfolio.at(0).name, QStringLiteral("B"));
        QCOMPARE(m.portfolio.at(0).health.score, 57);
        QVERIFY(qAbs(m.portfolio.at(0).health.activity - 36.7166) < 1e-3);
        QCOMPARE(m.portfolio.at(0).health.weeklyActiveShare, 0.5);
        // Group A: 4 members (Dan left in the week), 3 write: a = 0.75, 40(1 − e^−3.75) = 39.06;
        // +1 net of 4 in 7 days is +107% a month: 20; 3 buyers: b = 3 ÷ (4 × 7/30) > 1, so 1:
        // 30(1 − e^−5) = 29.80; 10. Total 98.86.
        QCOMPARE(m.portfolio.at(1).health.score, 99);
        QCOMPARE(m.portfolio.at(1).health.monthlyBuyerShare, 1.0);
        QVERIFY(qAbs(m.portfolio.at(1).health.conversion - 29.7979) < 1e-3);
        QCOMPARE(m.portfolio.at(1).orders, qint64(4));
        QCOMPARE(m.portfolio.at(1).revenue, Money(7700, QStringLiteral("CNY")));
        QVERIFY(qAbs(m.portfolio.at(1).repurchaseRate - 1.0 / 3.0) < 1e-12);
    }

    void healthFormula_data()
    {
        QTest::addColumn<qint64>("members");
        QTest::addColumn<qint64>("activeWeeks");
        QTest::addColumn<qint64>("buyerMonths");
        QTest::addColumn<qint64>("joins");
        QTest::addColumn<qint64>("leaves");
        QTest::addColumn<qint64>("violations");
        QTest::addColumn<qint64>("days");
        QTest::addColumn<int>("score");
        QTest::newRow("empty group") << qint64(0) << qint64(0) << qint64(0) << qint64(0)
                                     << qint64(0) << qint64(0) << qint64(30) << 0;
        // Net −5% a month: 0; 5 violations per 100 members a month: 0.
        QTest::newRow("dead group") << qint64(100) << qint64(0) << qint64(0) << qint64(0)
                                    << qint64(5) << qint64(5) << qint64(30) << 0;
        // 4 weeks, 10 writers a week: a = 0.1, 40(1 − e^−0.5) = 15.74; 10; 10 buyers in 28 days:
        // b = 10 ÷ (100 × 28/30) = 0.107, 30(1 − e^−0.536) = 12.44; 10. Total 48.18.
        QTest::newRow("quiet month") << qint64(100) << qint64(40) << qint64(10) << qint64(0)
                                     << qint64(0) << qint64(0) << qint64(28) << 48;
        // The same rates over half a year score the same: totals no longer pile up.
        QTest::newRow("quiet half year") << qint64(100) << qint64(260) << qint64(65) << qint64(0)
                                         << qint64(0) << qint64(0) << qint64(182) << 48;
        // a = 343 ÷ (200 × 30/7) = 0.40: 34.59; +16 net of 200 a month: 20; b = 0.3: 30(1 − e^−1.5)
        // = 23.31; 1 violation per 100 members a month: 8. Total 85.90.
        QTest::newRow("lively month") << qint64(200) << qint64(343) << qint64(60) << qint64(20)
                                      << qint64(4) << qint64(2) << qint64(30) << 86;
        // A week: every member writes and buys; shares stop at one: 39.73 + 10 + 29.80 + 10.
        QTest::newRow("shares stop at one") << qint64(10) << qint64(10) << qint64(10) << qint64(0)
                                            << qint64(0) << qint64(0) << qint64(7) << 90;
    }
    void healthFormula()
    {
        QFETCH(qint64, members);
        QFETCH(qint64, activeWeeks);
        QFETCH(qint64, buyerMonths);
        QFETCH(qint64, joins);
        QFETCH(qint64, leaves);
        QFETCH(qint64, violations);
        QFETCH(qint64, days);
        QFETCH(int, score);
        const HealthScore h = HealthScoreFormula::compute(
            { members, activeWeeks, buyerMonths, joins, leaves, violations, days });
        QCOMPARE(h.score, score);
        QVERIFY(!HealthScoreFormula::formulaText().isEmpty());
    }

    void drillDownMatchesCounts()
    {
        const AnalyticsFacts f = fixture();
        const MetricsRequest r = week10();
        const DashboardMetrics m = MetricsEngine::compute(f, r);
        for (int step = 0; step < 5; ++step) {
            const auto rows = DrillDown::members(f, r, DrillDown::Kind::FunnelStep, step);
            QCOMPARE(qint64(rows.size()), m.conversion.funnel.at(step).count);
        }
        const auto silent = DrillDown::members(f, r, DrillDown::Kind::Silent, 0);
        QCOMPARE(qint64(silent.size()), m.activity.silentCount);
        const auto joins = DrillDown::members(f, r, DrillDown::Kind::JoinsInPeriod, -1);
        QCOMPARE(qint64(joins.size()), m.activity.joins);
        const auto monday = DrillDown::members(f, r, DrillDown::Kind::HeatCell, 0 * 24 + 20);
        QCOMPARE(monday.size(), 2); // Alice (6 on 3/2 across both groups) and Dan (4)
        QCOMPARE(monday.at(0).member.name, QStringLiteral("Alice"));
        QCOMPARE(monday.at(0).value, qint64(6));
        const auto buyers = DrillDown::members(f, r, DrillDown::Kind::Buyers, 0);
        QCOMPARE(qint64(buyers.size()), m.repurchase.buyers);
        const auto firstDay = DrillDown::members(f, r, DrillDown::Kind::ActiveInPeriod, PeriodMath::dayNumber(QDate(2026, 3, 2)));
        QCOMPARE(qint64(firstDay.size()), m.activity.series.at(0).activeMembers);
        QCOMPARE(qint64(DrillDown::members(f, r, DrillDown::Kind::NewByReferral, 0).size()), m.fission.newByReferral);
        // Revenue split by group and role adds up to the group totals.
        QCOMPARE(m.revenue.byGroupAndRole.size(), m.revenue.byGroup.size());
        Money sum(0, QStringLiteral("CNY"));
        for (const Money &part : m.revenue.byGroupAndRole.at(0).byRole)
            sum += part;
        QCOMPARE(sum, m.revenue.byGroup.at(0).amount);
    }

    void weeklyGranularityAndIsoWeeks()
    {
        MetricsRequest r = week10();
        r.from = QDate(2026, 2, 25);
        r.granularity = Granularity::Week;
        const DashboardMetrics m = MetricsEngine::compute(fixture(), r);
        QCOMPARE(m.activity.series.size(), 2);
        QCOMPARE(m.activity.series.at(0).periodStart, QDate(2026, 2, 23)); // the Monday
        QCOMPARE(m.activity.series.at(1).messages, qint64(13));
        QCOMPARE(PeriodMath::parseIsoWeek(QStringLiteral("2026-W10")).first, QDate(2026, 3, 2));
        QCOMPARE(PeriodMath::parseIsoWeek(QStringLiteral("2026-W01")).first, QDate(2025, 12, 29));
        QCOMPARE(PeriodMath::parseIsoWeek(QStringLiteral("2020-W53")).second, QDate(2021, 1, 3));
        QCOMPARE(PeriodMath::parseIsoWeek(QStringLiteral("2026-W53")).second, QDate(2027, 1, 3)); // 2026 starts on a Thursday
        QVERIFY(!PeriodMath::parseIsoWeek(QStringLiteral("2025-W53")).first.isValid());
        QVERIFY(!PeriodMath::parseIsoWeek(QStringLiteral("2026-10")).first.isValid());
        QCOMPARE(PeriodMath::buckets(PeriodMath::dayNumber(QDate(2026, 1, 31)),
                                     PeriodMath::dayNumber(QDate(2026, 3, 1)), Granularity::Month)
                     .size(),
                 3);
    }
};

QTEST_GUILESS_MAIN(TestMetricsEngine)
#include "tst_metricsengine.moc"
