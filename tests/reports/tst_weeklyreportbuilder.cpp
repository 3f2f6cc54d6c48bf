#include "../analytics/randomfacts.h"
#include "reportfixture.h"

#include "analytics/metricsengine.h"

#include "reports/weekly/pseudonymizer.h"
#include "reports/weekly/weeklyreportbuilder.h"
#include "storage/analyticsfactsrepository.h"
#include "storage/database.h"
#include "storage/pseudonymkeyrepository.h"

#include <QRegularExpression>
#include <QTest>
#include <QTimeZone>

using namespace cohort;
using cohort::test::ReportFixture;

namespace {

const ReportKpi &kpi(const WeeklyReport &report, const QString &key)
{
    static const ReportKpi missing;
    for (const ReportKpi &k : report.kpis) {
        if (k.key == key)
            return k;
    }
    return missing;
}

QStringList names(const QList<ReportMember> &members)
{
    QStringList list;
    for (const ReportMember &m : members)
        list << m.name;
    return list;
}

} // namespace

/// WeeklyReportBuilder on the hand-worked fixture of reportfixture.cpp (ISO week 2026-W10 =
/// Mon 2 – Sun 8 March 2026, Asia/Shanghai): KPIs, sections, campaigns, to-do lists,
/// violations, summary, scopes and anonymization.
class TestWeeklyReportBuilder : public QObject
{
    Q_OBJECT

    Database m_db;
    AnalyticsFacts m_facts;

    WeeklyReport build(QList<qint64> groups = {}, bool anonymize = false,
                       const QByteArray &key = QByteArrayLiteral("k1"), int listLimit = 30,
                       const QHash<qint64, QPair<int, int>> &strikePolicies = {})
    {
        WeeklyReportOptions options;
        options.workspaceName = QStringLiteral("Fixture");
        options.groupIds = groups;
        options.weekStart = QDate(2026, 3, 2);
        options.locale = QLocale(QLocale::English, QLocale::UnitedStates);
        // 01:00 UTC: 09:00 on the same day in the workspace zone, Asia/Shanghai.
        options.printedAt = QDateTime(QDate(2026, 3, 9), QTime(1, 0), Qt::UTC);
        options.anonymize = anonymize;
        options.pseudonymKey = key;
        options.listLimit = listLimit;
        options.strikePolicies = strikePolicies;
        return WeeklyReportBuilder::build(m_facts, options);
    }

private Q_SLOTS:
    /// Over random workspaces, the report's key figures, funnel and group sections are the
    /// dashboard's numbers for the same week and scope (MetricsEngine), not a second count.
    void sameNumbersAsTheDashboard()
    {
        for (quint32 seed = 1; seed <= 100; ++seed) {
            const AnalyticsFacts facts = test::randomFacts(seed);
            const MetricsRequest random = test::randomRequest(facts, seed);
            WeeklyReportOptions options;
            options.groupIds = random.groupIds;
            options.weekStart = random.from.addDays(1 - random.from.dayOfWeek());
            options.locale = QLocale::c();
            const WeeklyReport report = WeeklyReportBuilder::build(facts, options);
            MetricsRequest request;
            request.groupIds = options.groupIds;
            request.from = options.weekStart;
            request.to = options.weekStart.addDays(6);
            const DashboardMetrics m = MetricsEngine::compute(facts, request);
            const QByteArray at = QByteArray("seed ") + QByteArray::number(seed);
            const auto &c = m.current;
            const QList<std::pair<QString, double>> expected {
                { QStringLiteral("messages"), double(c.messages) },
                { QStringLiteral("active_members"), double(c.activeMembers) },
                { QStringLiteral("active_ratio"), c.activeRatio },
                { QStringLiteral("joins"), double(c.joins) },
                { QStringLiteral("leaves"), double(c.leaves) },
                { QStringLiteral("buyers"), double(c.buyers) },
                { QStringLiteral("orders"), double(c.orders) },
                { QStringLiteral("conversion"), c.conversionRate },
                { QStringLiteral("repurchase_rate"), c.repurchaseRate },
                { QStringLiteral("new_by_referral"), double(c.newByReferral) },
            };
            for (const auto &[key, value] : expected)
                QVERIFY2(kpi(report, key).current == value,
                         QByteArray(at + ' ' + key.toUtf8()).constData());
            QVERIFY2(kpi(report, QStringLiteral("revenue")).currentMoney.minorUnits()
                         == c.revenue.minorUnits(),
                     at.constData());
            QCOMPARE(report.funnel.series.size(), 1);
            QCOMPARE(report.funnel.series.first().values.size(), m.conversion.funnel.size());
            for (qsizetype k = 0; k < m.conversion.funnel.size(); ++k)
                QVERIFY2(report.funnel.series.first().values.at(k)
                             == double(m.conversion.funnel.at(k).count),
                         at.constData());
            for (const ReportGroupSection &section : report.groups) {
                const auto row = std::find_if(
                    m.portfolio.cbegin(), m.portfolio.cend(),
                    [&](const PortfolioRow &r) { return r.groupId == section.groupId; });
                QVERIFY2(row != m.portfolio.cend(), at.constData());
                QVERIFY2(section.members == row->members
                             && section.activeMembers == row->activeMembers
                             && section.health.score == row->health.score,
                         at.constData());
            }
        }
    }

    void initTestCase()
    {
        QVERIFY(!m_db.openInMemory().isError());
        QVERIFY(ReportFixture::fill(m_db));
        AnalyticsFactsRepository repository(m_db);
        repository.load(m_facts);
    }

    void kpis_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<double>("current");
        QTest::addColumn<double>("previous");
        // This week: group 1 Alice 10+4, Eve 1, Bob 5; group 2 the hostile name 6, Eve 2 = 28 by
        // Alice, Bob, Eve and the hostile name. Last week: Alice 8, Bob 3, hostile 2 = 13 by 3.
        QTest::newRow("messages") << "messages" << 28.0 << 13.0;
        QTest::newRow("active") << "active_members" << 4.0 << 3.0;
        // Members at the end of W10: Alice, Bob, Dan, Frank (group 1; Eve left), Li Na, Eve and
        // the hostile name (group 2) = 7 distinct. End of W09: Dan not yet joined, Eve in both = 6.
        QTest::newRow("ratio") << "active_ratio" << 4.0 / 7.0 << 0.5;
        QTest::newRow("joins") << "joins" << 1.0 << 1.0; // Dan 3/3; Eve into group 2 on 2/25
        QTest::newRow("leaves") << "leaves" << 1.0 << 0.0; // Eve left group 1 on 3/4
        // Sales (refunds excluded): Alice 30 + 200, Bob 30 this week; Bob 30 last week.
        QTest::newRow("buyers") << "buyers" << 2.0 << 1.0;
        QTest::newRow("orders") << "orders" << 3.0 << 1.0;
        QTest::newRow("revenue") << "revenue" << 260.0 << 30.0;
        QTest::newRow("conversion") << "conversion" << 2.0 / 7.0 << 1.0 / 6.0;
        QTest::newRow("repurchase") << "repurchase_rate" << 0.5 << 0.0; // Alice bought twice
        QTest::newRow("referral") << "new_by_referral" << 1.0 << 0.0; // Dan, referred by Alice
        QTest::newRow("violations") << "violations" << 3.0 << 0.0;
    }
    void kpis()
    {
        QFETCH(QString, key);
        QFETCH(double, current);
        QFETCH(double, previous);
        const WeeklyReport report = build();
        QCOMPARE(report.kpis.size(), 12);
        const ReportKpi &k = kpi(report, key);
        QCOMPARE(k.key, key);
        QVERIFY2(qFuzzyCompare(1 + k.current, 1 + current), qPrintable(QString::number(k.current)));
        QVERIFY2(qFuzzyCompare(1 + k.previous, 1 + previous),
                 qPrintable(QString::number(k.previous)));
        QCOMPARE(k.hasChange, previous != 0);
    }

    void coverAndCharts()
    {
        const WeeklyReport report = build();
        QCOMPARE(report.weekText, QStringLiteral("2026-W10"));
        QCOMPARE(report.weekStart, QDate(2026, 3, 2));
        QCOMPARE(report.weekEnd, QDate(2026, 3, 8));
        QCOMPARE(report.scopeText, QStringLiteral("All groups (2)"));
        // Printed in the workspace zone whatever the computer's is (the tests run under several).
        QCOMPARE(report.printedAt.date(), QDate(2026, 3, 9));
        QCOMPARE(report.printedAt.time(), QTime(9, 0));
        QCOMPARE(report.printedAt.timeZone().id(), QByteArray("Asia/Shanghai"));
        QVERIFY(report.portfolio);
        const ReportKpi &revenue = kpi(report, QStringLiteral("revenue"));
        QCOMPARE(revenue.currentMoney, Money(26000, QStringLiteral("CNY")));
        QCOMPARE(revenue.previousMoney, Money(3000, QStringLiteral("CNY")));
        QVERIFY(qFuzzyCompare(revenue.change, 230.0 / 30.0));

        QCOMPARE(report.dailyActivity.categories.size(), 7);
        QCOMPARE(report.dailyActivity.series.size(), 2);
        QCOMPARE(report.dailyActivity.series.at(0).values,
                 (QList<double> { 11, 5, 6, 4, 2, 0,
                                  0 })); // Mon: Alice 10 + Eve 1; Wed: hostile 6; Fri: Eve 2
        QCOMPARE(report.dailyActivity.series.at(1).values, (QList<double> { 2, 1, 1, 1, 1, 0, 0 }));
        QCOMPARE(report.funnel.series.at(0).values,
                 (QList<double> { 7, 4, 2, 1, 1 })); // referrer: Alice
        QCOMPARE(report.revenue.categories, QStringList { QStringLiteral("Snack Lovers") });
        QCOMPARE(report.revenue.series.at(0).values, QList<double> { 260 });
        QCOMPARE(report.revenue.currency, QStringLiteral("CNY"));
    }

    void groupSections()
    {
        const WeeklyReport report = build();
        QCOMPARE(report.groups.size(), 2);
        // Health (docs/metrics.md), over one week. 读书会: 2 of 3 write in the week →
        // 40 × (1 − e^(−2/3 ÷ 0.2)) = 38.57; no joins or leaves → 10; no sales → 0; 2 violations
        // on 3 members in a week → 0: 48.57 → 49. Snack Lovers: 5 members in the week (one left),
        // 3 write → 40 × (1 − e^−3) = 38.01; +1 −1 → 10; 2 of 5 bought in 7 days, more than one
        // in 30 → 30 × (1 − e^−5) = 29.80; 1 violation on 5 members → 0: 77.81 → 78. Lowest first.
        const ReportGroupSection &books = report.groups.at(0);
        QCOMPARE(books.name, QStringLiteral("读书会"));
        QCOMPARE(books.health.score, 49);
        QVERIFY(qAbs(books.health.activity - 38.57) < 0.01);
        QCOMPARE(names(books.topContributors),
                 (QStringList { ReportFixture::hostileName(), QStringLiteral("Eve Chen") }));
        QCOMPARE(books.topContributors.at(0).detail, QStringLiteral("6 messages"));
        QVERIFY(books.newMembers.isEmpty());
        QVERIFY(books.departedMembers.isEmpty());

        const ReportGroupSection &snacks = report.groups.at(1);
        QCOMPARE(snacks.name, QStringLiteral("Snack Lovers"));
        QCOMPARE(snacks.health.score, 78);
        QVERIFY(qAbs(snacks.health.conversion - 29.80) < 0.01);
        QCOMPARE(snacks.members, qint64(5)); // the one who left in the week counts
        QCOMPARE(snacks.messages, qint64(20));
        QCOMPARE(snacks.revenue, Money(26000, QStringLiteral("CNY")));
        QCOMPARE(names(snacks.topContributors),
                 (QStringList { QStringLiteral("Alice Zhang"), QStringLiteral("Bob Li"),
                                QStringLiteral("Eve Chen") }));
        QCOMPARE(names(snacks.newMembers), QStringList { QStringLiteral("Dan Wu") });
        QCOMPARE(names(snacks.departedMembers), QStringList { QStringLiteral("Eve Chen") });
        QCOMPARE(report.groupsBelowHealthThreshold, 0);
    }

    void campaigns()
    {
        const WeeklyReport report = build();
        QCOMPARE(report.campaignResults.size(), 1);
        QCOMPARE(report.campaignResults.at(0).name, QStringLiteral("Flash Monday"));
        QCOMPARE(report.campaignResults.at(0).orders, qint64(2));
        QCOMPARE(report.campaignResults.at(0).participants, qint64(2));
        QCOMPARE(report.campaignResults.at(0).revenue, Money(6000, QStringLiteral("CNY")));
        // Next week 3/9–3/15: the open-ended check-in (every Monday and Wednesday at 08:00
        // since 1/5) expanded into its two occurrences, and the group-buy on 3/10–3/12; not the
        // finished, the cancelled or this week's flash sale.
        const QTimeZone shanghai("Asia/Shanghai");
        QCOMPARE(report.nextWeekCampaigns.size(), 3);
        QCOMPARE(report.nextWeekCampaigns.at(0).name, QStringLiteral("Daily check-in"));
        QVERIFY(report.nextWeekCampaigns.at(0).recurring);
        QCOMPARE(report.nextWeekCampaigns.at(0).start,
                 QDateTime(QDate(2026, 3, 9), QTime(8, 0), shanghai));
        // One session of the default 60 minutes.
        QCOMPARE(report.nextWeekCampaigns.at(0).end,
                 QDateTime(QDate(2026, 3, 9), QTime(9, 0), shanghai));
        QCOMPARE(report.nextWeekCampaigns.at(1).name, QStringLiteral("Spring group-buy"));
        QVERIFY(!report.nextWeekCampaigns.at(1).recurring);
        QCOMPARE(report.nextWeekCampaigns.at(1).start,
                 QDateTime(QDate(2026, 3, 10), QTime(20, 0), shanghai));
        QCOMPARE(report.nextWeekCampaigns.at(1).end,
                 QDateTime(QDate(2026, 3, 12), QTime(22, 0), shanghai));
        QCOMPARE(report.nextWeekCampaigns.at(1).groups,
                 (QStringList { QStringLiteral("Snack Lovers"), QStringLiteral("读书会") }));
        QCOMPARE(report.nextWeekCampaigns.at(2).name, QStringLiteral("Daily check-in"));
        QCOMPARE(report.nextWeekCampaigns.at(2).start,
                 QDateTime(QDate(2026, 3, 11), QTime(8, 0), shanghai));
        // Scope group 1 only: the check-in targets only group 2.
        const WeeklyReport one = build({ 1 });
        QCOMPARE(one.nextWeekCampaigns.size(), 1);
        QCOMPARE(one.nextWeekCampaigns.at(0).name, QStringLiteral("Spring group-buy"));
    }

    void cutListsCountEveryone()
    {
        // One row per list: the rest is counted, and the summary tells the whole to-do.
        const WeeklyReport report = build({}, false, QByteArrayLiteral("k1"), 1);
        QCOMPARE(report.dueBuyers.size(), 1);
        QCOMPARE(report.dueBuyersTotal, 3);
        QCOMPARE(report.silentKeyMembers.size(), 1);
        QCOMPARE(report.silentKeyMembersTotal, 2);
        QVERIFY2(report.summary.contains(QStringLiteral("silent seed users or experts 2; buyers "
                                                        "due to repurchase 3; new members yet to "
                                                        "speak 1")),
                 qPrintable(report.summary));
        const ReportGroupSection &snacks = report.groups.at(1);
        QCOMPARE(snacks.newMembers.size(), 1);
        QCOMPARE(snacks.newMembersTotal, 1);
    }

    void oneGroupReportHasItsDetail()
    {
        // A report of Snack Lovers alone: not a portfolio, but the group's contributors,
        // newcomers and leavers are there.
        const WeeklyReport report = build({ 1 });
        QVERIFY(!report.portfolio);
        QCOMPARE(report.groups.size(), 1);
        const ReportGroupSection &snacks = report.groups.at(0);
        QCOMPARE(snacks.name, QStringLiteral("Snack Lovers"));
        QCOMPARE(names(snacks.topContributors),
                 (QStringList { QStringLiteral("Alice Zhang"), QStringLiteral("Bob Li"),
                                QStringLiteral("Eve Chen") }));
        QCOMPARE(names(snacks.newMembers), QStringList { QStringLiteral("Dan Wu") });
        QCOMPARE(names(snacks.departedMembers), QStringList { QStringLiteral("Eve Chen") });
    }

    void todoAndViolations()
    {
        const WeeklyReport report = build();
        // Frank (seed user) last wrote 2/1: 35 days by 3/8; Li Na (expert) 1/10: 57 days.
        QStringList silent = names(report.silentKeyMembers);
        silent.sort();
        QCOMPARE(silent, (QStringList { QStringLiteral("Frank Sun"), QStringLiteral("李娜") }));
        for (const ReportMember &m : report.silentKeyMembers)
            QVERIFY(m.detail.contains(m.name == QStringLiteral("李娜") ? QLatin1String("57")
                                                                       : QLatin1String("35")));
        // Snack box has a 10-day cycle: Frank last bought 2/10 (due 2/20), Alice and Bob on 3/2
        // (due 3/12, inside the 7 days after the week).
        QStringList due = names(report.dueBuyers);
        due.sort();
        QCOMPARE(due,
                 (QStringList { QStringLiteral("Alice Zhang"), QStringLiteral("Bob Li"),
                                QStringLiteral("Frank Sun") }));
        QCOMPARE(names(report.quietNewcomers), QStringList { QStringLiteral("Dan Wu") });
        // Nothing was cut, and each row names the group to act in.
        QCOMPARE(report.silentKeyMembersTotal, 2);
        QCOMPARE(report.dueBuyersTotal, 3);
        QCOMPARE(report.quietNewcomersTotal, 1);
        QCOMPARE(report.quietNewcomers.at(0).group, QStringLiteral("Snack Lovers"));
        for (const ReportMember &m : report.dueBuyers)
            QCOMPARE(m.group, QStringLiteral("Snack Lovers")); // where they bought the snack box
        for (const ReportMember &m : report.silentKeyMembers)
            QVERIFY2(!m.group.isEmpty(), qPrintable(m.name));

        QCOMPARE(report.violations.size(), 2);
        QCOMPARE(report.violations.at(0).groupName, QStringLiteral("Snack Lovers"));
        QCOMPARE(report.violations.at(0).rule, QStringLiteral("no_flooding"));
        QCOMPARE(report.violations.at(0).count, qint64(1));
        QCOMPARE(report.violations.at(0).members, QStringList { QStringLiteral("Bob Li") });
        QCOMPARE(report.violations.at(1).count, qint64(2));
        QCOMPARE(report.violations.at(1).members, QStringList { ReportFixture::hostileName() });

        // Two strikes in 30 days flag a member (the default policy); one does not.
        QCOMPARE(report.strikeMembers.size(), 1);
        QCOMPARE(report.strikeMembers.at(0).groupName, QStringLiteral("读书会"));
        QCOMPARE(report.strikeMembers.at(0).member, ReportFixture::hostileName());
        QCOMPARE(report.strikeMembers.at(0).strikes, qint64(2));
        QCOMPARE(report.strikeMembers.at(0).threshold, 2);
    }

    void strikePoliciesPerGroup()
    {
        // Snack Lovers flags after one strike, 读书会 only after three.
        QHash<qint64, QPair<int, int>> policies;
        policies.insert(1, { 1, 30 });
        policies.insert(2, { 3, 30 });
        const WeeklyReport report = build({}, false, QByteArrayLiteral("k1"), 30, policies);
        QCOMPARE(report.strikeMembers.size(), 1);
        QCOMPARE(report.strikeMembers.at(0).groupName, QStringLiteral("Snack Lovers"));
        QCOMPARE(report.strikeMembers.at(0).member, QStringLiteral("Bob Li"));
        QCOMPARE(report.strikeMembers.at(0).threshold, 1);
    }

    void summary()
    {
        const WeeklyReport report = build();
        QVERIFY2(report.summary.startsWith(QStringLiteral("Active members rose 33% to 4.")),
                 qPrintable(report.summary));
        QVERIFY(report.summary.contains(QStringLiteral("They wrote 28 messages (last week 13).")));
        QVERIFY(
            report.summary.contains(QStringLiteral("Revenue rose 767% to ¥260.00 from 3 orders.")));
        QVERIFY(report.summary.contains(QStringLiteral("All 2 groups are at health 40 or above.")));
        QVERIFY(report.summary.contains(QStringLiteral("Rule violations: 3.")));
    }

    void oneGroupScope()
    {
        const WeeklyReport report = build({ 1 });
        QVERIFY(!report.portfolio);
        QCOMPARE(report.groups.size(), 1); // the group's detail (oneGroupReportHasItsDetail)
        QCOMPARE(report.scopeText, QStringLiteral("Snack Lovers"));
        QCOMPARE(kpi(report, QStringLiteral("messages")).current, 20.0); // 10 + 1 + 5 + 4
        QCOMPARE(kpi(report, QStringLiteral("messages")).previous, 11.0); // 8 + 3
        // Revenue by product role: traffic 60 (two snack boxes), profit 200 (the course).
        QCOMPARE(report.revenue.categories.size(), 4);
        QCOMPARE(report.revenue.series.at(0).values.mid(0, 2), (QList<double> { 60, 200 }));
        QVERIFY(!report.summary.contains(QStringLiteral("health")));
    }

    void anonymized()
    {
        const WeeklyReport report = build({}, true);
        QVERIFY(report.anonymized);
        const QRegularExpression pseudonym(QStringLiteral("^Member [0-9A-F]{6}$"));
        QStringList all = names(report.silentKeyMembers) + names(report.dueBuyers)
            + names(report.quietNewcomers);
        for (const ReportGroupSection &g : report.groups)
            all += names(g.topContributors) + names(g.newMembers) + names(g.departedMembers);
        for (const ReportViolation &v : report.violations)
            all += v.members;
        for (const ReportStrikeMember &s : report.strikeMembers)
            all += s.member;
        QCOMPARE(all.size(), 16); // to-do 2 + 3 + 1, sections 2 + 5, violations 2, strikes 1
        for (const QString &name : std::as_const(all))
            QVERIFY2(pseudonym.match(name).hasMatch(), qPrintable(name));
        // Stable: the same member gets the same pseudonym in every list and every build.
        const Pseudonymizer pseudonyms(QByteArrayLiteral("k1"));
        QCOMPARE(report.quietNewcomers.at(0).name, pseudonyms.name(4));
        QCOMPARE(report.groups.at(1).newMembers.at(0).name, pseudonyms.name(4));
        QCOMPARE(build({}, true).quietNewcomers.at(0).name, report.quietNewcomers.at(0).name);
        // Keyed: another workspace key gives another pseudonym.
        QVERIFY(build({}, true, QByteArrayLiteral("k2")).quietNewcomers.at(0).name
                != report.quietNewcomers.at(0).name);
        QVERIFY(!report.summary.contains(QStringLiteral("Dan")));
    }

    void pseudonymKeyIsStoredOnce()
    {
        PseudonymKeyRepository keys(m_db);
        const QByteArray first = keys.key();
        QCOMPARE(first.size(), 32);
        QCOMPARE(keys.key(), first);
        QCOMPARE(PseudonymKeyRepository(m_db).key(), first);
    }
};

QTEST_GUILESS_MAIN(TestWeeklyReportBuilder)
#include "tst_weeklyreportbuilder.moc"
