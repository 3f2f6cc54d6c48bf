#pragma once

#include "models/listcellformatter.h"

#include <QHash>

namespace cohort {

/// The Groups list's cells: after the stored columns comes each group against its targets,
/// computed outside SQL (GroupListModel). The formatter keeps its own copy of those texts, so
/// a CSV export on a worker writes what the table showed when it started.
class GroupCellFormatter final : public ListCellFormatter
{
public:
    /// `targets`: the Targets column's text per group id (missing: not computed yet).
    GroupCellFormatter(QList<ListColumn> columns, const QLocale &locale, const QTimeZone &zone,
                       QHash<qint64, QString> targets);

    QString display(const ListRow &row, int column) const override;

private:
    int m_targetsColumn = 0;
    QHash<qint64, QString> m_targets;
};

} // namespace cohort
