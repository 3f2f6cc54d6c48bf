#include "models/sqlpagedtablemodel.h"
#include "storage/backupmanager.h"
#include "storage/database.h"
#include "storage/grouprepository.h"
#include "storage/workspacelock.h"
#include "ui/importwizard/importwizard.h"
#include "ui/languagemanager.h"
#include "ui/mainwindow.h"
#include "ui/safety/autobackuprunner.h"
#include "ui/safety/restorebackupdialog.h"
#include "ui/workspacecontroller.h"

#include <QAction>
#include <QApplication>
#include <QCryptographicHash>
#include <QDropEvent>
#include <QMessageBox>
#include <QMimeData>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimeZone>
#include <QTimer>
#include <QTreeWidget>

#include <atomic>
#include <cstring>

using namespace cohort;

namespace {

/// Child mode of this executable: holds the lock of argv[2] until killed (a Cohort that crashes).
int holdLock(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    WorkspaceLock lock(QString::fromLocal8Bit(argv[2]));
    if (lock.tryLock() != WorkspaceLock::Result::Acquired)
        return 1;
    QTextStream(stdout) << "locked" << Qt::endl;
    for (;;)
        QThread::sleep(1);
}

QDateTime utc(int y, int m, int d, int h)
{
    return QDateTime(QDate(y, m, d), QTime(h, 0), QTimeZone::utc());
}

bool addGroup(const Database &db, const QString &name)
{
    Group group;
    group.name = name;
    return GroupRepository(db).insert(group);
}

QStringList groupNames(const QString &path)
{
    Database db;
    if (db.open(path, Database::OpenMode::ReadOnly).isError())
        return { QStringLiteral("<does not open>") };
    QStringList names;
    const QList<Group> groups = GroupRepository(db).all();
    for (const Group &group : groups)
        names << group.name;
    names.sort();
    return names;
}

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

} // namespace

/// What the GUI does for data safety: the automatic daily backup, File ▸ Restore from Backup,
/// damaged workspaces, dropped workspace files, stale locks, persisted window state, versions.
class TestDataSafety : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QObject m_modalWatchers;
    QDateTime m_now;
    std::atomic<bool> m_clockOnGuiThread { false };
    LanguageManager *m_languages = nullptr;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    std::unique_ptr<BackupManager> backups() const
    {
        auto manager = std::make_unique<BackupManager>(path(QStringLiteral("backups")));
        manager->setClock([this] { return m_now; });
        return manager;
    }

    /// A shown main window whose backups go to our folder and follow m_now.
    std::unique_ptr<MainWindow> makeWindow()
    {
        auto window = std::make_unique<MainWindow>(m_languages);
        window->setBackupFactory([this] {
            auto manager = backups();
            manager->setClock([this] {
                if (QThread::currentThread() == qApp->thread())
                    m_clockOnGuiThread = true;
                return m_now;
            });
            return manager;
        });
        auto db = std::make_unique<Database>();
        if (db->openInMemory().isError())
            return nullptr;
        window->setWorkspace(std::move(db));
        window->show();
        return window;
    }

    /// Runs `handler` on the next modal widget that `accepts`. Watchers left by a failed test are
    /// dropped in cleanup().
    void onModal(std::function<bool(QWidget *)> accepts, std::function<void(QWidget *)> handler)
    {
        auto *timer = new QTimer(&m_modalWatchers);
        timer->setInterval(20);
        QObject::connect(timer, &QTimer::timeout, timer, [timer, accepts, handler] {
            QWidget *modal = QApplication::activeModalWidget();
            if (modal && accepts(modal)) {
                timer->stop();
                timer->deleteLater();
                handler(modal);
            }
        });
        timer->start();
    }

    static std::function<bool(QWidget *)> boxWithButton(const QString &name)
    {
        return [name](QWidget *w) {
            return qobject_cast<QMessageBox *>(w) && w->findChild<QPushButton *>(name);
        };
    }

    static std::function<bool(QWidget *)> boxSaying(const QString &text)
    {
        return [text](QWidget *w) {
            auto *box = qobject_cast<QMessageBox *>(w);
            return box && box->text().contains(text);
        };
    }

    /// Waits for the integrity check of the workspace that opened and the backup run after it.
    static bool settle(MainWindow &window)
    {
        return QTest::qWaitFor(
            [&] {
                return !window.workspace()->isCheckingIntegrity()
                    && !window.autoBackup()->isRunning();
            },
            20000);
    }

    /// Opens `file` (switching away first when it is the open one) and waits for its backup run.
    static bool reopen(MainWindow &window, const QString &file, const QString &other)
    {
        if (!window.openWorkspace(other, Database::OpenMode::CreateOrOpen))
            return false;
        if (!window.openWorkspace(file, Database::OpenMode::CreateOrOpen))
            return false;
        return settle(window);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                           m_dir.filePath(QStringLiteral("settings")));
        QCoreApplication::setOrganizationName(QStringLiteral("CohortTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_datasafety"));
        m_languages = new LanguageManager(this);
        m_languages->setPreference(QStringLiteral("en"));
    }

    void init() { m_now = utc(2026, 3, 2, 9); }

    void cleanup()
    {
        const QList<QTimer *> timers = m_modalWatchers.findChildren<QTimer *>();
        qDeleteAll(timers);
    }

    void automaticBackupOnceAfterADayOfChanges()
    {
        const QString shop = path(QStringLiteral("shop.cohort"));
        const QString other = path(QStringLiteral("other.cohort"));
        auto window = makeWindow();
        QVERIFY(window);
        QSignalSpy backedUp(window->autoBackup(), &AutoBackupRunner::backedUp);

        QVERIFY(reopen(*window, shop, other));
        QCOMPARE(backedUp.count(), 0); // new and unchanged: nothing to keep yet
        QVERIFY(backups()->list(shop).isEmpty());

        QVERIFY(addGroup(*window->database(), QStringLiteral("Reading club")));
        m_now = utc(2026, 3, 2, 17);
        m_clockOnGuiThread = false;
        QVERIFY(reopen(*window, shop, other));
        QCOMPARE(backedUp.count(), 1);
        QVERIFY(!m_clockOnGuiThread); // the copy was taken on the worker
        QList<BackupManager::Entry> entries = backups()->list(shop);
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.at(0).reason, BackupManager::Reason::Daily);
        QCOMPARE(backedUp.at(0).at(0).toString(), entries.at(0).path);
        QCOMPARE(groupNames(entries.at(0).path), QStringList { QStringLiteral("Reading club") });
        QVERIFY2(window->statusBar()->currentMessage().contains(QStringLiteral("Backed up")),
                 qPrintable(window->statusBar()->currentMessage()));

        // More changes the same day: today already has its copy.
        QVERIFY(addGroup(*window->database(), QStringLiteral("Snack lovers")));
        m_now = utc(2026, 3, 2, 18);
        QVERIFY(reopen(*window, shop, other));
        QCOMPARE(backedUp.count(), 1);

        // The next day the changes of yesterday get their copy, once.
        m_now = utc(2026, 3, 3, 8);
        QVERIFY(reopen(*window, shop, other));
        QCOMPARE(backedUp.count(), 2);
        entries = backups()->list(shop);
        QCOMPARE(entries.size(), 2);
        QCOMPARE(groupNames(entries.at(0).path).size(), 2);
        m_now = utc(2026, 3, 4, 8);
        QVERIFY(reopen(*window, shop, other));
        QCOMPARE(backedUp.count(), 2); // no change since: no copy
        QCOMPARE(backups()->list(shop).size(), 2);
    }

    void failedAutomaticBackupIsReportedNotFatal()
    {
        const QString shop = path(QStringLiteral("blocked.cohort"));
        const QString other = path(QStringLiteral("blocked-other.cohort"));
        // A plain file where the backup folder should be: no copy can be written.
        const QString root = path(QStringLiteral("not-a-folder"));
        {
            QFile file(root);
            QVERIFY(file.open(QIODevice::WriteOnly));
        }
        auto window = makeWindow();
        QVERIFY(window);
        window->setBackupFactory([this, root] {
            auto manager = std::make_unique<BackupManager>(root);
            manager->setClock([this] { return m_now; });
            return manager;
        });
        QVERIFY(reopen(*window, shop, other));
        QVERIFY(addGroup(*window->database(), QStringLiteral("Kept")));
        m_now = m_now.addDays(1);
        QSignalSpy failed(window->autoBackup(), &AutoBackupRunner::failed);
        QVERIFY(reopen(*window, shop, other));
        QCOMPARE(failed.count(), 1);
        QVERIFY(!failed.at(0).at(0).toString().isEmpty());
        QVERIFY2(window->statusBar()->currentMessage().contains(QStringLiteral("backup failed")),
                 qPrintable(window->statusBar()->currentMessage()));
        // The workspace is open and writable all the same, and the copy is still due.
        QCOMPARE(window->database()->filePath(), shop);
        QVERIFY(!window->database()->isReadOnly());
        QVERIFY(addGroup(*window->database(), QStringLiteral("Still writable")));
        m_now = m_now.addDays(1);
        QVERIFY(reopen(*window, shop, other));
        QCOMPARE(failed.count(), 2);
    }

    void restoreDialogListsBackupsAndRestoresIntoNewFile()
    {
        const QString shop = path(QStringLiteral("restore-me.cohort"));
        {
            Database db;
            QVERIFY(!db.open(shop, Database::OpenMode::CreateOrOpen).isError());
            auto manager = backups();
            QVERIFY(addGroup(db, QStringLiteral("First")));
            m_now = utc(2026, 1, 5, 9);
            QVERIFY(manager->backupNow(db, BackupManager::Reason::BeforeMigration));
            m_now = utc(2026, 3, 1, 9);
            QVERIFY(manager->backupNow(db, BackupManager::Reason::Daily));
            QVERIFY(addGroup(db, QStringLiteral("Second")));
            m_now = utc(2026, 3, 2, 9);
            QVERIFY(manager->backupNow(db, BackupManager::Reason::Daily));
        }
        auto window = makeWindow();
        QVERIFY(window);
        QVERIFY(window->openWorkspace(shop));
        QVERIFY(settle(*window));
        QVERIFY(addGroup(*window->database(), QStringLiteral("After the backups")));

        const QString existing = path(QStringLiteral("existing.cohort"));
        {
            QFile file(existing);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("keep me");
        }
        const QString target = path(QStringLiteral("restored.cohort"));
        QStringList answers { shop, existing, target }; // the chooser's answers, in turn
        QStringList suggestions;
        window->setNewFileChooser([&](const QString &, const QString &suggested) {
            suggestions << suggested;
            return answers.isEmpty() ? QString() : answers.takeFirst();
        });

        QStringList dates;
        QStringList kinds;
        QStringList sizes;
        int refusals = 0;
        auto refuse = [&](QWidget *box) {
            ++refusals;
            qobject_cast<QMessageBox *>(box)->accept();
        };
        onModal(
            [](QWidget *w) { return qobject_cast<RestoreBackupDialog *>(w) != nullptr; },
            [&](QWidget *modal) {
                auto *dialog = qobject_cast<RestoreBackupDialog *>(modal);
                auto *list = dialog->findChild<QTreeWidget *>(QStringLiteral("backupList"));
                for (int i = 0; i < list->topLevelItemCount(); ++i) {
                    dates << list->topLevelItem(i)->text(0);
                    kinds << list->topLevelItem(i)->text(1);
                    sizes << list->topLevelItem(i)->text(2);
                }
                auto *restore = dialog->findChild<QPushButton *>(QStringLiteral("restoreButton"));
                // The open workspace and an existing file are refused, with a message each.
                onModal(boxSaying(QStringLiteral("open now")), refuse);
                list->setCurrentItem(list->topLevelItem(1)); // 1 March: "First" only
                restore->click();
                onModal(boxSaying(QStringLiteral("already exists")), refuse);
                restore->click();
                onModal(boxWithButton(QStringLiteral("openRestoredButton")), [](QWidget *box) {
                    box->findChild<QPushButton *>(QStringLiteral("openRestoredButton"))->click();
                });
                restore->click();
            });
        QAction *action = window->findChild<QAction *>(QStringLiteral("restoreFromBackupAction"));
        QVERIFY(action && action->isEnabled());
        action->trigger();

        QCOMPARE(dates.size(), 3);
        QCOMPARE(kinds,
                 (QStringList { QStringLiteral("Daily"), QStringLiteral("Daily"),
                                QStringLiteral("Before upgrade") }));
        for (const QString &size : std::as_const(sizes))
            QVERIFY2(size.contains(QStringLiteral("KiB")) || size.contains(QStringLiteral("MiB")),
                     qPrintable(size));
        QVERIFY(dates.at(0).contains(QStringLiteral("2026")));
        QCOMPARE(refusals, 2);
        QCOMPARE(suggestions.value(0),
                 path(QStringLiteral("restore-me-restored-2026-03-01.cohort")));
        QTRY_COMPARE(window->database()->filePath(), target);
        QVERIFY(!window->database()->isReadOnly());
        QCOMPARE(groupNames(target), QStringList { QStringLiteral("First") });
        // Neither the workspace nor the existing file was written.
        QCOMPARE(groupNames(shop).size(), 3);
        QFile file(existing);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("keep me"));
    }

    /// The restore dialog shows when each copy was made in the workspace's zone, like every
    /// other time of the workspace, whatever the computer's zone.
    void restoreDialogShowsBackupTimesInTheWorkspaceZone()
    {
        const QString shop = path(QStringLiteral("zoned.cohort"));
        {
            Database db;
            QVERIFY(!db.open(shop, Database::OpenMode::CreateOrOpen).isError());
            QVERIFY(db.setTimeZoneId(QStringLiteral("Pacific/Kiritimati"))); // UTC+14
            QVERIFY(addGroup(db, QStringLiteral("First")));
            m_now = utc(2026, 3, 1, 20); // 2 March, 10:00 in the workspace
            QVERIFY(backups()->backupNow(db, BackupManager::Reason::Manual));
        }
        auto window = makeWindow();
        QVERIFY(window);
        QVERIFY(window->openWorkspace(shop));
        QVERIFY(settle(*window));
        QString date;
        onModal([](QWidget *w) { return qobject_cast<RestoreBackupDialog *>(w) != nullptr; },
                [&](QWidget *modal) {
                    auto *list = modal->findChild<QTreeWidget *>(QStringLiteral("backupList"));
                    date = list->topLevelItemCount() > 0 ? list->topLevelItem(0)->text(0)
                                                         : QStringLiteral("(none)");
                    qobject_cast<QDialog *>(modal)->reject();
                });
        window->findChild<QAction *>(QStringLiteral("restoreFromBackupAction"))->trigger();
        QTRY_VERIFY(!date.isEmpty());
        const QLocale locale;
        const QString expected = locale.toString(QDate(2026, 3, 2), QLocale::LongFormat)
            + QLatin1Char(' ') + locale.toString(QTime(10, 0), QLocale::ShortFormat);
        QCOMPARE(date, expected);
    }

    void kindLabelsFollowTheRotation()
    {
        using Reason = BackupManager::Reason;
        // Newest first: 9 daily copies from Friday 20 March back to 12 March, then older ones.
        QList<BackupManager::Entry> entries;
        for (int day = 20; day >= 12; --day)
            entries.append({ QString(), utc(2026, 3, day, 12), 1, Reason::Daily });
        entries.append({ QString(), utc(2026, 2, 10, 12), 1, Reason::Daily });
        entries.append({ QString(), utc(2026, 2, 5, 12), 1, Reason::Manual });
        entries.append({ QString(), utc(2026, 2, 1, 12), 1, Reason::BeforeMigration });
        entries.append({ QString(), utc(2026, 1, 20, 12), 1, Reason::Daily });
        entries.append({ QString(), utc(2025, 12, 10, 12), 1, Reason::Daily });
        const QStringList labels = RestoreBackupDialog::kindLabels(entries);
        const QString daily = QStringLiteral("Daily");
        QCOMPARE(labels,
                 (QStringList { daily, daily, daily, daily, daily, daily, daily,
                                // 13 and 12 March: past the 7 days, in a week that has a
                                // daily copy; the next rotation removes them
                                daily, daily,
                                QStringLiteral("Weekly"), // ISO week 7
                                QStringLiteral("Manual"), // week 6, the fourth week
                                QStringLiteral("Before upgrade"),
                                QStringLiteral("Monthly"), // weeks used up: January
                                QStringLiteral("Monthly") })); // December
    }

    void damagedWorkspaceOffersTheLatestGoodBackup_data()
    {
        QTest::addColumn<qint64>("offset");
        QTest::newRow("damaged pages") << qint64(4096); // quick_check fails
        QTest::newRow("unreadable header") << qint64(0);
    }

    void damagedWorkspaceOffersTheLatestGoodBackup()
    {
        QFETCH(qint64, offset);
        const QString name = QStringLiteral("precious-%1").arg(offset);
        const QString precious = path(name + QStringLiteral(".cohort"));
        {
            Database db;
            QVERIFY(!db.open(precious, Database::OpenMode::CreateOrOpen).isError());
            QVERIFY(addGroup(db, QStringLiteral("Saved")));
            QVERIFY(backups()->backupNow(db, BackupManager::Reason::Daily));
            QVERIFY(addGroup(db, QStringLiteral("Lost with the damage")));
        }
        {
            QFile file(precious);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.size() > 3 * 4096);
            file.seek(offset);
            file.write(QByteArray(int(file.size() - offset), '\x5A'));
        }
        const QByteArray damaged = fileHash(precious);

        auto window = makeWindow();
        QVERIFY(window);
        Database *before = window->database();
        const QString target = path(name + QStringLiteral("-restored.cohort"));
        window->setNewFileChooser([&](const QString &, const QString &) { return target; });
        QSignalSpy found(window.get(), &MainWindow::damagedWorkspaceFound);
        QString told;
        onModal(boxWithButton(QStringLiteral("restoreBackupButton")), [&](QWidget *modal) {
            auto *box = qobject_cast<QMessageBox *>(modal);
            told = box->text() + QLatin1Char('\n') + box->informativeText();
            box->findChild<QPushButton *>(QStringLiteral("restoreBackupButton"))->click();
        });
        // Not opened: the backup is looked for, offered and restored, and that copy opens.
        QVERIFY(!window->openWorkspace(precious));
        QTRY_COMPARE(window->database()->filePath(), target);
        QCOMPARE(found.count(), 1);
        QVERIFY(!found.at(0).at(1).toString().isEmpty());
        QVERIFY2(told.contains(name) && told.contains(QStringLiteral("left as it is")),
                 qPrintable(told));
        QVERIFY(window->database() != before);
        QCOMPARE(window->database()->filePath(), target);
        QVERIFY(!window->database()->isReadOnly());
        QCOMPARE(groupNames(target), QStringList { QStringLiteral("Saved") });
        QCOMPARE(fileHash(precious), damaged);
    }

    void damagedWorkspaceWithoutBackupKeepsTheOpenOne()
    {
        const QString lone = path(QStringLiteral("lone.cohort"));
        {
            Database db;
            QVERIFY(!db.open(lone, Database::OpenMode::CreateOrOpen).isError());
            QVERIFY(addGroup(db, QStringLiteral("Only copy")));
        }
        {
            QFile file(lone);
            QVERIFY(file.open(QIODevice::ReadWrite));
            file.seek(4096);
            file.write(QByteArray(int(file.size() - 4096), '\x5A'));
        }
        auto window = makeWindow();
        QVERIFY(window);
        Database *before = window->database();
        QString told;
        QString message;
        QString details;
        onModal([](QWidget *w) { return qobject_cast<QMessageBox *>(w) != nullptr; },
                [&](QWidget *modal) {
                    auto *box = qobject_cast<QMessageBox *>(modal);
                    told = box->informativeText();
                    message = box->text();
                    details = box->detailedText();
                    QVERIFY(!box->findChild<QPushButton *>(QStringLiteral("restoreBackupButton")));
                    box->accept();
                });
        QVERIFY(!window->openWorkspace(lone));
        QTRY_VERIFY2(told.contains(QStringLiteral("No backup")), qPrintable(told));
        QVERIFY2(message.contains(lone) && !message.contains(QLatin1Char('\n')),
                 qPrintable(message));
        QCOMPARE(window->database(), before);
    }

    void damagedWorkspaceFindingsAreBehindShowDetails()
    {
        const QString damaged = path(QStringLiteral("findings.cohort"));
        {
            Database db;
            QVERIFY(!db.open(damaged, Database::OpenMode::CreateOrOpen).isError());
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode=DELETE"))); // all in the file
            QVERIFY(q.exec(QStringLiteral("BEGIN")));
            for (int i = 0; i < 20000; ++i) {
                q.prepare(QStringLiteral("INSERT INTO tags (name) VALUES (?)"));
                q.addBindValue(QStringLiteral("tag %1 with some padding to fill pages").arg(i));
                QVERIFY(q.exec());
            }
            QVERIFY(q.exec(QStringLiteral("COMMIT")));
        }
        {
            // Bits flipped over the second half of the pages: quick_check reads the file and
            // lists finding after finding (clearing whole pages fails before it can).
            QFile file(damaged);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QByteArray bytes = file.readAll();
            const int page = (uchar(bytes.at(16)) << 8) | uchar(bytes.at(17));
            const qsizetype pages = bytes.size() / page;
            QVERIFY(pages > 4);
            for (qsizetype p = pages / 2; p < pages; ++p) {
                for (int i = 0; i < page; i += 97)
                    bytes[p * page + i] = char(bytes.at(p * page + i) ^ 0xFF);
            }
            QVERIFY(file.seek(0));
            QCOMPARE(file.write(bytes), bytes.size());
        }
        auto window = makeWindow();
        QVERIFY(window);
        QString message;
        QString details;
        onModal([](QWidget *w) { return qobject_cast<QMessageBox *>(w) != nullptr; },
                [&](QWidget *modal) {
                    auto *box = qobject_cast<QMessageBox *>(modal);
                    message = box->text();
                    details = box->detailedText();
                    box->accept();
                });
        // The schema and meta pages are intact, so it opens; the whole-file check runs behind the
        // shown data, finds the damage and closes it (a private scratch workspace takes its
        // place, as at start-up without one).
        QSignalSpy checked(window->workspace(), &WorkspaceController::integrityCheckFinished);
        QVERIFY(window->openWorkspace(damaged));
        QVERIFY(checked.wait(30000));
        QCOMPARE(checked.at(0).at(0).toBool(), false);
        QTRY_VERIFY(window->database() && window->database()->isInMemory());
        // One line names the file and what is wrong; quick_check's findings are the details. The
        // search for a good backup runs in the background, so the box comes a little later.
        QTRY_VERIFY2(message.contains(damaged) && !message.contains(QLatin1Char('\n')),
                     qPrintable(message));
        QVERIFY2(details.count(QLatin1Char('\n')) >= 1, qPrintable(message));
    }

    void droppingAWorkspaceFileOpensIt()
    {
        const QString dropped = path(QStringLiteral("dropped.cohort"));
        const QString notes = path(QStringLiteral("chat.txt"));
        {
            Database db;
            QVERIFY(!db.open(dropped, Database::OpenMode::CreateOrOpen).isError());
            QFile file(notes);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("12/03/2026, 10:00 - Ann: hello\n");
        }
        auto window = makeWindow();
        QVERIFY(window);
        Database *before = window->database();
        const QPoint at = window->rect().center();

        // A chat export goes to the import wizard: the workspace stays.
        QMimeData chat;
        chat.setUrls({ QUrl::fromLocalFile(notes) });
        QDragEnterEvent chatEnter(at, Qt::CopyAction, &chat, Qt::LeftButton, Qt::NoModifier);
        chatEnter.ignore();
        QApplication::sendEvent(window.get(), &chatEnter);
        QDropEvent chatDrop(at, Qt::CopyAction, &chat, Qt::LeftButton, Qt::NoModifier);
        chatDrop.ignore();
        QApplication::sendEvent(window.get(), &chatDrop);
        QCoreApplication::processEvents();
        QCOMPARE(window->database(), before);
        QTRY_VERIFY(window->findChild<ImportWizard *>() != nullptr);
        qDeleteAll(window->findChildren<ImportWizard *>());

        QMimeData mime;
        mime.setUrls({ QUrl::fromLocalFile(notes), QUrl::fromLocalFile(dropped) });
        QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        enter.ignore();
        QApplication::sendEvent(window.get(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        drop.ignore();
        QApplication::sendEvent(window.get(), &drop);
        QVERIFY(drop.isAccepted());
        QTRY_COMPARE(window->database()->filePath(), dropped);
        QVERIFY(window->workspaceLock() && window->workspaceLock()->isLocked());
    }

    void staleLockAfterACrashIsRecovered()
    {
        const QString crashed = path(QStringLiteral("crashed.cohort"));
        {
            Database db;
            QVERIFY(!db.open(crashed, Database::OpenMode::CreateOrOpen).isError());
        }
        QProcess child;
        child.start(QCoreApplication::applicationFilePath(),
                    { QStringLiteral("--hold-lock"), crashed });
        QVERIFY(child.waitForStarted());
        QVERIFY(child.waitForReadyRead(10000));
        QCOMPARE(child.readLine().trimmed(), QByteArray("locked"));
        child.kill(); // SIGKILL: the lock file stays behind
        QVERIFY(child.waitForFinished());
        QVERIFY(QFileInfo::exists(WorkspaceLock::lockPathFor(crashed)));

        auto window = makeWindow();
        QVERIFY(window);
        bool asked = false;
        window->setReadOnlyPrompt([&](const QString &) {
            asked = true;
            return true;
        });
        QVERIFY(window->openWorkspace(crashed));
        QVERIFY(!asked); // nobody to ask about: the crashed holder is gone
        QVERIFY(!window->database()->isReadOnly());
        QVERIFY(window->workspaceLock() && window->workspaceLock()->isLocked());
        QCOMPARE(window->workspaceLock()->holder()->pid, QCoreApplication::applicationPid());
    }

    void versionTextNamesCohortQtSqliteAndLicence()
    {
        const QString text = MainWindow::versionText();
        QVERIFY2(text.contains(QStringLiteral(COHORT_VERSION)), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Qt ") + QString::fromLatin1(qVersion())),
                 qPrintable(text));
        QVERIFY2(text.contains(QRegularExpression(QStringLiteral("SQLite 3\\.\\d+\\.\\d+"))),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("GPL-3.0-or-later")), qPrintable(text));
    }

    void versionOptionNeedsNoDisplay()
    {
        QProcess cohort;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        env.insert(QStringLiteral("HOME"), m_dir.path());
        cohort.setProcessEnvironment(env);
        cohort.start(QStringLiteral(COHORT_GUI), { QStringLiteral("--version") });
        QVERIFY(cohort.waitForFinished(30000));
        QCOMPARE(cohort.exitStatus(), QProcess::NormalExit);
        QCOMPARE(cohort.exitCode(), 0);
        const QString out = QString::fromUtf8(cohort.readAllStandardOutput());
        QVERIFY2(out.startsWith(QStringLiteral("Cohort ") + QStringLiteral(COHORT_VERSION)),
                 qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("Qt ")) && out.contains(QStringLiteral("SQLite 3.")),
                 qPrintable(out));
    }

    void aboutShowsVersionsAndLicence()
    {
        auto window = makeWindow();
        QVERIFY(window);
        QString shown;
        onModal([](QWidget *w) { return qobject_cast<QMessageBox *>(w) != nullptr; },
                [&](QWidget *modal) {
                    auto *box = qobject_cast<QMessageBox *>(modal);
                    shown = box->text() + box->informativeText();
                    box->accept();
                });
        QAction *about = nullptr;
        const QList<QAction *> actions = window->findChildren<QAction *>();
        for (QAction *action : actions)
            about = action->menuRole() == QAction::AboutRole ? action : about;
        QVERIFY(about);
        about->trigger();
        QVERIFY2(shown.contains(QStringLiteral(COHORT_VERSION)), qPrintable(shown));
        QVERIFY2(shown.contains(QString::fromLatin1(qVersion())), qPrintable(shown));
        QVERIFY2(shown.contains(QStringLiteral("SQLite 3.")), qPrintable(shown));
        QVERIFY2(shown.contains(QStringLiteral("General Public License")), qPrintable(shown));
    }
};

int main(int argc, char **argv)
{
    if (argc == 3 && std::strcmp(argv[1], "--hold-lock") == 0)
        return holdLock(argc, argv);
    QApplication app(argc, argv);
    TestDataSafety test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_datasafety.moc"
