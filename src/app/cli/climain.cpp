#include "app/cli/cliapplication.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <cstdio>
#include <cstring>
#include <memory>
#include <vector>

namespace {

/// Commands that lay out text with fonts (the weekly report) need a QGuiApplication; they get
/// one on the offscreen platform so they run without a display. The rest stay console-only.
bool needsGui(int argc, char *argv[])
{
    std::vector<const char *> words; // the command and its first argument, past --verbose
    for (int i = 1; i < argc && words.size() < 2; ++i) {
        if (std::strcmp(argv[i], "--verbose") != 0)
            words.push_back(argv[i]);
    }
    if (!words.empty() && std::strcmp(words[0], "report") == 0)
        return true;
    return words.size() == 2 && std::strcmp(words[0], "bench") == 0
        && std::strcmp(words[1], "report") == 0;
}

} // namespace

int main(int argc, char *argv[])
{
    std::unique_ptr<QCoreApplication> app;
    if (needsGui(argc, argv)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setOrganizationName(QStringLiteral("Cohort"));
    QCoreApplication::setApplicationName(QStringLiteral("Cohort"));
    QCoreApplication::setApplicationVersion(QStringLiteral(COHORT_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    cohort::cli::CliContext context { out, err };
    cohort::cli::CliApplication cli;
    const int code = cli.run(QCoreApplication::arguments(), context);
    out.flush();
    err.flush();
    return code;
}
