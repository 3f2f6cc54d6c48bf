#pragma once

#include <QObject>

#include <atomic>
#include <memory>

class QProgressDialog;
class QWidget;

namespace cohort {

class Database;

/// Re-checks one group's whole history against its rules as a job of the workspace's JobRunner,
/// behind a window-modal progress dialog with Cancel (docs/rules.md "Scanning"). The group's
/// violations are replaced in one transaction, or left as they were when cancelled. Reports
/// with finished() and deletes itself.
class RescanJob final : public QObject
{
    Q_OBJECT

public:
    static RescanJob *start(const Database &database, qint64 groupId, const QString &groupName,
                            QWidget *window);

Q_SIGNALS:
    /// `violations`: rows now stored for the group; `cancelled`: nothing changed; otherwise,
    /// when not `ok`, `error` says why nothing changed.
    void finished(bool ok, qint64 violations, bool cancelled, const QString &error);

private:
    explicit RescanJob(QWidget *window);
    QProgressDialog *m_progress = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancel = std::make_shared<std::atomic_bool>(false);
};

} // namespace cohort
