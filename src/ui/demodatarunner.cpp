#include "ui/demodatarunner.h"

#include "storage/database.h"
#include "storage/jobrunner.h"

#include <QFutureWatcher>
#include <QProgressDialog>

namespace cohort {

DemoDataRunner::DemoDataRunner(Database &database, QWidget *window)
    : QObject(window)
    , m_database(database)
{
    m_progress = new QProgressDialog(tr("Filling the workspace with demo data…"), tr("Cancel"), 0,
                                     100, window);
    m_progress->setWindowTitle(tr("Demo Data"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(0);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    m_progress->reset(); // hidden until start()
    connect(m_progress, &QProgressDialog::canceled, this, [this] {
        if (m_cancel)
            m_cancel->store(true);
    });
}

DemoDataRunner::~DemoDataRunner()
{
    // The job may still run (the workspace's runner waits for it): it stops at its next check.
    if (m_cancel)
        m_cancel->store(true);
    delete m_progress;
}

void DemoDataRunner::start(DemoGenerator::Scale scale, quint32 seed)
{
    if (m_running)
        return;
    m_running = true;
    auto cancel = std::make_shared<std::atomic<bool>>(false);
    m_cancel = cancel;
    m_progress->setValue(0);
    m_progress->show();
    // The user's Cancel goes through the flag, not QFuture::cancel(), which would also drop
    // whether the generator had already committed.
    const QFuture<Outcome> future = m_database.jobs().run([scale, seed, cancel](JobContext &job) {
        DemoGenerator generator(job.database());
        generator.setCancelFlag([cancel, &job] { return cancel->load() || job.isCancelled(); });
        generator.setProgressCallback(
            [&job](int percent, const QString &step) { job.setProgress(percent, step); });
        Outcome outcome;
        outcome.ok = generator.generate(seed, scale);
        outcome.cancelled = generator.wasCancelled();
        outcome.error = generator.lastError().message;
        return outcome;
    });
    auto *watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcher<Outcome>::progressValueChanged, m_progress,
            &QProgressDialog::setValue);
    connect(watcher, &QFutureWatcher<Outcome>::progressTextChanged, m_progress,
            [this](const QString &text) {
                if (!text.isEmpty())
                    m_progress->setLabelText(text);
            });
    connect(watcher, &QFutureWatcher<Outcome>::finished, this, [this, watcher] {
        watcher->deleteLater();
        finish(watcher->future());
    });
    watcher->setFuture(future);
}

void DemoDataRunner::finish(const QFuture<Outcome> &future)
{
    m_running = false;
    m_progress->disconnect(this); // closing a progress dialog reports "canceled"
    m_progress->close();
    const bool userCancelled = m_cancel && m_cancel->load();
    m_cancel.reset();
    if (future.isCanceled() || future.resultCount() == 0) {
        Q_EMIT finished(Result::Cancelled, {});
        return;
    }
    const Outcome outcome = future.result();
    if (outcome.ok)
        Q_EMIT finished(Result::Filled, {});
    else if (outcome.cancelled || userCancelled)
        Q_EMIT finished(Result::Cancelled, {});
    else
        Q_EMIT finished(Result::Failed, outcome.error);
}

} // namespace cohort
