#pragma once

#include "storage/listqueryspec.h"

#include <QFuture>

namespace cohort {

class Database;

/// Counts the rows of a list (ListQuery::count) as a job of the workspace, so a count over a
/// large table or a slow search never holds up the GUI thread.
class ListCountJob final
{
public:
    /// The future's result is the number of rows matching `filter`, or -1 when they cannot be
    /// read (the list's own read reports why); it never carries an exception.
    static QFuture<qint64> start(Database &database, ListQuerySpec spec, ListFilter filter);
};

} // namespace cohort
