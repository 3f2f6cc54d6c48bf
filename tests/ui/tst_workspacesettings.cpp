#include "models/memberlistmodel.h"
#include "storage/activityrollups.h"
#include "storage/database.h"
#include "storage/memberrepository.h"
#include "ui/mainwindow.h"
#include "ui/settings/timezonestatuslabel.h"
#include "ui/settings/workspacesettingsdialog.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace cohort;

/// The workspace zone is visible and changeable: File ▸ Workspace Settings changes it (roll-ups
/// re-derived), the status bar shows it, and lists show their times in it.
class TestWorkspaceSettings : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static QPushButton *okButton(WorkspaceSettingsDialog &dialog)
    {
        return dialog.findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))
            ->button(QDialogButtonBox::Ok);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        // The main window keeps its state in the settings: not the user's.
        QVERIFY(m_dir.isValid());
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
        QCoreApplication::setOrganizationName(QStringLiteral("CohortTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_workspacesettings"));
    }

    void showsAndValidatesTheZone()
    {
        Database db;
        QVERIFY(!db.openInMemory().isError());
        QVERIFY(db.setTimeZoneId(QStringLiteral("Asia/Shanghai")));
        WorkspaceSettingsDialog dialog(db);
        QCOMPARE(dialog.timeZoneId(), QStringLiteral("Asia/Shanghai"));
        QVERIFY(okButton(dialog)->isEnabled());
        dialog.setTimeZoneId(QStringLiteral("Not/AZone"));
        QVERIFY(!okButton(dialog)->isEnabled());
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("validationLabel"))
                    ->text()
                    .contains(QStringLiteral("Not/AZone")));
        dialog.setTimeZoneId(QStringLiteral("Europe/Berlin"));
        QVERIFY(okButton(dialog)->isEnabled());
        dialog.reject();
        QCOMPARE(db.timeZoneId(), QStringLiteral("Asia/Shanghai"));
    }

    void okChangesZoneRollupsLabelAndLists()
    {
        Database db;
        QVERIFY(!db.openInMemory().isError());
        QVERIFY(db.setTimeZoneId(QStringLiteral("Asia/Shanghai")));
        Member m;
        m.displayName = QStringLiteral("Ann");
        // 2026-01-01 17:30 UTC: 2 January 01:30 in Shanghai, 1 January 09:30 in Los Angeles.
        m.firstSeen = QDateTime(QDate(2026, 1, 1), QTime(17, 30), Qt::UTC);
        QVERIFY(MemberRepository(db).insert(m));
        MemberListModel members(db);
        members.fetchMore({});
        QCOMPARE(members.rowCount(), 1);
        const int column = members.columnOf(QStringLiteral("first_seen"));
        QCOMPARE(members.index(0, column).data().toString(), QStringLiteral("1/2/26 1:30 AM"));
        TimeZoneStatusLabel label;
        label.setDatabase(&db);
        QVERIFY2(label.text().contains(QStringLiteral("Asia/Shanghai")), qPrintable(label.text()));
        QVERIFY2(label.text().contains(QStringLiteral("UTC+08:00")), qPrintable(label.text()));

        WorkspaceSettingsDialog dialog(db);
        dialog.setTimeZoneId(QStringLiteral("America/Los_Angeles"));
        dialog.accept();
        // The change runs as a job of the workspace; the dialog closes when it is done.
        QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(db.timeZoneId(), QStringLiteral("America/Los_Angeles"));
        QCOMPARE(ActivityRollups(db).countMismatches(), qint64(0));
        // The change was announced from the worker thread: let the queued signal arrive.
        QTRY_VERIFY(label.text().contains(QStringLiteral("America/Los_Angeles")));
        QTRY_COMPARE(members.index(0, column).data().toString(), QStringLiteral("1/1/26 9:30 AM"));
    }

    void fileMenuAndStatusBarOfTheMainWindow()
    {
        MainWindow window(nullptr);
        auto db = std::make_unique<Database>();
        QVERIFY(!db->openInMemory().isError());
        QVERIFY(db->setTimeZoneId(QStringLiteral("Asia/Shanghai")));
        window.setWorkspace(std::move(db));
        auto *label = window.statusBar()->findChild<TimeZoneStatusLabel *>();
        QVERIFY(label);
        QVERIFY2(label->text().contains(QStringLiteral("Asia/Shanghai")),
                 qPrintable(label->text()));
        QMenu *file = window.menuBar()->actions().first()->menu();
        bool found = false;
        const QList<QAction *> actions = file->actions();
        for (const QAction *action : actions)
            found = found || action->text() == QStringLiteral("&Workspace Settings…");
        QVERIFY(found);
        // Another workspace: the label follows it.
        auto other = std::make_unique<Database>();
        QVERIFY(!other->openInMemory().isError());
        QVERIFY(other->setTimeZoneId(QStringLiteral("Europe/Berlin")));
        window.setWorkspace(std::move(other));
        QVERIFY2(label->text().contains(QStringLiteral("Europe/Berlin")),
                 qPrintable(label->text()));
    }
};

QTEST_MAIN(TestWorkspaceSettings)
#include "tst_workspacesettings.moc"
