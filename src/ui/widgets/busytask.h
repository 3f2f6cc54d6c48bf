#pragma once

#include <QObject>
#include <QString>

#include <functional>

class QProgressDialog;
class QThread;
class QWidget;

namespace cohort {

/// Runs one blocking file job (copying or checking backups, which need no open workspace) on a
/// worker thread behind a busy progress dialog with Cancel, and tells the end with finished():
/// the caller goes on from there, the window stays responsive meanwhile. Made per job as a child
/// of the window; it deletes itself after finished().
class BusyTask final : public QObject
{
    Q_OBJECT

public:
    /// The dialog appears over `parent` only when the job takes longer than a moment.
    BusyTask(QWidget *parent, const QString &title, const QString &label);
    /// Waits for the job, which refers to what its caller gave it.
    ~BusyTask() override;

    /// Runs `work` on a worker thread.
    void start(std::function<void()> work);

Q_SIGNALS:
    /// The job has ended. `completed` is false when the user pressed Cancel: the job cannot be
    /// interrupted half-way, so it still ran to its end and the receiver undoes its result.
    void finished(bool completed);

private:
    void onWorkerFinished();

    QProgressDialog *m_progress = nullptr;
    QThread *m_worker = nullptr;
    bool m_cancelled = false;
};

} // namespace cohort
