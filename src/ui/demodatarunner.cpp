#include "ui/demodatarunner.h"

#include "storage/database.h"

#include <QEventLoop>
#include <QPointer>
#include <QProgressDialog>
#include <QThread>

#include <atomic>

namespace cohort {

DemoDataRunner::Result DemoDataRunner::run(QWidget *parent, Database &database,
                                           DemoGenerator::Scale scale, quint32 seed,
                                           QString *errorMessage)
{
    QProgressDialog progress(tr("Filling the workspace with demo data…"), tr("Cancel"), 0, 100,
                             parent);
    progress.setWindowTitle(tr("Demo Data"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    progress.setAutoClose(false);
    progress.setAutoReset(false);
    progress.setValue(0);

    std::atomic<bool> cancelled = false;
    QObject::connect(&progress, &QProgressDialog::canceled, &progress,
                     [&cancelled] { cancelled = true; });
    QPointer<QProgressDialog> guard(&progress);

    bool ok = false;
    bool wasCancelled = false;
    WorkspaceError error;
    QThread *worker = QThread::create([&] {
        DemoGenerator generator(database);
        generator.setCancelFlag([&cancelled] { return cancelled.load(); });
        generator.setProgressCallback([guard](int percent, const QString &step) {
            QMetaObject::invokeMethod(
                guard,
                [guard, percent, step] {
                    if (!guard)
                        return;
                    guard->setValue(percent);
                    guard->setLabelText(step);
                },
                Qt::QueuedConnection);
        });
        ok = generator.generate(seed, scale);
        wasCancelled = generator.wasCancelled();
        error = generator.lastError();
        // A worker's connection must not outlive its thread.
        database.releaseThreadConnection();
    });
    QEventLoop loop;
    QObject::connect(worker, &QThread::finished, &loop, &QEventLoop::quit);
    worker->start();
    loop.exec();
    worker->wait();
    delete worker;
    progress.close();

    if (ok)
        return Result::Filled;
    if (wasCancelled || cancelled)
        return Result::Cancelled;
    if (errorMessage)
        *errorMessage = error.message;
    return Result::Failed;
}

} // namespace cohort
