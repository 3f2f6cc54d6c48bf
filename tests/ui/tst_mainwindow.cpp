#include "models/sqlpagedtablemodel.h"
#include "storage/database.h"
#include "storage/grouprepository.h"
#include "storage/memberrepository.h"
#include "storage/workspacelock.h"
#include "ui/groups/grouppane.h"
#include "ui/languagemanager.h"
#include "ui/importwizard/importwizard.h"
#include "ui/mainwindow.h"
#include "ui/members/memberpane.h"
#include "ui/violations/violationpane.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace cohort;

/// Drives the real main window: a group made through its dialog, search, undo/redo, language
/// switching and a refused file.
class TestMainWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QObject m_modalWatchers;
    QTimer m_strayModals; ///< closes a dialog that no onNextModal() handler expects
    QPointer<QWidget> m_strayCandidate;
    int m_strayTicks = 0;

    static QAction *actionWithShortcut(QWidget *window, QKeySequence::StandardKey key)
    {
        const QList<QAction *> actions = window->findChildren<QAction *>();
        for (QAction *action : actions) {
            if (action->shortcuts().contains(QKeySequence(key)))
                return action;
        }
        return nullptr;
    }

    /// Runs `handler` on the next modal dialog once it is shown. Timers left over by a failed
    /// test are dropped in cleanup(), so they cannot act on a later test's dialogs.
    void onNextModal(std::function<void(QWidget *)> handler)
    {
        auto *timer = new QTimer(&m_modalWatchers);
        timer->setInterval(20);
        QObject::connect(timer, &QTimer::timeout, timer, [this, timer, handler] {
            QWidget *modal = QApplication::activeModalWidget();
            // Keys typed before the dialog is the active window go to the window below it.
            if (modal && modal->isActiveWindow()) {
                timer->stop();
                timer->deleteLater();
                handler(modal);
                // A handler whose keys did not close the dialog (e.g. on a starved machine) must
                // fail the test, not hang it: close what is still open after a while.
                QPointer<QWidget> left(modal);
                QTimer::singleShot(15000, &m_modalWatchers, [left] {
                    if (left && left->isVisible()) {
                        qWarning("A dialog stayed open after its handler; closing it.");
                        if (auto *dialog = qobject_cast<QDialog *>(left.data()))
                            dialog->reject();
                        else
                            left->close();
                    }
                });
            }
        });
        timer->start();
    }

    static QString nameAt(const SqlPagedTableModel *model, int row)
    {
        return model->index(row, model->columnOf(QStringLiteral("name"))).data().toString();
    }

    static std::unique_ptr<MainWindow> makeWindow(LanguageManager *languages)
    {
        auto window = std::make_unique<MainWindow>(languages);
        auto db = std::make_unique<Database>();
        if (db->openInMemory().isError())
            return nullptr;
        window->setWorkspace(std::move(db));
        window->show();
        window->activateWindow();
        if (!QTest::qWaitForWindowActive(window.get()))
            return nullptr;
        return window;
    }

private Q_SLOTS:
    void cleanup()
    {
        const QList<QTimer *> timers = m_modalWatchers.findChildren<QTimer *>();
        qDeleteAll(timers);
    }

    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
        QCoreApplication::setOrganizationName(QStringLiteral("CohortTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
        // On a starved machine a key meant for a dialog can reach the table after the dialog
        // closed and open a second one that no handler expects; its exec() would hang the whole
        // run. A modal that stays open for 5 s with no handler waiting is closed (with a warning),
        // so the test's own checks decide.
        m_strayModals.setInterval(250);
        connect(&m_strayModals, &QTimer::timeout, this, [this] {
            QWidget *modal = QApplication::activeModalWidget();
            const bool expected = !m_modalWatchers.findChildren<QTimer *>().isEmpty();
            if (!modal || expected || modal != m_strayCandidate) {
                m_strayCandidate = expected ? nullptr : modal;
                m_strayTicks = 0;
                return;
            }
            if (++m_strayTicks < 20)
                return;
            qWarning("A dialog nobody expected stayed open; closing it.");
            if (auto *dialog = qobject_cast<QDialog *>(modal))
                dialog->reject();
            else
                modal->close();
            m_strayTicks = 0;
        });
        m_strayModals.start();
    }

    /// Every pane has a keyboard shortcut, each a different one: Ctrl+1 … Ctrl+0 for the first
    /// ten, Alt+1, Alt+2 for Ledger and Violations.
    void everyPaneHasAShortcut()
    {
        LanguageManager languages;
        auto window = makeWindow(&languages);
        QVERIFY(window);
        QList<QKeySequence> keys;
        for (int i = 0; i < window->paneCount(); ++i) {
            keys << (i < 9        ? QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i))
                         : i == 9 ? QKeySequence(Qt::CTRL | Qt::Key_0)
                                  : QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + i - 10)));
        }
        QCOMPARE(keys.last(), QKeySequence(Qt::ALT | Qt::Key_2));
        const QList<QAction *> actions = window->findChildren<QAction *>();
        for (const QKeySequence &key : std::as_const(keys)) {
            int found = 0;
            for (const QAction *action : actions)
                found += action->shortcuts().contains(key);
            QVERIFY2(found == 1, qPrintable(key.toString()));
        }
        for (QAction *action : actions) {
            if (action->shortcuts().contains(keys.last()))
                action->trigger();
        }
        QCOMPARE(window->currentPane(), static_cast<TablePane *>(window->violations()));
    }

    void createSearchUndoRedo()
    {
        LanguageManager languages;
        auto window = makeWindow(&languages);
        QVERIFY(window);
        auto *pane = qobject_cast<GroupPane *>(window->currentPane());
        QVERIFY(pane);
        SqlPagedTableModel *model = pane->listModel();
        QTRY_COMPARE(model->rowCount(), 0);

        bool okWasEnabledEmpty = true;
        onNextModal([&](QWidget *modal) {
            auto *dialog = qobject_cast<QDialog *>(modal);
            auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
            auto *buttons = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
            okWasEnabledEmpty = buttons->button(QDialogButtonBox::Ok)->isEnabled();
            QTest::keyClicks(name, QStringLiteral("Reading club"));
            QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("mainBusinessEdit")),
                             QStringLiteral("Picture books"));
            QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
        });
        pane->addItemAction()->trigger();
        QVERIFY(!okWasEnabledEmpty);
        QTRY_COMPARE(model->rowCount(), 1);
        QTRY_COMPARE(nameAt(model, 0), QStringLiteral("Reading club"));
        QCOMPARE(
            model->index(0, model->columnOf(QStringLiteral("main_business"))).data().toString(),
            QStringLiteral("Picture books"));

        // A second group so the search has something to filter out.
        onNextModal([&](QWidget *modal) {
            QTest::keyClicks(modal->findChild<QLineEdit *>(QStringLiteral("nameEdit")),
                             QStringLiteral("Snack lovers"));
            QTest::keyClick(modal, Qt::Key_Return);
        });
        pane->addItemAction()->trigger();
        QTRY_COMPARE(model->rowCount(), 2);
        // The status bar counts the list shown, in the background.
        auto *count = window->findChild<QLabel *>(QStringLiteral("listCountLabel"));
        QVERIFY(count);
        QTRY_COMPARE(count->text(), QStringLiteral("2 group(s)"));

        QAction *find = actionWithShortcut(window.get(), QKeySequence::Find);
        QVERIFY(find);
        // The offscreen platform does not give activation back when a dialog closes.
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        find->trigger();
        QTRY_VERIFY(pane->searchEdit()->hasFocus());
        QTest::keyClicks(pane->searchEdit(), QStringLiteral("club"));
        QTRY_COMPARE(model->rowCount(), 1);
        QTRY_COMPARE(nameAt(model, 0), QStringLiteral("Reading club"));
        QTRY_COMPARE(count->text(), QStringLiteral("1 group(s)"));
        window->showPane(1); // Members: that list's count
        QTRY_COMPARE(count->text(), QStringLiteral("0 member(s)"));
        window->showPane(0);
        QCOMPARE(count->text(), QStringLiteral("1 group(s)"));

        QAction *undo = actionWithShortcut(window.get(), QKeySequence::Undo);
        QAction *redo = actionWithShortcut(window.get(), QKeySequence::Redo);
        QVERIFY(undo && redo);
        undo->trigger(); // removes "Snack lovers"
        undo->trigger(); // removes the reading club
        QTRY_COMPARE(model->rowCount(), 0);
        redo->trigger();
        QTRY_COMPARE(model->rowCount(), 1);
        QTRY_COMPARE(nameAt(model, 0), QStringLiteral("Reading club"));

        pane->searchEdit()->clear();
        QTRY_COMPARE(model->filter().text, QString());
        QTRY_COMPARE(model->rowCount(), 1);
        redo->trigger();
        QTRY_COMPARE(model->rowCount(), 2);
        QTRY_COMPARE(count->text(), QStringLiteral("2 group(s)"));
    }

    void editAndDeleteWithConfirmation()
    {
        LanguageManager languages;
        auto window = makeWindow(&languages);
        auto *pane = qobject_cast<GroupPane *>(window->currentPane());
        onNextModal([](QWidget *modal) {
            QTest::keyClicks(modal->findChild<QLineEdit *>(QStringLiteral("nameEdit")),
                             QStringLiteral("A"));
            QTest::keyClick(modal, Qt::Key_Return);
        });
        pane->addItemAction()->trigger();
        QTRY_COMPARE(pane->listModel()->rowCount(), 1);

        pane->view()->selectRow(0);
        onNextModal([](QWidget *modal) {
            auto *name = modal->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
            name->selectAll();
            QTest::keyClicks(name, QStringLiteral("B"));
            QTest::keyClick(modal, Qt::Key_Return);
        });
        const QPoint cell = pane->view()->visualRect(pane->listModel()->index(0, 0)).center();
        QTest::mouseClick(pane->view()->viewport(), Qt::LeftButton, {}, cell);
        QTest::mouseDClick(pane->view()->viewport(), Qt::LeftButton, {}, cell);
        QTRY_COMPARE(nameAt(pane->listModel(), 0), QStringLiteral("B"));

        // Enter on the current row opens the same dialog.
        onNextModal([](QWidget *modal) {
            auto *name = modal->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
            name->selectAll();
            QTest::keyClicks(name, QStringLiteral("C"));
            QTest::keyClick(modal, Qt::Key_Return);
        });
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        pane->view()->setFocus();
        QTest::keyClick(pane->view(), Qt::Key_Return);
        QTRY_COMPARE(nameAt(pane->listModel(), 0), QStringLiteral("C"));
        window->undoStack()->undo();
        QTRY_COMPARE(nameAt(pane->listModel(), 0), QStringLiteral("B"));

        pane->view()->selectRow(0);
        QString question;
        onNextModal([&question](QWidget *modal) {
            auto *box = qobject_cast<QMessageBox *>(modal);
            question = box->text();
            box->button(QMessageBox::Yes)->click();
        });
        pane->deleteItemsAction()->trigger();
        QVERIFY2(question.contains(QLatin1Char('1')), qPrintable(question));
        QTRY_COMPARE(pane->listModel()->rowCount(), 0);
        window->undoStack()->undo();
        QTRY_COMPARE(pane->listModel()->rowCount(), 1);
        QTRY_COMPARE(nameAt(pane->listModel(), 0), QStringLiteral("B"));
    }

    void memberFilters()
    {
        LanguageManager languages;
        auto window = makeWindow(&languages);
        Database &db = *window->database();
        Group reading;
        reading.name = QStringLiteral("Reading");
        Group snacks;
        snacks.name = QStringLiteral("Snacks");
        QVERIFY(GroupRepository(db).insert(reading) && GroupRepository(db).insert(snacks));
        MemberRepository members(db);
        Member ann;
        ann.displayName = QStringLiteral("Ann");
        ann.tags = { QStringLiteral("vip") };
        ann.sourceChannel = SourceChannel::StoreQr;
        Member bob;
        bob.displayName = QStringLiteral("Bob");
        QVERIFY(members.insert(ann) && members.insert(bob));
        QVERIFY(members.setMemberships(
            ann.id,
            { { reading.id, ann.id, MemberRole::SeedUser, QDateTime::currentDateTimeUtc(), {} } }));
        QVERIFY(members.setMemberships(
            bob.id,
            { { snacks.id, bob.id, MemberRole::Member, QDateTime::currentDateTimeUtc(), {} } }));

        MemberPane *pane = nullptr;
        for (TablePane *p : window->panes())
            pane = pane ? pane : qobject_cast<MemberPane *>(p);
        QVERIFY(pane);
        window->showPane(int(window->panes().indexOf(pane)));
        SqlPagedTableModel *model = pane->listModel();
        QTRY_COMPARE(model->rowCount(), 2);

        auto choose = [](QComboBox *combo, const QVariant &data) {
            const int index = combo->findData(data);
            QVERIFY2(index >= 0, qPrintable(data.toString()));
            combo->setCurrentIndex(index);
        };
        choose(pane->groupFilter(), reading.id);
        QTRY_COMPARE(model->rowCount(), 1);
        QCOMPARE(nameAt(model, 0), QStringLiteral("Ann"));
        choose(pane->groupFilter(), qint64(0));
        QTRY_COMPARE(model->rowCount(), 2);
        choose(pane->tagFilter(), QStringLiteral("vip"));
        QTRY_COMPARE(model->rowCount(), 1);
        choose(pane->tagFilter(), QString());
        choose(pane->roleFilter(), enumKey(MemberRole::Member));
        QTRY_COMPARE(model->rowCount(), 1);
        QCOMPARE(nameAt(model, 0), QStringLiteral("Bob"));
        choose(pane->roleFilter(), QString());
        choose(pane->sourceFilter(), enumKey(SourceChannel::StoreQr));
        QTRY_COMPARE(model->rowCount(), 1);
        QCOMPARE(nameAt(model, 0), QStringLiteral("Ann"));
        choose(pane->sourceFilter(), QString());

        // Bob was in Reading once: he is among its former members, with the date he left.
        const QDateTime left = QDateTime::currentDateTimeUtc().addDays(-3);
        QVERIFY(members.setMemberships(
            bob.id,
            { { snacks.id, bob.id, MemberRole::Member, left.addDays(-30), {} },
              { reading.id, bob.id, MemberRole::Member, left.addDays(-60), left } }));
        choose(pane->groupFilter(), reading.id);
        QTRY_COMPARE(model->rowCount(), 1);
        QCOMPARE(nameAt(model, 0), QStringLiteral("Ann"));
        pane->formerFilter()->setChecked(true);
        QTRY_COMPARE(model->rowCount(), 1);
        QCOMPARE(nameAt(model, 0), QStringLiteral("Bob"));
        const int lastLeft = model->columnOf(QStringLiteral("last_left"));
        QCOMPARE(model->index(0, lastLeft).data(SqlPagedTableModel::RawValueRole).toLongLong(),
                 left.toSecsSinceEpoch());
        // With all groups: Bob is still in Snacks, so nobody is a former member of every group.
        choose(pane->groupFilter(), qint64(0));
        QTRY_COMPARE(model->rowCount(), 0);
        pane->formerFilter()->setChecked(false);
        QTRY_COMPARE(model->rowCount(), 2);
    }

    void switchLanguage()
    {
        LanguageManager languages;
        languages.setPreference(QStringLiteral("en"));
        auto window = makeWindow(&languages);
        auto *pane = qobject_cast<GroupPane *>(window->currentPane());
        const QString fileTitle = window->menuBar()->actions().first()->text();
        QCOMPARE(fileTitle, QStringLiteral("&File"));
        QCOMPARE(
            pane->listModel()
                ->headerData(pane->listModel()->columnOf(QStringLiteral("name")), Qt::Horizontal)
                .toString(),
            QStringLiteral("Name"));

        languages.setPreference(QStringLiteral("zh_CN"));
        QCoreApplication::processEvents();
        QCOMPARE(languages.currentLanguage(), QStringLiteral("zh_CN"));
        QCOMPARE(window->menuBar()->actions().first()->text(), QStringLiteral("文件(&F)"));
        QCOMPARE(
            pane->listModel()
                ->headerData(pane->listModel()->columnOf(QStringLiteral("name")), Qt::Horizontal)
                .toString(),
            QStringLiteral("名称"));
        QCOMPARE(pane->title(), QStringLiteral("群组"));

        languages.setPreference(QStringLiteral("en"));
        QCoreApplication::processEvents();
        QCOMPARE(window->menuBar()->actions().first()->text(), QStringLiteral("&File"));
    }

    void refusedFileKeepsWorkspace()
    {
        LanguageManager languages;
        auto window = makeWindow(&languages);
        Database *before = window->database();
        const QString path = m_dir.filePath(QStringLiteral("notes.cohort"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("These are my notes, not a database.\n");
        }
        QSignalSpy errors(window.get(), &MainWindow::errorShown);
        QString shown;
        onNextModal([&shown](QWidget *modal) {
            auto *box = qobject_cast<QMessageBox *>(modal);
            shown = box->text();
            box->accept();
        });
        QVERIFY(!window->openWorkspace(path));
        // Told once the search for a backup of it (off the GUI thread) found none.
        QTRY_COMPARE(errors.count(), 1);
        QTRY_VERIFY2(shown.contains(QStringLiteral("not a Cohort workspace")), qPrintable(shown));
        QCOMPARE(window->database(), before);
        QVERIFY(window->database()->isOpen());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("These are my notes, not a database.\n"));
    }

    void openAndSaveAsFileWorkspace()
    {
        LanguageManager languages;
        auto window = makeWindow(&languages);
        const QString path = m_dir.filePath(QStringLiteral("team.cohort"));
        QVERIFY(window->openWorkspace(path, Database::OpenMode::CreateOrOpen));
        QCOMPARE(window->windowFilePath(), path);
        QCOMPARE(MainWindow::recentFiles().value(0), path);
        QVERIFY(window->workspaceLock() && window->workspaceLock()->isLocked());
        // Opening the same file again keeps it, instead of finding our own lock in the way.
        QVERIFY(window->openWorkspace(path));
        QVERIFY(window->workspaceLock()->isLocked());
    }

    // macOS: a Finder double-click on a .cohort file opens it; a chat export goes to the wizard.
    void fileFromTheDesktop()
    {
        LanguageManager languages;
        auto window = makeWindow(&languages);
        const QString first = m_dir.filePath(QStringLiteral("desk-a.cohort"));
        const QString second = m_dir.filePath(QStringLiteral("desk-b.cohort"));
        QVERIFY(window->openWorkspace(first, Database::OpenMode::CreateOrOpen));
        QVERIFY(window->openWorkspace(second, Database::OpenMode::CreateOrOpen));
        window->openFromDesktop(first);
        QCOMPARE(window->windowFilePath(), first);

        const QString chat = m_dir.filePath(QStringLiteral("WhatsApp Chat with Desk.txt"));
        QFile file(chat);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("1/30/18, 10:04 - Ann: hello\n");
        file.close();
        window->openFromDesktop(chat);
        QCOMPARE(window->windowFilePath(), first); // still the same workspace
        auto *wizard = window->findChild<ImportWizard *>();
        QVERIFY(wizard);
        QVERIFY(wizard->isVisible());
        wizard->close();
    }

    void workspaceHeldElsewhereOpensReadOnlyOrNotAtAll()
    {
        const QString path = m_dir.filePath(QStringLiteral("shared.cohort"));
        {
            Database db;
            QVERIFY(!db.open(path, Database::OpenMode::CreateOrOpen).isError());
        }
        WorkspaceLock other(path); // another Cohort holds the file
        QCOMPARE(other.tryLock(), WorkspaceLock::Result::Acquired);

        LanguageManager languages;
        auto window = makeWindow(&languages);
        Database *before = window->database();
        QString asked;
        window->setReadOnlyPrompt([&](const QString &holder) {
            asked = holder;
            return false;
        });
        QVERIFY(!window->openWorkspace(path));
        QVERIFY(asked.contains(QStringLiteral("shared.cohort")));
        QCOMPARE(window->database(), before);

        window->setReadOnlyPrompt([](const QString &) { return true; });
        QVERIFY(window->openWorkspace(path));
        QVERIFY(window->database()->isReadOnly());
        QVERIFY(!window->workspaceLock()); // a read-only window holds no lock
        QVERIFY(other.isLocked());

        other.unlock();
        bool askedAgain = false;
        window->setReadOnlyPrompt([&](const QString &) {
            askedAgain = true;
            return false;
        });
        const QString second = m_dir.filePath(QStringLiteral("other.cohort"));
        QVERIFY(window->openWorkspace(second, Database::OpenMode::CreateOrOpen));
        QVERIFY(window->openWorkspace(path));
        QVERIFY(!askedAgain); // free again: no question, a writable workspace
        QVERIFY(!window->database()->isReadOnly());
        QVERIFY(window->workspaceLock()->isLocked());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
