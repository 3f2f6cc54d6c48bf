// Writes a workspace for trying and benchmarking the weekly report:
//   make_report_workspace OUT.cohort fixture          the hand-worked test fixture
//   make_report_workspace OUT.cohort large [GROUPS]   GROUPS groups (default 20), a year ending
//   2026-03-08
#include "reportfixture.h"

#include "storage/database.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 3
        || (args.at(2) != QLatin1String("fixture") && args.at(2) != QLatin1String("large"))) {
        std::fputs("usage: make_report_workspace OUT.cohort fixture|large [GROUPS]\n", stderr);
        return 2;
    }
    if (QFile::exists(args.at(1))) {
        std::fprintf(stderr, "%s exists\n", qPrintable(args.at(1)));
        return 1;
    }
    cohort::Database database;
    const cohort::WorkspaceError error
        = database.open(args.at(1), cohort::Database::OpenMode::CreateOrOpen);
    if (error.isError()) {
        std::fprintf(stderr, "%s\n", qPrintable(error.message));
        return 1;
    }
    const bool ok = args.at(2) == QLatin1String("fixture")
        ? cohort::test::ReportFixture::fill(database)
        : cohort::test::ReportFixture::fillLarge(
            database, args.value(3, QStringLiteral("20")).toInt(), QDate(2026, 3, 8), 7);
    return ok ? 0 : 1;
}
