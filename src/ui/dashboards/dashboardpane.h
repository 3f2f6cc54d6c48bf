#pragma once

#include "analytics/drilldown.h"
#include "analytics/metrics.h"
#include "analytics/metricsrequest.h"
#include "ui/dashboards/dashboardfilters.h"

#include <QWidget>

class QChartView;
class QLabel;
class QStackedWidget;
class QTableWidget;

namespace cohort {

class ChartPanel;
class Database;
class DashboardController;
class ErrorBanner;
class HeatGridWidget;
class KpiCard;
class PositioningSection;

/// The dashboard: filters (DashboardFilters), KPI cards with the change
/// against the previous period, charts, heat map, cohort matrix and the portfolio table, with
/// drill-down into the members behind a number. Computation runs off the GUI thread.
class DashboardPane final : public QWidget
{
    Q_OBJECT

public:
    using Preset = DashboardFilters::Preset;

    explicit DashboardPane(Database &database, QWidget *parent = nullptr);
    ~DashboardPane() override;

    void setPreset(Preset preset);
    void setRange(const QDate &from, const QDate &to);
    void setGroups(const QList<qint64> &groupIds);
    /// Forces a granularity; nullopt = automatic (at most DashboardFilters::MaxPeriods periods).
    void setGranularity(std::optional<Granularity> granularity);
    DashboardFilters *filters() const { return m_filters; }
    /// Recomputes with the current filters (also called after imports and edits).
    void refresh();
    DashboardController *controller() const { return m_controller; }
    const DashboardMetrics &metrics() const { return m_metrics; }
    bool hasMetrics() const { return m_hasMetrics; }
    QList<KpiCard *> kpiCards() const { return m_cards; }
    QList<ChartPanel *> panels() const { return m_panels; }
    PositioningSection *positioningSection() const { return m_positioning; }
    bool isShowingEmptyState() const;
    /// Keeps the range preset, the granularity and the portfolio's columns and sort order in
    /// QSettings for the next run (they are read back when a dashboard is made).
    void saveViewState() const;
    /// Builds the list behind a number (used by clicks; public for tests).
    QList<DrillDown::Row> drillDownRows(DrillDown::Kind kind, qint64 param) const;

Q_SIGNALS:
    /// Emitted after new metrics are shown.
    void updated();
    /// A group without positioning was opened: its group dialog should show the goals.
    void groupGoalsRequested(qint64 groupId);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void buildContent();
    void retranslate();
    void onMetrics(const DashboardMetrics &metrics);
    void render();
    void renderCharts();
    void renderPortfolio();
    /// Every column at least as wide as its contents, without narrowing the user's wider ones.
    void fitPortfolioColumns();
    void openDrillDown(const QString &title, const QString &valueHeader, DrillDown::Kind kind,
                       qint64 param);
    MetricsRequest currentRequest() const;
    bool isDark() const;

    Database &m_database;
    bool m_portfolioStateRestored = false; ///< the user's widths: only widened on refresh
    bool m_portfolioStateTried = false;
    DashboardController *m_controller;
    DashboardMetrics m_metrics;
    bool m_hasMetrics = false;

    DashboardFilters *m_filters = nullptr;
    ErrorBanner *m_errorBanner = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_empty = nullptr;
    QList<KpiCard *> m_cards;
    QList<ChartPanel *> m_panels;
    QList<QChartView *> m_chartViews;
    HeatGridWidget *m_heatmap = nullptr;
    HeatGridWidget *m_cohorts = nullptr;
    QTableWidget *m_portfolio = nullptr;
    PositioningSection *m_positioning = nullptr;
    QList<qint64> m_bucketStarts;
};

} // namespace cohort
