#pragma once

#include <QList>
#include <QString>

class QAbstractItemModel;
class QIODevice;

namespace cohort {

/// Writes what a table view shows (header texts and display texts of `visibleColumns`, in that
/// order) as CSV; every row, fetching the pages not loaded yet.
class CsvExport final
{
public:
    /// The model is not const: rows not yet fetched are loaded first. Returns false when the
    /// device refused data; `error` then gets the device's message.
    static bool exportModel(QAbstractItemModel &model, QIODevice &device, const QList<int> &visibleColumns,
                            QString *error = nullptr);
};

/// Shorthand for CsvExport::exportModel.
inline bool exportModelToCsv(QAbstractItemModel &model, QIODevice &device, const QList<int> &visibleColumns,
                             QString *error = nullptr)
{
    return CsvExport::exportModel(model, device, visibleColumns, error);
}

} // namespace cohort
