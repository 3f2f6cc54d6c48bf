#include "models/groupcellformatter.h"

namespace cohort {

GroupCellFormatter::GroupCellFormatter(QList<ListColumn> columns, const QLocale &locale,
                                       const QTimeZone &zone, QHash<qint64, QString> targets)
    : ListCellFormatter(columns, locale, zone)
    , m_targetsColumn(int(columns.size()))
    , m_targets(std::move(targets))
{
}

QString GroupCellFormatter::display(const ListRow &row, int column) const
{
    if (column == m_targetsColumn)
        return m_targets.value(row.id);
    return ListCellFormatter::display(row, column);
}

} // namespace cohort
