// Not a test: opens a workspace in the main window, shows the Reports pane on a week and writes
// PNGs of the window (and of its message page, when a week is quiet), in English and Chinese, so
// the pane can be looked at as a user sees it:
//   xvfb-run -a -s "-screen 0 1400x900x24" grab_reports_pane W.cohort 2026-W44 OUTDIR

#include "analytics/periodmath.h"
#include "ui/languagemanager.h"
#include "ui/mainwindow.h"
#include "ui/reports/reportcontroller.h"
#include "ui/reports/reportoptionspanel.h"
#include "ui/reports/reportspane.h"

#include <QAction>

#include <QApplication>
#include <QDir>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <cstdio>

using namespace cohort;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 4) {
        std::fprintf(stderr, "usage: grab_reports_pane WORKSPACE YYYY-Www OUTDIR\n");
        return 2;
    }
    QTemporaryDir settings;
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settings.path());
    QCoreApplication::setOrganizationName(QStringLiteral("CohortGrab"));
    const auto [monday, sunday] = PeriodMath::parseIsoWeek(args.at(2));
    if (!monday.isValid()) {
        std::fprintf(stderr, "not an ISO week: %s\n", qPrintable(args.at(2)));
        return 2;
    }
    QDir().mkpath(args.at(3));
    const QDir out(args.at(3));

    LanguageManager languages;
    languages.setPreference(QStringLiteral("en"));
    MainWindow window(&languages);
    window.resize(1400, 880);
    window.show();
    if (!window.openWorkspace(QFileInfo(args.at(1)).absoluteFilePath()))
        return 1;
    ReportsPane *pane = window.reports();
    std::unique_ptr<QSignalSpy> updated;
    const auto settle = [&](const QString &name) {
        if (updated->isEmpty() && !updated->wait(30000))
            std::fprintf(stderr, "%s: no report\n", qPrintable(name));
        QTest::qWait(300);
        window.grab().save(out.filePath(name + QStringLiteral(".png")));
    };
    for (const QString &language : { QStringLiteral("en"), QStringLiteral("zh_CN") }) {
        languages.setPreference(language);
        QCoreApplication::processEvents();
        window.showPane(int(window.panes().size()) + 1);
        pane->options()->setWeek(QDate::currentDate());
        pane->options()->setWeek(QDate::currentDate().addDays(-7)); // the default: a quiet week
        updated = std::make_unique<QSignalSpy>(pane, &ReportsPane::updated);
        pane->rebuild();
        if (pane->controller()->isBuilding()) {
            // On a large workspace the first build takes seconds: show its progress page.
            QTest::qWait(600);
            if (pane->controller()->isBuilding())
                window.grab().save(out.filePath(QStringLiteral("reports-progress-") + language
                                                + QStringLiteral(".png")));
        }
        settle(QStringLiteral("reports-default-") + language);
        pane->options()->setWeek(monday);
        updated = std::make_unique<QSignalSpy>(pane, &ReportsPane::updated);
        pane->rebuild();
        settle(QStringLiteral("reports-") + args.at(2) + QLatin1Char('-') + language);
        // The Print Preview… dialog on the same report.
        QTimer::singleShot(1500, &window, [&out, language] {
            if (QWidget *dialog = QApplication::activeModalWidget()) {
                dialog->grab().save(out.filePath(QStringLiteral("print-preview-") + language
                                                 + QStringLiteral(".png")));
                dialog->close();
            }
        });
        pane->printPreviewAction()->trigger();
    }
    return 0;
}
