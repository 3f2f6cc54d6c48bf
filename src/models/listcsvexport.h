#pragma once

#include "models/listcellformatter.h"
#include "storage/listqueryspec.h"

#include <QCoreApplication>
#include <QFuture>

#include <functional>
#include <memory>

class QIODevice;

namespace cohort {

class Database;

/// Writes a list to CSV straight from its query, page by page, without loading the rows into
/// the live model: the same filter, sort, columns and cell texts as the table shows, formula
/// cells neutralized (CsvWriter). As a job of the workspace (start()) it reports progress, stops
/// when cancelled, and replaces the file only once every row is written (QSaveFile).
class ListCsvExport final
{
    Q_DECLARE_TR_FUNCTIONS(ListCsvExport)

public:
    /// What to write: a snapshot of the list as the user sees it.
    struct Request
    {
        ListQuerySpec spec;
        ListFilter filter;
        ListSort sort;
        QList<int> columns; ///< spec columns, in the order the view shows them
        QStringList headers; ///< header text of each of `columns`
        std::shared_ptr<const ListCellFormatter> cells;
    };
    struct Outcome
    {
        enum class Status { Written, Cancelled, Failed };
        Status status = Status::Failed;
        qint64 rows = 0; ///< rows written (without the header)
        QString message; ///< for the user, when Failed
        QString details; ///< statement and driver message of a failed read
    };
    using CancelFlag = std::function<bool()>;
    using Progress = std::function<void(qint64 written, qint64 total)>;

    /// Rows read per query: large enough that the per-page planning is noise, small enough that
    /// Cancel answers at once.
    static constexpr int PageRows = 2000;

    /// Writes `path` on the calling thread; a failed read or write, or `cancelled` answering
    /// true between pages, leaves the file as it was. Catches every QueryError.
    static Outcome writeFile(const Database &database, const Request &request, const QString &path,
                             const CancelFlag &cancelled = {}, const Progress &progress = {});
    /// writeFile() as a job of `database` (progress 0–100 with "N of M rows"); cancelling the
    /// future cancels the export. The future never carries an exception.
    static QFuture<Outcome> start(Database &database, Request request, const QString &path);

private:
    static Outcome write(const Database &database, const Request &request, QIODevice &device,
                         const CancelFlag &cancelled, const Progress &progress);
};

} // namespace cohort
