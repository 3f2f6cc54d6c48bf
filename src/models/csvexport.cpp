#include "models/csvexport.h"

#include "reports/csvwriter.h"

#include <QAbstractItemModel>
#include <QIODevice>

namespace cohort {

bool CsvExport::exportModel(QAbstractItemModel &model, QIODevice &device, const QList<int> &visibleColumns,
                            QString *error)
{
    CsvWriter writer(device);
    QStringList header;
    for (const int column : visibleColumns)
        header << model.headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
    writer.writeRow(header);
    for (int row = 0; writer.ok(); ++row) {
        if (row >= model.rowCount()) {
            if (!model.canFetchMore({}))
                break;
            model.fetchMore({});
            if (row >= model.rowCount())
                break;
        }
        QStringList cells;
        cells.reserve(visibleColumns.size());
        for (const int column : visibleColumns)
            cells << model.data(model.index(row, column), Qt::DisplayRole).toString();
        writer.writeRow(cells);
    }
    if (!writer.ok() && error)
        *error = device.errorString();
    return writer.ok();
}

} // namespace cohort
