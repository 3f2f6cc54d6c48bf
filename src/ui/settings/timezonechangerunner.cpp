#include "ui/settings/timezonechangerunner.h"

#include "storage/database.h"
#include "storage/timezonechange.h"

#include <QEventLoop>
#include <QPointer>
#include <QProgressDialog>
#include <QThread>

#include <atomic>

namespace cohort {

namespace {
// A small workspace is done before a dialog would only flash.
constexpr int ShowAfterMs = 300;
} // namespace

TimeZoneChangeRunner::Result TimeZoneChangeRunner::run(QWidget *parent, Database &database,
                                                       const QString &ianaId, QString *errorMessage)
{
    QProgressDialog progress(tr("Recomputing the daily activity in %1…").arg(ianaId), tr("Cancel"),
                             0, 100, parent);
    progress.setWindowTitle(tr("Change Time Zone"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(ShowAfterMs);
    progress.setAutoClose(false);
    progress.setAutoReset(false);

    std::atomic<bool> cancelled = false;
    QObject::connect(&progress, &QProgressDialog::canceled, &progress, [&] {
        cancelled = true;
        progress.setLabelText(tr("Cancelling…"));
        progress.setCancelButton(nullptr);
    });
    QPointer<QProgressDialog> guard(&progress);

    bool ok = false;
    bool wasCancelled = false;
    WorkspaceError error;
    QThread *worker = QThread::create([&] {
        TimeZoneChange change(database);
        change.setCancelFlag([&cancelled] { return cancelled.load(); });
        change.setProgressCallback([guard](int percent) {
            QMetaObject::invokeMethod(
                guard,
                [guard, percent] {
                    if (guard)
                        guard->setValue(percent);
                },
                Qt::QueuedConnection);
        });
        ok = change.run(ianaId);
        wasCancelled = change.wasCancelled();
        error = change.lastError();
        // A worker's connection must not outlive its thread.
        database.releaseThreadConnection();
    });
    QEventLoop loop;
    QObject::connect(worker, &QThread::finished, &loop, &QEventLoop::quit);
    worker->start();
    progress.setValue(0); // starts the minimum-duration timer
    loop.exec();
    worker->wait();
    delete worker;
    progress.disconnect(); // closing a progress dialog reports "canceled"
    progress.close();

    if (ok)
        return Result::Changed;
    if (wasCancelled || cancelled)
        return Result::Cancelled;
    if (errorMessage)
        *errorMessage = error.message;
    return Result::Failed;
}

} // namespace cohort
