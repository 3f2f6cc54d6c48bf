#include "analytics/metricsengine.h"
#include "analytics/positioningscorecard.h"
#include "randomfacts.h"

#include <QRandomGenerator>
#include <QTest>

using namespace cohort;

/// Each group against its own targets: the KPIs of its goals, computed with the dashboard's
/// populations over 30 days, and the met / near / missed rule.
class TestPositioningScorecard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void attainmentRule_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<double>("target");
        QTest::addColumn<Attainment>("expected");
        QTest::newRow("above") << 0.6 << 0.5 << Attainment::Met;
        QTest::newRow("exactly") << 0.5 << 0.5 << Attainment::Met;
        QTest::newRow("80 percent is near") << 8.0 << 10.0 << Attainment::Near;
        QTest::newRow("just below target") << 9.99 << 10.0 << Attainment::Near;
        QTest::newRow("just below near") << 7.99 << 10.0 << Attainment::Missed;
        QTest::newRow("nothing") << 0.0 << 0.2 << Attainment::Missed;
        QTest::newRow("target zero") << 0.0 << 0.0 << Attainment::Met;
    }
    void attainmentRule()
    {
        QFETCH(double, value);
        QFETCH(double, target);
        QFETCH(Attainment, expected);
        QCOMPARE(GoalKpis::attainment(value, target), expected);
    }

    void kpisPerGoal()
    {
        QCOMPARE(GoalKpis::forGoal(GroupGoal::ProductSales),
                 (QList<GoalKpi> { GoalKpi::ConversionRate, GoalKpi::RepurchaseRate }));
        QCOMPARE(GoalKpis::forGoal(GroupGoal::Knowledge),
                 (QList<GoalKpi> { GoalKpi::ActiveRatio, GoalKpi::MessagesPerActiveMember }));
        QCOMPARE(GoalKpis::forGoal(GroupGoal::TrafficPool),
                 (QList<GoalKpi> { GoalKpi::Joins, GoalKpi::ReferralShare }));
        QCOMPARE(GoalKpis::forGoal(GroupGoal::QnA), QList<GoalKpi> { GoalKpi::ActiveRatio });
        // Knowledge and Q&A share the active ratio: it is judged once.
        QCOMPARE(GoalKpis::forGoals({ GroupGoal::QnA, GroupGoal::Knowledge }),
                 (QList<GoalKpi> { GoalKpi::ActiveRatio, GoalKpi::MessagesPerActiveMember }));
    }

    void targetsJsonRoundTrip()
    {
        const KpiTargets targets { { GoalKpi::Joins, 35 }, { GoalKpi::ConversionRate, 0.125 } };
        QCOMPARE(GoalKpis::fromJson(GoalKpis::toJson(targets)), targets);
        QCOMPARE(GoalKpis::toJson({}), QString());
        QCOMPARE(GoalKpis::fromJson(QStringLiteral("{\"joins\":\"x\",\"nope\":3,\"referral_"
                                                   "share\":0.5}")),
                 (KpiTargets { { GoalKpi::ReferralShare, 0.5 } }));
    }

    /// Over generated workspaces: every KPI equals the dashboard's number for that group alone
    /// over the same 30 days, the group's attainment is its worst KPI's, and the sort puts
    /// missed before near before met before unpositioned.
    void matchesTheDashboard()
    {
        for (quint32 seed = 1; seed <= 60; ++seed) {
            const AnalyticsFacts facts = test::randomFacts(seed);
            QRandomGenerator rng(seed);
            QList<Group> groups;
            for (const qint64 id : facts.groupIds) {
                Group g;
                g.id = id;
                g.name = facts.groups.value(id).name;
                for (const GroupGoal goal : EnumTraits<GroupGoal>::all()) {
                    if (rng.bounded(3) == 0)
                        g.goals << goal;
                }
                for (const GoalKpi kpi : GoalKpis::all()) {
                    if (rng.bounded(2))
                        g.kpiTargets.insert(kpi, rng.bounded(GoalKpis::isShare(kpi) ? 1.0 : 30.0));
                }
                groups << g;
            }
            const QDate to = QDate(2026, 1, 1).addDays(rng.bounded(150));
            QList<GroupScorecard> cards = PositioningScorecard::compute(facts, groups, to);
            QCOMPARE(cards.size(), groups.size());
            for (int i = 0; i < cards.size(); ++i) {
                const GroupScorecard &card = cards.at(i);
                const Group &group = groups.at(i);
                QCOMPARE(card.groupId, group.id);
                QCOMPARE(card.kpis.size(), GoalKpis::forGoals(group.goals).size());
                if (group.goals.isEmpty()) {
                    QCOMPARE(card.attainment, Attainment::NoPositioning);
                    continue;
                }
                MetricsRequest request;
                request.groupIds = { group.id };
                request.from = to.addDays(-29);
                request.to = to;
                const DashboardMetrics m = MetricsEngine::compute(facts, request);
                Attainment worst = Attainment::Met;
                for (const KpiScore &score : card.kpis) {
                    double expected = 0;
                    switch (score.kpi) {
                    case GoalKpi::ActiveRatio:
                        expected = m.activity.activeRatio;
                        break;
                    case GoalKpi::MessagesPerActiveMember:
                        expected = m.activity.activeMembers
                            ? double(m.activity.messages) / double(m.activity.activeMembers)
                            : 0.0;
                        break;
                    case GoalKpi::ConversionRate:
                        expected = m.conversion.conversionRate;
                        break;
                    case GoalKpi::RepurchaseRate:
                        expected = m.repurchase.repurchaseRate;
                        break;
                    case GoalKpi::Joins:
                        expected = double(m.activity.joins);
                        break;
                    case GoalKpi::ReferralShare:
                        expected = m.fission.referralShare;
                        break;
                    }
                    const QByteArray where = QStringLiteral("seed %1 group %2 %3")
                                                 .arg(seed)
                                                 .arg(group.id)
                                                 .arg(GoalKpis::key(score.kpi))
                                                 .toUtf8();
                    QVERIFY2(qFuzzyCompare(1.0 + score.value, 1.0 + expected), where.constData());
                    QCOMPARE(score.target, GoalKpis::target(group.kpiTargets, score.kpi));
                    QCOMPARE(score.attainment, GoalKpis::attainment(score.value, score.target));
                    worst = std::min(worst, score.attainment);
                }
                QCOMPARE(card.attainment, worst);
            }
            PositioningScorecard::sortWorstFirst(cards);
            for (int i = 1; i < cards.size(); ++i) {
                QVERIFY(cards.at(i - 1).attainment <= cards.at(i).attainment);
                if (cards.at(i - 1).attainment == cards.at(i).attainment)
                    QVERIFY(cards.at(i - 1).worstShare <= cards.at(i).worstShare);
            }
        }
    }

    void defaultsApplyWithoutTargets()
    {
        const AnalyticsFacts facts = test::randomFacts(7);
        Group g;
        g.id = facts.groupIds.first();
        g.goals = { GroupGoal::ProductSales };
        const QList<GroupScorecard> cards
            = PositioningScorecard::compute(facts, { g }, QDate(2026, 3, 1));
        QCOMPARE(cards.first().kpis.first().target,
                 GoalKpis::defaultTarget(GoalKpi::ConversionRate));
    }
};

QTEST_GUILESS_MAIN(TestPositioningScorecard)
#include "tst_positioningscorecard.moc"
