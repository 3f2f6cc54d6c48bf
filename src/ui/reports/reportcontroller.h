#pragma once

#include "reports/weekly/weeklyreport.h"
#include "storage/analyticsfacts.h"
#include "storage/changeset.h"
#include "storage/factschangelog.h"

#include <QDate>
#include <QFuture>
#include <QLocale>
#include <QObject>
#include <QTimer>

#include <atomic>
#include <memory>

namespace cohort {

class Database;

/// What the Reports pane asks for: one ISO week, a scope and how to present it.
struct ReportRequest
{
    QDate weekStart; ///< Monday of the ISO week
    QList<qint64> groupIds; ///< empty = every group
    QString language = QStringLiteral("en"); ///< "en" or "zh_CN"
    bool anonymize = false;

    bool operator==(const ReportRequest &other) const = default;
};

/// A built report and what the pane needs to present it.
struct ReportResult
{
    ReportRequest request;
    WeeklyReport report;
    QLocale locale;
    bool hasData = false; ///< any message, order, join or leave in the week and scope
    QDate latestDataWeek; ///< Monday of the newest week with data in the scope; invalid if none
};

/// Builds weekly reports off the GUI thread on the worker's own database connection. Keeps a
/// facts snapshot between requests (reloaded after relevant commits), drops the result of a
/// superseded or cancelled request, and reports its progress by stage.
class ReportController final : public QObject
{
    Q_OBJECT

public:
    enum class Stage { Reading, Computing };
    Q_ENUM(Stage)

    explicit ReportController(Database &database, QObject *parent = nullptr);
    ~ReportController() override;

    /// Starts building `request`; a build already running is superseded.
    void request(const ReportRequest &request);
    /// Stops waiting for the running build: its result is dropped and cancelled() is emitted.
    void cancel();
    bool isBuilding() const { return m_building; }
    const ReportRequest &currentRequest() const { return m_request; }
    std::shared_ptr<const AnalyticsFacts> facts() const { return m_facts; }
    /// Waits for every running build (tests, shutdown) and delivers its signals.
    void waitForIdle();

    /// The locale a report in `language` is written with: Chinese (China), or for English the
    /// UI's or the system's English locale (British dates and A4 for en_GB), else US English,
    /// as cohort-cli chooses.
    static QLocale localeFor(const QString &language);

Q_SIGNALS:
    void reportReady(const cohort::ReportResult &result);
    void failed(const QString &message);
    void cancelled();
    /// The running build reached `stage`, for the progress indicator.
    void progress(cohort::ReportController::Stage stage);
    void buildingChanged(bool building);
    /// The workspace changed in a way the report shows; the facts are reloaded on the next build.
    void workspaceChanged();
    /// The facts snapshot was replaced (e.g. the group list may differ).
    void factsChanged();

private:
    void onDatabaseChanged(const cohort::ChangeSet &change);
    void start();
    void setBuilding(bool building);

    Database &m_database;
    std::shared_ptr<const AnalyticsFacts> m_facts;
    ReportRequest m_request;
    bool m_haveRequest = false;
    FactsChangeLog m_changes; ///< what changed since m_facts was read
    bool m_building = false;
    quint64 m_generation = 0;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    QTimer m_changeTimer;
    QList<QFuture<void>> m_running;
};

} // namespace cohort

Q_DECLARE_METATYPE(cohort::ReportResult)
