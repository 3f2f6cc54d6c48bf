#include "ui/dashboards/dashboardcharts.h"

#include "analytics/metricsrequest.h"

#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSeries>
#include <QtCharts/QBarSet>
#include <QtCharts/QChart>
#include <QtCharts/QHorizontalBarSeries>
#include <QtCharts/QLineSeries>
#include <QtCharts/QStackedBarSeries>
#include <QtCharts/QValueAxis>

#include <QLocale>
#include <cmath>

#include <algorithm>

namespace cohort {

namespace {

QChart *newChart(bool dark)
{
    auto *chart = new QChart;
    chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setAnimationOptions(QChart::NoAnimation);
    return chart;
}

QValueAxis *valueAxis(double max, const QString &title)
{
    auto *axis = new QValueAxis;
    axis->setLabelFormat(QStringLiteral("%.0f"));
    axis->setTitleText(title);
    // Labels have no decimals: a small range gets one tick per whole unit, or an empty period
    // would read "0 0 0 1 1 1" up the axis.
    const double top = max > 0 ? max * 1.1 : 0;
    if (top <= 5) {
        const int whole = qMax(1, int(std::ceil(top)));
        axis->setRange(0, whole);
        axis->setTickCount(whole + 1);
    } else {
        axis->setRange(0, top);
        axis->applyNiceNumbers();
    }
    return axis;
}

/// Shortens long names so bar labels stay readable; the full name is in the CSV and tooltips.
QString elided(const QString &name)
{
    return name.size() > 18 ? name.left(17) + QChar(0x2026) : name;
}

/// Keeps every category label whole; many labels are turned on their side and set smaller.
void fitCategoryLabels(QBarCategoryAxis *axis, qsizetype count)
{
    axis->setTruncateLabels(false);
    if (count > 12) {
        axis->setLabelsAngle(-90);
        QFont font = axis->labelsFont();
        font.setPointSizeF(font.pointSizeF() * 0.8);
        axis->setLabelsFont(font);
    } else if (count > 6) {
        axis->setLabelsAngle(-30);
    }
}

/// The series granularity, read back from the spacing of its buckets.
int seriesGranularity(const QList<ActivityPoint> &series)
{
    if (series.size() < 2)
        return int(Granularity::Day);
    const qint64 step = series.at(0).periodStart.daysTo(series.at(1).periodStart);
    return step >= 28 ? int(Granularity::Month)
        : step == 7   ? int(Granularity::Week)
                      : int(Granularity::Day);
}

} // namespace

QString DashboardCharts::periodLabel(const QDate &start, int granularity)
{
    const QLocale locale;
    switch (Granularity(granularity)) {
    case Granularity::Day:
        return locale.toString(start, QStringLiteral("M/d"));
    case Granularity::Week:
        return tr("W%1").arg(start.weekNumber());
    case Granularity::Month:
        return locale.toString(start, QStringLiteral("yyyy-MM"));
    }
    return {};
}

QString DashboardCharts::funnelStepName(const QString &key)
{
    if (key == QLatin1String("members"))
        return tr("Members");
    if (key == QLatin1String("active"))
        return tr("Active");
    if (key == QLatin1String("buyers"))
        return tr("Buyers");
    if (key == QLatin1String("repeat_buyers"))
        return tr("Repeat buyers");
    if (key == QLatin1String("referrers"))
        return tr("Referrers");
    return key;
}

QChart *DashboardCharts::activity(const ActivityMetrics &metrics, bool dark)
{
    QChart *chart = newChart(dark);
    auto *messages = new QLineSeries;
    messages->setName(tr("Messages"));
    auto *active = new QLineSeries;
    active->setName(tr("Active members"));
    QStringList categories;
    double maxMessages = 0;
    double maxActive = 0;
    const int granularity = seriesGranularity(metrics.series);
    for (int i = 0; i < metrics.series.size(); ++i) {
        const ActivityPoint &p = metrics.series.at(i);
        messages->append(i, double(p.messages));
        active->append(i, double(p.activeMembers));
        categories << periodLabel(p.periodStart, granularity);
        maxMessages = std::max(maxMessages, double(p.messages));
        maxActive = std::max(maxActive, double(p.activeMembers));
    }
    chart->addSeries(messages);
    chart->addSeries(active);
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    x->setTitleText(tr("Period"));
    fitCategoryLabels(x, categories.size());
    chart->addAxis(x, Qt::AlignBottom);
    QValueAxis *left = valueAxis(maxMessages, tr("Messages"));
    QValueAxis *right = valueAxis(maxActive, tr("Active members"));
    chart->addAxis(left, Qt::AlignLeft);
    chart->addAxis(right, Qt::AlignRight);
    messages->attachAxis(x);
    messages->attachAxis(left);
    active->attachAxis(x);
    active->attachAxis(right);
    messages->setPointsVisible(metrics.series.size() < 40);
    active->setPointsVisible(metrics.series.size() < 40);
    return chart;
}

QChart *DashboardCharts::joinsLeaves(const ActivityMetrics &metrics, bool dark, QBarSet **joinsOut,
                                     QBarSet **leavesOut)
{
    QChart *chart = newChart(dark);
    auto *joins = new QBarSet(tr("Joins"));
    auto *leaves = new QBarSet(tr("Leaves"));
    QStringList categories;
    double max = 0;
    const int granularity = seriesGranularity(metrics.series);
    for (const ActivityPoint &p : metrics.series) {
        *joins << double(p.joins);
        *leaves << double(p.leaves);
        categories << periodLabel(p.periodStart, granularity);
        max = std::max({ max, double(p.joins), double(p.leaves) });
    }
    auto *series = new QBarSeries;
    series->append(joins);
    series->append(leaves);
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    x->setTitleText(tr("Period"));
    fitCategoryLabels(x, categories.size());
    chart->addAxis(x, Qt::AlignBottom);
    QValueAxis *y = valueAxis(max, tr("Members"));
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    *joinsOut = joins;
    *leavesOut = leaves;
    return chart;
}

QChart *DashboardCharts::funnel(const ConversionMetrics &metrics, bool dark, QBarSet **setOut)
{
    QChart *chart = newChart(dark);
    chart->legend()->hide();
    auto *set = new QBarSet(tr("Members"));
    QStringList categories;
    double max = 0;
    const QLocale locale;
    // Horizontal bars grow from the bottom: add the steps in reverse so "Members" is on top.
    for (qsizetype i = metrics.funnel.size() - 1; i >= 0; --i) {
        const FunnelStep &step = metrics.funnel.at(i);
        *set << double(step.count);
        // Shares of all members: the last step (referrers) is not a subset of the one before it.
        categories << (i == 0 ? funnelStepName(step.key)
                              : tr("%1 (%2% of members)")
                                    .arg(funnelStepName(step.key),
                                         locale.toString(step.rateOfFirst * 100, 'f', 1)));
        max = std::max(max, double(step.count));
    }
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
    chart->addSeries(series);
    auto *y = new QBarCategoryAxis;
    y->append(categories);
    y->setTruncateLabels(false);
    chart->addAxis(y, Qt::AlignLeft);
    QValueAxis *x = valueAxis(max, tr("Members"));
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    series->attachAxis(y);
    *setOut = set;
    return chart;
}

QChart *DashboardCharts::revenueByGroupAndRole(const RevenueMetrics &metrics, bool dark)
{
    QChart *chart = newChart(dark);
    const QList<ProductRole> roles = EnumTraits<ProductRole>::all();
    auto *series = new QStackedBarSeries;
    QList<QBarSet *> sets;
    for (const ProductRole role : roles) {
        auto *set = new QBarSet(enumDisplayName(role));
        sets << set;
        series->append(set);
    }
    QStringList categories;
    double max = 0;
    const int shown = std::min<int>(12, int(metrics.byGroupAndRole.size()));
    for (int g = 0; g < shown; ++g) {
        const GroupRoleRevenue &row = metrics.byGroupAndRole.at(g);
        double total = 0;
        for (int r = 0; r < roles.size(); ++r) {
            const double major
                = r < row.byRole.size() ? double(row.byRole.at(r).minorUnits()) / 100.0 : 0.0;
            *sets[r] << major;
            total += major;
        }
        categories << elided(row.name);
        max = std::max(max, total);
    }
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    fitCategoryLabels(x, categories.size());
    chart->addAxis(x, Qt::AlignBottom);
    QValueAxis *y = valueAxis(max, tr("Revenue (%1)").arg(metrics.revenue.currency()));
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    return chart;
}

QChart *DashboardCharts::topContributors(const ActivityMetrics &metrics, bool dark,
                                         QBarSet **setOut)
{
    QList<std::pair<QString, qint64>> rows;
    for (const Contributor &c : metrics.topContributors)
        rows.append({ c.member.name, c.messages });
    return rankedBars(rows, tr("Messages"), dark, setOut);
}

QChart *DashboardCharts::topReferrers(const FissionMetrics &metrics, bool dark, QBarSet **setOut)
{
    QList<std::pair<QString, qint64>> rows;
    for (const Referrer &r : metrics.topReferrers)
        rows.append({ r.member.name, r.referrals });
    return rankedBars(rows, tr("New members brought"), dark, setOut);
}

QChart *DashboardCharts::rankedBars(const QList<std::pair<QString, qint64>> &rows,
                                    const QString &valueTitle, bool dark, QBarSet **setOut)
{
    QChart *chart = newChart(dark);
    chart->legend()->hide();
    auto *set = new QBarSet(valueTitle);
    QStringList names;
    double max = 0;
    // Horizontal bars grow from the bottom: add in reverse so the largest is on top.
    for (qsizetype i = rows.size() - 1; i >= 0; --i) {
        *set << double(rows.at(i).second);
        names << elided(rows.at(i).first);
        max = std::max(max, double(rows.at(i).second));
    }
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    chart->addSeries(series);
    auto *y = new QBarCategoryAxis;
    y->append(names);
    y->setTruncateLabels(false); // names are what this chart is about
    // Ten names in a tile: a smaller font keeps every one of them (Qt Charts hides crowded labels).
    QFont font = y->labelsFont();
    font.setPointSizeF(font.pointSizeF() * 0.8);
    y->setLabelsFont(font);
    chart->addAxis(y, Qt::AlignLeft);
    QValueAxis *x = valueAxis(max, valueTitle);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    series->attachAxis(y);
    *setOut = set;
    return chart;
}

} // namespace cohort
