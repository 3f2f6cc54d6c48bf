#include "ui/reports/reportcontroller.h"

#include "analytics/periodmath.h"
#include "reports/weekly/reporttranslator.h"
#include "reports/weekly/weeklyreportbuilder.h"
#include "storage/analyticsfactsrepository.h"
#include "storage/database.h"
#include "storage/pseudonymkeyrepository.h"
#include "storage/queryerror.h"

#include <QFileInfo>
#include <QFutureWatcher>
#include <QSet>
#include <QTimeZone>
#include <QtConcurrent>

namespace cohort {

namespace {

struct Outcome
{
    std::shared_ptr<const AnalyticsFacts> facts; ///< set when the facts were reloaded
    ReportResult result;
    QString error;
    bool cancelled = false;
};

/// The newest local day with a message, an order or a membership event in the scope.
QDate latestDataDay(const AnalyticsFacts &facts, const QList<qint64> &groupIds)
{
    const QSet<qint64> scope(groupIds.cbegin(), groupIds.cend());
    const auto inScope
        = [&scope](qint64 groupId) { return scope.isEmpty() || scope.contains(groupId); };
    const QTimeZone zone(facts.timeZoneId.toUtf8());
    const auto localDay = [&zone](qint64 utcSeconds) {
        return PeriodMath::dayNumber(
            QDateTime::fromSecsSinceEpoch(utcSeconds, zone.isValid() ? zone : QTimeZone::utc())
                .date());
    };
    qint64 best = -1;
    // Each list is sorted by time: the first hit from the end is the newest.
    for (auto it = facts.dayActivity.crbegin(); it != facts.dayActivity.crend(); ++it) {
        if (inScope(it->groupId)) {
            best = std::max<qint64>(best, it->day);
            break;
        }
    }
    for (auto it = facts.orders.crbegin(); it != facts.orders.crend(); ++it) {
        if (inScope(it->groupId)) {
            best = std::max(best, localDay(it->orderedAt));
            break;
        }
    }
    for (auto it = facts.events.crbegin(); it != facts.events.crend(); ++it) {
        if (inScope(it->groupId)) {
            best = std::max(best, localDay(it->at));
            break;
        }
    }
    return best < 0 ? QDate() : PeriodMath::dateOf(best);
}

bool hasActivity(const WeeklyReport &report)
{
    static const QStringList keys { QStringLiteral("messages"), QStringLiteral("orders"),
                                    QStringLiteral("joins"), QStringLiteral("leaves") };
    for (const ReportKpi &kpi : report.kpis) {
        if (keys.contains(kpi.key) && kpi.current > 0)
            return true;
    }
    return false;
}

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
    connect(&m_database, &Database::changed, this, &ReportController::onDatabaseChanged);
}

ReportController::~ReportController()
{
    if (m_cancel)
        m_cancel->store(true);
    waitForIdle();
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

void ReportController::onDatabaseChanged(Tables tables)
{
    const Tables relevant = Table::Groups | Table::Members | Table::Memberships | Table::Orders
        | Table::Messages | Table::Products | Table::Campaigns | Table::Violations;
    if (!(tables & relevant))
        return;
    m_factsStale = true;
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
    const bool reload = m_factsStale || !m_facts;
    m_factsStale = false;
    // The report's words come from a translator in front of the UI's (see ReportTranslator);
    // a UI language switch may have put another in front since the last build.
    ReportTranslator::ensureInstalled();

    WeeklyReportOptions options;
    const bool untitled = m_database.isInMemory();
    if (!untitled)
        options.workspaceName = QFileInfo(m_database.filePath()).completeBaseName();
    options.groupIds = m_request.groupIds;
    options.weekStart = m_request.weekStart;
    options.anonymize = m_request.anonymize;
    options.locale = localeFor(m_request.language);
    options.printedAt = QDateTime::currentDateTime();
    const ReportRequest request = m_request;
    std::shared_ptr<const AnalyticsFacts> facts = m_facts;
    Database *database = &m_database;

    auto *watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcher<Outcome>::finished, this, [this, watcher, generation] {
        const Outcome outcome = watcher->result();
        watcher->deleteLater();
        if (outcome.facts) {
            m_facts = outcome.facts;
            Q_EMIT factsChanged();
        }
        if (!outcome.error.isEmpty())
            m_factsStale = true; // the next build reads the workspace again
        if (generation != m_generation)
            return; // superseded or cancelled
        setBuilding(false);
        if (!outcome.error.isEmpty()) {
            Q_EMIT failed(outcome.error);
            return;
        }
        Q_EMIT reportReady(outcome.result);
    });
    const auto stage = [this, generation](Stage reached) {
        QMetaObject::invokeMethod(
            this,
            [this, generation, reached] {
                if (generation == m_generation)
                    Q_EMIT progress(reached);
            },
            Qt::QueuedConnection);
    };
    setBuilding(true);
    QFuture<Outcome> future = QtConcurrent::run(
        [database, facts, request, options, untitled, reload, cancel, stage]() mutable {
            Outcome outcome;
            // Pool threads are reused by others: never leave this thread's connection behind.
            const auto done = [database](Outcome &result) {
                database->releaseThreadConnection();
                return result;
            };
            std::shared_ptr<const AnalyticsFacts> snapshot = facts;
            if (reload) {
                stage(Stage::Reading);
                auto loaded = std::make_shared<AnalyticsFacts>();
                try {
                    AnalyticsFactsRepository(*database).load(*loaded);
                } catch (const QueryError &error) {
                    outcome.error = error.message();
                    return done(outcome);
                }
                snapshot = loaded;
                outcome.facts = snapshot;
            }
            if (cancel->load()) {
                outcome.cancelled = true;
                return done(outcome);
            }
            if (options.anonymize) {
                PseudonymKeyRepository keys(*database);
                options.pseudonymKey = keys.key();
                if (options.pseudonymKey.isEmpty()) {
                    outcome.error = keys.lastError().message;
                    return done(outcome);
                }
            }
            stage(Stage::Computing);
            {
                const ReportTranslator::Scope language(options.locale);
                if (untitled)
                    options.workspaceName = tr("Untitled");
                outcome.result.report = WeeklyReportBuilder::build(*snapshot, options);
            }
            outcome.result.request = request;
            outcome.result.locale = options.locale;
            outcome.result.hasData = hasActivity(outcome.result.report);
            const QDate latest = latestDataDay(*snapshot, request.groupIds);
            if (latest.isValid())
                outcome.result.latestDataWeek = latest.addDays(1 - latest.dayOfWeek());
            outcome.cancelled = cancel->load();
            return done(outcome);
        });
    watcher->setFuture(future);
    m_running.erase(std::remove_if(m_running.begin(), m_running.end(),
                                   [](const QFuture<void> &f) { return f.isFinished(); }),
                    m_running.end());
    m_running.append(QFuture<void>(future));
}

} // namespace cohort
