#pragma once

#include <QList>
#include <QObject>

#include <atomic>
#include <memory>

class QProgressDialog;
class QWidget;

namespace cohort {

class Database;

/// Moves groups into the workspace's trash, or a trash batch back, as a job of the workspace's
/// JobRunner behind a window-modal progress dialog (with Cancel when deleting), so neither
/// freezes the window. Reports with finished() once the job is over and deletes itself.
class GroupTrashJob final : public QObject
{
    Q_OBJECT

public:
    /// Deletes `ids` into a new trash batch; finished() carries its id.
    static GroupTrashJob *deleteGroups(const Database &database, const QList<qint64> &ids,
                                       QWidget *window);
    /// Moves trash batch `batch` back into the workspace.
    static GroupTrashJob *restore(const Database &database, qint64 batch, QWidget *window);

Q_SIGNALS:
    /// `ok`: the job committed; `batch`: the new batch of a deletion; `cancelled`: the user
    /// cancelled and nothing changed; otherwise `error` says why nothing changed.
    void finished(bool ok, qint64 batch, qint64 rows, bool cancelled, const QString &error);

private:
    explicit GroupTrashJob(QWidget *window);
    QProgressDialog *m_progress = nullptr;
    /// Cancel goes through this flag, not QFuture::cancel(), so a deletion that committed just
    /// before the click still reports its batch.
    std::shared_ptr<std::atomic_bool> m_cancel = std::make_shared<std::atomic_bool>(false);
};

} // namespace cohort
