#include "ui/workspacecontroller.h"

#include "models/messageindexrunner.h"
#include "storage/backupmanager.h"
#include "storage/grouprepository.h"
#include "storage/jobrunner.h"
#include "storage/memberrepository.h"
#include "storage/productrepository.h"
#include "storage/queryerror.h"
#include "storage/serveraddress.h"
#include "storage/serverbackup.h"
#include "storage/serverchangelistener.h"
#include "storage/serverpasswords.h"
#include "storage/walcheckpoint.h"
#include "storage/workspacelock.h"
#include "ui/demodatarunner.h"
#include "ui/safety/autobackuprunner.h"
#include "ui/safety/restorebackupdialog.h"
#include "ui/team/publishtask.h"
#include "ui/team/serverconnectdialog.h"
#include "ui/team/teambackupsdialog.h"
#include "ui/widgets/busytask.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QInputDialog>
#include <QLineEdit>
#include <QLocale>
#include <QMainWindow>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimeZone>
#include <QUrl>
#include <QWidget>

namespace cohort {

namespace {
const char *const RecentKey = "recentFiles";
constexpr int MaxRecentFiles = 8;
} // namespace

WorkspaceController::WorkspaceController(QWidget *window)
    : QObject(window)
    , m_window(window)
    , m_autoBackup(new AutoBackupRunner(this))
{
}

WorkspaceController::~WorkspaceController()
{
    closeWorkspace();
}

QString WorkspaceController::fileFilter()
{
    return tr("Cohort workspaces (*.cohort);;All files (*)");
}

void WorkspaceController::setWorkspace(std::unique_ptr<Database> database)
{
    install(std::move(database), nullptr, nullptr);
}

void WorkspaceController::install(std::unique_ptr<Database> database,
                                  std::unique_ptr<WorkspaceLock> lock,
                                  std::unique_ptr<BackupManager> backups)
{
    closeWorkspace();
    m_backups = std::move(backups);
    m_database = std::move(database);
    m_lock = std::move(lock);
    if (!m_database->isReadOnly())
        m_messageIndex = new MessageIndexRunner(*m_database, this);
    Q_EMIT workspaceChanged();
    // After the window connected to it: messages imported by the console or an older version
    // are indexed now.
    if (m_messageIndex)
        m_messageIndex->start();
}

void WorkspaceController::closeWorkspace()
{
    if (!m_database)
        return;
    // Jobs stop at their next check (a job not started yet never starts) while the window drops
    // the panes and dialogs that started them, and their results with them...
    m_database->jobs().cancelAll();
    // ...except the daily backup's, which is still told (and which uses m_backups)...
    m_autoBackup->waitForIdle();
    delete m_demo;
    delete m_check;
    delete m_messageIndex;
    Q_EMIT aboutToClose();
    // ...and none runs any more once this returns: the Database can go.
    m_database->jobs().shutdown();
    m_database.reset();
    m_lock.reset(); // the file's lock, after the workspace it guards
    m_backups.reset(); // after the database it was attached to
}

QStringList WorkspaceController::recentFiles()
{
    return QSettings().value(QLatin1String(RecentKey)).toStringList();
}

void WorkspaceController::clearRecentFiles()
{
    QSettings().remove(QLatin1String(RecentKey));
}

bool WorkspaceController::openWorkspace(const QString &path, Database::OpenMode mode)
{
    if (ServerAddress::isServerAddress(path))
        return openServer(path, mode);
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
    const WorkspaceError error = database->open(path, mode, Database::IntegrityCheck::Deferred);
    if (error.isError()) {
        database.reset();
        lock.reset();
        if (error.kind == WorkspaceError::Kind::Corrupt
            || error.kind == WorkspaceError::Kind::NotAWorkspace) {
            offerRestoreOfDamaged(path, error); // a restored copy may open later
            return false;
        }
        showError(tr("Could Not Open Workspace"), error.message);
        return false;
    }
    install(std::move(database), std::move(lock), std::move(backups));
    addRecentFile(path);
    startIntegrityCheck();
    return true;
}

bool WorkspaceController::openServer(const QString &address, Database::OpenMode mode)
{
    // No lock file and no file backups: the server queues writers itself (SqlDialect), and its
    // backups are its administrator's (docs/team.md).
    auto database = std::make_unique<Database>();
    QString opened = address;
    WorkspaceError error = database->open(address, mode);
    const bool wantsPassword = error.isError() && !ServerAddress::parse(address).password().size()
        && error.message.contains(QLatin1String("password"), Qt::CaseInsensitive);
    if (wantsPassword) {
        // Asked for this connection only; the address remembered never holds it.
        const QString shown = ServerAddress::parse(address).toDisplayString();
        const QString password = m_passwordPrompt
            ? m_passwordPrompt(shown)
            : QInputDialog::getText(m_window, tr("Team Server Password"),
                                    tr("Password for %1:").arg(shown), QLineEdit::Password);
        if (password.isEmpty())
            return false;
        opened = ServerConnectDialog::withPassword(address, password);
        error = database->open(opened, mode);
    }
    if (error.isError()) {
        showError(tr("Could Not Open Workspace"), error.message);
        return false;
    }
    const QString shown = database->filePath();
    // Other people's changes refresh this window as this window's own do.
    auto *listener = new ServerChangeListener(*database, database.get());
    // Until it is back the window shows what it had and the team's changes do not arrive: said
    // where it does not interrupt, since the listener keeps trying by itself.
    connect(listener, &ServerChangeListener::connectionLost, this,
            [this] { showStatus(tr("Lost the connection to the team server; reconnecting…"), 0); });
    connect(listener, &ServerChangeListener::reconnected, this,
            [this] { showStatus(tr("Reconnected to the team server; reloaded."), 10000); });
    install(std::move(database), nullptr, nullptr);
    // Kept for this session only, for pg_dump: the password is never written anywhere.
    m_serverAddress = opened;
    addRecentFile(shown);
    startIntegrityCheck();
    startTeamBackup();
    return true;
}

void WorkspaceController::showStatus(const QString &message, int timeoutMs)
{
    if (auto *window = qobject_cast<QMainWindow *>(m_window))
        window->statusBar()->showMessage(message, timeoutMs);
}

void WorkspaceController::startTeamBackup()
{
    if (!m_database || !m_database->isServer() || m_database->isReadOnly())
        return;
    if (!ServerBackup::isAvailable()) {
        showStatus(tr("pg_dump is not installed here: backups of this team workspace are its "
                      "server administrator's."),
                   15000);
        return;
    }
    ServerBackup backups(m_teamBackupRoot);
    const QList<ServerBackup::Entry> made = backups.backups(m_serverAddress);
    if (!made.isEmpty()
        && made.first().createdAt.secsTo(QDateTime::currentDateTimeUtc()) < TeamBackupHours * 3600)
        return;
    // Watched by an object of the workspace's: a result for a closed workspace goes with it.
    auto *watcher = new QFutureWatcher<std::pair<QString, QString>>(m_database.get());
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        if (watcher->isCanceled())
            return;
        const auto [path, error] = watcher->result();
        if (!path.isEmpty())
            showStatus(tr("Backed up the team workspace with pg_dump."), 10000);
        else if (!error.isEmpty())
            showStatus(tr("The team workspace could not be backed up: %1").arg(error), 0);
        Q_EMIT teamBackupFinished(!path.isEmpty());
    });
    watcher->setFuture(m_database->jobs().run([address = m_serverAddress,
                                               root = m_teamBackupRoot](JobContext &context) {
        ServerBackup backups(root);
        const QString path = backups.backUp(address, [&context] { return context.isCancelled(); });
        return std::pair { path, backups.lastError().message };
    }));
}

void WorkspaceController::teamBackups()
{
    if (!m_database || !m_database->isServer())
        return;
    TeamBackupsDialog dialog(*m_database, m_serverAddress, m_window);
    dialog.setBackupRoot(m_teamBackupRoot);
    QString restored;
    connect(&dialog, &TeamBackupsDialog::restored, &dialog, [&](const QString &address) {
        restored = address;
        dialog.accept();
    });
    dialog.exec();
    if (restored.isEmpty())
        return;
    QMessageBox box(QMessageBox::Question, tr("Restore from Backup"),
                    tr("The backup was restored into “%1”.")
                        .arg(ServerAddress::parse(restored).toDisplayString()),
                    QMessageBox::NoButton, m_window);
    box.setTextFormat(Qt::PlainText);
    box.setInformativeText(tr("Open it now? The workspace that is open now stays as it is."));
    QPushButton *open = box.addButton(tr("&Open Restored Workspace"), QMessageBox::AcceptRole);
    box.addButton(tr("&Not Now"), QMessageBox::RejectRole);
    box.setDefaultButton(open);
    box.exec();
    if (box.clickedButton() == open)
        openWorkspace(restored);
}

void WorkspaceController::connectToServerDialog()
{
    ServerConnectDialog dialog(m_window);
    if (m_database && m_database->isServer())
        dialog.setAddress(m_database->filePath());
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (!openWorkspace(dialog.addressWithPassword()) || !dialog.rememberPassword())
        return;
    // Kept only once it proved right.
    QString why;
    if (!ServerPasswords::store(dialog.address(), dialog.password(), &why))
        showStatus(tr("The password could not be kept in the system keychain: %1").arg(why), 0);
}

void WorkspaceController::publishTo(const QString &address)
{
    if (!m_database || m_database->isServer() || m_database->isInMemory() || m_publish) {
        const QString message = m_publish ? tr("A publish is running already.")
                                          : tr("Only a workspace file can be published.");
        // Queued, as every other end is: a caller connects after calling.
        QMetaObject::invokeMethod(
            this, [this, message] { Q_EMIT publishFinished(false, false, message); },
            Qt::QueuedConnection);
        return;
    }
    auto *task = new PublishTask(*m_database, m_window);
    m_publish = task;
    const QString shown = ServerAddress::parse(address).toDisplayString();
    connect(task, &PublishTask::finished, this,
            [this, shown](qint64 rows, bool cancelled, const WorkspaceError &error) {
                m_publish.clear(); // the task deletes itself later: another may start now
                if (cancelled) {
                    Q_EMIT publishFinished(
                        false, true,
                        tr("Publishing was cancelled: nothing was copied to “%1”.").arg(shown));
                } else if (error.isError()) {
                    Q_EMIT publishFinished(false, false, error.message);
                } else {
                    Q_EMIT publishFinished(
                        true, false,
                        tr("Published %n row(s) to “%1”.", nullptr, int(rows)).arg(shown));
                }
            });
    task->start(address);
}

void WorkspaceController::cancelPublish()
{
    if (m_publish)
        m_publish->cancel();
}

void WorkspaceController::publishToServerDialog()
{
    if (!m_database)
        return;
    const QString title = tr("Publish to Team Server");
    if (m_database->isServer() || m_database->isInMemory()) {
        showError(title,
                  tr("Only a workspace file can be published. Save this one first, or "
                     "open the file to publish."));
        return;
    }
    ServerConnectDialog dialog(m_window);
    dialog.setPublishing();
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString address = dialog.addressWithPassword();
    connect(
        this, &WorkspaceController::publishFinished, this,
        [this, title, address](bool published, bool cancelled, const QString &message) {
            if (cancelled)
                return;
            if (!published) {
                showError(title, message);
                return;
            }
            QMessageBox box(QMessageBox::Information, title,
                            message + QStringLiteral("\n\n")
                                + tr("Open the team workspace now? This file stays as it is; "
                                     "from now on the team works on the server."),
                            QMessageBox::Open | QMessageBox::Close, m_window);
            box.setTextFormat(Qt::PlainText);
            box.setDefaultButton(QMessageBox::Open);
            if (box.exec() == QMessageBox::Open)
                openWorkspace(address);
        },
        Qt::SingleShotConnection);
    publishTo(address);
}

void WorkspaceController::startIntegrityCheck()
{
    auto *check = new QObject(this);
    m_check = check;
    // The integrity check's finding, and a failed copy of the log into the file (a full disk).
    using Findings = std::pair<WorkspaceError, WorkspaceError>;
    auto *watcher = new QFutureWatcher<Findings>(check);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        if (watcher->isCanceled())
            return; // the workspace closed first
        const Findings findings = watcher->result();
        delete m_check;
        if (findings.second.isError())
            showError(tr("Changes Kept in the Log"), findings.second.message);
        onIntegrityChecked(findings.first);
    });
    Q_EMIT integrityCheckStarted();
    const bool writable = !m_database->isReadOnly();
    watcher->setFuture(m_database->jobs().run([writable](JobContext &context) {
        const WorkspaceError error = context.database().checkIntegrity();
        WorkspaceError log;
        if (!error.isError() && writable && !context.isCancelled()) {
            const WorkspaceError trash = context.database().purgeTrash();
            if (trash.isError())
                qWarning("Cohort: the trash of deleted groups was not emptied: %s",
                         qPrintable(trash.message));
            // A log left by a copy that failed (a full disk) or by a crash: copied now, or
            // said again.
            if (WalCheckpoint::logBytes(context.database()) > 0)
                log = WalCheckpoint::run(context.database(), WalCheckpoint::Mode::Truncate);
        }
        return Findings { error, log };
    }));
}

void WorkspaceController::onIntegrityChecked(const WorkspaceError &error)
{
    if (!error.isError()) {
        Q_EMIT integrityCheckFinished(true);
        startAutoBackup();
        return;
    }
    Q_EMIT integrityCheckFinished(false);
    if (error.kind != WorkspaceError::Kind::Corrupt) {
        // Not a finding about the file (e.g. an I/O error while reading it): said, and the
        // workspace stays open; the next open checks it again.
        showError(tr("Integrity Check"), error.message);
        return;
    }
    // Closed without another write. What the user changed since it opened is in the damaged
    // file, which stays as it is.
    const QString path = m_database->filePath();
    auto scratch = std::make_unique<Database>();
    if (!scratch->openInMemory().isError())
        install(std::move(scratch), nullptr, nullptr);
    else
        closeWorkspace();
    offerRestoreOfDamaged(path, error);
}

std::unique_ptr<BackupManager> WorkspaceController::makeBackupManager() const
{
    return m_backupFactory ? m_backupFactory() : std::make_unique<BackupManager>();
}

void WorkspaceController::startAutoBackup()
{
    if (m_backups && m_database && !m_database->isReadOnly() && !m_database->isInMemory())
        m_autoBackup->start(m_backups.get(), m_database.get());
}

void WorkspaceController::offerRestoreOfDamaged(const QString &path, const WorkspaceError &error)
{
    const std::shared_ptr<BackupManager> backups = makeBackupManager();
    auto good = std::make_shared<std::optional<BackupManager::Entry>>();
    // Each candidate is checked in full: off the GUI thread.
    auto *search
        = new BusyTask(m_window, tr("Could Not Open Workspace"), tr("Looking for a good backup…"));
    connect(search, &BusyTask::finished, this,
            [this, path, error, backups, good] { offerBackup(path, error, backups, *good); });
    search->start([backups, good, path] { *good = backups->latestGood(path); });
}

void WorkspaceController::offerBackup(const QString &path, const WorkspaceError &error,
                                      const std::shared_ptr<BackupManager> &backups,
                                      const std::optional<BackupManager::Entry> &good)
{
    Q_EMIT damagedWorkspaceFound(path, good ? good->path : QString());
    Q_EMIT errorShown(error.message);

    QMessageBox box(QMessageBox::Warning, tr("Could Not Open Workspace"), error.message,
                    QMessageBox::NoButton, m_window);
    box.setTextFormat(Qt::PlainText);
    box.setDetailedText(error.details); // "Show Details…" appears only when there are some
    if (!good) {
        if (error.kind == WorkspaceError::Kind::Corrupt)
            box.setInformativeText(tr("The file was left as it is. No backup of it was found."));
        box.setStandardButtons(QMessageBox::Ok);
        box.exec();
        return;
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
        return;
    const QString target = chooseNewFile(tr("Restore Backup"),
                                         RestoreBackupDialog::suggestedPath(path, good->createdAt));
    if (target.isEmpty())
        return;
    RestoreBackupDialog::restore(
        m_window, *backups, good->path, target,
        [this, backups, target](RestoreBackupDialog::Result result, const QString &message) {
            switch (result) {
            case RestoreBackupDialog::Result::Restored:
                openWorkspace(target);
                return;
            case RestoreBackupDialog::Result::Cancelled:
                return;
            case RestoreBackupDialog::Result::Failed:
                showError(tr("Restore Backup"), message);
                return;
            }
        });
}

QString WorkspaceController::chooseNewFile(const QString &title, const QString &suggested)
{
    QString path = m_newFileChooser
        ? m_newFileChooser(title, suggested)
        : QFileDialog::getSaveFileName(m_window, title, suggested, fileFilter(), nullptr,
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

void WorkspaceController::restoreFromBackup()
{
    if (m_database && m_database->isServer()) {
        teamBackups();
        return;
    }
    if (!m_database || m_database->isInMemory() || !m_backups)
        return;
    RestoreBackupDialog dialog(
        *m_backups, m_database->filePath(),
        [this](const QString &suggested) {
            return chooseNewFile(tr("Restore from Backup"), suggested);
        },
        m_window);
    dialog.setTimeZone(QTimeZone(m_database->timeZoneId().toUtf8()));
    if (dialog.exec() != QDialog::Accepted || dialog.restoredPath().isEmpty())
        return;
    const QString path = dialog.restoredPath();
    QMessageBox box(QMessageBox::Question, tr("Restore from Backup"),
                    tr("The backup was restored into “%1”.").arg(QDir::toNativeSeparators(path)),
                    QMessageBox::NoButton, m_window);
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

bool WorkspaceController::askOpenReadOnly(const QString &holder)
{
    QMessageBox box(QMessageBox::Question, tr("Workspace in Use"), holder, QMessageBox::Cancel,
                    m_window);
    box.setTextFormat(Qt::PlainText);
    box.setInformativeText(
        tr("You can open it read-only: you will see its data but cannot change it."));
    QPushButton *readOnly = box.addButton(tr("Open &Read-Only"), QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == readOnly;
}

void WorkspaceController::newWorkspace()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = QFileDialog::getSaveFileName(
        m_window, tr("New Workspace"),
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

void WorkspaceController::openWorkspaceDialog()
{
    const QString start = m_database && !m_database->isInMemory()
        ? QFileInfo(m_database->filePath()).absolutePath()
        : QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path
        = QFileDialog::getOpenFileName(m_window, tr("Open Workspace"), start, fileFilter());
    if (!path.isEmpty())
        openWorkspace(path);
}

void WorkspaceController::saveWorkspaceAs()
{
    if (!m_database)
        return;
    QString path
        = QFileDialog::getSaveFileName(m_window, tr("Save Workspace As"), QString(), fileFilter());
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

bool WorkspaceController::fillWithDemoData(bool ask)
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
               m_window, tr("Demo Data"),
               tr("Fill this workspace with about 12 groups, 3,000 members, 40 "
                  "products, 25 campaigns and 8,000 orders of made-up demo data?"))
            != QMessageBox::Yes)
        return false;
    if (m_demo)
        return false; // one run at a time
    m_demo = new DemoDataRunner(*m_database, m_window);
    connect(m_demo, &DemoDataRunner::finished, this,
            [this, demo = m_demo](DemoDataRunner::Result result, const QString &error) {
                demo->deleteLater();
                if (result == DemoDataRunner::Result::Failed)
                    showError(tr("Demo Data"), error);
                Q_EMIT demoDataFinished(result == DemoDataRunner::Result::Filled);
            });
    m_demo->start(DemoGenerator::Scale::Small, 1);
    return true;
}

void WorkspaceController::addRecentFile(const QString &path)
{
    QStringList files = recentFiles();
    const QString absolute = ServerAddress::isServerAddress(path)
        ? ServerAddress::parse(path).toDisplayString() // never with a password
        : QFileInfo(path).absoluteFilePath();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > MaxRecentFiles)
        files.removeLast();
    QSettings().setValue(QLatin1String(RecentKey), files);
    Q_EMIT recentFilesChanged();
}

void WorkspaceController::showError(const QString &title, const QString &message)
{
    Q_EMIT errorShown(message);
    QMessageBox box(QMessageBox::Warning, title, message, QMessageBox::Ok, m_window);
    box.setTextFormat(Qt::PlainText);
    box.exec();
}

} // namespace cohort
