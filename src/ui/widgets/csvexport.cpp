#include "ui/widgets/csvexport.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QHeaderView>
#include <QSaveFile>
#include <QTableView>

namespace cohort {

QString csvField(const QString &value)
{
    QString field = value;
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    if (!field.isEmpty() && formulaStarts.contains(field.front()))
        field.prepend(QLatin1Char('\''));
    if (field.contains(QLatin1Char(',')) || field.contains(QLatin1Char('"'))
        || field.contains(QLatin1Char('\n')) || field.contains(QLatin1Char('\r'))) {
        field.replace(QLatin1String("\""), QLatin1String("\"\""));
        field = QLatin1Char('"') + field + QLatin1Char('"');
    }
    return field;
}

bool exportModelToCsv(QAbstractItemModel &model, const QTableView &view, const QString &path,
                      QString *errorMessage)
{
    // The export covers every matching row, not only the ones fetched so far.
    while (model.canFetchMore(QModelIndex()))
        model.fetchMore(QModelIndex());

    QList<int> columns;
    const QHeaderView *header = view.horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            columns << logical;
    }

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (errorMessage)
            *errorMessage
                = QCoreApplication::translate("CsvExport", "“%1” could not be written: %2")
                      .arg(path, file.errorString());
        return false;
    }
    auto writeLine = [&file](const QStringList &fields) {
        file.write(fields.join(QLatin1Char(',')).toUtf8());
        file.write("\r\n");
    };
    // A byte-order mark lets spreadsheet programs read Chinese names as UTF-8.
    file.write("\xEF\xBB\xBF");
    QStringList fields;
    for (const int column : std::as_const(columns))
        fields << csvField(model.headerData(column, Qt::Horizontal).toString());
    writeLine(fields);
    const int rows = model.rowCount();
    for (int row = 0; row < rows; ++row) {
        fields.clear();
        for (const int column : std::as_const(columns))
            fields << csvField(model.index(row, column).data().toString());
        writeLine(fields);
    }
    if (!file.commit()) {
        if (errorMessage)
            *errorMessage
                = QCoreApplication::translate("CsvExport", "“%1” could not be written: %2")
                      .arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace cohort
