// Not a test: opens a workspace in the main window, shows the Dashboard as it opens and writes
// PNGs of the window, of the whole scrolled dashboard and of each tile, in English and Chinese, at
// 1366×768 and 1600×1000, so it can be looked at as a user sees it:
//   xvfb-run -a -s "-screen 0 1600x1000x24" grab_dashboard W.cohort OUTDIR

#include "ui/dashboards/chartpanel.h"
#include "ui/dashboards/dashboardpane.h"
#include "ui/languagemanager.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QScrollArea>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace cohort;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 3) {
        std::fprintf(stderr, "usage: grab_dashboard WORKSPACE OUTDIR\n");
        return 2;
    }
    QTemporaryDir settings;
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settings.path());
    QCoreApplication::setOrganizationName(QStringLiteral("CohortGrab"));
    QDir().mkpath(args.at(2));
    const QDir out(args.at(2));

    for (const QString &language : { QStringLiteral("en"), QStringLiteral("zh_CN") }) {
        for (const QSize size : { QSize(1366, 768), QSize(1600, 1000) }) {
            LanguageManager languages;
            languages.setPreference(language);
            MainWindow window(&languages);
            window.resize(size);
            window.show();
            if (!window.openWorkspace(QFileInfo(args.at(1)).absoluteFilePath()))
                return 1;
            DashboardPane *pane = window.dashboard();
            QSignalSpy updated(pane, &DashboardPane::updated);
            window.showPane(int(window.panes().size()));
            // The first result may move the range to the newest data, which computes again.
            for (int i = 0; i < 2 && updated.wait(i == 0 ? 30000 : 3000);)
                ++i;
            QTest::qWait(500);
            const QString name = QStringLiteral("dashboard-%1-%2x%3")
                                     .arg(language)
                                     .arg(size.width())
                                     .arg(size.height());
            window.grab().save(out.filePath(name + QStringLiteral(".png")));
            if (auto *scroll = pane->findChild<QScrollArea *>())
                scroll->widget()->grab().save(out.filePath(name + QStringLiteral("-full.png")));
            // Each tile at full resolution, to read its labels.
            const QList<ChartPanel *> panels = pane->panels();
            for (qsizetype i = 0; i < panels.size(); ++i)
                panels.at(i)->grab().save(
                    out.filePath(name + QStringLiteral("-tile%1.png").arg(i)));
            // The whole history, in automatic periods and then forced to days: the first two
            // tiles are the time series.
            for (const bool days : { false, true }) {
                updated.clear();
                if (days)
                    pane->setGranularity(Granularity::Day);
                else
                    pane->setPreset(DashboardPane::Preset::AllTime);
                updated.wait(30000);
                QTest::qWait(300);
                const QString all
                    = name + (days ? QStringLiteral("-alltime-days") : QStringLiteral("-alltime"));
                for (int i = 0; i < 2; ++i)
                    panels.at(i)->grab().save(
                        out.filePath(all + QStringLiteral("-tile%1.png").arg(i)));
            }
        }
    }
    return 0;
}
