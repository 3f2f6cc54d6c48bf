#include "analytics/drilldown.h"
#include "analytics/funnelstages.h"
#include "analytics/metricsengine.h"
#include "analytics/metricsjson.h"
#include "analytics/periodmath.h"
#include "randomfacts.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace cohort;

namespace {

constexpr int Seeds = 300;

QString where(quint32 seed, const MetricsRequest &r)
{
    QStringList groups;
    for (const qint64 id : r.groupIds)
        groups << QString::number(id);
    return QStringLiteral("seed %1, %2..%3, groups [%4]")
        .arg(seed)
        .arg(r.from.toString(Qt::ISODate), r.to.toString(Qt::ISODate),
             groups.join(QLatin1Char(',')));
}

bool isShare(double v)
{
    return v >= 0.0 && v <= 1.0;
}

/// The JSON object of `array` whose `key` is `value`.
QJsonObject find(const QJsonArray &array, const QString &key, const QJsonValue &value)
{
    for (const QJsonValue &v : array)
        if (v.toObject().value(key) == value)
            return v.toObject();
    return {};
}

} // namespace

/// MetricsEngine over random workspaces (many seeds): every share is in [0, 1], the funnel
/// never widens, and a quantity shown in several places (KPI cards, funnel, portfolio,
/// conversion by group, drill-down lists, the stats JSON, the previous-period figures) has one
/// value. A failure names its seed and request.
class TestMetricsProperties : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sharesAreShares()
    {
        for (quint32 seed = 1; seed <= Seeds; ++seed) {
            const AnalyticsFacts facts = test::randomFacts(seed);
            const MetricsRequest request = test::randomRequest(facts, seed);
            const DashboardMetrics m = MetricsEngine::compute(facts, request);
            const QByteArray at = where(seed, request).toUtf8();
            QList<double> shares { m.activity.activeRatio,      m.conversion.conversionRate,
                                   m.repurchase.repurchaseRate, m.fission.referralShare,
                                   m.current.activeRatio,       m.current.conversionRate,
                                   m.current.repurchaseRate,    m.previous.activeRatio,
                                   m.previous.conversionRate,   m.previous.repurchaseRate };
            for (const FunnelStep &step : m.conversion.funnel)
                shares << step.rateOfPrevious << step.rateOfFirst;
            for (const auto *rows :
                 { &m.conversion.byGroup, &m.conversion.bySource, &m.conversion.byCampaign })
                for (const ConversionRow &row : *rows)
                    shares << row.rate;
            for (const CohortRow &row : m.repurchase.cohorts)
                shares << row.retention;
            for (const PortfolioRow &row : m.portfolio) {
                shares << row.activeRatio << row.conversionRate << row.repurchaseRate
                       << row.health.weeklyActiveShare << row.health.monthlyBuyerShare;
                QVERIFY2(row.health.score >= 0 && row.health.score <= 100, at.constData());
                QVERIFY2(row.health.activity >= 0 && row.health.activity <= 40, at.constData());
                QVERIFY2(row.health.growth >= 0 && row.health.growth <= 20, at.constData());
                QVERIFY2(row.health.conversion >= 0 && row.health.conversion <= 30, at.constData());
                QVERIFY2(row.health.discipline >= 0 && row.health.discipline <= 10, at.constData());
            }
            for (qsizetype k = 0; k < shares.size(); ++k)
                QVERIFY2(isShare(shares.at(k)),
                         QByteArray(at + " share #" + QByteArray::number(k) + " = "
                                    + QByteArray::number(shares.at(k)))
                             .constData());
        }
    }

    void funnelNeverWidens()
    {
        for (quint32 seed = 1; seed <= Seeds; ++seed) {
            const AnalyticsFacts facts = test::randomFacts(seed);
            const MetricsRequest request = test::randomRequest(facts, seed);
            const ConversionMetrics c = MetricsEngine::compute(facts, request).conversion;
            const QByteArray at = where(seed, request).toUtf8();
            QCOMPARE(c.funnel.size(), qsizetype(FunnelStages::StepCount));
            for (qsizetype k = 1; k < c.funnel.size(); ++k)
                QVERIFY2(c.funnel.at(k).count <= c.funnel.at(k - 1).count,
                         QByteArray(at + " step " + QByteArray::number(k)).constData());
        }
    }

    void oneQuantityOneValue()
    {
        for (quint32 seed = 1; seed <= Seeds; ++seed) {
            const AnalyticsFacts facts = test::randomFacts(seed);
            const MetricsRequest request = test::randomRequest(facts, seed);
            const DashboardMetrics m = MetricsEngine::compute(facts, request);
            const QByteArray at = where(seed, request).toUtf8();
            // The stats JSON: the KPIs against the sections that compute them.
            const QJsonObject json = MetricsJson::toJson(m);
            const QJsonObject kpis = json.value(QStringLiteral("kpis")).toObject();
            const QJsonObject activity = json.value(QStringLiteral("activity")).toObject();
            const QJsonObject conversion = json.value(QStringLiteral("conversion")).toObject();
            const QJsonObject repurchase = json.value(QStringLiteral("repurchase")).toObject();
            const QJsonObject revenue = json.value(QStringLiteral("revenue")).toObject();
            const QJsonObject fission = json.value(QStringLiteral("fission")).toObject();
            const QJsonArray funnel = conversion.value(QStringLiteral("funnel")).toArray();
            auto step = [&](const QString &key) {
                return find(funnel, QStringLiteral("step"), key).value(QStringLiteral("count"));
            };
            const QString members = QStringLiteral("members");
            const QString active = QStringLiteral("active_members");
            QVERIFY2(kpis.value(active) == activity.value(active), at.constData());
            QVERIFY2(kpis.value(active) == step(QStringLiteral("active")), at.constData());
            QVERIFY2(activity.value(members) == step(members), at.constData());
            QVERIFY2(kpis.value(QStringLiteral("active_ratio"))
                         == activity.value(QStringLiteral("active_ratio")),
                     at.constData());
            QVERIFY2(kpis.value(QStringLiteral("buyers"))
                         == repurchase.value(QStringLiteral("buyers")),
                     at.constData());
            QVERIFY2(kpis.value(QStringLiteral("conversion_rate"))
                         == conversion.value(QStringLiteral("conversion_rate")),
                     at.constData());
            QVERIFY2(kpis.value(QStringLiteral("repurchase_rate"))
                         == repurchase.value(QStringLiteral("repurchase_rate")),
                     at.constData());
            QVERIFY2(kpis.value(QStringLiteral("orders"))
                         == revenue.value(QStringLiteral("orders")),
                     at.constData());
            QVERIFY2(kpis.value(QStringLiteral("revenue"))
                         == revenue.value(QStringLiteral("revenue")),
                     at.constData());
            QVERIFY2(kpis.value(QStringLiteral("joins")) == activity.value(QStringLiteral("joins")),
                     at.constData());
            QVERIFY2(kpis.value(QStringLiteral("leaves"))
                         == activity.value(QStringLiteral("leaves")),
                     at.constData());
            QVERIFY2(kpis.value(QStringLiteral("new_by_referral"))
                         == fission.value(QStringLiteral("new_by_referral")),
                     at.constData());
            QVERIFY2(kpis.value(QStringLiteral("violations"))
                         == json.value(QStringLiteral("violations")),
                     at.constData());
            // The ratios are the quotients of the counts shown next to them.
            const double memberCount = double(m.activity.members);
            QCOMPARE(m.activity.activeRatio,
                     memberCount > 0 ? double(m.activity.activeMembers) / memberCount : 0.0);
            QCOMPARE(m.conversion.conversionRate,
                     memberCount > 0 ? double(m.current.buyers) / memberCount : 0.0);

            // Series add up to their totals.
            qint64 messages = 0, joins = 0, leaves = 0, orders = 0;
            for (const ActivityPoint &p : m.activity.series) {
                messages += p.messages;
                joins += p.joins;
                leaves += p.leaves;
            }
            for (const RevenuePoint &p : m.revenue.series)
                orders += p.orders;
            QVERIFY2(messages == m.activity.messages && joins == m.activity.joins
                         && leaves == m.activity.leaves,
                     at.constData());
            QVERIFY2(orders == m.revenue.orders, at.constData());

            // Portfolio and conversion by group are one set of numbers; a one-group scope is its
            // row.
            qint64 portfolioMessages = 0, portfolioJoins = 0, portfolioLeaves = 0;
            for (const PortfolioRow &row : m.portfolio) {
                portfolioMessages += row.messages;
                portfolioJoins += row.joins;
                portfolioLeaves += row.leaves;
                const auto same
                    = std::find_if(m.conversion.byGroup.cbegin(), m.conversion.byGroup.cend(),
                                   [&](const ConversionRow &c) { return c.id == row.groupId; });
                QVERIFY2(same != m.conversion.byGroup.cend(), at.constData());
                QVERIFY2(same->members == row.members && same->buyers == row.buyers,
                         at.constData());
                QVERIFY2(row.activeMembers <= row.members && row.buyers <= row.members,
                         at.constData());
            }
            QVERIFY2(portfolioMessages == m.activity.messages, at.constData());
            QVERIFY2(portfolioJoins == m.activity.joins && portfolioLeaves == m.activity.leaves,
                     at.constData());
            if (request.groupIds.size() == 1) {
                QCOMPARE(m.portfolio.size(), 1);
                const PortfolioRow &row = m.portfolio.first();
                QVERIFY2(row.members == m.activity.members, at.constData());
                QVERIFY2(row.activeMembers == m.activity.activeMembers, at.constData());
                QVERIFY2(row.activeRatio == m.activity.activeRatio, at.constData());
                QVERIFY2(row.buyers == m.current.buyers, at.constData());
                QVERIFY2(row.conversionRate == m.conversion.conversionRate, at.constData());
                QVERIFY2(row.repurchaseRate == m.repurchase.repurchaseRate, at.constData());
                QVERIFY2(row.orders == m.revenue.orders && row.revenue == m.revenue.revenue,
                         at.constData());
                QVERIFY2(row.violations == m.violations, at.constData());
            }

            // The lists behind a number have as many members as the number.
            for (int s = 0; s < FunnelStages::StepCount; ++s)
                QVERIFY2(
                    qint64(
                        DrillDown::members(facts, request, DrillDown::Kind::FunnelStep, s).size())
                        == m.conversion.funnel.at(s).count,
                    QByteArray(at + " funnel step " + QByteArray::number(s)).constData());
            QVERIFY2(qint64(DrillDown::members(facts, request, DrillDown::Kind::Buyers, 0).size())
                         == m.current.buyers,
                     at.constData());
            QVERIFY2(
                qint64(DrillDown::members(facts, request, DrillDown::Kind::NewByReferral, 0).size())
                    == m.fission.newByReferral,
                at.constData());

            // The previous period's figures are that period's own KPIs; the headline is the KPIs.
            MetricsRequest previous = request;
            std::tie(previous.from, previous.to)
                = PeriodMath::previousPeriod(request.from, request.to);
            const QJsonObject previousKpis
                = MetricsJson::toJson(MetricsEngine::compute(facts, previous))
                      .value(QStringLiteral("kpis"))
                      .toObject();
            QVERIFY2(previousKpis == json.value(QStringLiteral("previous_period_kpis")).toObject(),
                     at.constData());
            DashboardMetrics headline;
            headline.current = MetricsEngine::headline(facts, request);
            QVERIFY2(MetricsJson::toJson(headline).value(QStringLiteral("kpis")) == kpis,
                     at.constData());
        }
    }
};

QTEST_GUILESS_MAIN(TestMetricsProperties)
#include "tst_metricsproperties.moc"
