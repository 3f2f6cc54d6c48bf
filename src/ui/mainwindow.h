#pragma once

#include "storage/database.h"

#include <QList>
#include <QMainWindow>

#include <functional>
#include <memory>

class QAction;
class QActionGroup;
class QIcon;
class QListWidget;
class QMenu;
class QLabel;
class QProgressBar;
class QSplitter;
class QStackedWidget;
class QUndoStack;

namespace cohort {

class AutoBackupRunner;
class BackupManager;
class CalendarPane;
class DashboardPane;
class LedgerPane;
class MessagePane;
class ReportsPane;
class SolitairePane;
class ViolationPane;
class TimeZoneStatusLabel;
class UndoRunner;
class WorkspaceDropHandler;
class WorkspaceLock;

class LanguageManager;
class TablePane;
class WorkspaceController;

/// The main window: wires the navigation sidebar, the panes of the open workspace and the menus.
/// The WorkspaceController opens and closes workspaces; the panes own their tables and dialogs.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(LanguageManager *languages, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens `path` as the workspace (WorkspaceController::openWorkspace()): returns whether
    /// the new one is now open.
    bool openWorkspace(const QString &path,
                       Database::OpenMode mode = Database::OpenMode::ReadWrite);
    /// Shows an already opened workspace (tests use in-memory ones).
    void setWorkspace(std::unique_ptr<Database> database);

    Database *database() const;
    WorkspaceController *workspace() const { return m_workspace; }
    QUndoStack *undoStack() const { return m_undoStack; }
    /// Runs Edit ▸ Undo/Redo (large group deletions as jobs).
    UndoRunner *undoRunner() const { return m_undoRunner; }
    QList<TablePane *> panes() const { return m_panes; }
    /// The dashboard, after the table panes in the sidebar.
    DashboardPane *dashboard() const { return m_dashboard; }
    /// The commission ledger, after the dashboard.
    LedgerPane *ledger() const { return m_ledger; }
    /// The weekly report, after the dashboard.
    ReportsPane *reports() const { return m_reports; }
    /// The campaign calendar, after the reports.
    CalendarPane *calendar() const { return m_calendar; }
    /// The Solitaire (接龙) view, after the dashboard.
    SolitairePane *solitaire() const { return m_solitaire; }
    ViolationPane *violations() const { return m_violations; }
    /// Sidebar index of the Solitaire view.
    int solitaireIndex() const;
    TablePane *currentPane() const;
    /// Sidebar entries: the table panes, then the extra panes.
    int paneCount() const;
    void showPane(int index);

    /// Asks whether to open a workspace another Cohort holds read-only; `holder` describes who
    /// holds it. The default asks with a message box; tests replace it.
    void setReadOnlyPrompt(std::function<bool(const QString &holder)> prompt);
    /// The lock this window holds on its workspace file (null for read-only or in-memory ones).
    WorkspaceLock *workspaceLock() const;

    /// File ▸ Import…: opens the import wizard (window-modal), pre-filled with `files`.
    void openImportWizard(const QStringList &files = {});
    /// A file the desktop asks Cohort to open (macOS Finder, the Dock icon): a `.cohort` file
    /// becomes the workspace, anything else goes to the import wizard as a chat export.
    void openFromDesktop(const QString &path);
    MessagePane *messagePane() const;
    /// "Indexing messages: N%" in the status bar while the search index catches up.
    QLabel *indexStatusLabel() const { return m_indexLabel; }
    /// Shows the Messages pane filtered to `groupId`.
    void showGroupMessages(qint64 groupId);
    /// Makes the BackupManager of each workspace opened from now on (tests give it their own
    /// folder and clock); the default keeps copies in BackupManager::defaultRoot().
    void setBackupFactory(std::function<std::unique_ptr<BackupManager>()> factory);
    /// The backups of the open file workspace (null for in-memory ones).
    BackupManager *backups() const;
    /// The automatic daily backup, running off the GUI thread after a workspace opened.
    AutoBackupRunner *autoBackup() const;
    /// Asks for a new file to restore a backup into, given a suggestion (empty = cancelled). The
    /// default is a save dialog; tests replace it.
    void setNewFileChooser(
        std::function<QString(const QString &title, const QString &suggested)> chooser);
    WorkspaceDropHandler *dropHandler() const { return m_dropHandler; }
    /// Version, Qt and SQLite versions and the licence, one per line (About, `cohort --version`).
    static QString versionText();

    static QStringList recentFiles();
    /// Fills an empty workspace with the small demo data set off the GUI thread; `ask` first
    /// asks the user. Returns whether it started (WorkspaceController::demoDataFinished()).
    bool fillWithDemoData(bool ask);

Q_SIGNALS:
    /// Emitted whenever an error is shown to the user (also lets tests observe it).
    void errorShown(const QString &message);
    /// A damaged workspace could not be opened; `latestGood` is the backup offered, if any.
    void damagedWorkspaceFound(const QString &path, const QString &latestGood);
    void workspaceChanged();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void retranslateUi();
    /// The workspace is closing: the panes and dialogs on it go.
    void dropWorkspaceViews();
    /// Another workspace is open: its panes are made.
    void showWorkspace();
    void rebuildPanes();
    void addExtraPane(QWidget *pane, const QIcon &icon, std::function<QString()> title);
    void deleteExtraPanes();
    void updateRecentMenu();
    void showError(const QString &title, const QString &message);
    void saveWindowState() const;
    void restoreWindowState();

    void showPreferences();
    void showAbout();
    void importOrders();

    LanguageManager *m_languages = nullptr;
    QUndoStack *m_undoStack = nullptr;
    UndoRunner *m_undoRunner = nullptr;
    WorkspaceController *m_workspace = nullptr;
    WorkspaceDropHandler *m_dropHandler = nullptr;
    QProgressBar *m_backupProgress = nullptr;
    TimeZoneStatusLabel *m_zoneLabel = nullptr; ///< every time shown is in this zone
    QLabel *m_countLabel = nullptr; ///< rows of the list shown (counted in the background)
    QLabel *m_indexLabel = nullptr; ///< the message search index catching up, while it does
    QSplitter *m_splitter = nullptr;
    int m_restoredPane = 0; ///< the pane shown at the last close, shown with the first workspace
    int m_shownBeforeSwitch = -1; ///< the pane shown when the last workspace closed
    QListWidget *m_sidebar = nullptr;
    QStackedWidget *m_stack = nullptr;
    QList<TablePane *> m_panes;
    DashboardPane *m_dashboard = nullptr;
    LedgerPane *m_ledger = nullptr;
    ReportsPane *m_reports = nullptr;
    CalendarPane *m_calendar = nullptr;
    /// Panes after the table panes, in sidebar order, with their (translated) titles.
    struct ExtraPane
    {
        QWidget *widget = nullptr;
        std::function<QString()> title;
    };
    QList<ExtraPane> m_extraPanes;
    SolitairePane *m_solitaire = nullptr;
    ViolationPane *m_violations = nullptr;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_teamMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_connectAction = nullptr;
    QAction *m_publishAction = nullptr;
    QAction *m_peopleAction = nullptr;
    QAction *m_saveAsAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_restoreAction = nullptr;
    QAction *m_preferencesAction = nullptr;
    QAction *m_workspaceSettingsAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_sidebarAction = nullptr;
    QAction *m_demoAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
    QAction *m_clearRecentAction = nullptr;
    QAction *m_reportActionsAnchor = nullptr; ///< the Reports pane's File actions go above it
    QAction *m_importOrdersAction = nullptr;
    QActionGroup *m_paneGroup = nullptr;
    QList<QAction *> m_paneActions;
};

} // namespace cohort
