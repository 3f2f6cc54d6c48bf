#include "ui/settings/timezonechangerunner.h"

#include "storage/database.h"
#include "storage/jobrunner.h"
#include "storage/timezonechange.h"

#include <QFutureWatcher>
#include <QProgressDialog>

namespace cohort {

namespace {
// A small workspace is done before a dialog would only flash.
constexpr int ShowAfterMs = 300;

struct Outcome
{
    TimeZoneChangeRunner::Result result = TimeZoneChangeRunner::Result::Failed;
    QString error;
};
} // namespace

TimeZoneChangeRunner::TimeZoneChangeRunner(QWidget *parent, const QString &ianaId)
    : QObject(parent)
    , m_ianaId(ianaId)
{
}

TimeZoneChangeRunner *TimeZoneChangeRunner::start(QWidget *parent, Database &database,
                                                  const QString &ianaId)
{
    auto *runner = new TimeZoneChangeRunner(parent, ianaId);
    runner->m_progress = new QProgressDialog(
        tr("Recomputing the daily activity in %1…").arg(ianaId), tr("Cancel"), 0, 100, parent);
    runner->m_progress->setWindowTitle(tr("Change Time Zone"));
    runner->m_progress->setWindowModality(Qt::WindowModal);
    runner->m_progress->setMinimumDuration(ShowAfterMs);
    runner->m_progress->setAutoClose(false);
    runner->m_progress->setAutoReset(false);
    runner->run(database);
    return runner;
}

void TimeZoneChangeRunner::run(Database &database)
{
    const QString ianaId = m_ianaId;
    QFuture<Outcome> future = database.jobs().run([ianaId](JobContext &context) {
        TimeZoneChange change(context.database());
        change.setCancelFlag([&context] { return context.isCancelled(); });
        change.setProgressCallback([&context](int percent) { context.setProgress(percent); });
        Outcome outcome;
        if (change.run(ianaId))
            outcome.result = Result::Changed;
        else if (change.wasCancelled() || context.isCancelled())
            outcome.result = Result::Cancelled;
        else
            outcome.error = change.lastError().message;
        return outcome;
    });
    // The watcher belongs to the runner, which belongs to the dialog: a result for a workspace
    // that closed meanwhile goes nowhere.
    auto *watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcher<Outcome>::progressValueChanged, m_progress.data(),
            &QProgressDialog::setValue);
    connect(m_progress.data(), &QProgressDialog::canceled, this, [this, watcher] {
        watcher->cancel(); // TimeZoneChange sees it at its next step and rolls back
        if (m_progress) {
            m_progress->setLabelText(tr("Cancelling…"));
            m_progress->setCancelButton(nullptr);
        }
    });
    connect(watcher, &QFutureWatcher<Outcome>::finished, this, [this, watcher] {
        Outcome outcome;
        // A cancelled job carries no result.
        if (watcher->isCanceled() || watcher->future().resultCount() == 0)
            outcome.result = Result::Cancelled;
        else
            outcome = watcher->result();
        if (m_progress) {
            m_progress->disconnect(this); // closing a progress dialog reports "canceled"
            m_progress->close();
            m_progress->deleteLater();
        }
        Q_EMIT finished(outcome.result, outcome.error);
        deleteLater();
    });
    watcher->setFuture(future);
    m_progress->setValue(0); // starts the minimum-duration timer
}

} // namespace cohort
