#include "storage/database.h"
#include "storage/grouprepository.h"
#include "storage/serveraddress.h"
#include "storage/serverchangelistener.h"
#include "testpostgres.h"
#include "ui/languagemanager.h"
#include "ui/mainwindow.h"
#include "ui/team/serverconnectdialog.h"
#include "ui/workspacecontroller.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStatusBar>
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
