#include "ui/mainwindow.h"

#include "models/commands/importorderscommand.h"
#include "storage/backupmanager.h"
#include "storage/queryerror.h"
#include "storage/workspacelock.h"
#include "ui/calendar/calendarpane.h"
#include "ui/dashboards/dashboardpane.h"
#include "ui/ledger/ledgerpane.h"
#include "ui/safety/autobackuprunner.h"
#include "ui/safety/restorebackupdialog.h"
#include "ui/safety/workspacedrophandler.h"
#include "ui/solitaire/solitairepane.h"
#include "ui/widgets/busytask.h"

#include "storage/grouprepository.h"
#include "storage/memberrepository.h"
#include "storage/productrepository.h"
#include "ui/campaigns/campaignpane.h"
#include "ui/demodatarunner.h"
#include "ui/groups/grouppane.h"
#include "ui/importwizard/chatfiledrophandler.h"
#include "ui/importwizard/importwizard.h"
#include "ui/languagemanager.h"
#include "ui/members/memberpane.h"
#include "ui/messages/messagepane.h"
#include "ui/orders/orderimportwizard.h"
#include "ui/orders/orderpane.h"
#include "ui/products/productpane.h"
#include "ui/reports/reportspane.h"
#include "ui/settings/preferencesdialog.h"
#include "ui/widgets/tablepane.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QUndoStack>

namespace cohort {

namespace {
const char *const RecentKey = "recentFiles";
constexpr int MaxRecentFiles = 8;

QString fileFilter()
{
    return MainWindow::tr("Cohort workspaces (*.cohort);;All files (*)");
}
} // namespace

MainWindow::MainWindow(LanguageManager *languages, QWidget *parent)
    : QMainWindow(parent)
    , m_languages(languages)
{
    setObjectName(QStringLiteral("MainWindow"));
    m_undoStack = new QUndoStack(this);

    auto *splitter = new QSplitter(this);
    m_splitter = splitter;
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_sidebar = new QListWidget(splitter);
    m_sidebar->setObjectName(QStringLiteral("sidebar"));
    m_sidebar->setFrameShape(QFrame::NoFrame);
    m_sidebar->setSpacing(1);
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
    m_autoBackup = new AutoBackupRunner(this);
    connect(m_autoBackup, &AutoBackupRunner::started, this, [this] {
        m_backupProgress->show();
        statusBar()->showMessage(tr("Checking the daily backup…"));
    });
    connect(m_autoBackup, &AutoBackupRunner::finished, m_backupProgress, &QWidget::hide);
    connect(m_autoBackup, &AutoBackupRunner::notDue, statusBar(), &QStatusBar::clearMessage);
    connect(m_autoBackup, &AutoBackupRunner::backedUp, this, [this](const QString &path) {
        statusBar()->showMessage(
            tr("Backed up the workspace (%1).").arg(QFileInfo(path).fileName()), 10000);
    });
    connect(m_autoBackup, &AutoBackupRunner::failed, this, [this](const QString &message) {
        // Not fatal and not modal: the workspace is fine, only its copy is missing; it stays
        // due and is tried again on the next open.
        statusBar()->showMessage(tr("The automatic backup failed: %1").arg(message));
    });

    m_dropHandler = new WorkspaceDropHandler(this);
    connect(m_dropHandler, &WorkspaceDropHandler::workspaceDropped, this,
            [this](const QString &path) { openWorkspace(path); });

    retranslateUi();
    updateRecentMenu();
    restoreWindowState();
}

MainWindow::~MainWindow()
{
    // An open import wizard waits for its worker, which uses the database: it goes first.
    qDeleteAll(findChildren<ImportWizard *>(QString(), Qt::FindDirectChildrenOnly));
    // The backup worker uses the workspace: it ends before the workspace closes.
    m_autoBackup->disconnect(this);
    m_autoBackup->waitForIdle();
    // Panes refer to the database: they go first.
    for (TablePane *pane : std::as_const(m_panes))
        delete pane;
    m_panes.clear();
    deleteExtraPanes(); // they hold connections to the old workspace
}

void MainWindow::createActions()
{
    m_newAction = new QAction(this);
    m_newAction->setShortcut(QKeySequence::New);
    connect(m_newAction, &QAction::triggered, this, &MainWindow::newWorkspace);
    m_openAction = new QAction(this);
    m_openAction->setShortcut(QKeySequence::Open);
    connect(m_openAction, &QAction::triggered, this, &MainWindow::openWorkspaceDialog);
    m_saveAsAction = new QAction(this);
    m_saveAsAction->setShortcut(QKeySequence::SaveAs);
    connect(m_saveAsAction, &QAction::triggered, this, &MainWindow::saveWorkspaceAs);
    m_importAction = new QAction(this);
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    connect(m_importAction, &QAction::triggered, this, [this] { openImportWizard(); });
    m_restoreAction = new QAction(this);
    m_restoreAction->setObjectName(QStringLiteral("restoreFromBackupAction"));
    m_restoreAction->setEnabled(false);
    connect(m_restoreAction, &QAction::triggered, this, &MainWindow::restoreFromBackup);
    m_preferencesAction = new QAction(this);
    m_preferencesAction->setShortcut(QKeySequence::Preferences);
    m_preferencesAction->setMenuRole(QAction::PreferencesRole);
    connect(m_preferencesAction, &QAction::triggered, this, &MainWindow::showPreferences);
    m_quitAction = new QAction(this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);
    m_importOrdersAction = new QAction(this);
    m_importOrdersAction->setObjectName(QStringLiteral("importOrdersMenuAction"));
    connect(m_importOrdersAction, &QAction::triggered, this, &MainWindow::importOrders);
    m_clearRecentAction = new QAction(this);
    connect(m_clearRecentAction, &QAction::triggered, this, [this] {
        QSettings().remove(QLatin1String(RecentKey));
        updateRecentMenu();
    });

    m_undoAction = m_undoStack->createUndoAction(this);
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = m_undoStack->createRedoAction(this);
    m_redoAction->setShortcut(QKeySequence::Redo);
    m_findAction = new QAction(this);
    m_findAction->setShortcut(QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, this, [this] {
        if (TablePane *pane = currentPane())
            pane->focusSearch();
    });

    m_paneGroup = new QActionGroup(this);
    m_sidebarAction = new QAction(this);
    m_sidebarAction->setObjectName(QStringLiteral("showSidebarAction"));
    m_sidebarAction->setCheckable(true);
    m_sidebarAction->setChecked(true);
    connect(m_sidebarAction, &QAction::toggled, m_sidebar, &QWidget::setVisible);

    m_demoAction = new QAction(this);
    connect(m_demoAction, &QAction::triggered, this, [this] { fillWithDemoData(true); });
    m_aboutAction = new QAction(this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    m_aboutQtAction = new QAction(this);
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_newAction);
    m_fileMenu->addAction(m_openAction);
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_fileMenu->addAction(m_saveAsAction);
    m_fileMenu->addAction(m_restoreAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_importAction);
    m_fileMenu->addAction(m_importOrdersAction);
    m_fileMenu->addSeparator();
    m_reportActionsAnchor = m_fileMenu->addSeparator();
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

    m_helpMenu = menuBar()->addMenu(QString());
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
    m_recentMenu->setTitle(tr("Open &Recent"));
    m_clearRecentAction->setText(tr("&Clear List"));
    m_saveAsAction->setText(tr("Save Workspace &As…"));
    m_importAction->setText(tr("&Import Chat Exports…"));
    m_importOrdersAction->setText(tr("Import &Orders…"));
    m_restoreAction->setText(tr("Restore from &Backup…"));
    m_preferencesAction->setText(tr("&Preferences…"));
    m_quitAction->setText(tr("&Quit"));
    m_editMenu->setTitle(tr("&Edit"));
    // QUndoStack's actions prefix the command text; their own texts follow the translators.
    m_undoAction->setText(tr("&Undo"));
    m_redoAction->setText(tr("&Redo"));
    m_findAction->setText(tr("&Find…"));
    m_viewMenu->setTitle(tr("&View"));
    m_sidebarAction->setText(tr("Show &Sidebar"));
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
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1200, 760);
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

void MainWindow::showPane(int index)
{
    if (index < 0 || index >= m_stack->count()) // table panes, then the extra panes
        return;
    m_stack->setCurrentIndex(index);
    if (m_sidebar->currentRow() != index)
        m_sidebar->setCurrentRow(index);
    if (index < m_paneActions.size())
        m_paneActions.at(index)->setChecked(true);
}

bool MainWindow::openWorkspace(const QString &path, Database::OpenMode mode)
{
    // One workspace is written by one Cohort at a time: a second one is told who holds the file
    // and may open it read-only. A lock left by a crashed Cohort is recovered by WorkspaceLock.
    if (m_database && !m_database->isInMemory() && m_lock
        && QFileInfo(path).absoluteFilePath() == m_database->filePath())
        return true; // already open here, and this window holds its lock
    auto lock = std::make_unique<WorkspaceLock>(path);
    if (mode != Database::OpenMode::ReadOnly) {
        switch (lock->tryLock()) {
        case WorkspaceLock::Result::Acquired:
            break;
        case WorkspaceLock::Result::HeldByOther: {
            const QString holder = lock->holderDescription();
            const bool readOnly
                = m_readOnlyPrompt ? m_readOnlyPrompt(holder) : askOpenReadOnly(holder);
            if (!readOnly)
                return false;
            mode = Database::OpenMode::ReadOnly;
            lock.reset();
            break;
        }
        case WorkspaceLock::Result::Error:
            showError(tr("Could Not Open Workspace"), lock->errorString());
            return false;
        }
    } else {
        lock.reset();
    }
    // Declared before the database, which it must outlive.
    std::unique_ptr<BackupManager> backups = makeBackupManager();
    auto database = std::make_unique<Database>();
    backups->attach(*database); // a copy before any migration; records the first change
    const WorkspaceError error = database->open(path, mode);
    if (error.isError()) {
        database.reset();
        lock.reset();
        if (error.kind == WorkspaceError::Kind::Corrupt
            || error.kind == WorkspaceError::Kind::NotAWorkspace)
            return offerRestoreOfDamaged(path, error);
        showError(tr("Could Not Open Workspace"), error.message);
        return false;
    }
    setWorkspace(std::move(database));
    m_lock = std::move(lock);
    m_backups = std::move(backups);
    m_restoreAction->setEnabled(true);
    addRecentFile(path);
    startAutoBackup();
    return true;
}

std::unique_ptr<BackupManager> MainWindow::makeBackupManager() const
{
    return m_backupFactory ? m_backupFactory() : std::make_unique<BackupManager>();
}

void MainWindow::startAutoBackup()
{
    if (m_backups && m_database && !m_database->isReadOnly() && !m_database->isInMemory())
        m_autoBackup->start(m_backups.get(), m_database.get());
}

bool MainWindow::offerRestoreOfDamaged(const QString &path, const WorkspaceError &error)
{
    const std::unique_ptr<BackupManager> backups = makeBackupManager();
    std::optional<BackupManager::Entry> good;
    // Each candidate is checked in full: off the GUI thread.
    BusyTask::run(this, tr("Could Not Open Workspace"), tr("Looking for a good backup…"),
                  [&] { good = backups->latestGood(path); });
    Q_EMIT damagedWorkspaceFound(path, good ? good->path : QString());
    Q_EMIT errorShown(error.message);

    QMessageBox box(QMessageBox::Warning, tr("Could Not Open Workspace"), error.message,
                    QMessageBox::NoButton, this);
    box.setTextFormat(Qt::PlainText);
    if (!good) {
        if (error.kind == WorkspaceError::Kind::Corrupt)
            box.setInformativeText(tr("The file was left as it is. No backup of it was found."));
        box.setStandardButtons(QMessageBox::Ok);
        box.exec();
        return false;
    }
    const QDateTime local = good->createdAt.toLocalTime();
    const QString when = QLocale().toString(local.date(), QLocale::LongFormat) + QLatin1Char(' ')
        + QLocale().toString(local.time(), QLocale::ShortFormat);
    box.setInformativeText(
        tr("The file was left as it is. The backup of %1 passed its check: you can restore it "
           "into a new file and continue there.")
            .arg(when));
    QPushButton *restore
        = box.addButton(tr("&Restore Backup into New File…"), QMessageBox::AcceptRole);
    restore->setObjectName(QStringLiteral("restoreBackupButton"));
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(restore);
    box.exec();
    if (box.clickedButton() != restore)
        return false;
    const QString target = chooseNewFile(tr("Restore Backup"),
                                         RestoreBackupDialog::suggestedPath(path, good->createdAt));
    if (target.isEmpty())
        return false;
    QString message;
    switch (RestoreBackupDialog::restore(this, *backups, good->path, target, &message)) {
    case RestoreBackupDialog::Result::Restored:
        return openWorkspace(target);
    case RestoreBackupDialog::Result::Cancelled:
        return false;
    case RestoreBackupDialog::Result::Failed:
        showError(tr("Restore Backup"), message);
        return false;
    }
    return false;
}

QString MainWindow::chooseNewFile(const QString &title, const QString &suggested)
{
    QString path = m_newFileChooser
        ? m_newFileChooser(title, suggested)
        : QFileDialog::getSaveFileName(this, title, suggested, fileFilter(), nullptr,
                                       QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return {};
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1String(".cohort");
    if (m_database && !m_database->isInMemory()
        && QFileInfo(path) == QFileInfo(m_database->filePath())) {
        showError(title,
                  tr("“%1” is the workspace that is open now. A backup is only restored "
                     "into a new file.")
                      .arg(QDir::toNativeSeparators(path)));
        return {};
    }
    if (QFileInfo::exists(path)) {
        showError(title,
                  tr("“%1” already exists. A backup is only restored into a new file: "
                     "choose another name.")
                      .arg(QDir::toNativeSeparators(path)));
        return {};
    }
    return path;
}

void MainWindow::restoreFromBackup()
{
    if (!m_database || m_database->isInMemory() || !m_backups)
        return;
    RestoreBackupDialog dialog(
        *m_backups, m_database->filePath(),
        [this](const QString &suggested) {
            return chooseNewFile(tr("Restore from Backup"), suggested);
        },
        this);
    if (dialog.exec() != QDialog::Accepted || dialog.restoredPath().isEmpty())
        return;
    const QString path = dialog.restoredPath();
    QMessageBox box(QMessageBox::Question, tr("Restore from Backup"),
                    tr("The backup was restored into “%1”.").arg(QDir::toNativeSeparators(path)),
                    QMessageBox::NoButton, this);
    box.setTextFormat(Qt::PlainText);
    box.setInformativeText(tr("Open it now? The workspace that is open now stays as it is."));
    QPushButton *open = box.addButton(tr("&Open Restored Workspace"), QMessageBox::AcceptRole);
    open->setObjectName(QStringLiteral("openRestoredButton"));
    box.addButton(tr("&Not Now"), QMessageBox::RejectRole);
    box.setDefaultButton(open);
    box.exec();
    if (box.clickedButton() == open)
        openWorkspace(path);
}

bool MainWindow::askOpenReadOnly(const QString &holder)
{
    QMessageBox box(QMessageBox::Question, tr("Workspace in Use"), holder, QMessageBox::Cancel,
                    this);
    box.setTextFormat(Qt::PlainText);
    box.setInformativeText(
        tr("You can open it read-only: you will see its data but cannot change it."));
    QPushButton *readOnly = box.addButton(tr("Open &Read-Only"), QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == readOnly;
}

void MainWindow::setWorkspace(std::unique_ptr<Database> database)
{
    // A running backup reads the old workspace: it finishes first.
    m_autoBackup->waitForIdle();
    const int shown = m_stack->currentIndex() >= 0 ? m_stack->currentIndex() : m_restoredPane;
    for (TablePane *pane : std::as_const(m_panes))
        pane->saveViewState();
    if (m_dashboard)
        m_dashboard->saveViewState();
    // Commands refer to the old workspace's rows: they cannot outlive it.
    m_undoStack->clear();
    for (TablePane *pane : std::as_const(m_panes))
        delete pane;
    m_panes.clear();
    deleteExtraPanes(); // they hold connections to the old workspace
    m_database = std::move(database);
    m_lock.reset(); // the previous file's lock; openWorkspace() installs the new one
    m_backups.reset(); // after the database it was attached to; openWorkspace() makes the next
    m_restoreAction->setEnabled(false);
    setWindowFilePath(m_database->isInMemory() ? tr("Untitled") : m_database->filePath());
    rebuildPanes();
    showPane(shown < 0 || shown > m_panes.size() ? 0 : shown);
    Q_EMIT workspaceChanged();
}

void MainWindow::rebuildPanes()
{
    m_sidebar->clear();
    qDeleteAll(m_paneActions);
    m_paneActions.clear();

    m_panes << new GroupPane(*m_database, m_undoStack, m_stack)
            << new MemberPane(*m_database, m_undoStack, m_stack)
            << new ProductPane(*m_database, m_undoStack, m_stack)
            << new CampaignPane(*m_database, m_undoStack, m_stack)
            << new OrderPane(*m_database, m_undoStack, m_stack)
            << new MessagePane(*m_database, m_undoStack, m_stack);
    if (auto *groups = qobject_cast<GroupPane *>(m_panes.first()))
        connect(groups, &GroupPane::showMessagesRequested, this, &MainWindow::showGroupMessages);
    for (TablePane *pane : std::as_const(m_panes)) {
        if (auto *orders = qobject_cast<OrderPane *>(pane))
            connect(orders, &OrderPane::importRequested, this, &MainWindow::importOrders);
    }

    for (int i = 0; i < m_panes.size(); ++i) {
        TablePane *pane = m_panes.at(i);
        m_stack->addWidget(pane);
        m_sidebar->addItem(pane->title());
        auto *action = new QAction(pane->title(), m_paneGroup);
        action->setCheckable(true);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        connect(action, &QAction::triggered, this, [this, i] { showPane(i); });
        m_viewMenu->addAction(action);
        m_paneActions << action;
    }
    m_dashboard = new DashboardPane(*m_database, m_stack);
    addExtraPane(m_dashboard, [] { return tr("Dashboard"); });
    m_reports = new ReportsPane(*m_database, m_stack);
    addExtraPane(m_reports, [this] { return m_reports->title(); });
    m_fileMenu->insertActions(m_reportActionsAnchor, m_reports->fileActions());
    m_calendar = new CalendarPane(*m_database, m_stack);
    addExtraPane(m_calendar, [this] { return m_calendar->title(); });
    m_solitaire = new SolitairePane(*m_database, m_undoStack, m_stack);
    addExtraPane(m_solitaire, [] { return tr("Solitaire"); });
    m_ledger = new LedgerPane(*m_database, m_undoStack, m_stack);
    connect(m_ledger, &LedgerPane::errorOccurred, this,
            [this](const QString &message) { showError(tr("Ledger"), message); });
    addExtraPane(m_ledger, [this] { return m_ledger->title(); });
    retranslateUi();
}

void MainWindow::addExtraPane(QWidget *pane, std::function<QString()> title)
{
    m_stack->addWidget(pane);
    const int index = m_stack->indexOf(pane);
    m_sidebar->addItem(title());
    auto *action = new QAction(title(), m_paneGroup);
    action->setCheckable(true);
    // Ctrl+1 … Ctrl+9, then Ctrl+0 for the tenth pane; later ones are in the sidebar and View menu.
    if (index < 9)
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + index)));
    else if (index == 9)
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
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
    if (!m_database)
        return;
    if (m_database->isReadOnly()) {
        showError(tr("Import Chat Exports"),
                  tr("The workspace is open read-only. Open it normally to import chat exports."));
        return;
    }
    auto *wizard = new ImportWizard(*m_database, this);
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

void MainWindow::importOrders()
{
    if (!m_database || m_database->isReadOnly()) {
        showError(tr("Import Orders"), tr("This workspace is open read-only."));
        return;
    }
    OrderImportWizard wizard(*m_database, this);
    if (wizard.exec() != QDialog::Accepted)
        return;
    m_undoStack->push(new ImportOrdersCommand(
        *m_database, wizard.importedOrderIds(), wizard.importedMemberIds(),
        [this](const QString &message) { showError(tr("Import Orders"), message); }));
    for (int i = 0; i < m_panes.size(); ++i) {
        if (qobject_cast<OrderPane *>(m_panes.at(i)))
            showPane(i);
    }
    statusBar()->showMessage(tr("Imported %n order(s)", nullptr, int(wizard.importedOrders()))
                             + QStringLiteral(" · ")
                             + tr("%n new member(s)", nullptr, int(wizard.importedMembers())));
}

QStringList MainWindow::recentFiles()
{
    return QSettings().value(QLatin1String(RecentKey)).toStringList();
}

void MainWindow::addRecentFile(const QString &path)
{
    QStringList files = recentFiles();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > MaxRecentFiles)
        files.removeLast();
    QSettings().setValue(QLatin1String(RecentKey), files);
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = recentFiles();
    for (const QString &file : files) {
        // "&" in a file name would become a mnemonic.
        QAction *action
            = m_recentMenu->addAction(QString(file).replace(QLatin1Char('&'), QLatin1String("&&")));
        connect(action, &QAction::triggered, this, [this, file] { openWorkspace(file); });
    }
    m_recentMenu->addSeparator();
    m_recentMenu->addAction(m_clearRecentAction);
    m_clearRecentAction->setEnabled(!files.isEmpty());
}

void MainWindow::showError(const QString &title, const QString &message)
{
    Q_EMIT errorShown(message);
    QMessageBox box(QMessageBox::Warning, title, message, QMessageBox::Ok, this);
    box.setTextFormat(Qt::PlainText);
    box.exec();
}

void MainWindow::newWorkspace()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = QFileDialog::getSaveFileName(
        this, tr("New Workspace"),
        dir + QLatin1String("/") + tr("workspace") + QLatin1String(".cohort"), fileFilter());
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1String(".cohort");
    if (m_database && QFileInfo(path) == QFileInfo(m_database->filePath())) {
        showError(tr("New Workspace"), tr("“%1” is the workspace that is open now.").arg(path));
        return;
    }
    // The file dialog already asked whether to replace an existing file.
    if (QFileInfo::exists(path) && !QFile::remove(path)) {
        showError(tr("New Workspace"), tr("“%1” could not be replaced.").arg(path));
        return;
    }
    openWorkspace(path, Database::OpenMode::CreateOrOpen);
}

void MainWindow::openWorkspaceDialog()
{
    const QString start = m_database && !m_database->isInMemory()
        ? QFileInfo(m_database->filePath()).absolutePath()
        : QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path
        = QFileDialog::getOpenFileName(this, tr("Open Workspace"), start, fileFilter());
    if (!path.isEmpty())
        openWorkspace(path);
}

void MainWindow::saveWorkspaceAs()
{
    if (!m_database)
        return;
    QString path
        = QFileDialog::getSaveFileName(this, tr("Save Workspace As"), QString(), fileFilter());
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1String(".cohort");
    if (QFileInfo(path) == QFileInfo(m_database->filePath())) {
        showError(tr("Save Workspace As"), tr("“%1” is the workspace that is open now.").arg(path));
        return;
    }
    if (QFileInfo::exists(path) && !QFile::remove(path)) {
        showError(tr("Save Workspace As"), tr("“%1” could not be replaced.").arg(path));
        return;
    }
    const WorkspaceError error = m_database->backupTo(path);
    if (error.isError()) {
        showError(tr("Save Workspace As"), error.message);
        return;
    }
    // Like any "Save As", work continues in the copy.
    openWorkspace(path);
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(m_languages, this);
    dialog.exec();
}

bool MainWindow::fillWithDemoData(bool ask)
{
    if (!m_database)
        return false;
    bool empty = false;
    try {
        empty = GroupRepository(*m_database).all().isEmpty()
            && ProductRepository(*m_database).all().isEmpty()
            && MemberRepository(*m_database).count() == 0;
    } catch (const QueryError &error) {
        showError(tr("Demo Data"), error.message()); // also reached from main(), before the loop
        return false;
    }
    if (!empty) {
        showError(tr("Demo Data"),
                  tr("Demo data can only fill an empty workspace. Create a new "
                     "workspace with File › New Workspace… first."));
        return false;
    }
    if (ask
        && QMessageBox::question(
               this, tr("Demo Data"),
               tr("Fill this workspace with about 12 groups, 3,000 members, 40 "
                  "products, 25 campaigns and 8,000 orders of made-up demo data?"))
            != QMessageBox::Yes)
        return false;
    QString error;
    const auto result
        = DemoDataRunner::run(this, *m_database, DemoGenerator::Scale::Small, 1, &error);
    if (result == DemoDataRunner::Result::Failed)
        showError(tr("Demo Data"), error);
    // Undo entries refer to rows the demo data may now collide with.
    m_undoStack->clear();
    return result == DemoDataRunner::Result::Filled;
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
    QString engine = m_database ? m_database->engineVersion() : QString();
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
