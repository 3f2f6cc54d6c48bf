#include "app/cli/cliapplication.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Cohort"));
    QCoreApplication::setApplicationName(QStringLiteral("Cohort"));
    QCoreApplication::setApplicationVersion(QStringLiteral(COHORT_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    cohort::cli::CliContext context{out, err};
    cohort::cli::CliApplication cli;
    const int code = cli.run(QCoreApplication::arguments(), context);
    out.flush();
    err.flush();
    return code;
}
