#include "ui/team/publishtask.h"

#include "storage/database.h"
#include "storage/jobrunner.h"
#include "storage/serveraddress.h"
#include "storage/workspacecopier.h"

#include <QLocale>
#include <QProgressDialog>
#include <QWidget>

namespace cohort {

PublishTask::PublishTask(Database &source, QWidget *window)
    : QObject(window)
    , m_source(source)
    , m_window(window)
{
}

void PublishTask::start(const QString &address)
{
    const QString shown = ServerAddress::parse(address).toDisplayString();
    m_progress
        = new QProgressDialog(tr("Publishing to %1…").arg(shown), tr("Cancel"), 0, 100, m_window);
    m_progress->setWindowTitle(tr("Publish to Team Server"));
    // Window-modal: an edit made during the copy would miss the server.
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(300);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    m_progress->setValue(0);
    connect(m_progress, &QProgressDialog::canceled, this, &PublishTask::cancel);
    connect(&m_watcher, &QFutureWatcherBase::progressValueChanged, m_progress,
            &QProgressDialog::setValue);
    connect(&m_watcher, &QFutureWatcherBase::progressTextChanged, m_progress,
            &QProgressDialog::setLabelText);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, [this] {
        // A future cancelled by the workspace closing has no result; a copy that committed before
        // Cancel was seen has published all the same.
        const Outcome outcome
            = m_watcher.isCanceled() ? Outcome { 0, true, {} } : m_watcher.result();
        m_progress->deleteLater();
        Q_EMIT finished(outcome.rows, outcome.cancelled, outcome.error);
        deleteLater();
    });

    m_watcher.setFuture(m_source.jobs().run([address, shown,
                                             cancelled = m_cancelled](JobContext &context) {
        const auto stop = [&] { return cancelled->load() || context.isCancelled(); };
        Outcome outcome;
        if (stop()) {
            outcome.cancelled = true;
            return outcome;
        }
        // The target's connection belongs to this worker thread and closes with it.
        Database target;
        outcome.error = target.open(address, Database::OpenMode::CreateOrOpen);
        if (outcome.error.isError())
            return outcome;
        WorkspaceCopier copier(context.database(), target);
        const QLocale locale;
        const bool ok = copier.run(
            [&](qint64 done, qint64 total) {
                context.setProgress(total > 0 ? int(done * 100 / total) : 100,
                                    tr("Publishing to %1: %2 of %3 rows…")
                                        .arg(shown, locale.toString(done), locale.toString(total)));
            },
            stop);
        outcome.rows = copier.rowsCopied();
        outcome.cancelled = !ok && stop();
        if (!ok && !outcome.cancelled)
            outcome.error = copier.lastError();
        return outcome;
    }));
}

void PublishTask::cancel()
{
    m_cancelled->store(true);
    if (m_progress)
        m_progress->setLabelText(tr("Cancelling…"));
}

} // namespace cohort
