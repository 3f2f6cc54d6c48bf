#pragma once

#include <QDate>
#include <QList>

namespace cohort {

enum class Granularity { Day, Week, Month };

/// What to compute: a scope (no group ids = every group), an inclusive range of local dates in
/// the workspace time zone, the series granularity and a few thresholds.
struct MetricsRequest
{
    QList<qint64> groupIds;
    QDate from;
    QDate to;
    Granularity granularity = Granularity::Day;
    int silentDays = 14; ///< a member is silent after this many days without a message
    int topCount = 10; ///< length of the top-contributor and top-referrer lists
    int dueWindowDays = 7; ///< buyers due to repurchase within this many days after `to`
};

} // namespace cohort
