#include "ui/dashboards/dashboardcontroller.h"

#include "analytics/metricsengine.h"
#include "storage/analyticsfactsrepository.h"
#include "storage/database.h"
#include "storage/jobrunner.h"
#include "storage/queryerror.h"

#include <QCoreApplication>
#include <QFutureWatcher>

namespace cohort {

namespace {

struct Outcome
{
    std::shared_ptr<const AnalyticsFacts> facts;
    DashboardMetrics metrics;
    QString error;
    QString details; ///< statement and driver message of a failed read
};

} // namespace

DashboardController::DashboardController(Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
{
    qRegisterMetaType<cohort::DashboardMetrics>();
    m_reloadTimer.setSingleShot(true);
    // Gathers the announcements of one edit (a few transactions) without making the new
    // numbers wait: re-reading only what changed is quick.
    m_reloadTimer.setInterval(50);
    connect(&m_reloadTimer, &QTimer::timeout, this, [this] {
        if (!m_haveRequest)
            return;
        if (m_active)
            start();
        else
            m_dirty = true;
    });
    connect(&m_database, &Database::changedRows, this, &DashboardController::onDatabaseChanged);
}

DashboardController::~DashboardController()
{
    // The workspace's job runner waits for the jobs before the workspace closes; their results
    // go with this controller's watchers.
    for (QFuture<void> &future : m_running)
        future.cancel();
}

void DashboardController::setActive(bool active)
{
    m_active = active;
    if (m_active && m_dirty && m_haveRequest) {
        m_dirty = false;
        start();
    }
}

void DashboardController::waitForIdle()
{
    for (QFuture<void> &future : m_running)
        future.waitForFinished();
    m_running.clear();
    QCoreApplication::sendPostedEvents(this);
}

void DashboardController::onDatabaseChanged(const ChangeSet &change)
{
    const Tables tables = change.tables;
    const Tables relevant = Table::Groups | Table::Members | Table::Memberships | Table::Orders
        | Table::Messages | Table::Products | Table::Campaigns | Table::Violations;
    if (!(tables & relevant))
        return;
    m_changes.record({ tables & relevant, change.orderIds });
    m_reloadTimer.start();
}

void DashboardController::request(const MetricsRequest &request)
{
    m_request = request;
    m_haveRequest = true;
    if (m_active)
        start();
    else
        m_dirty = true;
}

void DashboardController::setPending(int delta)
{
    const bool wasBusy = m_pending > 0;
    m_pending += delta;
    if (wasBusy != (m_pending > 0))
        Q_EMIT busyChanged(m_pending > 0);
}

void DashboardController::start()
{
    const quint64 generation = ++m_generation;
    // Only what changed since the facts in memory were read is read again.
    const FactsChangeLog::Plan plan = m_changes.plan();
    std::shared_ptr<const AnalyticsFacts> facts = plan.full ? nullptr : m_facts;
    const MetricsRequest request = m_request;

    auto *watcher = new QFutureWatcher<Outcome>(this);
    setPending(+1);
    connect(watcher, &QFutureWatcher<Outcome>::finished, this,
            [this, watcher, generation, target = plan.target] {
                watcher->deleteLater();
                setPending(-1);
                if (watcher->isCanceled() || watcher->future().resultCount() == 0)
                    return; // only the workspace closing cancels
                const Outcome outcome = watcher->result();
                if (outcome.facts && m_changes.apply(target))
                    m_facts = outcome.facts;
                if (generation != m_generation)
                    return; // a newer request is on its way
                if (!outcome.error.isEmpty()) {
                    Q_EMIT failed(outcome.error, outcome.details);
                    return;
                }
                Q_EMIT metricsReady(outcome.metrics);
            });
    QFuture<Outcome> future = m_database.jobs().run([facts, request, plan](JobContext &job) {
        Outcome outcome;
        std::shared_ptr<const AnalyticsFacts> snapshot = facts;
        if (plan.full || plan.stale) {
            auto loaded = std::make_shared<AnalyticsFacts>();
            try {
                const AnalyticsFactsRepository repository(job.database());
                if (plan.full)
                    repository.load(*loaded);
                else
                    repository.reload(*loaded, *facts, plan.stale, plan.orderIds);
            } catch (const QueryError &error) {
                outcome.error = error.message();
                outcome.details = error.details();
                return outcome;
            }
            snapshot = loaded;
            outcome.facts = snapshot;
        }
        outcome.metrics = MetricsEngine::compute(*snapshot, request);
        return outcome;
    });
    watcher->setFuture(future);
    m_running.erase(std::remove_if(m_running.begin(), m_running.end(),
                                   [](const QFuture<void> &f) { return f.isFinished(); }),
                    m_running.end());
    m_running.append(QFuture<void>(future));
}

} // namespace cohort
