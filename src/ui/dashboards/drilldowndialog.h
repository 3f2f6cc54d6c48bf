#pragma once

#include "analytics/drilldown.h"

#include <QDialog>

class QLabel;
class QTableWidget;

namespace cohort {

/// The members behind a dashboard number: name, roles and the value that put them on the list.
class DrillDownDialog final : public QDialog
{
    Q_OBJECT

public:
    DrillDownDialog(const QString &title, const QString &valueHeader, const QList<DrillDown::Row> &rows,
                    QWidget *parent = nullptr);
    int rowCount() const;

private:
    QLabel *m_summary;
    QTableWidget *m_table;
};

} // namespace cohort
