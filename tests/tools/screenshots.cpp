// Grabs every pane of the main window and the data-safety dialogs into PNG files, to look at
// Cohort as a user would (dark palette: COHORT_DARK_PALETTE=1; 200%: QT_SCALE_FACTOR=2).
// Usage: cohort-screenshots WORKSPACE OUTDIR [en|zh_CN]   (COHORT_SHOT_SIZE=1600x1000: window size)
#include "storage/backupmanager.h"
#include "storage/database.h"
#include "storage/grouprepository.h"
#include "ui/calendar/calendarpane.h"
#include "ui/groups/groupdialog.h"
#include "ui/groups/kpitargetseditor.h"
#include "ui/languagemanager.h"
#include "ui/mainwindow.h"
#include "ui/safety/autobackuprunner.h"
#include "ui/safety/restorebackupdialog.h"
#include "ui/settings/preferencesdialog.h"
#include "ui/team/serverconnectdialog.h"
#include "ui/widgets/darkpalette.h"
#include "ui/widgets/icontheme.h"
#include "ui/widgets/tablepane.h"

#include <QAbstractButton>
#include <QApplication>
#include <QButtonGroup>
#include <QDir>
#include <QEventLoop>
#include <QListWidget>
#include <QMessageBox>
#include <QScrollArea>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTextStream>
#include <QTimer>

using namespace cohort;

namespace {

void settle(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (argc < 3) {
        QTextStream(stderr) << "usage: cohort-screenshots WORKSPACE OUTDIR [en|zh_CN]\n";
        return 2;
    }
    const QString workspace = QString::fromLocal8Bit(argv[1]);
    const QString out = QString::fromLocal8Bit(argv[2]);
    const QString language = argc > 3 ? QString::fromLocal8Bit(argv[3]) : QStringLiteral("en");
    QDir().mkpath(out);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                       out + QStringLiteral("/settings"));
    QApplication::setOrganizationName(QStringLiteral("Cohort"));
    QApplication::setApplicationName(QStringLiteral("Cohort"));
    const bool dark = DarkPalette::applyIfRequested();
    IconTheme::installFor(QApplication::palette());
    const QString suffix = QLatin1Char('-') + language
        + (dark ? QStringLiteral("-dark") : QString())
        + (qEnvironmentVariableIsSet("QT_SCALE_FACTOR")
               ? QStringLiteral("-x") + qEnvironmentVariable("QT_SCALE_FACTOR")
               : QString());

    LanguageManager languages;
    languages.setPreference(language);
    MainWindow window(&languages);
    // A 1366×768 laptop screen less the title bar, or COHORT_SHOT_SIZE=WIDTHxHEIGHT.
    QSize size(1366, 738);
    const QStringList asked = qEnvironmentVariable("COHORT_SHOT_SIZE").split(QLatin1Char('x'));
    if (asked.size() == 2 && asked.at(0).toInt() > 0 && asked.at(1).toInt() > 0)
        size = QSize(asked.at(0).toInt(), asked.at(1).toInt());
    window.resize(size);
    window.show();
    if (!window.openWorkspace(workspace))
        return 1;
    settle(1500);
    const int panes = window.findChild<QListWidget *>(QStringLiteral("sidebar"))->count();
    for (int i = 0; i < panes; ++i) {
        window.showPane(i);
        // A selected group shows its targets and import history under the list.
        if (i == 0 && !window.panes().isEmpty())
            window.panes().first()->view()->selectRow(0);
        settle(i == int(window.panes().size()) ? 4000 : 600); // the dashboard computes
        window.grab().save(out + QStringLiteral("/pane%1").arg(i) + suffix
                           + QStringLiteral(".png"));
        // The dashboard's portfolio table is at its bottom.
        if (auto *portfolio = window.findChild<QTableWidget *>(QStringLiteral("portfolioTable"));
            portfolio && portfolio->isVisible()) {
            for (QWidget *w = portfolio->parentWidget(); w; w = w->parentWidget()) {
                if (auto *scroll = qobject_cast<QScrollArea *>(w)) {
                    scroll->ensureWidgetVisible(portfolio);
                    break;
                }
            }
            settle(400);
            window.grab().save(out + QStringLiteral("/pane%1-portfolio").arg(i) + suffix
                               + QStringLiteral(".png"));
        }
        // Below it, each group against its targets and the groups gone quiet.
        if (auto *quiet = window.findChild<QTableWidget *>(QStringLiteral("quietGroupsTable"));
            quiet && quiet->isVisible()) {
            for (QWidget *w = quiet->parentWidget(); w; w = w->parentWidget()) {
                if (auto *scroll = qobject_cast<QScrollArea *>(w)) {
                    scroll->ensureWidgetVisible(quiet);
                    break;
                }
            }
            settle(400);
            window.grab().save(out + QStringLiteral("/pane%1-positioning").arg(i) + suffix
                               + QStringLiteral(".png"));
        }
        // The month view too: its cells are the smallest.
        if (auto *calendar = window.findChild<CalendarPane *>();
            calendar && calendar->isVisible()) {
            calendar->findChild<QButtonGroup *>()->buttons().last()->click();
            // This month and the two before it, where the demo's campaigns crowd some days.
            for (int back = 0; back < 3; ++back) {
                settle(600);
                window.grab().save(out + QStringLiteral("/pane%1-month%2").arg(i).arg(back) + suffix
                                   + QStringLiteral(".png"));
                calendar->previousPeriod();
            }
        }
    }

    // The group dialog's targets, for the first group.
    if (const QList<Group> groups = GroupRepository(*window.database()).all(); !groups.isEmpty()) {
        GroupDialog dialog(&window);
        dialog.setGroup(groups.first());
        dialog.findChild<QTabWidget *>(QStringLiteral("tabs"))
            ->setCurrentWidget(dialog.targetsEditor());
        dialog.show();
        settle(300);
        dialog.grab().save(out + QStringLiteral("/group-targets") + suffix
                           + QStringLiteral(".png"));
        dialog.showGoals();
        settle(300);
        dialog.grab().save(out + QStringLiteral("/group-goals") + suffix + QStringLiteral(".png"));
        dialog.hide();
    }

    // Something to list: a copy of now, next to whatever the automatic backup made.
    window.autoBackup()->waitForIdle();
    window.backups()->backupNow(*window.database(), BackupManager::Reason::Manual);
    RestoreBackupDialog dialog(*window.backups(), workspace, {}, &window);
    dialog.show();
    settle(400);
    dialog.grab().save(out + QStringLiteral("/restore") + suffix + QStringLiteral(".png"));
    dialog.hide();

    PreferencesDialog preferences(&languages, &window);
    preferences.show();
    settle(400);
    preferences.grab().save(out + QStringLiteral("/preferences") + suffix + QStringLiteral(".png"));
    preferences.hide();

    ServerConnectDialog connect(&window);
    connect.setAddress(QStringLiteral("postgresql://ann@db.example.com:5432/shop?sslmode=require"));
    connect.show();
    settle(400);
    connect.grab().save(out + QStringLiteral("/connect") + suffix + QStringLiteral(".png"));
    connect.hide();

    QTimer::singleShot(800, &app, [&] {
        if (QWidget *box = QApplication::activeModalWidget()) {
            box->grab().save(out + QStringLiteral("/about") + suffix + QStringLiteral(".png"));
            box->close();
        }
    });
    const QList<QAction *> actions = window.findChildren<QAction *>();
    for (QAction *action : actions) {
        if (action->menuRole() == QAction::AboutRole)
            action->trigger();
    }

    // COHORT_SHOT_DAMAGED=FILE: the question shown for a damaged workspace.
    const QString damaged = qEnvironmentVariable("COHORT_SHOT_DAMAGED");
    if (!damaged.isEmpty()) {
        auto *watch = new QTimer(&app);
        watch->setInterval(500);
        QObject::connect(watch, &QTimer::timeout, &app, [&, watch] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            watch->stop();
            box->grab().save(out + QStringLiteral("/damaged") + suffix + QStringLiteral(".png"));
            box->reject();
        });
        watch->start();
        window.openWorkspace(damaged);
    }
    return 0;
}
