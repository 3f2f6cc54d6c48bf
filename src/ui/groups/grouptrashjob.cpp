#include "ui/groups/grouptrashjob.h"

#include "storage/database.h"
#include "storage/grouptrash.h"
#include "storage/jobrunner.h"
#include "storage/queryerror.h"

#include <QFutureWatcher>
#include <QProgressDialog>

namespace cohort {

namespace {

/// What a job reports back: always a result, also when cancelled.
struct Outcome
{
    bool ok = false;
    qint64 batch = 0;
    qint64 rows = 0;
    bool cancelled = false;
    QString error;
};

} // namespace

GroupTrashJob::GroupTrashJob(QWidget *window)
    : QObject(window)
{
    m_progress = new QProgressDialog(window);
    m_progress->setObjectName(QStringLiteral("groupTrashProgress"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(0);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    m_progress->setRange(0, 100);
    connect(this, &GroupTrashJob::finished, m_progress, &QObject::deleteLater);
    connect(this, &GroupTrashJob::finished, this, &QObject::deleteLater);
}

GroupTrashJob *GroupTrashJob::deleteGroups(const Database &database, const QList<qint64> &ids,
                                           QWidget *window)
{
    auto *self = new GroupTrashJob(window);
    self->m_progress->setLabelText(tr("Deleting %n group(s)…", nullptr, int(ids.size())));
    self->m_progress->setCancelButtonText(tr("Cancel"));
    const std::shared_ptr<std::atomic_bool> cancel = self->m_cancel;
    connect(self->m_progress, &QProgressDialog::canceled, self, [self, cancel] {
        cancel->store(true);
        self->m_progress->setLabelText(tr("Cancelling…"));
    });
    QFuture<Outcome> future = database.jobs().run([ids, cancel](JobContext &job) {
        Outcome outcome;
        GroupTrash trash(job.database());
        trash.setProgressCallback([&job](int percent) { job.setProgress(percent); });
        trash.setCancelFlag([&job, cancel] { return cancel->load() || job.isCancelled(); });
        try {
            outcome.batch = trash.moveToTrash(ids);
            outcome.ok = outcome.batch > 0;
            outcome.rows = trash.movedRows();
            outcome.cancelled = trash.wasCancelled();
            outcome.error = trash.lastError().message;
        } catch (const QueryError &error) {
            outcome.error = error.message();
        }
        return outcome;
    });
    auto *watcher = new QFutureWatcher<Outcome>(self);
    connect(watcher, &QFutureWatcherBase::progressValueChanged, self->m_progress,
            &QProgressDialog::setValue);
    connect(watcher, &QFutureWatcherBase::finished, self, [self, watcher] {
        // No result: the workspace is closing and the job never ran or was stopped.
        const Outcome outcome = watcher->future().resultCount() > 0 ? watcher->future().result()
                                                                    : Outcome { .cancelled = true };
        Q_EMIT self->finished(outcome.ok, outcome.batch, outcome.rows, outcome.cancelled,
                              outcome.error);
    });
    watcher->setFuture(future);
    self->m_progress->show();
    return self;
}

GroupTrashJob *GroupTrashJob::restore(const Database &database, qint64 batch, QWidget *window)
{
    auto *self = new GroupTrashJob(window);
    self->m_progress->setLabelText(tr("Restoring deleted groups…"));
    // One statement per table: nothing to cancel between, and the dialog just shows it works.
    self->m_progress->setCancelButton(nullptr);
    self->m_progress->setRange(0, 0);
    QFuture<Outcome> future = database.jobs().run([batch](JobContext &job) {
        Outcome outcome;
        GroupTrash trash(job.database());
        outcome.ok = trash.restore(batch);
        outcome.error = trash.lastError().message;
        return outcome;
    });
    auto *watcher = new QFutureWatcher<Outcome>(self);
    connect(watcher, &QFutureWatcherBase::finished, self, [self, watcher] {
        const Outcome outcome = watcher->future().resultCount() > 0 ? watcher->future().result()
                                                                    : Outcome { .cancelled = true };
        Q_EMIT self->finished(outcome.ok, 0, 0, outcome.cancelled, outcome.error);
    });
    watcher->setFuture(future);
    self->m_progress->show();
    return self;
}

} // namespace cohort
