#pragma once

#include "models/messageindexrunner.h"
#include "storage/backupmanager.h"
#include "storage/database.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

class QWidget;

namespace cohort {

class AutoBackupRunner;
class PublishTask;
class DemoDataRunner;
class WorkspaceLock;

/// The open workspace and its life: opening (with the lock and the damaged-file recovery),
/// closing, restoring backups, the daily backup, demo data and the recent-files list. Closing
/// cancels the workspace's background jobs, lets the window drop what refers to the workspace
/// (aboutToClose()), then waits for every job before the Database goes away, so no job outlives
/// its workspace and no result reaches the next one.
class WorkspaceController final : public QObject
{
    Q_OBJECT

public:
    /// Dialogs and message boxes are shown over `window`, which also parents this object.
    explicit WorkspaceController(QWidget *window);
    /// Closes the workspace (after the window dropped its panes, see aboutToClose()).
    ~WorkspaceController() override;

    /// Opens `path` as the workspace. On failure the user is told why and the previous workspace
    /// stays open; returns whether the new one is now open. A damaged file is not opened, but
    /// its latest good backup is offered: restored into a new file, that one opens later.
    /// The whole-file check runs after the window shows the workspace (a 500 MB file takes
    /// seconds): when it finds damage, the workspace is closed, a private scratch workspace
    /// takes its place and the backup is offered the same way.
    bool openWorkspace(const QString &path,
                       Database::OpenMode mode = Database::OpenMode::ReadWrite);
    /// Shows an already opened workspace (tests use in-memory ones).
    void setWorkspace(std::unique_ptr<Database> database);
    /// Closes the open workspace, if any: see the class comment.
    void closeWorkspace();

    Database *database() const { return m_database.get(); }
    /// The lock held on the workspace file (null for read-only or in-memory ones).
    WorkspaceLock *workspaceLock() const { return m_lock.get(); }
    /// The backups of the open file workspace (null for in-memory ones).
    BackupManager *backups() const { return m_backups.get(); }
    /// Whether the whole-file check of the workspace that opened last still runs (the daily
    /// backup starts after it).
    bool isCheckingIntegrity() const { return !m_check.isNull(); }
    /// The automatic daily backup, a job of the workspace's runner after a workspace opened.
    AutoBackupRunner *autoBackup() const { return m_autoBackup; }
    /// Keeps the open workspace's message search index caught up; null while none is open or
    /// it is read-only.
    MessageIndexRunner *messageIndex() const { return m_messageIndex; }

    /// Asks for the password of a team server address whose server wanted one (tests answer
    /// it); empty when the user cancels. Never stored.
    void setPasswordPrompt(std::function<QString(const QString &address)> prompt)
    {
        m_passwordPrompt = std::move(prompt);
    }
    void setReadOnlyPrompt(std::function<bool(const QString &holder)> prompt)
    {
        m_readOnlyPrompt = std::move(prompt);
    }
    void setBackupFactory(std::function<std::unique_ptr<BackupManager>()> factory)
    {
        m_backupFactory = std::move(factory);
    }
    void setNewFileChooser(
        std::function<QString(const QString &title, const QString &suggested)> chooser)
    {
        m_newFileChooser = std::move(chooser);
    }

    /// File ▸ Connect to Team Server…: asks where, then opens that team workspace.
    void connectToServerDialog();
    /// File ▸ Publish to Team Server…: asks where, copies the open local workspace there, then
    /// offers to open the team workspace.
    void publishToServerDialog();
    /// Copies the open local workspace into the empty team database at `address` (which may
    /// carry the password) in the background, with progress and Cancel; publishFinished() tells
    /// how it ended.
    void publishTo(const QString &address);
    /// Cancels a running publish, as its progress dialog's Cancel does.
    void cancelPublish();
    /// Where team workspaces' pg_dump backups go (tests); empty: ServerBackup::defaultRoot().
    void setTeamBackupRoot(const QString &root) { m_teamBackupRoot = root; }
    /// A team workspace is backed up with pg_dump when it opens and its newest backup here is
    /// older than this.
    static constexpr int TeamBackupHours = 20;
    /// File ▸ New Workspace…, Open Workspace…, Save Workspace As…, Restore from Backup….
    void newWorkspace();
    void openWorkspaceDialog();
    void saveWorkspaceAs();
    void restoreFromBackup();
    /// Fills an empty workspace with the small demo data set as a background job; `ask` first
    /// asks the user. demoDataFinished() tells how it ended; returns whether it started.
    bool fillWithDemoData(bool ask);

    static QStringList recentFiles();
    static void clearRecentFiles();
    static QString fileFilter();

    /// Emits errorShown() and shows `message` in a warning box over the window.
    void showError(const QString &title, const QString &message);

Q_SIGNALS:
    /// The open workspace is about to close; its jobs are cancelled (the controller waits for
    /// them after this signal). Everything that refers to the workspace goes now.
    void aboutToClose();
    /// Another workspace is open (database()).
    void workspaceChanged();
    /// Emitted whenever an error is shown to the user (also lets tests observe it).
    void errorShown(const QString &message);
    /// A damaged workspace could not be opened; `latestGood` is the backup offered, if any.
    void damagedWorkspaceFound(const QString &path, const QString &latestGood);
    void recentFilesChanged();
    /// A publish ended: `published`, else `cancelled` or failed; `message` says which, for the
    /// user (no password in it).
    void publishFinished(bool published, bool cancelled, const QString &message);
    /// The pg_dump backup of a team workspace, started when it opened, ended.
    void teamBackupFinished(bool ok);
    /// The demo data job ended; `filled` when the data is in.
    void demoDataFinished(bool filled);
    /// The integrity check of a workspace that opened before it (see
    /// Database::IntegrityCheck::Deferred) started or ended; `passed` is false when it found
    /// damage (the workspace is closed then, see openWorkspace()) or could not finish.
    void integrityCheckStarted();
    void integrityCheckFinished(bool passed);

private:
    void showStatus(const QString &message, int timeoutMs);
    /// The daily pg_dump backup of the team workspace that opened, when due.
    void startTeamBackup();
    /// File ▸ Restore from Backup… for a team workspace.
    void teamBackups();
    void install(std::unique_ptr<Database> database, std::unique_ptr<WorkspaceLock> lock,
                 std::unique_ptr<BackupManager> backups);
    void addRecentFile(const QString &path);
    bool openServer(const QString &address, Database::OpenMode mode);
    bool askOpenReadOnly(const QString &holder);
    std::unique_ptr<BackupManager> makeBackupManager() const;
    /// Looks for the latest good backup of the damaged `path` off the GUI thread, then tells
    /// what is wrong and offers the backup, restored into a new file that then opens
    /// (offerBackup()). The damaged file is never written.
    void offerRestoreOfDamaged(const QString &path, const WorkspaceError &error);
    void offerBackup(const QString &path, const WorkspaceError &error,
                     const std::shared_ptr<BackupManager> &backups,
                     const std::optional<BackupManager::Entry> &good);
    /// A new file for a restored backup, or empty; refuses the open workspace and existing files.
    QString chooseNewFile(const QString &title, const QString &suggested);
    void startAutoBackup();
    /// Checks the workspace that just opened in the background; once it passes, the trash of an
    /// earlier session is emptied and the daily backup runs (a backup of a damaged file could
    /// rotate out the last good one).
    void startIntegrityCheck();
    void onIntegrityChecked(const WorkspaceError &error);

    QWidget *m_window = nullptr;
    /// Declared before the database: it must outlive the Database it is attached to.
    std::unique_ptr<BackupManager> m_backups;
    std::function<std::unique_ptr<BackupManager>()> m_backupFactory;
    std::function<QString(const QString &, const QString &)> m_newFileChooser;
    std::function<bool(const QString &)> m_readOnlyPrompt;
    std::function<QString(const QString &)> m_passwordPrompt;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<WorkspaceLock> m_lock; ///< released after the workspace it guards is closed
    AutoBackupRunner *m_autoBackup = nullptr;
    QPointer<DemoDataRunner> m_demo; ///< the demo data run of the open workspace, if any
    /// Parent of the open workspace's integrity check watcher: its result dies with it.
    QPointer<QObject> m_check;
    QPointer<PublishTask> m_publish;
    QString m_serverAddress; ///< the open team workspace's, with its password; never stored
    QString m_teamBackupRoot;
    QPointer<MessageIndexRunner> m_messageIndex;
};

} // namespace cohort
