#include "ui/reports/reportcontroller.h"

#include "reports/weekly/reportcoverage.h"
#include "reports/weekly/reporttranslator.h"
#include "reports/weekly/weeklyreportbuilder.h"
#include "rules/rulesetrepository.h"
#include "storage/analyticsfactsrepository.h"
#include "storage/database.h"
#include "storage/workspacename.h"
#include "storage/jobrunner.h"
#include "storage/pseudonymkeyrepository.h"
#include "storage/queryerror.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QSet>
#include <QTimeZone>

namespace cohort {

namespace {

// Progress values of a build's stages; the last is the range's maximum, which the future's
// rate limit never drops.
constexpr int ReadingProgress = 50;
constexpr int ComputingProgress = 100;

struct Outcome
{
    std::shared_ptr<const AnalyticsFacts> facts; ///< set when the facts were reloaded
    ReportResult result;
    QString error;
    bool cancelled = false;
};

} // namespace

ReportController::ReportController(Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
{
    qRegisterMetaType<cohort::ReportResult>();
    m_changeTimer.setSingleShot(true);
    // Imports commit file by file: one rebuild after the burst, not one per file.
    m_changeTimer.setInterval(400);
    connect(&m_changeTimer, &QTimer::timeout, this, &ReportController::workspaceChanged);
    connect(&m_database, &Database::changedRows, this, &ReportController::onDatabaseChanged);
}

ReportController::~ReportController()
{
    // The workspace's job runner waits for the build before the workspace closes; its result
    // goes with this controller's watcher.
    if (m_cancel)
        m_cancel->store(true);
    for (QFuture<void> &future : m_running)
        future.cancel();
}

QLocale ReportController::localeFor(const QString &language)
{
    if (language == QLatin1String("zh_CN"))
        return QLocale(QLocale::Chinese, QLocale::China);
    if (QLocale().language() == QLocale::English)
        return QLocale();
    if (QLocale::system().language() == QLocale::English)
        return QLocale::system();
    return QLocale(QLocale::English, QLocale::UnitedStates);
}

void ReportController::waitForIdle()
{
    for (QFuture<void> &future : m_running)
        future.waitForFinished();
    m_running.clear();
    QCoreApplication::sendPostedEvents(this);
}

void ReportController::onDatabaseChanged(const ChangeSet &change)
{
    const Tables tables = change.tables;
    const Tables relevant = Table::Groups | Table::Members | Table::Memberships | Table::Orders
        | Table::Messages | Table::Products | Table::Campaigns | Table::Violations;
    if (!(tables & relevant))
        return;
    m_changes.record({ tables & relevant, change.orderIds });
    m_changeTimer.start();
}

void ReportController::request(const ReportRequest &request)
{
    m_request = request;
    m_haveRequest = true;
    start();
}

void ReportController::cancel()
{
    if (!m_building)
        return;
    if (m_cancel)
        m_cancel->store(true);
    ++m_generation; // whatever the worker still delivers is dropped
    setBuilding(false);
    Q_EMIT cancelled();
}

void ReportController::setBuilding(bool building)
{
    if (m_building == building)
        return;
    m_building = building;
    Q_EMIT buildingChanged(building);
}

void ReportController::start()
{
    if (m_cancel)
        m_cancel->store(true); // the superseded build may stop between its stages
    const quint64 generation = ++m_generation;
    auto cancel = std::make_shared<std::atomic<bool>>(false);
    m_cancel = cancel;
    // Only what changed since the facts in memory were read is read again.
    const FactsChangeLog::Plan plan = m_changes.plan();
    // The report's words come from a translator in front of the UI's (see ReportTranslator);
    // a UI language switch may have put another in front since the last build.
    ReportTranslator::ensureInstalled();

    WeeklyReportOptions options;
    const bool untitled = m_database.isInMemory();
    if (!untitled)
        options.workspaceName = workspaceName(m_database);
    options.groupIds = m_request.groupIds;
    options.weekStart = m_request.weekStart;
    options.anonymize = m_request.anonymize;
    options.locale = localeFor(m_request.language);
    options.printedAt = QDateTime::currentDateTimeUtc();
    const ReportRequest request = m_request;
    std::shared_ptr<const AnalyticsFacts> facts = plan.full ? nullptr : m_facts;

    auto *watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcher<Outcome>::progressValueChanged, this,
            [this, generation](int value) {
                if (value > 0 && generation == m_generation) // 0: the watcher's first report
                    Q_EMIT progress(value >= ComputingProgress ? Stage::Computing : Stage::Reading);
            });
    connect(watcher, &QFutureWatcher<Outcome>::finished, this,
            [this, watcher, generation, target = plan.target] {
                watcher->deleteLater();
                if (watcher->isCanceled() || watcher->future().resultCount() == 0)
                    return; // only the workspace closing cancels the job itself
                const Outcome outcome = watcher->result();
                // A failed read applies nothing: the next build reads the same tables again.
                if (outcome.facts && m_changes.apply(target)) {
                    m_facts = outcome.facts;
                    Q_EMIT factsChanged();
                }
                if (generation != m_generation)
                    return; // superseded or cancelled
                setBuilding(false);
                if (!outcome.error.isEmpty()) {
                    Q_EMIT failed(outcome.error);
                    return;
                }
                Q_EMIT reportReady(outcome.result);
            });
    setBuilding(true);
    QFuture<Outcome> future = m_database.jobs().run([facts, request, options, untitled, plan,
                                                     cancel](JobContext &job) mutable {
        Outcome outcome;
        std::shared_ptr<const AnalyticsFacts> snapshot = facts;
        if (plan.full || plan.stale) {
            job.setProgress(ReadingProgress);
            auto loaded = std::make_shared<AnalyticsFacts>();
            try {
                const AnalyticsFactsRepository repository(job.database());
                if (plan.full)
                    repository.load(*loaded);
                else
                    repository.reload(*loaded, *facts, plan.stale, plan.orderIds);
            } catch (const QueryError &error) {
                outcome.error = error.message();
                return outcome;
            }
            snapshot = loaded;
            outcome.facts = snapshot;
        }
        if (cancel->load() || job.isCancelled()) {
            outcome.cancelled = true;
            return outcome;
        }
        if (options.anonymize) {
            PseudonymKeyRepository keys(job.database());
            options.pseudonymKey = keys.key();
            if (options.pseudonymKey.isEmpty()) {
                outcome.error = keys.lastError().message;
                return outcome;
            }
        }
        try {
            options.strikePolicies = rules::RuleSetRepository(job.database()).strikePolicies();
        } catch (const QueryError &error) {
            outcome.error = error.message();
            return outcome;
        }
        job.setProgress(ComputingProgress);
        {
            const ReportTranslator::Scope language(options.locale);
            if (untitled)
                options.workspaceName = tr("Untitled");
            outcome.result.report = WeeklyReportBuilder::build(*snapshot, options);
        }
        outcome.result.request = request;
        outcome.result.locale = options.locale;
        outcome.result.hasData = ReportCoverage::hasActivity(outcome.result.report);
        outcome.result.latestDataWeek = ReportCoverage::latestDataWeek(*snapshot, request.groupIds);
        outcome.cancelled = cancel->load();
        return outcome;
    });
    watcher->setFuture(future);
    m_running.erase(std::remove_if(m_running.begin(), m_running.end(),
                                   [](const QFuture<void> &f) { return f.isFinished(); }),
                    m_running.end());
    m_running.append(QFuture<void>(future));
}

} // namespace cohort
