#pragma once

#include "analytics/metrics.h"
#include "analytics/metricsrequest.h"
#include "storage/analyticsfacts.h"
#include "storage/changeset.h"
#include "storage/factschangelog.h"

#include <QFuture>
#include <QObject>
#include <QTimer>

#include <memory>

namespace cohort {

class Database;

/// Keeps a facts snapshot of the workspace and computes dashboard metrics off the GUI thread.
/// Reloads the snapshot after relevant commits (debounced); results of superseded requests are
/// dropped, so the newest filter always wins.
class DashboardController final : public QObject
{
    Q_OBJECT

public:
    explicit DashboardController(Database &database, QObject *parent = nullptr);
    ~DashboardController() override;

    /// Computes metrics for `request` (loading facts first if needed); emits metricsReady.
    void request(const MetricsRequest &request);
    std::shared_ptr<const AnalyticsFacts> facts() const { return m_facts; }
    const MetricsRequest &currentRequest() const { return m_request; }
    bool isBusy() const { return m_pending > 0; }
    /// Waits for running work (tests).
    void waitForIdle();
    /// An inactive controller (its pane is hidden) keeps the newest request and computes it
    /// only when activated, also after workspace changes. Controllers start active.
    void setActive(bool active);
    bool isActive() const { return m_active; }

Q_SIGNALS:
    void metricsReady(const cohort::DashboardMetrics &metrics);
    void busyChanged(bool busy);
    /// Computing failed; `details` names the statement when a read failed.
    void failed(const QString &message, const QString &details);

private:
    void onDatabaseChanged(const cohort::ChangeSet &change);
    void start();
    void setPending(int delta);

    Database &m_database;
    std::shared_ptr<const AnalyticsFacts> m_facts;
    MetricsRequest m_request;
    bool m_haveRequest = false;
    FactsChangeLog m_changes; ///< what changed since m_facts was read
    bool m_active = true;
    bool m_dirty = false; ///< a request or change arrived while inactive
    quint64 m_generation = 0;
    int m_pending = 0;
    QTimer m_reloadTimer;
    QList<QFuture<void>> m_running;
};

} // namespace cohort
