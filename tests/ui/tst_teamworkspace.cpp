#include "models/sqlpagedtablemodel.h"
#include "storage/database.h"
#include "storage/grouprepository.h"
#include "storage/memberrepository.h"
#include "storage/orderrepository.h"
#include "storage/productrepository.h"
#include "storage/serveraddress.h"
#include "storage/serverbackup.h"
#include "storage/serverchangelistener.h"
#include "storage/serverpasswords.h"
#include "storage/teamroles.h"
#include "testpostgres.h"
#include "testsupport.h"
#include "ui/languagemanager.h"
#include "ui/mainwindow.h"
#include "ui/team/serverconnectdialog.h"
#include "ui/team/teambackupsdialog.h"
#include "ui/team/teampeopledialog.h"
#include "ui/widgets/entitypane.h"
#include "ui/workspacecontroller.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace cohort;

/// A team workspace in the window: File ▸ Connect to Team Server… composes the address, the
/// window opens it without a lock file or file backups, and no password is ever remembered.
class TestTeamWorkspace : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    LanguageManager *m_languages = nullptr;

    static QString serverWithGroup(const QString &name)
    {
        const QString address = test::createScratchDatabase();
        Database db;
        if (db.open(address, Database::OpenMode::CreateOrOpen).isError())
            return {};
        Group group;
        group.name = name;
        return GroupRepository(db).insert(group) ? address : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
        QCoreApplication::setOrganizationName(QStringLiteral("CohortTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_teamworkspace"));
        m_languages = new LanguageManager(this);
        m_languages->setPreference(QStringLiteral("en"));
    }

    void dialogComposesTheAddress()
    {
        ServerConnectDialog dialog;
        auto *host = dialog.findChild<QLineEdit *>(QStringLiteral("host"));
        auto *database = dialog.findChild<QLineEdit *>(QStringLiteral("database"));
        auto *user = dialog.findChild<QLineEdit *>(QStringLiteral("user"));
        auto *port = dialog.findChild<QSpinBox *>(QStringLiteral("port"));
        auto *tls = dialog.findChild<QComboBox *>(QStringLiteral("tls"));
        QVERIFY(host && database && user && port && tls);
        QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        user->setText(QStringLiteral("ann"));
        QVERIFY(!ok->isEnabled()); // no database yet
        database->setText(QStringLiteral("团队"));
        QVERIFY(ok->isEnabled());
        host->setText(QStringLiteral("db.example.com"));
        port->setValue(6543);
        tls->setCurrentIndex(tls->findData(QStringLiteral("verify-full")));
        QCOMPARE(dialog.address(),
                 QStringLiteral("postgresql://ann@db.example.com:6543/"
                                "%E5%9B%A2%E9%98%9F?sslmode=verify-full"));
        // A Unix socket folder: TLS does not apply there.
        host->setText(QStringLiteral("/run/pg sock"));
        QVERIFY(!tls->isEnabled());
        QCOMPARE(dialog.address(),
                 QStringLiteral("postgresql://ann@/%E5%9B%A2%E9%98%9F?host=%2Frun%2Fpg%20sock&"
                                "port=6543"));
        // The password: kept in the keychain only when one is given and the box is ticked.
        auto *remember = dialog.findChild<QCheckBox *>(QStringLiteral("rememberPassword"));
        auto *password = dialog.findChild<QLineEdit *>(QStringLiteral("password"));
        QVERIFY(remember && password);
        QCOMPARE(remember->isChecked(), ServerPasswords::isAvailable());
        QVERIFY(!dialog.rememberPassword());
        password->setText(QStringLiteral("pw"));
        QCOMPARE(dialog.rememberPassword(), ServerPasswords::isAvailable());
        remember->setChecked(false);
        QVERIFY(!dialog.rememberPassword());
        QVERIFY(!dialog.address().contains(QStringLiteral("pw")));
        QVERIFY(dialog.addressWithPassword().endsWith(QStringLiteral("&password=pw")));
        // And back: the recent list's address fills the fields again.
        ServerConnectDialog again;
        again.setAddress(QStringLiteral("postgresql://bo@h:7000/shop?sslmode=require"));
        QCOMPARE(again.address(), QStringLiteral("postgresql://bo@h:7000/shop?sslmode=require"));
    }

    void windowOpensATeamWorkspace()
    {
        COHORT_REQUIRE_POSTGRES();
        const QString address = serverWithGroup(QStringLiteral("团购 1 群"));
        QVERIFY(!address.isEmpty());
        MainWindow window(m_languages);
        window.show();
        QVERIFY(window.findChild<QAction *>(QStringLiteral("connectToServerAction")));
        // A password in the address (trust authentication here lets it through) is used for
        // this connection and never remembered.
        const QString withPassword = address + QStringLiteral("&password=s3cret-pw");
        QVERIFY(window.openWorkspace(withPassword));
        Database *db = window.database();
        QVERIFY(db && db->isServer());
        QCOMPARE(GroupRepository(*db).all().value(0).name, QStringLiteral("团购 1 群"));
        QVERIFY(!window.workspace()->workspaceLock());
        QVERIFY(!window.workspace()->backups());
        const QString name = address.section(QLatin1Char('?'), 0, 0).section(QLatin1Char('/'), -1);
        QVERIFY2(window.windowTitle().contains(name), qPrintable(window.windowTitle()));
        const QStringList recent = WorkspaceController::recentFiles();
        QCOMPARE(recent.value(0), ServerAddress::parse(address).toDisplayString());
        QSettings().sync();
        QFile settings(QSettings().fileName());
        QVERIFY(settings.open(QIODevice::ReadOnly));
        QVERIFY(!settings.readAll().contains("s3cret"));
        QVERIFY(!db->filePath().contains(QStringLiteral("s3cret")));
        // The whole-file check has nothing to check on a server and finds nothing wrong.
        QTRY_VERIFY(!window.workspace()->isCheckingIntegrity());
    }

    /// A dropped connection is said in the status bar, and so is the reconnect and reload that
    /// follow by themselves.
    void windowSaysALostConnection()
    {
        COHORT_REQUIRE_POSTGRES();
        const QString address = serverWithGroup(QStringLiteral("团购 2 群"));
        QVERIFY(!address.isEmpty());
        MainWindow window(m_languages);
        window.show();
        QVERIFY(window.openWorkspace(address));
        Database *db = window.database();
        QVERIFY(db);
        auto *listener = db->findChild<ServerChangeListener *>();
        QVERIFY(listener && listener->isListening());
        listener->setHeartbeatInterval(100);
        QStringList shown;
        connect(window.statusBar(), &QStatusBar::messageChanged, this,
                [&shown](const QString &message) {
                    if (!message.isEmpty())
                        shown << message;
                });
        qint64 pid = -1;
        {
            QSqlQuery query(db->connection());
            QVERIFY(query.exec(QStringLiteral("SELECT pg_backend_pid()")) && query.next());
            pid = query.value(0).toLongLong();
        }
        Database other;
        QVERIFY(!other.open(address).isError());
        {
            QSqlQuery kill(other.connection());
            QVERIFY(kill.exec(QStringLiteral("SELECT pg_terminate_backend(%1)").arg(pid)));
        }
        QTRY_VERIFY_WITH_TIMEOUT(shown.contains(QStringLiteral("Reconnected to the team server; "
                                                               "reloaded.")),
                                 5000);
        QCOMPARE(shown.value(shown.size() - 2),
                 QStringLiteral("Lost the connection to the team server; reconnecting…"));
        QVERIFY(listener->isListening());
        QCOMPARE(GroupRepository(*db).all().value(0).name, QStringLiteral("团购 2 群"));
    }

    /// File ▸ Publish to Team Server…: the open file is copied into an empty team database in
    /// the background; a second publish into it is refused, and a cancelled one copies nothing.
    void publishesTheOpenWorkspace()
    {
        COHORT_REQUIRE_POSTGRES();
        const QString path = m_dir.filePath(QStringLiteral("publish-me.cohort"));
        {
            Database local;
            QVERIFY(!local.open(path, Database::OpenMode::CreateOrOpen).isError());
            Group group;
            group.name = QStringLiteral("发布 群");
            QVERIFY(GroupRepository(local).insert(group));
        }
        MainWindow window(m_languages);
        window.show();
        QVERIFY(window.openWorkspace(path));
        auto *publish = window.findChild<QAction *>(QStringLiteral("publishToServerAction"));
        QVERIFY(publish && publish->isEnabled());
        QVERIFY(!window.findChild<QAction *>(QStringLiteral("teamPeopleAction"))->isEnabled());
        WorkspaceController *controller = window.workspace();
        QSignalSpy finished(controller, &WorkspaceController::publishFinished);

        const QString address = test::createScratchDatabase();
        controller->publishTo(address);
        QVERIFY(finished.wait(60000));
        QVERIFY2(finished.last().at(0).toBool(), qPrintable(finished.last().at(2).toString()));
        {
            Database team;
            QVERIFY(!team.open(address).isError());
            QCOMPARE(GroupRepository(team).all().value(0).name, QStringLiteral("发布 群"));
        }

        // Not into a workspace again.
        controller->publishTo(address);
        QVERIFY(finished.wait(60000));
        QVERIFY(!finished.last().at(0).toBool() && !finished.last().at(1).toBool());
        QVERIFY(!finished.last().at(2).toString().isEmpty());

        // Cancelled at once: nothing copied, and the database takes a publish later.
        const QString other = test::createScratchDatabase();
        controller->publishTo(other);
        controller->cancelPublish();
        QVERIFY(finished.wait(60000));
        QVERIFY(!finished.last().at(0).toBool() && finished.last().at(1).toBool());
        {
            Database team;
            const WorkspaceError error = team.open(other, Database::OpenMode::CreateOrOpen);
            QVERIFY2(!error.isError(), qPrintable(error.message));
            QVERIFY(GroupRepository(team).all().isEmpty());
        }
        controller->publishTo(other);
        QVERIFY(finished.wait(60000));
        QVERIFY(finished.last().at(0).toBool());

        // A team workspace is published already.
        QVERIFY(window.openWorkspace(address));
        QVERIFY(!publish->isEnabled());
    }

    /// A viewer's window offers no edits: the workspace opens read-only, and the lists grey out
    /// Add, Edit and Delete. The owner's window offers them.
    void viewerSeesNoEdits()
    {
        COHORT_REQUIRE_POSTGRES();
        const QString address = serverWithGroup(QStringLiteral("看 群"));
        QVERIFY(!address.isEmpty());
        const QString viewer
            = QStringLiteral("viewer_") + ServerAddress::parse(address).databaseName();
        {
            Database owner;
            QVERIFY(!owner.open(address).isError());
            TeamRoles team(owner);
            QVERIFY2(team.setRole(viewer, TeamRoles::Role::Viewer),
                     qPrintable(team.lastError().message));
            // An order, so the order list's status actions have something to act on.
            Member member;
            member.displayName = QStringLiteral("阿青");
            QVERIFY(MemberRepository(owner).insert(member));
            Product product;
            product.name = QStringLiteral("Tea");
            product.price = Money(1990, QStringLiteral("CNY"));
            QVERIFY(ProductRepository(owner).insert(product));
            Order order;
            order.memberId = member.id;
            order.productId = product.id;
            order.unitPrice = order.total = Money(1990, QStringLiteral("CNY"));
            order.orderedAt = QDateTime::currentDateTimeUtc();
            QVERIFY(OrderRepository(owner).insert(order));
        }
        // Whether any order status action is enabled with the first order selected.
        const auto statusEnabled = [](MainWindow &window) {
            auto *pane = window.findChild<EntityPane *>(QStringLiteral("orderPane"));
            if (!pane)
                return -1;
            auto *view = pane->findChild<QTableView *>();
            if (!view || pane->listModel()->rowCount() == 0)
                return -2;
            view->selectRow(0);
            bool any = false;
            const QList<QAction *> actions = pane->findChildren<QAction *>();
            for (QAction *action : actions) {
                if (action->objectName().startsWith(QLatin1String("markAction_")))
                    any = any || action->isEnabled();
            }
            return int(any);
        };
        const auto addEnabled = [](MainWindow &window) {
            const QList<EntityPane *> panes = window.findChildren<EntityPane *>();
            bool any = false;
            for (EntityPane *pane : panes)
                any = any || pane->addItemAction()->isEnabled();
            return panes.isEmpty() ? -1 : int(any);
        };
        MainWindow window(m_languages);
        window.show();
        QVERIFY(window.openWorkspace(address));
        QVERIFY(!window.database()->isReadOnly());
        QCOMPARE(addEnabled(window), 1);
        QTRY_COMPARE(statusEnabled(window), 1);

        QString asViewer = address;
        asViewer.replace(QStringLiteral("postgresql://cohort@"),
                         QStringLiteral("postgresql://") + viewer + QLatin1Char('@'));
        QVERIFY(window.openWorkspace(asViewer));
        QVERIFY(window.database()->isReadOnly());
        QCOMPARE(addEnabled(window), 0);
        QTRY_COMPARE(statusEnabled(window), 0);
        QVERIFY(window.findChild<QAction *>(QStringLiteral("teamPeopleAction"))->isEnabled());
        QCOMPARE(GroupRepository(*window.database()).all().value(0).name, QStringLiteral("看 群"));
    }

    /// Team ▸ People: the owner adds a person, changes their role and takes them off the team;
    /// the owner's own role is not for handing out; anyone else sees the list only.
    void peopleDialogManagesTheTeam()
    {
        COHORT_REQUIRE_POSTGRES();
        const QString address = serverWithGroup(QStringLiteral("人 群"));
        QVERIFY(!address.isEmpty());
        const QString login = QStringLiteral("p_") + ServerAddress::parse(address).databaseName();
        Database owner;
        QVERIFY(!owner.open(address).isError());
        TeamPeopleDialog dialog(owner);
        QStringList errors;
        dialog.showError = [&errors](const QString &message) { errors << message; };
        QVERIFY(dialog.canManage());
        QCOMPARE(dialog.listed(), QStringList { QStringLiteral("cohort: Owner") });
        auto *add = dialog.findChild<QPushButton *>(QStringLiteral("add"));
        auto *remove = dialog.findChild<QPushButton *>(QStringLiteral("remove"));
        QVERIFY(add && remove && add->isEnabled());

        QVERIFY(dialog.addPerson(login, TeamRoles::Role::Viewer, QStringLiteral("pw")));
        QVERIFY2(dialog.listed().contains(login + QStringLiteral(": Viewer")),
                 qPrintable(dialog.listed().join(QLatin1Char(','))));
        QVERIFY(remove->isEnabled()); // the new person is selected
        QVERIFY(dialog.setRole(login, TeamRoles::Role::Operator));
        QVERIFY(dialog.listed().contains(login + QStringLiteral(": Operator")));
        QVERIFY(errors.isEmpty());
        QVERIFY(!dialog.setRole(QStringLiteral("cohort"), TeamRoles::Role::Viewer));
        QCOMPARE(errors.size(), 1);
        QVERIFY(dialog.listed().contains(QStringLiteral("cohort: Owner")));

        // The operator sees who is on the team, and may change none of it.
        QString asOperator = address;
        asOperator.replace(QStringLiteral("postgresql://cohort@"),
                           QStringLiteral("postgresql://") + login + QLatin1Char('@'));
        {
            Database theirs;
            QVERIFY(!theirs.open(asOperator).isError());
            TeamPeopleDialog seen(theirs);
            QVERIFY(!seen.canManage());
            QVERIFY(!seen.findChild<QPushButton *>(QStringLiteral("add"))->isEnabled());
            QCOMPARE(seen.listed(), dialog.listed());
        }

        QVERIFY(dialog.removePerson(login));
        QCOMPARE(dialog.listed(), QStringList { QStringLiteral("cohort: Owner") });
        {
            // The login stays on the server, but may no longer connect to this database.
            Database gone;
            const WorkspaceError error = gone.open(asOperator);
            QCOMPARE(error.kind, WorkspaceError::Kind::Denied);
        }
    }

    /// File ▸ Restore from Backup… of a team workspace: a pg_dump backup made now, then restored
    /// into a new database, which holds the same rows; a database that holds a workspace is
    /// refused and said.
    void teamBackupsDialogBacksUpAndRestores()
    {
        COHORT_REQUIRE_POSTGRES();
        COHORT_REQUIRE_TOOL("pg_dump");
        COHORT_REQUIRE_TOOL("pg_restore");
        const QString address = serverWithGroup(QStringLiteral("备份 群"));
        QVERIFY(!address.isEmpty());
        Database db;
        QVERIFY(!db.open(address).isError());
        TeamBackupsDialog dialog(db, address);
        dialog.setBackupRoot(m_dir.filePath(QStringLiteral("team-backups")));
        QStringList said;
        dialog.say = [&said](const QString &message, bool) { said << message; };
        QCOMPARE(dialog.backupCount(), 0);
        QSignalSpy finished(&dialog, &TeamBackupsDialog::finished);
        dialog.backUpNow();
        QVERIFY(finished.wait(60000));
        QVERIFY2(finished.last().at(0).toBool(), qPrintable(said.join(QLatin1Char('\n'))));
        QCOMPARE(dialog.backupCount(), 1);

        const QString target = test::createScratchDatabase();
        dialog.askTarget = [&target] { return target; };
        QSignalSpy restored(&dialog, &TeamBackupsDialog::restored);
        dialog.selectBackup(0);
        dialog.restoreSelected();
        QVERIFY(finished.wait(60000));
        QCOMPARE(restored.size(), 1);
        QCOMPARE(restored.first().at(0).toString(), target);
        {
            Database copy;
            QVERIFY(!copy.open(target).isError());
            QCOMPARE(GroupRepository(copy).all().value(0).name, QStringLiteral("备份 群"));
        }
        dialog.restoreSelected(); // into the same database again
        QVERIFY(finished.wait(60000));
        QVERIFY(!finished.last().at(0).toBool());
        QCOMPARE(restored.size(), 1);
        QCOMPARE(said.size(), 1);
        QVERIFY2(said.first().contains(QStringLiteral("not empty")), qPrintable(said.first()));
    }

    void unreachableServerIsSaid()
    {
        COHORT_REQUIRE_POSTGRES();
        MainWindow window(m_languages);
        QString shown;
        connect(window.workspace(), &WorkspaceController::errorShown, this,
                [&shown](const QString &message) { shown = message; });
        // The error is a modal box: dismissed as soon as it shows.
        QTimer closer;
        closer.setInterval(50);
        connect(&closer, &QTimer::timeout, this, [] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
                box->accept();
        });
        closer.start();
        QTemporaryDir nowhere;
        QVERIFY(!window.openWorkspace(
            QStringLiteral("postgresql://cohort@/gone?host=%1&port=1").arg(nowhere.path())));
        QVERIFY2(shown.contains(QStringLiteral("could not connect")), qPrintable(shown));
    }
};

QTEST_MAIN(TestTeamWorkspace)
#include "tst_teamworkspace.moc"
