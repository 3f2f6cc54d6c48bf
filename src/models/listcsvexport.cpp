#include "models/listcsvexport.h"

#include "reports/csvwriter.h"
#include "storage/database.h"
#include "storage/jobrunner.h"
#include "storage/listquery.h"
#include "storage/queryerror.h"

#include <QLocale>
#include <QSaveFile>

namespace cohort {

ListCsvExport::Outcome ListCsvExport::write(const Database &database, const Request &request,
                                            QIODevice &device, const CancelFlag &cancelled,
                                            const Progress &progress)
{
    Outcome outcome;
    const ListQuery query(database, request.spec);
    const qint64 total = query.count(request.filter);
    CsvWriter writer(device);
    writer.writeRow(request.headers);
    ListCursor cursor;
    bool more = true;
    while (more && writer.ok()) {
        if (cancelled && cancelled()) {
            outcome.status = Outcome::Status::Cancelled;
            return outcome;
        }
        const ListPage page = query.pageAfter(request.filter, request.sort, cursor, PageRows);
        more = page.rows.size() == PageRows;
        cursor = page.last;
        QStringList cells;
        cells.reserve(request.columns.size());
        for (const ListRow &row : page.rows) {
            cells.clear();
            for (const int column : request.columns)
                cells << request.cells->display(row, column);
            if (!writer.writeRow(cells))
                break;
            ++outcome.rows;
        }
        if (progress)
            progress(outcome.rows, std::max(total, outcome.rows));
    }
    outcome.status = writer.ok() ? Outcome::Status::Written : Outcome::Status::Failed;
    return outcome;
}

ListCsvExport::Outcome ListCsvExport::writeFile(const Database &database, const Request &request,
                                                const QString &path, const CancelFlag &cancelled,
                                                const Progress &progress)
{
    QSaveFile file(path);
    Outcome outcome;
    if (!file.open(QIODevice::WriteOnly)) {
        outcome.message = tr("“%1” could not be written: %2").arg(path, file.errorString());
        return outcome;
    }
    try {
        outcome = write(database, request, file, cancelled, progress);
    } catch (const QueryError &error) {
        // Part of the rows is not the rows: nothing is written (QSaveFile discards).
        file.cancelWriting();
        outcome.status = Outcome::Status::Failed;
        outcome.message = tr("“%1” was not written: not every row could be read. %2")
                              .arg(path, error.message());
        outcome.details = error.details();
        return outcome;
    }
    if (outcome.status == Outcome::Status::Cancelled) {
        file.cancelWriting();
        return outcome;
    }
    // The last look at Cancel before the old file is replaced.
    if (outcome.status == Outcome::Status::Written && cancelled && cancelled()) {
        file.cancelWriting();
        outcome.status = Outcome::Status::Cancelled;
        return outcome;
    }
    if (outcome.status == Outcome::Status::Written && file.commit())
        return outcome;
    outcome.status = Outcome::Status::Failed;
    outcome.message = tr("“%1” could not be written: %2").arg(path, file.errorString());
    return outcome;
}

QFuture<ListCsvExport::Outcome> ListCsvExport::start(Database &database, Request request,
                                                     const QString &path)
{
    return database.jobs().run([request = std::move(request), path](JobContext &job) {
        const QLocale locale;
        return writeFile(
            job.database(), request, path, [&job] { return job.isCancelled(); },
            [&job, &locale](qint64 written, qint64 total) {
                const int percent = total > 0 ? int(written * 100 / total) : 100;
                //: Progress of a CSV export: %1 rows written of %2
                job.setProgress(
                    percent,
                    tr("%1 of %2 rows").arg(locale.toString(written), locale.toString(total)));
            });
    });
}

} // namespace cohort
