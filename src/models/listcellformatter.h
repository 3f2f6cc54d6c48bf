#pragma once

#include "storage/listqueryspec.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTimeZone>

namespace cohort {

/// The display text of list cells: numbers and money in a locale, times in the workspace zone,
/// enum keys as translated names. One formatter serves both the paged model on the GUI thread
/// and a CSV export on a worker, so a file holds exactly the texts the table shows. It is
/// immutable once built: a model builds a new one when its locale or zone changes.
class ListCellFormatter
{
    Q_DECLARE_TR_FUNCTIONS(ListCellFormatter)

public:
    ListCellFormatter(QList<ListColumn> columns, const QLocale &locale, const QTimeZone &zone);
    virtual ~ListCellFormatter();

    /// The text of `column` of `row` (subclasses derive some columns from several values).
    virtual QString display(const ListRow &row, int column) const;
    /// The text of one stored value of `column`.
    QString displayValue(int column, const QVariant &value) const;

private:
    QString formatDateTime(const QVariant &seconds) const;
    QString joinList(QStringList items) const;

    QList<ListColumn> m_columns;
    QLocale m_locale;
    QTimeZone m_zone;
};

} // namespace cohort
