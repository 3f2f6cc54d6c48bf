#include "ui/dashboards/dashboardpane.h"

#include "analytics/healthscore.h"
#include "analytics/periodmath.h"
#include "models/statuscolors.h"
#include "storage/database.h"
#include "ui/dashboards/chartpanel.h"
#include "ui/dashboards/dashboardcharts.h"
#include "ui/dashboards/dashboardcontroller.h"
#include "ui/dashboards/drilldowndialog.h"
#include "ui/dashboards/heatgridwidget.h"
#include "ui/dashboards/kpicard.h"
#include "ui/widgets/errorbanner.h"

#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QScrollArea>
#include <QSettings>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTimeZone>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtCharts/QBarSet>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QLineSeries>

namespace cohort {

namespace {

enum PanelIndex { ActivityPanel, JoinsPanel, FunnelPanel, RevenuePanel, HeatmapPanel, CohortPanel, ContributorsPanel, ReferrersPanel, PortfolioPanel };
enum CardIndex { MessagesCard, ActiveCard, RatioCard, JoinsCard, LeavesCard, BuyersCard, RevenueCard, ConversionCard, RepurchaseCard, ReferralCard, SilentCard, CardCount };

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
    buildFilters();
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
    connect(m_controller, &DashboardController::busyChanged, this, [this](bool busy) {
        m_status->setText(busy ? tr("Updating…") : QString());
    });
    connect(m_controller, &DashboardController::failed, this,
            [this](const QString &message, const QString &details) {
                // Charts of data that could not be read would show "nothing" as if it were so.
                m_errorBanner->showError(tr("Could not compute the dashboard: %1").arg(message),
                                         details);
                m_stack->setVisible(false);
            });
    connect(&m_database, &Database::changed, this, [this](Tables tables) {
        if (tables & Table::Groups)
            reloadGroups();
    });
    retranslate();
    const QSettings settings;
    const int preset
        = settings.value(QStringLiteral("panes/dashboard/preset"), int(Preset::Last30Days)).toInt();
    m_preset->setCurrentIndex(
        preset >= 0 && preset < int(Preset::Custom) ? preset : int(Preset::Last30Days));
    const int granularity
        = settings.value(QStringLiteral("panes/dashboard/granularity"), 0).toInt();
    if (granularity >= 0 && granularity < m_granularity->count())
        m_granularity->setCurrentIndex(granularity);
    applyPreset();
    reloadGroups();
}

DashboardPane::~DashboardPane()
{
    m_controller->waitForIdle();
}

void DashboardPane::buildFilters()
{
    auto *bar = new QHBoxLayout;
    m_groupsLabel = new QLabel(this);
    m_groupsButton = new QToolButton(this);
    m_groupsButton->setPopupMode(QToolButton::InstantPopup);
    m_groupsButton->setMenu(new QMenu(m_groupsButton));
    m_rangeLabel = new QLabel(this);
    m_preset = new QComboBox(this);
    m_preset->setObjectName(QStringLiteral("rangePreset"));
    m_from = new QDateEdit(this);
    m_to = new QDateEdit(this);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_granularityLabel = new QLabel(this);
    m_granularity = new QComboBox(this);
    m_status = new QLabel(this);
    m_status->setTextFormat(Qt::PlainText);
    m_groupsLabel->setBuddy(m_groupsButton);
    m_rangeLabel->setBuddy(m_preset);
    m_granularityLabel->setBuddy(m_granularity);
    bar->addWidget(m_groupsLabel);
    bar->addWidget(m_groupsButton);
    bar->addSpacing(12);
    bar->addWidget(m_rangeLabel);
    bar->addWidget(m_preset);
    bar->addWidget(m_from);
    bar->addWidget(new QLabel(QStringLiteral("–"), this));
    bar->addWidget(m_to);
    bar->addSpacing(12);
    bar->addWidget(m_granularityLabel);
    bar->addWidget(m_granularity);
    bar->addStretch(1);
    bar->addWidget(m_status);
    static_cast<QVBoxLayout *>(layout())->addLayout(bar);

    connect(m_preset, &QComboBox::activated, this, [this] { applyPreset(); });
    auto manualDate = [this] {
        if (m_preset->currentIndex() != int(Preset::Custom)) {
            const QSignalBlocker blocker(m_preset);
            m_preset->setCurrentIndex(int(Preset::Custom));
        }
        refresh();
    };
    connect(m_from, &QDateEdit::editingFinished, this, manualDate);
    connect(m_to, &QDateEdit::editingFinished, this, manualDate);
    connect(m_granularity, &QComboBox::activated, this, [this] { refresh(); });
}

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
        m_cards.at(index)->setToolTip(tr("Click to see the members behind this number"));
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
        openDrillDown(m_panels.at(HeatmapPanel)->title(), tr("Messages"), DrillDown::Kind::HeatCell, row * 24 + column);
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

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    m_stack->addWidget(scroll);
}

void DashboardPane::retranslate()
{
    m_groupsLabel->setText(tr("&Groups:"));
    m_rangeLabel->setText(tr("&Range:"));
    m_granularityLabel->setText(tr("&By:"));
    const int preset = m_preset->currentIndex();
    m_preset->clear();
    m_preset->addItems({tr("This week"), tr("Last week"), tr("Last 30 days"), tr("This month"), tr("Custom")});
    m_preset->setCurrentIndex(preset < 0 ? int(Preset::Last30Days) : preset);
    const int granularity = m_granularity->currentIndex();
    m_granularity->clear();
    m_granularity->addItems({tr("Day"), tr("Week"), tr("Month")});
    m_granularity->setCurrentIndex(granularity < 0 ? 0 : granularity);
    m_from->setAccessibleName(tr("From"));
    m_to->setAccessibleName(tr("To"));
    m_empty->setText(tr("Nothing to chart yet.\n\nImport a chat export (File ▸ Import…) or add groups, members and "
                        "orders, and the dashboard fills in. Help ▸ Fill with Demo Data shows what it looks like."));
    const QStringList cardTitles{tr("Messages"), tr("Active members"), tr("Active ratio"), tr("Joins"),
                                 tr("Leaves"), tr("Buyers"), tr("Revenue"), tr("Conversion"),
                                 tr("Repurchase rate"), tr("New by referral"), tr("Silent members")};
    for (int i = 0; i < m_cards.size(); ++i)
        m_cards.at(i)->setTitle(cardTitles.at(i));
    const QStringList panelTitles{tr("Messages and active members"), tr("Joins and leaves"), tr("Funnel"),
                                  tr("Revenue by group and product role"), tr("When members write (weekday × hour)"),
                                  tr("Repurchase cohorts (share buying again, by month of first purchase)"),
                                  tr("Top contributors"), tr("Top referrers"), tr("Portfolio")};
    for (int i = 0; i < m_panels.size(); ++i)
        m_panels.at(i)->setTitle(panelTitles.at(i));
    m_panels.at(FunnelPanel)->setHelp(tr("Members of the scope at the end of the range → wrote in the range → bought → "
                                         "bought twice or more → referred someone. Click a bar for the list."));
    m_panels.at(PortfolioPanel)->setHelp(HealthScoreFormula::formulaText());
    m_panels.at(HeatmapPanel)->setHelp(tr("Messages by weekday and hour in the workspace time zone: post when the "
                                          "colour is darkest. Click a cell for who writes then."));
    m_groupsButton->setText(m_selectedGroups.isEmpty() ? tr("All groups")
                                                       : tr("%n group(s)", nullptr, int(m_selectedGroups.size())));
    if (m_hasMetrics)
        render();
}

void DashboardPane::reloadGroups()
{
    QMenu *menu = m_groupsButton->menu();
    menu->clear();
    QAction *all = menu->addAction(tr("All groups"));
    connect(all, &QAction::triggered, this, [this] { setGroups({}); });
    menu->addSeparator();
    const std::shared_ptr<const AnalyticsFacts> facts = m_controller->facts();
    QList<std::pair<QString, qint64>> groups;
    if (facts) {
        for (auto it = facts->groups.cbegin(); it != facts->groups.cend(); ++it)
            groups.append({it->name, it.key()});
    }
    std::sort(groups.begin(), groups.end(), [](const auto &a, const auto &b) { return a.first.localeAwareCompare(b.first) < 0; });
    for (const auto &[name, id] : groups) {
        QAction *action = menu->addAction(name);
        action->setCheckable(true);
        action->setChecked(m_selectedGroups.contains(id));
        connect(action, &QAction::toggled, this, [this, id = id](bool on) {
            QList<qint64> selection = m_selectedGroups;
            if (on && !selection.contains(id))
                selection << id;
            if (!on)
                selection.removeAll(id);
            setGroups(selection);
        });
    }
}

void DashboardPane::setGroups(const QList<qint64> &groupIds)
{
    m_selectedGroups = groupIds;
    m_groupsButton->setText(groupIds.isEmpty() ? tr("All groups") : tr("%n group(s)", nullptr, int(groupIds.size())));
    refresh();
}

void DashboardPane::setGranularity(Granularity granularity)
{
    m_granularity->setCurrentIndex(int(granularity));
    refresh();
}

void DashboardPane::setPreset(Preset preset)
{
    m_preset->setCurrentIndex(int(preset));
    applyPreset();
}

void DashboardPane::setRange(const QDate &from, const QDate &to)
{
    m_preset->setCurrentIndex(int(Preset::Custom));
    m_from->setDate(from);
    m_to->setDate(to);
    refresh();
}

void DashboardPane::applyPreset()
{
    const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone(m_database.timeZoneId().toUtf8())).date();
    QDate from = m_from->date();
    QDate to = m_to->date();
    switch (Preset(m_preset->currentIndex())) {
    case Preset::ThisWeek:
        from = today.addDays(1 - today.dayOfWeek());
        to = from.addDays(6);
        m_granularity->setCurrentIndex(int(Granularity::Day));
        break;
    case Preset::LastWeek:
        from = today.addDays(1 - today.dayOfWeek() - 7);
        to = from.addDays(6);
        m_granularity->setCurrentIndex(int(Granularity::Day));
        break;
    case Preset::Last30Days:
        from = today.addDays(-29);
        to = today;
        break;
    case Preset::ThisMonth:
        from = QDate(today.year(), today.month(), 1);
        to = from.addMonths(1).addDays(-1);
        break;
    case Preset::Custom:
        break;
    }
    m_from->setDate(from);
    m_to->setDate(to);
    refresh();
}

MetricsRequest DashboardPane::currentRequest() const
{
    MetricsRequest request;
    request.groupIds = m_selectedGroups;
    request.from = std::min(m_from->date(), m_to->date());
    request.to = std::max(m_from->date(), m_to->date());
    request.granularity = Granularity(std::max(0, m_granularity->currentIndex()));
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
    if (!m_shownOnce) {
        m_shownOnce = true;
        refresh();
    }
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
    if (m_groupsButton->menu()->actions().size() <= 2)
        reloadGroups();
    render();
    Q_EMIT updated();
}

void DashboardPane::render()
{
    const std::shared_ptr<const AnalyticsFacts> facts = m_controller->facts();
    const bool empty = !facts || (facts->groups.isEmpty() && facts->members.empty() && facts->orders.empty());
    m_stack->setCurrentIndex(empty ? 0 : 1);
    if (empty)
        return;
    const QLocale locale;
    const auto &c = m_metrics.current;
    const auto &p = m_metrics.previous;
    m_cards[MessagesCard]->setValue(locale.toString(c.messages), double(c.messages), double(p.messages));
    m_cards[ActiveCard]->setValue(locale.toString(c.activeMembers), double(c.activeMembers), double(p.activeMembers));
    m_cards[RatioCard]->setValue(percent(c.activeRatio), c.activeRatio, p.activeRatio);
    m_cards[JoinsCard]->setValue(locale.toString(c.joins), double(c.joins), double(p.joins));
    m_cards[LeavesCard]->setValue(locale.toString(c.leaves), double(c.leaves), double(p.leaves), false);
    m_cards[BuyersCard]->setValue(locale.toString(c.buyers), double(c.buyers), double(p.buyers));
    m_cards[RevenueCard]->setValue(c.revenue.toDisplayString(locale), double(c.revenue.minorUnits()), double(p.revenue.minorUnits()));
    m_cards[ConversionCard]->setValue(percent(c.conversionRate), c.conversionRate, p.conversionRate);
    m_cards[RepurchaseCard]->setValue(percent(c.repurchaseRate), c.repurchaseRate, p.repurchaseRate);
    m_cards[ReferralCard]->setValue(locale.toString(c.newByReferral), double(c.newByReferral), double(p.newByReferral));
    m_cards[SilentCard]->setValue(locale.toString(m_metrics.activity.silentCount), double(m_metrics.activity.silentCount),
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
        connect(static_cast<QLineSeries *>(series), &QLineSeries::clicked, this, [this](const QPointF &point) {
            const int index = qRound(point.x());
            if (index >= 0 && index < m_bucketStarts.size())
                openDrillDown(m_panels.at(ActivityPanel)->title(), tr("Messages"), DrillDown::Kind::ActiveInPeriod, m_bucketStarts.at(index));
        });
    }
    QList<QStringList> csv{{tr("Period"), tr("Messages"), tr("Active members"), tr("Joins"), tr("Leaves")}};
    for (const ActivityPoint &point : activity.series)
        csv << QStringList{point.periodStart.toString(Qt::ISODate), QString::number(point.messages),
                           QString::number(point.activeMembers), QString::number(point.joins), QString::number(point.leaves)};
    m_panels.at(ActivityPanel)->setCsvData(csv);
    m_panels.at(JoinsPanel)->setCsvData(csv);

    QBarSet *joins = nullptr;
    QBarSet *leaves = nullptr;
    install(1, DashboardCharts::joinsLeaves(activity, dark, &joins, &leaves));
    connect(joins, &QBarSet::clicked, this, [this](int index) {
        openDrillDown(tr("Joins"), tr("Joins"), DrillDown::Kind::JoinsInPeriod, m_bucketStarts.value(index, -1));
    });
    connect(leaves, &QBarSet::clicked, this, [this](int index) {
        openDrillDown(tr("Leaves"), tr("Leaves"), DrillDown::Kind::LeavesInPeriod, m_bucketStarts.value(index, -1));
    });

    QBarSet *funnel = nullptr;
    install(2, DashboardCharts::funnel(m_metrics.conversion, dark, &funnel));
    const int steps = int(m_metrics.conversion.funnel.size());
    connect(funnel, &QBarSet::clicked, this, [this, steps](int index) {
        const int step = steps - 1 - index;
        openDrillDown(DashboardCharts::funnelStepName(m_metrics.conversion.funnel.value(step).key), tr("Value"),
                      DrillDown::Kind::FunnelStep, step);
    });
    QList<QStringList> funnelCsv{{tr("Step"), tr("Members"), tr("Share of previous step"), tr("Share of members")}};
    for (const FunnelStep &step : m_metrics.conversion.funnel)
        funnelCsv << QStringList{DashboardCharts::funnelStepName(step.key), QString::number(step.count),
                                 QString::number(step.rateOfPrevious, 'f', 4), QString::number(step.rateOfFirst, 'f', 4)};
    m_panels.at(FunnelPanel)->setCsvData(funnelCsv);

    install(3, DashboardCharts::revenueByGroupAndRole(m_metrics.revenue, dark));
    QStringList revenueHeader{tr("Group")};
    for (const ProductRole role : EnumTraits<ProductRole>::all())
        revenueHeader << enumDisplayName(role);
    QList<QStringList> revenueCsv{revenueHeader};
    for (const GroupRoleRevenue &row : m_metrics.revenue.byGroupAndRole) {
        QStringList line{row.name};
        for (const Money &amount : row.byRole)
            line << amount.toPlainString();
        revenueCsv << line;
    }
    m_panels.at(RevenuePanel)->setCsvData(revenueCsv);

    QBarSet *contributors = nullptr;
    install(4, DashboardCharts::topContributors(activity, dark, &contributors));
    QList<QStringList> topCsv{{tr("Member"), tr("Messages")}};
    for (const Contributor &c : activity.topContributors)
        topCsv << QStringList{c.member.name, QString::number(c.messages)};
    m_panels.at(ContributorsPanel)->setCsvData(topCsv);

    QBarSet *referrers = nullptr;
    install(5, DashboardCharts::topReferrers(m_metrics.fission, dark, &referrers));
    QList<QStringList> refCsv{{tr("Member"), tr("New members brought")}};
    for (const Referrer &r : m_metrics.fission.topReferrers)
        refCsv << QStringList{r.member.name, QString::number(r.referrals)};
    m_panels.at(ReferrersPanel)->setCsvData(refCsv);

    QStringList weekdays;
    for (int d = 1; d <= 7; ++d)
        weekdays << locale.dayName(d, QLocale::ShortFormat);
    QStringList hours;
    for (int h = 0; h < 24; ++h)
        hours << QString::number(h);
    QList<QList<double>> heat;
    QStringList heatHeader{tr("Weekday")};
    heatHeader << hours;
    QList<QStringList> heatCsv{heatHeader};
    for (int d = 0; d < 7; ++d) {
        QList<double> row;
        QStringList line{weekdays.at(d)};
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
    QStringList cohortHeader{tr("First purchase"), tr("Buyers")};
    cohortHeader << cohortColumns;
    QList<QStringList> cohortCsv{cohortHeader};
    for (const CohortRow &row : m_metrics.repurchase.cohorts) {
        cohortRows << tr("%1 (%2)").arg(locale.toString(row.month, QStringLiteral("yyyy-MM"))).arg(row.buyers);
        QList<double> values;
        QStringList texts;
        QStringList line{row.month.toString(QStringLiteral("yyyy-MM")), QString::number(row.buyers)};
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
    const QStringList headers{tr("Group"), tr("Platform"), tr("Health"), tr("Members"), tr("Active"), tr("Messages"),
                              tr("Joins"), tr("Leaves"), tr("Buyers"), tr("Orders"), tr("Revenue"), tr("Conversion"),
                              tr("Repurchase")};
    m_portfolio->setSortingEnabled(false);
    m_portfolio->clear();
    m_portfolio->setColumnCount(int(headers.size()));
    m_portfolio->setHorizontalHeaderLabels(headers);
    m_portfolio->setRowCount(int(m_metrics.portfolio.size()));
    QList<QStringList> csv{headers};
    for (int r = 0; r < m_metrics.portfolio.size(); ++r) {
        const PortfolioRow &row = m_metrics.portfolio.at(r);
        m_portfolio->setItem(r, 0, new QTableWidgetItem(row.name));
        m_portfolio->setItem(r, 1, new QTableWidgetItem(enumDisplayName(row.platform)));
        auto *health = new NumericItem(QString::number(row.health.score), row.health.score);
        health->setToolTip(tr("Activity %1 + growth %2 + conversion %3 + discipline %4\n\n%5")
                               .arg(locale.toString(row.health.activity, 'f', 1), locale.toString(row.health.growth, 'f', 1),
                                    locale.toString(row.health.conversion, 'f', 1), locale.toString(row.health.discipline, 'f', 1),
                                    HealthScoreFormula::formulaText())
                               .toHtmlEscaped());
        if (row.health.score < 40)
            health->setForeground(StatusColors::bad(m_portfolio->palette()));
        m_portfolio->setItem(r, 2, health);
        m_portfolio->setItem(r, 3, new NumericItem(locale.toString(row.members), double(row.members)));
        m_portfolio->setItem(r, 4, new NumericItem(percent(row.activeRatio), row.activeRatio));
        m_portfolio->setItem(r, 5, new NumericItem(locale.toString(row.messages), double(row.messages)));
        m_portfolio->setItem(r, 6, new NumericItem(locale.toString(row.joins), double(row.joins)));
        m_portfolio->setItem(r, 7, new NumericItem(locale.toString(row.leaves), double(row.leaves)));
        m_portfolio->setItem(r, 8, new NumericItem(locale.toString(row.buyers), double(row.buyers)));
        m_portfolio->setItem(r, 9, new NumericItem(locale.toString(row.orders), double(row.orders)));
        m_portfolio->setItem(r, 10, new NumericItem(row.revenue.toDisplayString(locale), double(row.revenue.minorUnits())));
        m_portfolio->setItem(r, 11, new NumericItem(percent(row.conversionRate), row.conversionRate));
        m_portfolio->setItem(r, 12, new NumericItem(percent(row.repurchaseRate), row.repurchaseRate));
        csv << QStringList{row.name, enumKey(row.platform), QString::number(row.health.score), QString::number(row.members),
                           QString::number(row.activeRatio, 'f', 4), QString::number(row.messages), QString::number(row.joins),
                           QString::number(row.leaves), QString::number(row.buyers), QString::number(row.orders),
                           row.revenue.toPlainString(), QString::number(row.conversionRate, 'f', 4),
                           QString::number(row.repurchaseRate, 'f', 4)};
    }
    if (!m_portfolioStateTried) {
        m_portfolioStateTried = true;
        m_portfolioStateRestored = m_portfolio->horizontalHeader()->restoreState(
            QSettings().value(QStringLiteral("panes/dashboard/portfolioHeader")).toByteArray());
    }
    m_portfolio->setSortingEnabled(true); // after the restore: applies its sort order
    if (!m_portfolioStateRestored)
        m_portfolio->resizeColumnsToContents();
    m_panels.at(PortfolioPanel)->setCsvData(csv);
}

void DashboardPane::saveViewState() const
{
    QSettings settings;
    // A custom range is about the day it was picked; the presets mean the same next time.
    if (m_preset->currentIndex() >= 0 && m_preset->currentIndex() < int(Preset::Custom))
        settings.setValue(QStringLiteral("panes/dashboard/preset"), m_preset->currentIndex());
    settings.setValue(QStringLiteral("panes/dashboard/granularity"), m_granularity->currentIndex());
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

void DashboardPane::openDrillDown(const QString &title, const QString &valueHeader, DrillDown::Kind kind, qint64 param)
{
    auto *dialog = new DrillDownDialog(title, valueHeader, drillDownRows(kind, param), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

} // namespace cohort
