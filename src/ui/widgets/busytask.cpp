#include "ui/widgets/busytask.h"

#include <QProgressDialog>
#include <QThread>

namespace cohort {

namespace {
// Short jobs (a small workspace) finish before a dialog would only flash.
constexpr int ShowAfterMs = 400;
} // namespace

BusyTask::BusyTask(QWidget *parent, const QString &title, const QString &label)
    : QObject(parent)
{
    m_progress = new QProgressDialog(label, tr("Cancel"), 0, 0, parent);
    m_progress->setWindowTitle(title);
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(ShowAfterMs);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    m_progress->reset(); // not shown before start()
    connect(m_progress, &QProgressDialog::canceled, this, [this] {
        m_cancelled = true;
        m_progress->setLabelText(tr("Cancelling…"));
        m_progress->setCancelButton(nullptr);
        m_progress->show();
    });
}

BusyTask::~BusyTask()
{
    if (m_worker) {
        m_worker->wait();
        delete m_worker;
    }
    delete m_progress;
}

void BusyTask::start(std::function<void()> work)
{
    if (m_worker)
        return;
    m_worker = QThread::create(std::move(work));
    connect(m_worker, &QThread::finished, this, &BusyTask::onWorkerFinished);
    m_worker->start();
    m_progress->setValue(0); // starts the minimum-duration timer
}

void BusyTask::onWorkerFinished()
{
    m_worker->wait();
    delete m_worker;
    m_worker = nullptr;
    m_progress->disconnect(this); // closing a progress dialog reports "canceled"
    m_progress->close();
    deleteLater();
    Q_EMIT finished(!m_cancelled);
}

} // namespace cohort
