#include "app/gui/startuptimer.h"
#include "storage/database.h"
#include "ui/guardedapplication.h"
#include "ui/languagemanager.h"
#include "ui/mainwindow.h"
#include "ui/stallwatchdog.h"
#include "ui/widgets/darkpalette.h"
#include "ui/widgets/icontheme.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTextStream>

#include <cstdio>
#include <cstring>

#ifdef Q_OS_WIN
#include <windows.h>
#endif

using namespace cohort;

namespace {

bool asksFor(int argc, char *argv[], std::initializer_list<const char *> options)
{
    for (int i = 1; i < argc; ++i) {
        for (const char *option : options) {
            if (std::strcmp(argv[i], option) == 0)
                return true;
        }
    }
    return false;
}

bool asksForVersion(int argc, char *argv[])
{
    return asksFor(argc, argv, { "--version", "-v" });
}

/// Cohort is a GUI-subsystem program on Windows: it has no console of its own, so `cohort
/// --version` and `--help` typed in cmd.exe or PowerShell would print nowhere. They print to the
/// console that started Cohort, when there is one. Elsewhere stdout is already that console.
void printToParentConsole()
{
#ifdef Q_OS_WIN
    if (AttachConsole(ATTACH_PARENT_PROCESS)) {
        FILE *stream = nullptr;
        freopen_s(&stream, "CONOUT$", "w", stdout);
        freopen_s(&stream, "CONOUT$", "w", stderr);
    }
#endif
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer started;
    started.start();
    // Answered without a display (scripts, package checks): no QApplication, no window.
    if (asksFor(argc, argv, { "--help", "-h", "-?", "--help-all", "--version", "-v" }))
        printToParentConsole();
    if (asksForVersion(argc, argv)) {
        QCoreApplication core(argc, argv);
        QCoreApplication::setOrganizationName(QStringLiteral("Cohort"));
        QCoreApplication::setApplicationName(QStringLiteral("Cohort"));
        LanguageManager languages; // the text follows the language chosen in Preferences
        languages.applyPreference();
        QTextStream(stdout) << MainWindow::versionText() << Qt::endl;
        return 0;
    }

    GuardedApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Cohort"));
    QApplication::setApplicationName(QStringLiteral("Cohort"));
    QApplication::setApplicationDisplayName(QStringLiteral("Cohort"));
    QApplication::setApplicationVersion(QStringLiteral(COHORT_VERSION));
    QApplication::setDesktopFileName(QStringLiteral(COHORT_APP_ID));
    DarkPalette::applyIfRequested(); // COHORT_DARK_PALETTE=1: checking the dark look
    if (StallWatchdog::requested())
        new StallWatchdog(100, &app); // logs GUI-thread stalls (category cohort.stall)
    IconTheme::installFor(QApplication::palette()); // before any window asks for an icon

    LanguageManager languages;
    languages.applyPreference();

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Workspace for chat-group community operators"));
    parser.addHelpOption();
    // Handled above, before any window; listed here for --help.
    parser.addOption(QCommandLineOption(
        { QStringLiteral("v"), QStringLiteral("version") },
        QCoreApplication::translate("main", "Print the version of Cohort, Qt and SQLite.")));
    parser.addPositionalArgument(QStringLiteral("workspace"),
                                 QCoreApplication::translate("main", "Workspace file to open"),
                                 QStringLiteral("[workspace.cohort]"));
    parser.process(app);

    MainWindow window(&languages);
    // macOS delivers a Finder double-click as an event once exec() runs, at launch too.
    QObject::connect(&app, &GuardedApplication::fileOpenRequested, &window,
                     &MainWindow::openFromDesktop);
    if (StartupTimer::requested())
        new StartupTimer(started, window); // owned by the window
    QString path;
    Database::OpenMode mode = Database::OpenMode::ReadWrite;
    if (!parser.positionalArguments().isEmpty()) {
        path = QFileInfo(parser.positionalArguments().constFirst()).absoluteFilePath();
        if (!QFileInfo::exists(path))
            mode = Database::OpenMode::CreateOrOpen;
    } else {
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        QDir().mkpath(dir);
        path = dir + QLatin1String("/default.cohort");
        mode = Database::OpenMode::CreateOrOpen;
    }
    window.show();
    const bool isNew = !QFileInfo::exists(path);
    if (window.openWorkspace(path, mode)) {
        // A first start shows a populated workspace instead of five empty tables.
        if (isNew && parser.positionalArguments().isEmpty())
            window.fillWithDemoData(false);
    } else {
        // Without a workspace nothing works; a private scratch one keeps the window usable so the
        // user can open or create another from the File menu.
        auto scratch = std::make_unique<Database>();
        if (!scratch->openInMemory().isError())
            window.setWorkspace(std::move(scratch));
    }
    return QApplication::exec();
}
