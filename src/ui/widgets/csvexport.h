#pragma once

#include <QString>

class QAbstractItemModel;
class QTableView;

namespace cohort {

/// Writes the rows of `model` (as filtered) and the columns `view` shows, in the view's order,
/// to a UTF-8 CSV file with a header line. Cells starting with = + - @ are neutralized so a
/// spreadsheet does not run them as formulas.
bool exportModelToCsv(QAbstractItemModel &model, const QTableView &view, const QString &path,
                      QString *errorMessage);

/// One CSV field: quoted when needed, formula-neutralized.
QString csvField(const QString &value);

} // namespace cohort
