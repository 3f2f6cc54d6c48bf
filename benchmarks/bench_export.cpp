// bench_export: writes the Members list of a workspace to CSV the way the pane used to (every
// page fetched into the live model, then written) or the way it does now (from the query, page
// by page, as the background job does). Time it from outside, e.g. with farm-bench:
//
//   bench_export --workspace FILE --mode model|query --out FILE.csv

#include "models/csvexport.h"
#include "models/listcsvexport.h"
#include "models/memberlistmodel.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSaveFile>

#include <cstdio>

using namespace cohort;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption(
        { QStringLiteral("workspace"), QStringLiteral("Workspace file."), QStringLiteral("file") });
    parser.addOption({ QStringLiteral("mode"), QStringLiteral("model or query."),
                       QStringLiteral("mode"), QStringLiteral("query") });
    parser.addOption(
        { QStringLiteral("out"), QStringLiteral("CSV file to write."), QStringLiteral("file") });
    parser.process(app);

    Database db;
    const WorkspaceError opened
        = db.open(parser.value(QStringLiteral("workspace")), Database::OpenMode::ReadOnly);
    if (opened.isError()) {
        std::fprintf(stderr, "cannot open: %s\n", qPrintable(opened.message));
        return 1;
    }
    MemberListModel model(db);
    QList<int> columns;
    for (int c = 0; c < model.columnCount(); ++c)
        columns << c;
    const QString out = parser.value(QStringLiteral("out"));
    if (parser.value(QStringLiteral("mode")) == QLatin1String("model")) {
        QSaveFile file(out);
        if (!file.open(QIODevice::WriteOnly) || !CsvExport::exportModel(model, file, columns)
            || !file.commit())
            return 1;
        std::printf("model: %d rows\n", model.rowCount());
        return 0;
    }
    ListCsvExport::Request request;
    request.spec = model.spec();
    request.filter = model.filter();
    request.sort = { model.sortColumn(), model.sortOrder() == Qt::DescendingOrder };
    request.columns = columns;
    for (const int column : std::as_const(columns))
        request.headers << model.headerData(column, Qt::Horizontal).toString();
    request.cells = model.formatter();
    const ListCsvExport::Outcome outcome = ListCsvExport::writeFile(db, request, out);
    if (outcome.status != ListCsvExport::Outcome::Status::Written) {
        std::fprintf(stderr, "%s\n", qPrintable(outcome.message));
        return 1;
    }
    std::printf("query: %lld rows\n", outcome.rows);
    return 0;
}
