#include "ui/mainwindow.h"

#include "models/commands/importorderscommand.h"
#include "models/messageindexrunner.h"
#include "storage/workspacename.h"
#include "ui/calendar/calendarpane.h"
#include "ui/campaigns/campaignpane.h"
#include "ui/dashboards/dashboardpane.h"
#include "ui/groups/grouppane.h"
#include "ui/help/userguideaction.h"
#include "ui/importwizard/chatfiledrophandler.h"
#include "ui/importwizard/importwizard.h"
#include "ui/languagemanager.h"
#include "ui/ledger/ledgerpane.h"
#include "ui/members/memberpane.h"
#include "ui/messages/messagepane.h"
#include "ui/orders/orderimportwizard.h"
#include "ui/orders/orderpane.h"
#include "ui/products/productpane.h"
#include "ui/reports/reportspane.h"
#include "ui/safety/autobackuprunner.h"
#include "ui/safety/workspacedrophandler.h"
#include "ui/settings/preferencesdialog.h"
#include "ui/settings/timezonestatuslabel.h"
#include "ui/settings/workspacesettingsdialog.h"
#include "ui/solitaire/solitairepane.h"
#include "ui/team/teampeopledialog.h"
#include "ui/undorunner.h"
#include "ui/violations/violationpane.h"
#include "ui/widgets/tablepane.h"
#include "ui/workspacecontroller.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QFileInfo>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QUndoStack>

namespace cohort {

MainWindow::MainWindow(LanguageManager *languages, QWidget *parent)
    : QMainWindow(parent)
    , m_languages(languages)
{
    setObjectName(QStringLiteral("MainWindow"));
    m_undoStack = new QUndoStack(this);
    // Deleted groups wait in the workspace's trash while their command is on the stack: the
    // limit bounds how much the trash holds.
    m_undoStack->setUndoLimit(100);
    m_workspace = new WorkspaceController(this);
    connect(m_workspace, &WorkspaceController::aboutToClose, this, &MainWindow::dropWorkspaceViews);
    connect(m_workspace, &WorkspaceController::workspaceChanged, this, &MainWindow::showWorkspace);
    connect(m_workspace, &WorkspaceController::errorShown, this, &MainWindow::errorShown);
    connect(m_workspace, &WorkspaceController::damagedWorkspaceFound, this,
            &MainWindow::damagedWorkspaceFound);
    connect(m_workspace, &WorkspaceController::recentFilesChanged, this,
            &MainWindow::updateRecentMenu);
    // Undo entries refer to rows the demo data may now collide with.
    connect(m_workspace, &WorkspaceController::demoDataFinished, m_undoStack, &QUndoStack::clear);

    auto *splitter = new QSplitter(this);
    m_splitter = splitter;
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_sidebar = new QListWidget(splitter);
    m_sidebar->setObjectName(QStringLiteral("sidebar"));
    m_sidebar->setFrameShape(QFrame::NoFrame);
    m_sidebar->setSpacing(1);
    m_sidebar->setIconSize(QSize(22, 22));
    m_sidebar->setStyleSheet(QStringLiteral("QListWidget::item { padding: 6px 12px; }"));
    m_sidebar->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Expanding);
    m_stack = new QStackedWidget(splitter);
    splitter->addWidget(m_sidebar);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({ 170, 1000 });
    setCentralWidget(splitter);
    connect(m_sidebar, &QListWidget::currentRowChanged, this, &MainWindow::showPane);

    createActions();
    createMenus();
    // Chat exports dropped on the window open the import wizard with them.
    connect(new ChatFileDropHandler(this), &ChatFileDropHandler::filesDropped, this,
            [this](const QStringList &files) { openImportWizard(files); });
    statusBar();

    // The daily backup runs after a workspace opened, on a worker; the status bar tells.
    m_backupProgress = new QProgressBar(this);
    m_backupProgress->setRange(0, 0);
    m_backupProgress->setMaximumWidth(120);
    m_backupProgress->setTextVisible(false);
    m_backupProgress->hide();
    statusBar()->addPermanentWidget(m_backupProgress);
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("listCountLabel"));
    m_countLabel->setTextFormat(Qt::PlainText);
    statusBar()->addPermanentWidget(m_countLabel);
    m_indexLabel = new QLabel(this);
    m_indexLabel->setObjectName(QStringLiteral("indexStatusLabel"));
    m_indexLabel->setTextFormat(Qt::PlainText);
    m_indexLabel->hide();
    statusBar()->addPermanentWidget(m_indexLabel);
    m_zoneLabel = new TimeZoneStatusLabel(this);
    statusBar()->addPermanentWidget(m_zoneLabel);
    AutoBackupRunner *autoBackup = m_workspace->autoBackup();
    connect(autoBackup, &AutoBackupRunner::started, this, [this] {
        m_backupProgress->show();
        statusBar()->showMessage(tr("Checking the daily backup…"));
    });
    connect(autoBackup, &AutoBackupRunner::finished, m_backupProgress, &QWidget::hide);
    connect(autoBackup, &AutoBackupRunner::notDue, statusBar(), &QStatusBar::clearMessage);
    connect(autoBackup, &AutoBackupRunner::backedUp, this, [this](const QString &path) {
        statusBar()->showMessage(
            tr("Backed up the workspace (%1).").arg(QFileInfo(path).fileName()), 10000);
    });
    connect(autoBackup, &AutoBackupRunner::failed, this, [this](const QString &message) {
        // Not fatal and not modal: the workspace is fine, only its copy is missing; it stays
        // due and is tried again on the next open.
        statusBar()->showMessage(tr("The automatic backup failed: %1").arg(message));
    });

    // The whole-file check of a workspace that just opened runs behind the shown data.
    connect(m_workspace, &WorkspaceController::integrityCheckStarted, this, [this] {
        m_backupProgress->show();
        statusBar()->showMessage(tr("Checking the workspace file…"));
    });
    connect(m_workspace, &WorkspaceController::integrityCheckFinished, this, [this](bool passed) {
        m_backupProgress->hide();
        if (passed)
            statusBar()->clearMessage();
    });

    m_dropHandler = new WorkspaceDropHandler(this);
    connect(m_dropHandler, &WorkspaceDropHandler::workspaceDropped, this,
            [this](const QString &path) { m_workspace->openWorkspace(path); });

    retranslateUi();
    updateRecentMenu();
    restoreWindowState();
}

MainWindow::~MainWindow()
{
    // The window's widgets are going: the backup's result is no longer shown.
    m_workspace->autoBackup()->disconnect(this);
    m_workspace->closeWorkspace(); // panes and dialogs first, then the jobs, then the database
}

bool MainWindow::openWorkspace(const QString &path, Database::OpenMode mode)
{
    return m_workspace->openWorkspace(path, mode);
}

void MainWindow::setWorkspace(std::unique_ptr<Database> database)
{
    m_workspace->setWorkspace(std::move(database));
}

Database *MainWindow::database() const
{
    return m_workspace->database();
}

WorkspaceLock *MainWindow::workspaceLock() const
{
    return m_workspace->workspaceLock();
}

BackupManager *MainWindow::backups() const
{
    return m_workspace->backups();
}

AutoBackupRunner *MainWindow::autoBackup() const
{
    return m_workspace->autoBackup();
}

void MainWindow::setReadOnlyPrompt(std::function<bool(const QString &)> prompt)
{
    m_workspace->setReadOnlyPrompt(std::move(prompt));
}

void MainWindow::setBackupFactory(std::function<std::unique_ptr<BackupManager>()> factory)
{
    m_workspace->setBackupFactory(std::move(factory));
}

void MainWindow::setNewFileChooser(std::function<QString(const QString &, const QString &)> chooser)
{
    m_workspace->setNewFileChooser(std::move(chooser));
}

QStringList MainWindow::recentFiles()
{
    return WorkspaceController::recentFiles();
}

bool MainWindow::fillWithDemoData(bool ask)
{
    return m_workspace->fillWithDemoData(ask);
}

void MainWindow::showError(const QString &title, const QString &message)
{
    m_workspace->showError(title, message);
}

void MainWindow::dropWorkspaceViews()
{
    m_shownBeforeSwitch = m_stack->currentIndex();
    m_zoneLabel->setDatabase(nullptr); // the database goes away after this
    m_countLabel->clear();
    m_indexLabel->hide();
    for (TablePane *pane : std::as_const(m_panes))
        pane->saveViewState();
    if (m_dashboard)
        m_dashboard->saveViewState();
    // Commands refer to the old workspace's rows: they cannot outlive it.
    m_undoStack->clear();
    // Import wizards refer to the workspace (their running imports are cancelled).
    qDeleteAll(findChildren<ImportWizard *>(QString(), Qt::FindDirectChildrenOnly));
    qDeleteAll(findChildren<OrderImportWizard *>(QString(), Qt::FindDirectChildrenOnly));
    for (TablePane *pane : std::as_const(m_panes))
        delete pane;
    m_panes.clear();
    deleteExtraPanes();
    m_restoreAction->setEnabled(false);
    m_publishAction->setEnabled(false);
    m_peopleAction->setEnabled(false);
}

void MainWindow::showWorkspace()
{
    Database *database = m_workspace->database();
    const int shown = m_shownBeforeSwitch >= 0 ? m_shownBeforeSwitch : m_restoredPane;
    m_restoreAction->setEnabled(m_workspace->backups() != nullptr || database->isServer());
    m_publishAction->setEnabled(!database->isInMemory() && !database->isServer());
    m_peopleAction->setEnabled(database->isServer());
    // A team workspace goes by its database's name (its address is no file path).
    setWindowFilePath(database->isInMemory()     ? tr("Untitled")
                          : database->isServer() ? workspaceName(*database)
                                                 : database->filePath());
    m_zoneLabel->setDatabase(database);
    rebuildPanes();
    m_indexLabel->hide();
    if (MessageIndexRunner *index = m_workspace->messageIndex()) {
        connect(index, &MessageIndexRunner::progressChanged, this, [this](int percent) {
            m_indexLabel->setText(tr("Indexing messages for search: %1%").arg(percent));
            m_indexLabel->setVisible(percent < 100);
        });
        connect(index, &MessageIndexRunner::finished, m_indexLabel, &QWidget::hide);
        connect(index, &MessageIndexRunner::indexChanged, this, [this] {
            if (MessagePane *pane = messagePane())
                pane->updateIndexState();
        });
    }
    showPane(shown >= 0 && shown < m_stack->count() ? shown : 0);
    Q_EMIT workspaceChanged();
}

void MainWindow::createActions()
{
    m_newAction = new QAction(QIcon::fromTheme(QStringLiteral("document-new")), QString(), this);
    m_newAction->setShortcut(QKeySequence::New);
    connect(m_newAction, &QAction::triggered, m_workspace, &WorkspaceController::newWorkspace);
    m_openAction = new QAction(QIcon::fromTheme(QStringLiteral("document-open")), QString(), this);
    m_openAction->setShortcut(QKeySequence::Open);
    connect(m_openAction, &QAction::triggered, m_workspace,
            &WorkspaceController::openWorkspaceDialog);
    m_connectAction
        = new QAction(QIcon::fromTheme(QStringLiteral("system-users")), QString(), this);
    m_connectAction->setObjectName(QStringLiteral("connectToServerAction"));
    connect(m_connectAction, &QAction::triggered, m_workspace,
            &WorkspaceController::connectToServerDialog);
    m_publishAction
        = new QAction(QIcon::fromTheme(QStringLiteral("document-send")), QString(), this);
    m_publishAction->setObjectName(QStringLiteral("publishToServerAction"));
    connect(m_publishAction, &QAction::triggered, m_workspace,
            &WorkspaceController::publishToServerDialog);
    m_peopleAction = new QAction(QIcon::fromTheme(QStringLiteral("system-users")), QString(), this);
    m_peopleAction->setObjectName(QStringLiteral("teamPeopleAction"));
    m_peopleAction->setEnabled(false);
    connect(m_peopleAction, &QAction::triggered, this, [this] {
        if (Database *database = m_workspace->database(); database && database->isServer()) {
            TeamPeopleDialog dialog(*database, this);
            dialog.exec();
        }
    });
    m_saveAsAction
        = new QAction(QIcon::fromTheme(QStringLiteral("document-save-as")), QString(), this);
    m_saveAsAction->setShortcut(QKeySequence::SaveAs);
    connect(m_saveAsAction, &QAction::triggered, m_workspace,
            &WorkspaceController::saveWorkspaceAs);
    m_importAction
        = new QAction(QIcon::fromTheme(QStringLiteral("document-import")), QString(), this);
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    connect(m_importAction, &QAction::triggered, this, [this] { openImportWizard(); });
    m_restoreAction
        = new QAction(QIcon::fromTheme(QStringLiteral("document-revert")), QString(), this);
    m_restoreAction->setObjectName(QStringLiteral("restoreFromBackupAction"));
    m_restoreAction->setEnabled(false);
    connect(m_restoreAction, &QAction::triggered, m_workspace,
            &WorkspaceController::restoreFromBackup);
    m_preferencesAction
        = new QAction(QIcon::fromTheme(QStringLiteral("configure")), QString(), this);
    m_preferencesAction->setShortcut(QKeySequence::Preferences);
    m_preferencesAction->setMenuRole(QAction::PreferencesRole);
    connect(m_preferencesAction, &QAction::triggered, this, &MainWindow::showPreferences);
    m_workspaceSettingsAction
        = new QAction(QIcon::fromTheme(QStringLiteral("document-properties")), QString(), this);
    connect(m_workspaceSettingsAction, &QAction::triggered, this, [this] {
        if (Database *database = m_workspace->database())
            WorkspaceSettingsDialog(*database, this).exec();
    });
    m_quitAction
        = new QAction(QIcon::fromTheme(QStringLiteral("application-exit")), QString(), this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);
    m_importOrdersAction
        = new QAction(QIcon::fromTheme(QStringLiteral("document-import")), QString(), this);
    m_importOrdersAction->setObjectName(QStringLiteral("importOrdersMenuAction"));
    connect(m_importOrdersAction, &QAction::triggered, this, &MainWindow::importOrders);
    m_clearRecentAction
        = new QAction(QIcon::fromTheme(QStringLiteral("edit-clear-history")), QString(), this);
    connect(m_clearRecentAction, &QAction::triggered, this, [this] {
        WorkspaceController::clearRecentFiles();
        updateRecentMenu();
    });

    m_undoAction = m_undoStack->createUndoAction(this);
    m_undoAction->setIcon(QIcon::fromTheme(QStringLiteral("edit-undo")));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = m_undoStack->createRedoAction(this);
    m_redoAction->setIcon(QIcon::fromTheme(QStringLiteral("edit-redo")));
    m_redoAction->setShortcut(QKeySequence::Redo);
    // The stack's actions keep their texts and enabled states; large group deletions are undone
    // and redone off the GUI thread by the runner first.
    m_undoRunner = new UndoRunner(m_undoStack, this);
    disconnect(m_undoAction, &QAction::triggered, m_undoStack, &QUndoStack::undo);
    disconnect(m_redoAction, &QAction::triggered, m_undoStack, &QUndoStack::redo);
    connect(m_undoAction, &QAction::triggered, m_undoRunner, &UndoRunner::undo);
    connect(m_redoAction, &QAction::triggered, m_undoRunner, &UndoRunner::redo);
    m_findAction = new QAction(QIcon::fromTheme(QStringLiteral("edit-find")), QString(), this);
    m_findAction->setShortcut(QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, this, [this] {
        if (TablePane *pane = currentPane())
            pane->focusSearch();
    });

    m_paneGroup = new QActionGroup(this);
    m_sidebarAction
        = new QAction(QIcon::fromTheme(QStringLiteral("sidebar-expand-left")), QString(), this);
    m_sidebarAction->setObjectName(QStringLiteral("showSidebarAction"));
    m_sidebarAction->setCheckable(true);
    m_sidebarAction->setChecked(true);
    connect(m_sidebarAction, &QAction::toggled, m_sidebar, &QWidget::setVisible);

    m_demoAction = new QAction(QIcon::fromTheme(QStringLiteral("tools-wizard")), QString(), this);
    connect(m_demoAction, &QAction::triggered, this, [this] { fillWithDemoData(true); });
    m_aboutAction = new QAction(QIcon::fromTheme(QStringLiteral("help-about")), QString(), this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    m_aboutQtAction = new QAction(QIcon::fromTheme(QStringLiteral("help-about")), QString(), this);
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_newAction);
    m_fileMenu->addAction(m_openAction);
    m_recentMenu
        = m_fileMenu->addMenu(QIcon::fromTheme(QStringLiteral("document-open-recent")), QString());
    m_fileMenu->addAction(m_connectAction);
    m_fileMenu->addAction(m_publishAction);
    m_fileMenu->addAction(m_saveAsAction);
    m_fileMenu->addAction(m_restoreAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_importAction);
    m_fileMenu->addAction(m_importOrdersAction);
    m_fileMenu->addSeparator();
    m_reportActionsAnchor = m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_workspaceSettingsAction);
    m_fileMenu->addAction(m_preferencesAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->addAction(m_undoAction);
    m_editMenu->addAction(m_redoAction);
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_findAction);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addAction(m_sidebarAction);
    m_viewMenu->addSeparator();

    m_teamMenu = menuBar()->addMenu(QString());
    m_teamMenu->addAction(m_peopleAction);

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(new UserGuideAction(m_languages, this));
    m_helpMenu->addSeparator();
    m_helpMenu->addAction(m_demoAction);
    m_helpMenu->addSeparator();
    m_helpMenu->addAction(m_aboutAction);
    m_helpMenu->addAction(m_aboutQtAction);
}

void MainWindow::retranslateUi()
{
    m_fileMenu->setTitle(tr("&File"));
    m_newAction->setText(tr("&New Workspace…"));
    m_openAction->setText(tr("&Open Workspace…"));
    m_connectAction->setText(tr("Connect to &Team Server…"));
    m_publishAction->setText(tr("Publis&h to Team Server…"));
    m_recentMenu->setTitle(tr("Open &Recent"));
    m_clearRecentAction->setText(tr("&Clear List"));
    m_saveAsAction->setText(tr("Save Workspace &As…"));
    m_importAction->setText(tr("&Import Chat Exports…"));
    m_importOrdersAction->setText(tr("Import &Orders…"));
    m_restoreAction->setText(tr("Restore from &Backup…"));
    m_workspaceSettingsAction->setText(tr("&Workspace Settings…"));
    m_preferencesAction->setText(tr("&Preferences…"));
    m_quitAction->setText(tr("&Quit"));
    m_editMenu->setTitle(tr("&Edit"));
    // QUndoStack's actions prefix the command text; their own texts follow the translators.
    m_undoAction->setText(tr("&Undo"));
    m_redoAction->setText(tr("&Redo"));
    m_findAction->setText(tr("&Find…"));
    m_viewMenu->setTitle(tr("&View"));
    m_sidebarAction->setText(tr("Show &Sidebar"));
    m_teamMenu->setTitle(tr("&Team"));
    m_peopleAction->setText(tr("&People…"));
    m_helpMenu->setTitle(tr("&Help"));
    m_demoAction->setText(tr("Fill with &Demo Data…"));
    m_aboutAction->setText(tr("&About Cohort"));
    m_aboutQtAction->setText(tr("About &Qt"));
    m_sidebar->setAccessibleName(tr("Sections"));
    m_backupProgress->setAccessibleName(tr("Backup in progress"));
    for (int i = 0; i < m_panes.size(); ++i) {
        // The table and the search field have no visible label: screen readers get one.
        m_panes.at(i)->view()->setAccessibleName(m_panes.at(i)->title());
        m_panes.at(i)->searchEdit()->setAccessibleName(tr("Search %1").arg(m_panes.at(i)->title()));
        if (QListWidgetItem *item = m_sidebar->item(i))
            item->setText(m_panes.at(i)->title());
        if (i < m_paneActions.size())
            m_paneActions.at(i)->setText(m_panes.at(i)->title());
    }
    for (const ExtraPane &extra : std::as_const(m_extraPanes)) {
        const int index = m_stack->indexOf(extra.widget);
        if (QListWidgetItem *item = m_sidebar->item(index))
            item->setText(extra.title());
        if (index >= 0 && index < m_paneActions.size())
            m_paneActions.at(index)->setText(extra.title());
    }
    // The sidebar is as wide as its longest entry in the current language, not more.
    m_sidebar->setMinimumWidth(m_sidebar->sizeHintForColumn(0) + 32);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveWindowState();
    QMainWindow::closeEvent(event);
}

void MainWindow::saveWindowState() const
{
    for (TablePane *pane : std::as_const(m_panes))
        pane->saveViewState();
    if (m_dashboard)
        m_dashboard->saveViewState();
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("window/sidebarVisible"), m_sidebarAction->isChecked());
    if (m_stack->currentIndex() >= 0)
        settings.setValue(QStringLiteral("window/pane"), m_stack->currentIndex());
}

void MainWindow::restoreWindowState()
{
    const QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray())) {
        // The first size fits a 1366×768 laptop screen (task bar and title bar included).
        QSize size(1200, 660);
        if (const QScreen *shown = screen())
            size = size.boundedTo(shown->availableSize() - QSize(40, 80));
        resize(size);
    }
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray());
    m_sidebarAction->setChecked(
        settings.value(QStringLiteral("window/sidebarVisible"), true).toBool());
    m_restoredPane = settings.value(QStringLiteral("window/pane"), 0).toInt();
}

TablePane *MainWindow::currentPane() const
{
    return qobject_cast<TablePane *>(m_stack->currentWidget());
}

int MainWindow::paneCount() const
{
    return m_stack->count();
}

void MainWindow::showPane(int index)
{
    if (index < 0 || index >= m_stack->count()) // table panes, then the extra panes
        return;
    m_stack->setCurrentIndex(index);
    const TablePane *pane = currentPane();
    m_countLabel->setText(pane ? pane->countText() : QString());
    if (m_sidebar->currentRow() != index)
        m_sidebar->setCurrentRow(index);
    if (index < m_paneActions.size())
        m_paneActions.at(index)->setChecked(true);
}

void MainWindow::rebuildPanes()
{
    m_sidebar->clear();
    qDeleteAll(m_paneActions);
    m_paneActions.clear();

    Database &database = *m_workspace->database();
    m_panes << new GroupPane(database, m_undoStack, m_stack)
            << new MemberPane(database, m_undoStack, m_stack)
            << new ProductPane(database, m_undoStack, m_stack)
            << new CampaignPane(database, m_undoStack, m_stack)
            << new OrderPane(database, m_undoStack, m_stack)
            << new MessagePane(database, m_undoStack, m_stack);
    if (auto *groups = qobject_cast<GroupPane *>(m_panes.first()))
        connect(groups, &GroupPane::showMessagesRequested, this, &MainWindow::showGroupMessages);
    for (TablePane *pane : std::as_const(m_panes)) {
        connect(pane, &TablePane::countTextChanged, this, [this, pane](const QString &text) {
            if (currentPane() == pane)
                m_countLabel->setText(text);
        });
        if (auto *orders = qobject_cast<OrderPane *>(pane))
            connect(orders, &OrderPane::importRequested, this, &MainWindow::importOrders);
    }

    // In the order of m_panes above.
    const QIcon tableIcons[] = {
        QIcon::fromTheme(QStringLiteral("system-users")),
        QIcon::fromTheme(QStringLiteral("user-identity")),
        QIcon::fromTheme(QStringLiteral("package")),
        QIcon::fromTheme(QStringLiteral("flag")),
        QIcon::fromTheme(QStringLiteral("view-financial-list")),
        QIcon::fromTheme(QStringLiteral("dialog-messages")),
    };
    static_assert(std::size(tableIcons) == 6);
    for (int i = 0; i < m_panes.size(); ++i) {
        TablePane *pane = m_panes.at(i);
        m_stack->addWidget(pane);
        m_sidebar->addItem(new QListWidgetItem(tableIcons[i], pane->title()));
        auto *action = new QAction(tableIcons[i], pane->title(), m_paneGroup);
        action->setCheckable(true);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        connect(action, &QAction::triggered, this, [this, i] { showPane(i); });
        m_viewMenu->addAction(action);
        m_paneActions << action;
    }
    m_dashboard = new DashboardPane(database, m_stack);
    connect(m_dashboard, &DashboardPane::groupGoalsRequested, this, [this](qint64 groupId) {
        if (auto *groups = qobject_cast<GroupPane *>(m_panes.first())) {
            showPane(0);
            groups->selectId(groupId);
            groups->editGoals(groupId);
        }
    });
    addExtraPane(m_dashboard, QIcon::fromTheme(QStringLiteral("view-statistics")),
                 [] { return tr("Dashboard"); });
    m_reports = new ReportsPane(database, m_stack);
    addExtraPane(m_reports, QIcon::fromTheme(QStringLiteral("document-preview")),
                 [this] { return m_reports->title(); });
    m_fileMenu->insertActions(m_reportActionsAnchor, m_reports->fileActions());
    m_calendar = new CalendarPane(database, m_stack);
    addExtraPane(m_calendar, QIcon::fromTheme(QStringLiteral("view-calendar-month")),
                 [this] { return m_calendar->title(); });
    m_solitaire = new SolitairePane(database, m_undoStack, m_stack);
    addExtraPane(m_solitaire, QIcon::fromTheme(QStringLiteral("format-list-ordered")),
                 [] { return tr("Solitaire"); });
    m_ledger = new LedgerPane(database, m_undoStack, m_stack);
    connect(m_ledger, &LedgerPane::errorOccurred, this,
            [this](const QString &message) { showError(tr("Ledger"), message); });
    addExtraPane(m_ledger, QIcon::fromTheme(QStringLiteral("view-financial-account")),
                 [this] { return m_ledger->title(); });
    m_violations = new ViolationPane(database, m_undoStack, m_stack);
    connect(m_violations, &TablePane::countTextChanged, this, [this](const QString &text) {
        if (currentPane() == m_violations)
            m_countLabel->setText(text);
    });
    addExtraPane(m_violations, QIcon::fromTheme(QStringLiteral("dialog-warning")),
                 [this] { return m_violations->title(); });
    retranslateUi();
}

void MainWindow::addExtraPane(QWidget *pane, const QIcon &icon, std::function<QString()> title)
{
    m_stack->addWidget(pane);
    const int index = m_stack->indexOf(pane);
    m_sidebar->addItem(new QListWidgetItem(icon, title()));
    auto *action = new QAction(icon, title(), m_paneGroup);
    action->setCheckable(true);
    // Ctrl+1 … Ctrl+9, then Ctrl+0 for the tenth pane; the next ones (Ledger, Violations) take
    // Alt+1, Alt+2 …, since Ctrl+Shift+digit turns into a symbol on many keyboard layouts.
    if (index < 9)
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + index)));
    else if (index == 9)
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    else if (index < 19)
        action->setShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + index - 10)));
    connect(action, &QAction::triggered, this, [this, index] { showPane(index); });
    m_viewMenu->addAction(action);
    m_paneActions << action;
    m_extraPanes.append({ pane, std::move(title) });
}

int MainWindow::solitaireIndex() const
{
    return m_stack->indexOf(m_solitaire);
}

void MainWindow::deleteExtraPanes()
{
    for (const ExtraPane &extra : std::as_const(m_extraPanes))
        delete extra.widget;
    m_extraPanes.clear();
    m_dashboard = nullptr;
    m_reports = nullptr;
    m_calendar = nullptr;
    m_solitaire = nullptr;
    m_ledger = nullptr;
    m_violations = nullptr;
}

MessagePane *MainWindow::messagePane() const
{
    for (TablePane *pane : m_panes) {
        if (auto *messages = qobject_cast<MessagePane *>(pane))
            return messages;
    }
    return nullptr;
}

void MainWindow::showGroupMessages(qint64 groupId)
{
    MessagePane *pane = messagePane();
    if (!pane)
        return;
    pane->setGroup(groupId);
    showPane(int(m_panes.indexOf(pane)));
}

void MainWindow::openImportWizard(const QStringList &files)
{
    Database *database = m_workspace->database();
    if (!database)
        return;
    if (database->isReadOnly()) {
        showError(tr("Import Chat Exports"),
                  database->isServer()
                      ? tr("Your role in this team workspace lets you read and print reports, "
                           "not import.")
                      : tr("The workspace is open read-only. Open it normally to import chat "
                           "exports."));
        return;
    }
    auto *wizard = new ImportWizard(*database, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->addFiles(files);
    connect(wizard, &ImportWizard::showGroupMessagesRequested, this,
            &MainWindow::showGroupMessages);
    // Undo entries refer to rows the import may now collide with (as after demo data).
    connect(wizard, &ImportWizard::importCommitted, m_undoStack, &QUndoStack::clear);
    // A workspace switch while the wizard is open would leave it on a closed database.
    connect(this, &MainWindow::workspaceChanged, wizard, &QWidget::close);
    wizard->open();
}

void MainWindow::openFromDesktop(const QString &path)
{
    if (QFileInfo(path).suffix().compare(QLatin1String("cohort"), Qt::CaseInsensitive) == 0)
        m_workspace->openWorkspace(QFileInfo(path).absoluteFilePath());
    else
        openImportWizard({ path });
}

void MainWindow::importOrders()
{
    Database *database = m_workspace->database();
    if (!database || database->isReadOnly()) {
        showError(tr("Import Orders"),
                  database && database->isServer()
                      ? tr("Your role in this team workspace lets you read and print reports, "
                           "not import.")
                      : tr("This workspace is open read-only."));
        return;
    }
    auto *wizard = new OrderImportWizard(*database, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    // The wizard goes with its workspace (dropWorkspaceViews()), so it never reports to another.
    connect(wizard, &QDialog::accepted, this, [this, wizard, database] {
        m_undoStack->push(new ImportOrdersCommand(
            *database, wizard->importedOrderIds(), wizard->importedMemberIds(),
            [this](const QString &message) { showError(tr("Import Orders"), message); }));
        for (int i = 0; i < m_panes.size(); ++i) {
            if (qobject_cast<OrderPane *>(m_panes.at(i)))
                showPane(i);
        }
        statusBar()->showMessage(tr("Imported %n order(s)", nullptr, int(wizard->importedOrders()))
                                 + QStringLiteral(" · ")
                                 + tr("%n new member(s)", nullptr, int(wizard->importedMembers())));
    });
    wizard->open();
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = recentFiles();
    for (const QString &file : files) {
        // "&" in a file name would become a mnemonic.
        QAction *action
            = m_recentMenu->addAction(QString(file).replace(QLatin1Char('&'), QLatin1String("&&")));
        connect(action, &QAction::triggered, this,
                [this, file] { m_workspace->openWorkspace(file); });
    }
    m_recentMenu->addSeparator();
    m_recentMenu->addAction(m_clearRecentAction);
    m_clearRecentAction->setEnabled(!files.isEmpty());
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(m_languages, this);
    dialog.exec();
}

QString MainWindow::versionText()
{
    const QString engine = Database::driverEngineVersion();
    return tr("Cohort %1").arg(QStringLiteral(COHORT_VERSION)) + QLatin1Char('\n')
        + tr("Qt %1").arg(QString::fromLatin1(qVersion())) + QLatin1Char('\n')
        + (engine.isEmpty() ? tr("SQLite: the Qt SQLite driver is not installed") : engine)
        + QLatin1Char('\n')
        + tr("Licence: GNU General Public License, version 3 or later (GPL-3.0-or-later)");
}

void MainWindow::showAbout()
{
    QString engine = database() ? database()->engineVersion() : QString();
    if (engine.isEmpty())
        engine = Database::driverEngineVersion();
    QMessageBox box(this);
    box.setWindowTitle(tr("About Cohort"));
    box.setIconPixmap(windowIcon().pixmap(64, 64));
    box.setTextFormat(Qt::RichText);
    box.setText(QLatin1String("<h3>") + tr("Cohort %1").arg(QStringLiteral(COHORT_VERSION))
                + QLatin1String("</h3><p>")
                + tr("A workspace for operators of chat-group communities.").toHtmlEscaped()
                + QLatin1String("</p>"));
    box.setInformativeText(
        QString(tr("Qt %1").arg(QString::fromLatin1(qVersion())).toHtmlEscaped()
                + QLatin1String("<br>") + engine.toHtmlEscaped() + QLatin1String("<br><br>")
                + tr("Licensed under the GNU General Public License, version 3 or later "
                     "(GPL-3.0-or-later).")
                      .toHtmlEscaped()));
    box.exec();
}

} // namespace cohort
