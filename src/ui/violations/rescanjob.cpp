#include "ui/violations/rescanjob.h"

#include "rules/groupscanner.h"
#include "storage/database.h"
#include "storage/jobrunner.h"
#include "storage/queryerror.h"

#include <QFutureWatcher>
#include <QProgressDialog>

namespace cohort {

namespace {

struct Outcome
{
    bool ok = false;
    qint64 violations = 0;
    bool cancelled = false;
    QString error;
};

} // namespace

RescanJob::RescanJob(QWidget *window)
    : QObject(window)
{
    m_progress = new QProgressDialog(window);
    m_progress->setObjectName(QStringLiteral("rescanProgress"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(400);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    m_progress->setRange(0, 100);
    connect(this, &RescanJob::finished, m_progress, &QObject::deleteLater);
    connect(this, &RescanJob::finished, this, &QObject::deleteLater);
}

RescanJob *RescanJob::start(const Database &database, qint64 groupId, const QString &groupName,
                            QWidget *window)
{
    auto *self = new RescanJob(window);
    self->m_progress->setLabelText(
        tr("Checking the history of “%1” against its rules…").arg(groupName));
    self->m_progress->setCancelButtonText(tr("Cancel"));
    const std::shared_ptr<std::atomic_bool> cancel = self->m_cancel;
    connect(self->m_progress, &QProgressDialog::canceled, self, [self, cancel] {
        cancel->store(true);
        self->m_progress->setLabelText(tr("Cancelling…"));
    });
    QFuture<Outcome> future = database.jobs().run([groupId, cancel](JobContext &job) {
        Outcome outcome;
        try {
            rules::GroupScanner scanner(job.database(), rules::PhraseLists::load(job.database()));
            rules::GroupScanner::Options options;
            options.cancelled = [&job, cancel] { return cancel->load() || job.isCancelled(); };
            options.progress = [&job](int percent) { job.setProgress(percent); };
            const rules::ScanOutcome scan = scanner.rescan(groupId, options);
            outcome.ok = scan.ok;
            outcome.cancelled = scan.cancelled;
            outcome.violations = scan.violations;
            outcome.error = scan.error;
        } catch (const QueryError &error) {
            outcome.error = error.message();
        }
        return outcome;
    });
    auto *watcher = new QFutureWatcher<Outcome>(self);
    connect(watcher, &QFutureWatcherBase::progressValueChanged, self->m_progress,
            &QProgressDialog::setValue);
    connect(watcher, &QFutureWatcherBase::finished, self, [self, watcher] {
        const Outcome outcome = watcher->future().resultCount() > 0 ? watcher->future().result()
                                                                    : Outcome { .cancelled = true };
        Q_EMIT self->finished(outcome.ok, outcome.violations, outcome.cancelled, outcome.error);
    });
    watcher->setFuture(future);
    return self;
}

} // namespace cohort
