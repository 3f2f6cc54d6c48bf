#pragma once

#include "demo/demogenerator.h"

#include <QFuture>
#include <QObject>

#include <atomic>
#include <memory>

class QProgressDialog;
class QWidget;

namespace cohort {

class Database;

/// Runs the DemoGenerator as a job of the workspace's job runner behind a window-modal progress
/// dialog with Cancel; finished() tells how it ended. The models refresh from the change signal
/// when it commits. Made per run, as a child of the window: a workspace closing mid-run cancels
/// the job, and the window deletes its runners with the old workspace's panes.
class DemoDataRunner final : public QObject
{
    Q_OBJECT

public:
    enum class Result { Filled, Cancelled, Failed };
    Q_ENUM(Result)

    DemoDataRunner(Database &database, QWidget *window);
    ~DemoDataRunner() override;

    void start(DemoGenerator::Scale scale, quint32 seed);
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    /// The run ended; `errorMessage` says why when the result is Failed.
    void finished(cohort::DemoDataRunner::Result result, const QString &errorMessage);

private:
    struct Outcome
    {
        bool ok = false;
        bool cancelled = false;
        QString error;
    };
    void finish(const QFuture<Outcome> &future);

    Database &m_database;
    QProgressDialog *m_progress = nullptr;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    bool m_running = false;
};

} // namespace cohort
