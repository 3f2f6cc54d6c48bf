#include "ui/dashboards/dashboardpane.h"

#include "analytics/healthscore.h"
#include "analytics/periodmath.h"
#include "models/statuscolors.h"
#include "storage/database.h"
#include "storage/workspacezone.h"
#include "ui/dashboards/chartpanel.h"
#include "ui/dashboards/dashboardcharts.h"
#include "ui/dashboards/dashboardcontroller.h"
#include "ui/dashboards/drilldowndialog.h"
#include "ui/dashboards/heatgridwidget.h"
#include "ui/dashboards/kpicard.h"
#include "ui/dashboards/positioningsection.h"
#include "ui/widgets/errorbanner.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QSettings>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtCharts/QBarSet>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QLineSeries>

namespace cohort {

namespace {

enum PanelIndex {
    ActivityPanel,
    JoinsPanel,
    FunnelPanel,
    RevenuePanel,
    HeatmapPanel,
    CohortPanel,
    ContributorsPanel,
    ReferrersPanel,
    PortfolioPanel
};
enum CardIndex {
    MessagesCard,
    ActiveCard,
    RatioCard,
    JoinsCard,
    LeavesCard,
    BuyersCard,
    RevenueCard,
    ConversionCard,
    RepurchaseCard,
    ReferralCard,
    SilentCard,
    CardCount
};

/// A table cell that sorts by a number while showing formatted text.
class NumericItem final : public QTableWidgetItem
{
public:
    NumericItem(const QString &text, double value)
        : QTableWidgetItem(text)
    {
        setData(Qt::UserRole, value);
        setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    }
    bool operator<(const QTableWidgetItem &other) const override
    {
        return data(Qt::UserRole).toDouble() < other.data(Qt::UserRole).toDouble();
    }
};

QString percent(double ratio)
{
    return QLocale().toString(ratio * 100.0, 'f', 1) + QLatin1Char('%');
}

} // namespace

DashboardPane::DashboardPane(Database &database, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_controller(new DashboardController(database, this))
{
    auto *layout = new QVBoxLayout(this);
    m_filters = new DashboardFilters(database, this);
    layout->addWidget(m_filters);
    m_errorBanner = new ErrorBanner(this);
    layout->addWidget(m_errorBanner);
    connect(m_errorBanner, &ErrorBanner::retryRequested, this, &DashboardPane::refresh);
    m_stack = new QStackedWidget(this);
    m_empty = new QLabel(this);
    m_empty->setTextFormat(Qt::PlainText);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setMargin(40);
    m_stack->addWidget(m_empty);
    buildContent();
    layout->addWidget(m_stack, 1);
    connect(m_controller, &DashboardController::metricsReady, this, &DashboardPane::onMetrics);
    connect(m_controller, &DashboardController::busyChanged, this,
            [this](bool busy) { m_filters->setStatus(busy ? tr("Updating…") : QString()); });
    connect(m_controller, &DashboardController::failed, this,
            [this](const QString &message, const QString &details) {
                // Charts of data that could not be read would show "nothing" as if it were so.
                m_errorBanner->showError(tr("Could not compute the dashboard: %1").arg(message),
                                         details);
                m_stack->setVisible(false);
            });
    connect(m_filters, &DashboardFilters::changed, this, &DashboardPane::refresh);
    retranslate();
    // Figures are computed while the pane is shown, not at start-up behind another pane.
    m_controller->setActive(false);
    refresh();
}

// The workspace's job runner, not the pane, waits for a computation still running.
DashboardPane::~DashboardPane() = default;

void DashboardPane::buildContent()
{
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    auto *cards = new QGridLayout;
    for (int i = 0; i < CardCount; ++i) {
        auto *card = new KpiCard(content);
        m_cards << card;
        cards->addWidget(card, i / 6, i % 6);
    }
    layout->addLayout(cards);
    auto drillCard = [this](int index, DrillDown::Kind kind) {
        connect(m_cards.at(index), &KpiCard::clicked, this, [this, index, kind] {
            m_cards.at(index)->setCursor(Qt::PointingHandCursor);
            openDrillDown(m_cards.at(index)->accessibleName(), tr("Value"), kind, -1);
        });
        m_cards.at(index)->setCursor(Qt::PointingHandCursor);
        m_cards.at(index)->setProperty("drills", true);
    };
    drillCard(SilentCard, DrillDown::Kind::Silent);
    drillCard(BuyersCard, DrillDown::Kind::Buyers);
    drillCard(JoinsCard, DrillDown::Kind::JoinsInPeriod);
    drillCard(LeavesCard, DrillDown::Kind::LeavesInPeriod);
    drillCard(ReferralCard, DrillDown::Kind::NewByReferral);

    auto *grid = new QGridLayout;
    for (int i = 0; i < PortfolioPanel; ++i) {
        QWidget *widget = nullptr;
        if (i == HeatmapPanel || i == CohortPanel) {
            auto *heat = new HeatGridWidget(content);
            (i == HeatmapPanel ? m_heatmap : m_cohorts) = heat;
            widget = heat;
        } else {
            auto *view = new QChartView(content);
            view->setRenderHint(QPainter::Antialiasing);
            view->setMinimumHeight(300);
            m_chartViews << view;
            widget = view;
        }
        auto *panel = new ChartPanel(widget, content);
        m_panels << panel;
        grid->addWidget(panel, i / 2, i % 2);
    }
    m_heatmap->setShowCellText(false);
    m_heatmap->setMinimumHeight(200);
    m_cohorts->setMinimumHeight(200);
    connect(m_heatmap, &HeatGridWidget::cellClicked, this, [this](int row, int column) {
        openDrillDown(m_panels.at(HeatmapPanel)->title(), tr("Messages"), DrillDown::Kind::HeatCell,
                      row * 24 + column);
    });
    layout->addLayout(grid);

    m_portfolio = new QTableWidget(content);
    m_portfolio->setObjectName(QStringLiteral("portfolioTable"));
    m_portfolio->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_portfolio->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_portfolio->verticalHeader()->hide();
    m_portfolio->setMinimumHeight(240);
    m_portfolio->setSortingEnabled(true);
    auto *portfolioPanel = new ChartPanel(m_portfolio, content);
    m_panels << portfolioPanel;
    layout->addWidget(portfolioPanel);
    m_positioning = new PositioningSection(m_database, content);
    connect(m_positioning, &PositioningSection::groupGoalsRequested, this,
            &DashboardPane::groupGoalsRequested);
    layout->addWidget(m_positioning);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    m_stack->addWidget(scroll);
}

void DashboardPane::retranslate()
{
    m_empty->setText(tr(
        "Nothing to chart yet.\n\nImport a chat export (File ▸ Import…) or add groups, members and "
        "orders, and the dashboard fills in. Help ▸ Fill with Demo Data shows what it looks "
        "like."));
    const QStringList cardTitles { tr("Messages"),
                                   tr("Active members"),
                                   tr("Active ratio"),
                                   tr("Joins"),
                                   tr("Leaves"),
                                   tr("Buyers"),
                                   tr("Revenue"),
                                   tr("Conversion"),
                                   tr("Repurchase rate"),
                                   tr("New by referral"),
                                   tr("Silent at range end") };
    // What each number counts (docs/metrics.md): "members" are the members of the scope during
    // the range, those who left included, everywhere but the silent count.
    const QStringList cardHelp {
        tr("Messages written in the range."),
        tr("Members who wrote in the range: the funnel's Active step."),
        tr("Active members ÷ members of the scope during the range (those who left count)."),
        tr("Joins in the range."),
        tr("Leaves and removals in the range."),
        tr("Members with a sale in the range, whether they wrote or not (the funnel counts only "
           "active buyers)."),
        tr("Sales (orders not refunded) in the range."),
        tr("Buyers ÷ members of the scope during the range."),
        tr("Buyers with two or more sales ÷ buyers."),
        tr("Members new to the scope in the range whom someone referred."),
        tr("Members at the end of the range who wrote nothing in the last %n day(s) of it, or "
           "never.",
           nullptr, m_controller->currentRequest().silentDays)
    };
    for (int i = 0; i < m_cards.size(); ++i) {
        m_cards.at(i)->setTitle(cardTitles.at(i));
        m_cards.at(i)->setToolTip(m_cards.at(i)->property("drills").toBool()
                                      ? cardHelp.at(i) + QLatin1Char('\n')
                                          + tr("Click to see the members behind this number.")
                                      : cardHelp.at(i));
    }
    const QStringList panelTitles {
        tr("Messages and active members"),
        tr("Joins and leaves"),
        tr("Funnel"),
        tr("Revenue by group and product role"),
        tr("When members write (weekday × hour)"),
        tr("Repurchase cohorts (share buying again, by month of first purchase)"),
        tr("Top contributors"),
        tr("Top referrers"),
        tr("Portfolio")
    };
    for (int i = 0; i < m_panels.size(); ++i)
        m_panels.at(i)->setTitle(panelTitles.at(i));
    m_panels.at(FunnelPanel)
        ->setHelp(tr("Members of the scope during the range (those who left count) → of them, who "
                     "wrote (active) → of those, who bought → who bought twice or more → who also "
                     "referred a newcomer in the range. Each step is a part of the one before. "
                     "Click a bar for the list."));
    m_panels.at(PortfolioPanel)->setHelp(HealthScoreFormula::formulaText());
    m_panels.at(HeatmapPanel)
        ->setHelp(tr("Messages by weekday and hour in the workspace time zone: post when the "
                     "colour is darkest. Click a cell for who writes then."));
    if (m_hasMetrics)
        render();
}

void DashboardPane::setGroups(const QList<qint64> &groupIds)
{
    m_filters->setGroups(groupIds);
}

void DashboardPane::setGranularity(std::optional<Granularity> granularity)
{
    m_filters->setGranularity(granularity);
}

void DashboardPane::setPreset(Preset preset)
{
    m_filters->setPreset(preset);
}

void DashboardPane::setRange(const QDate &from, const QDate &to)
{
    m_filters->setRange(from, to);
}

MetricsRequest DashboardPane::currentRequest() const
{
    MetricsRequest request;
    request.groupIds = m_filters->groups();
    request.from = m_filters->from();
    request.to = m_filters->to();
    request.granularity = m_filters->granularity();
    return request;
}

void DashboardPane::refresh()
{
    if (!m_database.isOpen())
        return;
    m_controller->request(currentRequest());
}

void DashboardPane::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_controller->setActive(true); // computes what was asked for or changed while hidden
}

void DashboardPane::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_controller->setActive(false);
}

void DashboardPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::PaletteChange && m_hasMetrics)
        renderCharts();
    QWidget::changeEvent(event);
}

bool DashboardPane::isShowingEmptyState() const
{
    return m_stack->currentWidget() == m_empty;
}

bool DashboardPane::isDark() const
{
    return palette().color(QPalette::Window).lightness() < 128;
}

void DashboardPane::onMetrics(const DashboardMetrics &metrics)
{
    m_metrics = metrics;
    m_hasMetrics = true;
    m_errorBanner->setVisible(false);
    m_stack->setVisible(true);
    // New facts after an import or an edit: the groups menu learns about new groups.
    m_filters->setFacts(m_controller->facts());
    render();
    m_positioning->update(m_controller->facts(), m_controller->currentRequest().groupIds,
                          metrics.to);
    const auto &c = metrics.current;
    m_filters->setRangeHasData(c.messages > 0 || c.orders > 0 || c.joins > 0 || c.leaves > 0
                               || metrics.revenue.refunded > 0);
    Q_EMIT updated();
}

void DashboardPane::render()
{
    const std::shared_ptr<const AnalyticsFacts> facts = m_controller->facts();
    const bool empty
        = !facts || (facts->groups.isEmpty() && facts->members.empty() && facts->orders.empty());
    m_stack->setCurrentIndex(empty ? 0 : 1);
    if (empty)
        return;
    const QLocale locale;
    const auto &c = m_metrics.current;
    const auto &p = m_metrics.previous;
    m_cards[MessagesCard]->setValue(locale.toString(c.messages), double(c.messages),
                                    double(p.messages));
    m_cards[ActiveCard]->setValue(locale.toString(c.activeMembers), double(c.activeMembers),
                                  double(p.activeMembers));
    m_cards[RatioCard]->setValue(percent(c.activeRatio), c.activeRatio, p.activeRatio);
    m_cards[JoinsCard]->setValue(locale.toString(c.joins), double(c.joins), double(p.joins));
    m_cards[LeavesCard]->setValue(locale.toString(c.leaves), double(c.leaves), double(p.leaves),
                                  false);
    m_cards[BuyersCard]->setValue(locale.toString(c.buyers), double(c.buyers), double(p.buyers));
    m_cards[RevenueCard]->setValue(c.revenue.toDisplayString(locale),
                                   double(c.revenue.minorUnits()), double(p.revenue.minorUnits()));
    m_cards[ConversionCard]->setValue(percent(c.conversionRate), c.conversionRate,
                                      p.conversionRate);
    m_cards[RepurchaseCard]->setValue(percent(c.repurchaseRate), c.repurchaseRate,
                                      p.repurchaseRate);
    m_cards[ReferralCard]->setValue(locale.toString(c.newByReferral), double(c.newByReferral),
                                    double(p.newByReferral));
    m_cards[SilentCard]->setValue(locale.toString(m_metrics.activity.silentCount),
                                  double(m_metrics.activity.silentCount),
                                  double(m_metrics.activity.silentCount), false);
    renderCharts();
    renderPortfolio();
}

void DashboardPane::renderCharts()
{
    const bool dark = isDark();
    const ActivityMetrics &activity = m_metrics.activity;
    m_bucketStarts.clear();
    for (const ActivityPoint &point : activity.series)
        m_bucketStarts << PeriodMath::dayNumber(point.periodStart);
    auto install = [this](int viewIndex, QChart *chart) {
        QChartView *view = m_chartViews.at(viewIndex);
        QChart *old = view->chart();
        view->setChart(chart);
        delete old;
    };
    const QLocale locale;

    QChart *activityChart = DashboardCharts::activity(activity, dark);
    install(0, activityChart);
    const QList<QAbstractSeries *> lines = activityChart->series();
    for (QAbstractSeries *series : lines) {
        connect(static_cast<QLineSeries *>(series), &QLineSeries::clicked, this,
                [this](const QPointF &point) {
                    const int index = qRound(point.x());
                    if (index >= 0 && index < m_bucketStarts.size())
                        openDrillDown(m_panels.at(ActivityPanel)->title(), tr("Messages"),
                                      DrillDown::Kind::ActiveInPeriod, m_bucketStarts.at(index));
                });
    }
    QList<QStringList> csv { { tr("Period"), tr("Messages"), tr("Active members"), tr("Joins"),
                               tr("Leaves") } };
    for (const ActivityPoint &point : activity.series)
        csv << QStringList { point.periodStart.toString(Qt::ISODate),
                             QString::number(point.messages), QString::number(point.activeMembers),
                             QString::number(point.joins), QString::number(point.leaves) };
    m_panels.at(ActivityPanel)->setCsvData(csv);
    m_panels.at(JoinsPanel)->setCsvData(csv);

    QBarSet *joins = nullptr;
    QBarSet *leaves = nullptr;
    install(1, DashboardCharts::joinsLeaves(activity, dark, &joins, &leaves));
    connect(joins, &QBarSet::clicked, this, [this](int index) {
        openDrillDown(tr("Joins"), tr("Joins"), DrillDown::Kind::JoinsInPeriod,
                      m_bucketStarts.value(index, -1));
    });
    connect(leaves, &QBarSet::clicked, this, [this](int index) {
        openDrillDown(tr("Leaves"), tr("Leaves"), DrillDown::Kind::LeavesInPeriod,
                      m_bucketStarts.value(index, -1));
    });

    QBarSet *funnel = nullptr;
    install(2, DashboardCharts::funnel(m_metrics.conversion, dark, &funnel));
    const int steps = int(m_metrics.conversion.funnel.size());
    connect(funnel, &QBarSet::clicked, this, [this, steps](int index) {
        const int step = steps - 1 - index;
        openDrillDown(DashboardCharts::funnelStepName(m_metrics.conversion.funnel.value(step).key),
                      tr("Value"), DrillDown::Kind::FunnelStep, step);
    });
    QList<QStringList> funnelCsv { { tr("Step"), tr("Members"), tr("Share of previous step"),
                                     tr("Share of members") } };
    for (const FunnelStep &step : m_metrics.conversion.funnel)
        funnelCsv << QStringList { DashboardCharts::funnelStepName(step.key),
                                   QString::number(step.count),
                                   QString::number(step.rateOfPrevious, 'f', 4),
                                   QString::number(step.rateOfFirst, 'f', 4) };
    m_panels.at(FunnelPanel)->setCsvData(funnelCsv);

    install(3, DashboardCharts::revenueByGroupAndRole(m_metrics.revenue, dark));
    QStringList revenueHeader { tr("Group") };
    for (const ProductRole role : EnumTraits<ProductRole>::all())
        revenueHeader << enumDisplayName(role);
    QList<QStringList> revenueCsv { revenueHeader };
    for (const GroupRoleRevenue &row : m_metrics.revenue.byGroupAndRole) {
        QStringList line { row.name };
        for (const Money &amount : row.byRole)
            line << amount.toPlainString();
        revenueCsv << line;
    }
    m_panels.at(RevenuePanel)->setCsvData(revenueCsv);

    QBarSet *contributors = nullptr;
    install(4, DashboardCharts::topContributors(activity, dark, &contributors));
    QList<QStringList> topCsv { { tr("Member"), tr("Messages") } };
    for (const Contributor &c : activity.topContributors)
        topCsv << QStringList { c.member.name, QString::number(c.messages) };
    m_panels.at(ContributorsPanel)->setCsvData(topCsv);

    QBarSet *referrers = nullptr;
    install(5, DashboardCharts::topReferrers(m_metrics.fission, dark, &referrers));
    QList<QStringList> refCsv { { tr("Member"), tr("New members brought") } };
    for (const Referrer &r : m_metrics.fission.topReferrers)
        refCsv << QStringList { r.member.name, QString::number(r.referrals) };
    m_panels.at(ReferrersPanel)->setCsvData(refCsv);

    QStringList weekdays;
    for (int d = 1; d <= 7; ++d)
        weekdays << locale.dayName(d, QLocale::ShortFormat);
    QStringList hours;
    for (int h = 0; h < 24; ++h)
        hours << QString::number(h);
    QList<QList<double>> heat;
    QStringList heatHeader { tr("Weekday") };
    heatHeader << hours;
    QList<QStringList> heatCsv { heatHeader };
    for (int d = 0; d < 7; ++d) {
        QList<double> row;
        QStringList line { weekdays.at(d) };
        for (int h = 0; h < 24; ++h) {
            row << double(activity.heatmap[size_t(d)][size_t(h)]);
            line << QString::number(activity.heatmap[size_t(d)][size_t(h)]);
        }
        heat << row;
        heatCsv << line;
    }
    m_heatmap->setData(weekdays, hours, heat);
    m_panels.at(HeatmapPanel)->setCsvData(heatCsv);

    QStringList cohortRows;
    QStringList cohortColumns;
    QList<QList<double>> cohortValues;
    QList<QStringList> cohortTexts;
    int maxMonths = 0;
    for (const CohortRow &row : m_metrics.repurchase.cohorts)
        maxMonths = std::max(maxMonths, int(row.retention.size()));
    for (int k = 1; k <= maxMonths; ++k)
        cohortColumns << tr("+%1 mo").arg(k);
    QStringList cohortHeader { tr("First purchase"), tr("Buyers") };
    cohortHeader << cohortColumns;
    QList<QStringList> cohortCsv { cohortHeader };
    for (const CohortRow &row : m_metrics.repurchase.cohorts) {
        cohortRows << tr("%1 (%2)")
                          .arg(locale.toString(row.month, QStringLiteral("yyyy-MM")))
                          .arg(row.buyers);
        QList<double> values;
        QStringList texts;
        QStringList line { row.month.toString(QStringLiteral("yyyy-MM")),
                           QString::number(row.buyers) };
        for (int k = 0; k < maxMonths; ++k) {
            const bool has = k < row.retention.size();
            values << (has ? row.retention.at(k) : 0.0);
            texts << (has ? percent(row.retention.at(k)) : QString());
            line << (has ? QString::number(row.retention.at(k), 'f', 4) : QString());
        }
        cohortValues << values;
        cohortTexts << texts;
        cohortCsv << line;
    }
    m_cohorts->setData(cohortRows, cohortColumns, cohortValues, cohortTexts);
    m_panels.at(CohortPanel)->setCsvData(cohortCsv);
}

void DashboardPane::renderPortfolio()
{
    const QLocale locale;
    const QStringList headers { tr("Group"),     tr("Platform"), tr("Health"),  tr("Members"),
                                tr("Active"),    tr("Messages"), tr("Joins"),   tr("Leaves"),
                                tr("Buyers"),    tr("Orders"),   tr("Revenue"), tr("Conversion"),
                                tr("Repurchase") };
    m_portfolio->setSortingEnabled(false);
    m_portfolio->clear();
    m_portfolio->setColumnCount(int(headers.size()));
    m_portfolio->setHorizontalHeaderLabels(headers);
    m_portfolio->setRowCount(int(m_metrics.portfolio.size()));
    QList<QStringList> csv { headers };
    for (int r = 0; r < m_metrics.portfolio.size(); ++r) {
        const PortfolioRow &row = m_metrics.portfolio.at(r);
        m_portfolio->setItem(r, 0, new QTableWidgetItem(row.name));
        m_portfolio->setItem(r, 1, new QTableWidgetItem(enumDisplayName(row.platform)));
        auto *health = new NumericItem(QString::number(row.health.score), row.health.score);
        health->setToolTip(tr("Activity %1 + growth %2 + conversion %3 + discipline %4\n\n%5")
                               .arg(locale.toString(row.health.activity, 'f', 1),
                                    locale.toString(row.health.growth, 'f', 1),
                                    locale.toString(row.health.conversion, 'f', 1),
                                    locale.toString(row.health.discipline, 'f', 1),
                                    HealthScoreFormula::formulaText())
                               .toHtmlEscaped());
        if (row.health.score < 40)
            health->setForeground(StatusColors::bad(m_portfolio->palette()));
        m_portfolio->setItem(r, 2, health);
        m_portfolio->setItem(r, 3,
                             new NumericItem(locale.toString(row.members), double(row.members)));
        m_portfolio->setItem(r, 4, new NumericItem(percent(row.activeRatio), row.activeRatio));
        m_portfolio->setItem(r, 5,
                             new NumericItem(locale.toString(row.messages), double(row.messages)));
        m_portfolio->setItem(r, 6, new NumericItem(locale.toString(row.joins), double(row.joins)));
        m_portfolio->setItem(r, 7,
                             new NumericItem(locale.toString(row.leaves), double(row.leaves)));
        m_portfolio->setItem(r, 8,
                             new NumericItem(locale.toString(row.buyers), double(row.buyers)));
        m_portfolio->setItem(r, 9,
                             new NumericItem(locale.toString(row.orders), double(row.orders)));
        m_portfolio->setItem(
            r, 10,
            new NumericItem(row.revenue.toDisplayString(locale), double(row.revenue.minorUnits())));
        m_portfolio->setItem(r, 11,
                             new NumericItem(percent(row.conversionRate), row.conversionRate));
        m_portfolio->setItem(r, 12,
                             new NumericItem(percent(row.repurchaseRate), row.repurchaseRate));
        csv << QStringList { row.name,
                             enumKey(row.platform),
                             QString::number(row.health.score),
                             QString::number(row.members),
                             QString::number(row.activeRatio, 'f', 4),
                             QString::number(row.messages),
                             QString::number(row.joins),
                             QString::number(row.leaves),
                             QString::number(row.buyers),
                             QString::number(row.orders),
                             row.revenue.toPlainString(),
                             QString::number(row.conversionRate, 'f', 4),
                             QString::number(row.repurchaseRate, 'f', 4) };
    }
    if (!m_portfolioStateTried) {
        m_portfolioStateTried = true;
        m_portfolioStateRestored = m_portfolio->horizontalHeader()->restoreState(
            QSettings().value(QStringLiteral("panes/dashboard/portfolioHeader")).toByteArray());
    }
    m_portfolio->setSortingEnabled(true); // after the restore: applies its sort order
    fitPortfolioColumns();
    m_panels.at(PortfolioPanel)->setCsvData(csv);
}

void DashboardPane::fitPortfolioColumns()
{
    // Widths kept from an earlier run were fitted to other numbers (a shorter range, fewer
    // orders): a column narrower than its contents now would cut them (a revenue of "¥170,9…").
    // Columns the user made wider stay as they are.
    QHeaderView *header = m_portfolio->horizontalHeader();
    const QAbstractItemView *view = m_portfolio; // where sizeHintForColumn() is public
    for (int c = 0; c < m_portfolio->columnCount(); ++c) {
        if (header->isSectionHidden(c))
            continue;
        const int needed = qMax(view->sizeHintForColumn(c), header->sectionSizeHint(c));
        if (!m_portfolioStateRestored || header->sectionSize(c) < needed)
            header->resizeSection(c, needed);
    }
}

void DashboardPane::saveViewState() const
{
    m_filters->saveState();
    QSettings settings;
    if (m_portfolio->columnCount() > 0)
        settings.setValue(QStringLiteral("panes/dashboard/portfolioHeader"),
                          m_portfolio->horizontalHeader()->saveState());
}

QList<DrillDown::Row> DashboardPane::drillDownRows(DrillDown::Kind kind, qint64 param) const
{
    const std::shared_ptr<const AnalyticsFacts> facts = m_controller->facts();
    if (!facts)
        return {};
    return DrillDown::members(*facts, m_controller->currentRequest(), kind, param);
}

void DashboardPane::openDrillDown(const QString &title, const QString &valueHeader,
                                  DrillDown::Kind kind, qint64 param)
{
    auto *dialog = new DrillDownDialog(title, valueHeader, drillDownRows(kind, param), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

} // namespace cohort
