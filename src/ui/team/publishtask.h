#pragma once

#include "storage/workspaceerror.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>

#include <atomic>
#include <memory>

class QProgressDialog;
class QWidget;

namespace cohort {

class Database;

/// File ▸ Publish to Team Server…: copies the open local workspace into an empty database on a
/// team server (WorkspaceCopier) as a job of the workspace's runner, behind a progress dialog
/// with Cancel. The copy is one transaction on the server: a cancelled or failed publish leaves
/// the database as empty as it was. Made per publish as a child of the window; it deletes itself
/// after finished().
class PublishTask final : public QObject
{
    Q_OBJECT

public:
    /// The progress dialog appears over `window` when the copy takes longer than a moment.
    PublishTask(Database &source, QWidget *window);

    /// Starts copying into `address` (which may carry the password; it is shown without).
    void start(const QString &address);
    /// As the dialog's Cancel button does.
    void cancel();

Q_SIGNALS:
    /// The copy ended: `rows` copied, or `error` (Kind::None with `cancelled` when the user
    /// cancelled).
    void finished(qint64 rows, bool cancelled, const cohort::WorkspaceError &error);

private:
    struct Outcome
    {
        qint64 rows = 0;
        bool cancelled = false;
        WorkspaceError error;
    };

    Database &m_source;
    QPointer<QWidget> m_window;
    QProgressDialog *m_progress = nullptr;
    QFutureWatcher<Outcome> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancelled = std::make_shared<std::atomic_bool>(false);
};

} // namespace cohort
