#include "ui/dashboards/dashboardcharts.h"

#include "analytics/metricsrequest.h"
#include "ui/dashboards/chartlabels.h"
#include "ui/dashboards/periodaxis.h"

#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSeries>
#include <QtCharts/QBarSet>
#include <QtCharts/QChart>
#include <QtCharts/QHorizontalBarSeries>
#include <QtCharts/QLineSeries>
#include <QtCharts/QStackedBarSeries>
#include <QtCharts/QValueAxis>

#include <QCursor>
#include <QLocale>
#include <QTextDocument>
#include <QToolTip>
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

/// Category labels turned on their side and set smaller when many share an axis.
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

/// Qt Charts draws axis labels as rich text: names people typed must show as typed.
QStringList escaped(const QStringList &labels)
{
    QStringList out;
    for (const QString &label : labels)
        out << label.toHtmlEscaped();
    return out;
}

/// Shows `text(index)` as a tooltip while the pointer is over a bar of `set`, as plain text (it
/// holds names people typed).
template<typename TextOf> void barTooltips(QBarSet *set, TextOf text)
{
    QObject::connect(set, &QBarSet::hovered, set, [text](bool over, int index) {
        if (over)
            QToolTip::showText(QCursor::pos(), Qt::convertFromPlainText(text(index)));
        else
            QToolTip::hideText();
    });
}

/// Period labels of a series: unique, with the year only when the series spans several.
QStringList periodLabels(const QList<ActivityPoint> &series, int granularity)
{
    const bool years = !series.isEmpty()
        && series.first().periodStart.year() != series.last().periodStart.year();
    QStringList labels;
    for (const ActivityPoint &p : series)
        labels << DashboardCharts::periodLabel(p.periodStart, granularity, years);
    return labels;
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

QString DashboardCharts::periodLabel(const QDate &start, int granularity, bool withYear)
{
    // Numeric dates read the same in both languages; a week is named by its Monday, since week
    // numbers repeat every year and say little at a glance.
    if (Granularity(granularity) == Granularity::Month)
        return start.toString(QStringLiteral("yyyy-MM"));
    return start.toString(withYear ? QStringLiteral("yyyy/M/d") : QStringLiteral("M/d"));
}

QString DashboardCharts::periodName(const QDate &start, int granularity)
{
    const QLocale locale;
    switch (Granularity(granularity)) {
    case Granularity::Day:
        return locale.toString(start, QLocale::ShortFormat);
    case Granularity::Week:
        return tr("Week of %1").arg(locale.toString(start, QLocale::ShortFormat));
    case Granularity::Month:
        return locale.toString(start, tr("MMMM yyyy"));
    }
    return {};
}

QString DashboardCharts::funnelStepName(const QString &key)
{
    if (key == QLatin1String("members"))
        return tr("Members");
    if (key == QLatin1String("active"))
        return tr("Active");
    if (key == QLatin1String("active_buyers"))
        return tr("Active buyers");
    if (key == QLatin1String("active_repeat_buyers"))
        return tr("Active repeat buyers");
    if (key == QLatin1String("referring_repeat_buyers"))
        return tr("Referring repeat buyers");
    return key;
}

QChart *DashboardCharts::activity(const ActivityMetrics &metrics, bool dark)
{
    QChart *chart = newChart(dark);
    auto *messages = new QLineSeries;
    messages->setName(tr("Messages"));
    auto *active = new QLineSeries;
    active->setName(tr("Active members"));
    double maxMessages = 0;
    double maxActive = 0;
    const int granularity = seriesGranularity(metrics.series);
    for (int i = 0; i < metrics.series.size(); ++i) {
        const ActivityPoint &p = metrics.series.at(i);
        messages->append(i, double(p.messages));
        active->append(i, double(p.activeMembers));
        maxMessages = std::max(maxMessages, double(p.messages));
        maxActive = std::max(maxActive, double(p.activeMembers));
    }
    chart->addSeries(messages);
    chart->addSeries(active);
    auto *x = new PeriodAxis(periodLabels(metrics.series, granularity));
    chart->addAxis(x, Qt::AlignBottom);
    x->follow(chart);
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
    const QList<ActivityPoint> series = metrics.series;
    auto tooltip = [series, granularity](const QPointF &point, bool over) {
        const int index = qRound(point.x());
        if (!over || index < 0 || index >= series.size()) {
            QToolTip::hideText();
            return;
        }
        const ActivityPoint &p = series.at(index);
        const QLocale locale;
        QToolTip::showText(QCursor::pos(),
                           tr("%1: %2 messages, %3 active members")
                               .arg(periodName(p.periodStart, granularity),
                                    locale.toString(p.messages), locale.toString(p.activeMembers)));
    };
    QObject::connect(messages, &QLineSeries::hovered, chart, tooltip);
    QObject::connect(active, &QLineSeries::hovered, chart, tooltip);
    return chart;
}

QChart *DashboardCharts::joinsLeaves(const ActivityMetrics &metrics, bool dark, QBarSet **joinsOut,
                                     QBarSet **leavesOut)
{
    QChart *chart = newChart(dark);
    auto *joins = new QBarSet(tr("Joins"));
    auto *leaves = new QBarSet(tr("Leaves"));
    double max = 0;
    const int granularity = seriesGranularity(metrics.series);
    for (const ActivityPoint &p : metrics.series) {
        *joins << double(p.joins);
        *leaves << double(p.leaves);
        max = std::max({ max, double(p.joins), double(p.leaves) });
    }
    auto *series = new QBarSeries;
    series->append(joins);
    series->append(leaves);
    // Two bars per period: without gaps between periods they stay visible over months of days.
    series->setBarWidth(0.9);
    chart->addSeries(series);
    // The theme outlines bars in the background colour, which swallows bars a pixel or two wide.
    joins->setPen(Qt::NoPen);
    leaves->setPen(Qt::NoPen);
    auto *x = new PeriodAxis(periodLabels(metrics.series, granularity));
    chart->addAxis(x, Qt::AlignBottom);
    x->follow(chart);
    QValueAxis *y = valueAxis(max, tr("Members"));
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    const QList<ActivityPoint> points = metrics.series;
    barTooltips(joins, [points, granularity](int index) {
        const ActivityPoint p = points.value(index);
        return tr("%1: %n join(s)", nullptr, int(p.joins))
            .arg(periodName(p.periodStart, granularity));
    });
    barTooltips(leaves, [points, granularity](int index) {
        const ActivityPoint p = points.value(index);
        return tr("%1: %n leave(s)", nullptr, int(p.leaves))
            .arg(periodName(p.periodStart, granularity));
    });
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
        // Axis labels are rich text: the share goes on a second line, so the label stays narrow.
        QString label = funnelStepName(step.key).toHtmlEscaped();
        if (i > 0)
            label += QStringLiteral("<br>")
                + tr("%1% of the step before")
                      .arg(locale.toString(step.rateOfPrevious * 100, 'f', 1));
        categories << label;
        max = std::max(max, double(step.count));
    }
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    // Counts after the bars: inside, a short bar cut its number.
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    chart->addSeries(series);
    set->setLabelColor(dark ? QColor(Qt::white)
                            : QColor(Qt::black)); // on the background, not the bar
    auto *y = new QBarCategoryAxis;
    y->append(categories);
    y->setTruncateLabels(false);
    chart->addAxis(y, Qt::AlignLeft);
    QValueAxis *x = valueAxis(max * 1.15, tr("Members"));
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    series->attachAxis(y);
    const QList<FunnelStep> steps = metrics.funnel;
    barTooltips(set, [steps](int index) {
        const FunnelStep step = steps.value(steps.size() - 1 - index);
        const QLocale locale;
        return tr("%1: %2 (%3% of the step before, %4% of members)")
            .arg(funnelStepName(step.key), locale.toString(step.count),
                 locale.toString(step.rateOfPrevious * 100, 'f', 1),
                 locale.toString(step.rateOfFirst * 100, 'f', 1));
    });
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
    QStringList names;
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
        names << row.name;
        max = std::max(max, total);
    }
    const QStringList categories = ChartLabels::uniqueElided(names);
    const QList<GroupRoleRevenue> rows = metrics.byGroupAndRole;
    for (int r = 0; r < roles.size(); ++r) {
        barTooltips(sets[r], [rows, r, role = roles.at(r)](int index) {
            const GroupRoleRevenue row = rows.value(index);
            const QLocale locale;
            return tr("%1, %2: %3")
                .arg(row.name, enumDisplayName(role), row.byRole.value(r).toDisplayString(locale));
        });
    }
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(escaped(categories));
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
    QStringList full;
    double max = 0;
    // Horizontal bars grow from the bottom: add in reverse so the largest is on top.
    for (qsizetype i = rows.size() - 1; i >= 0; --i) {
        *set << double(rows.at(i).second);
        full << rows.at(i).first;
        max = std::max(max, double(rows.at(i).second));
    }
    const QStringList names = ChartLabels::uniqueElided(full);
    barTooltips(set, [full, rows, valueTitle](int index) {
        const qint64 value = rows.value(rows.size() - 1 - index).second;
        return tr("%1 — %2: %3").arg(full.value(index), valueTitle, QLocale().toString(value));
    });
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    chart->addSeries(series);
    auto *y = new QBarCategoryAxis;
    y->append(escaped(names));
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
