#include "ui/widgets/busytask.h"

#include <QEventLoop>
#include <QProgressDialog>
#include <QThread>

namespace cohort {

namespace {
// Short jobs (a small workspace) finish before a dialog would only flash.
constexpr int ShowAfterMs = 400;
} // namespace

bool BusyTask::run(QWidget *parent, const QString &title, const QString &label,
                   const std::function<void()> &work)
{
    QProgressDialog progress(label, tr("Cancel"), 0, 0, parent);
    progress.setWindowTitle(title);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(ShowAfterMs);
    progress.setAutoClose(false);
    progress.setAutoReset(false);
    bool cancelled = false;
    QObject::connect(&progress, &QProgressDialog::canceled, &progress, [&] {
        cancelled = true;
        progress.setLabelText(tr("Cancelling…"));
        progress.setCancelButton(nullptr);
        progress.show();
    });

    QThread *worker = QThread::create(work);
    QEventLoop loop;
    QObject::connect(worker, &QThread::finished, &loop, &QEventLoop::quit);
    worker->start();
    progress.setValue(0); // starts the minimum-duration timer
    loop.exec();
    worker->wait();
    delete worker;
    const bool finished = !cancelled;
    progress.disconnect(); // closing a progress dialog reports "canceled"
    progress.close();
    return finished;
}

} // namespace cohort
