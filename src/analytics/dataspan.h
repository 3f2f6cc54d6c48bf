#pragma once

#include <QDate>
#include <QList>

namespace cohort {

struct AnalyticsFacts;

/// The local days from the oldest to the newest message, order or membership event of a scope
/// (no group ids = every group), in the workspace time zone: what "all time" means, and where a
/// range that ended up empty can move to.
struct DataSpan
{
    QDate first; ///< invalid when the scope has no data
    QDate last;

    bool isEmpty() const { return !last.isValid(); }
    static DataSpan of(const AnalyticsFacts &facts, const QList<qint64> &groupIds);
};

} // namespace cohort
