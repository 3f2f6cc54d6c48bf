#include "ui/widgets/entitypane.h"

#include "models/csvexport.h"
#include "models/sqlpagedtablemodel.h"

#include <QHeaderView>
#include <QMessageBox>
#include <QSaveFile>
#include <QTableView>
#include <QUndoStack>

namespace cohort {

EntityPane::EntityPane(const QString &paneId, Database &database, QUndoStack *undoStack,
                       QWidget *parent)
    : TablePane(paneId, parent)
    , m_database(database)
    , m_undoStack(undoStack)
{
}

void EntityPane::setListModel(SqlPagedTableModel *model)
{
    m_model = model;
    m_model->setParent(this);
    connect(m_model, &SqlPagedTableModel::queryFailed, this, &EntityPane::showLoadError);
    connect(m_model, &SqlPagedTableModel::queryRecovered, this, &EntityPane::clearLoadError);
    setModel(model);
}

void EntityPane::retryLoad()
{
    m_model->refresh();
    // Fetched now rather than when the view next lays out, so the banner goes or stays at once.
    if (m_model->rowCount() == 0 && m_model->canFetchMore({}))
        m_model->fetchMore({});
    if (!m_model->hasFailed())
        clearLoadError();
}

void EntityPane::applySearch(const QString &text)
{
    m_model->setTextFilter(text);
}

QList<qint64> EntityPane::selectedIds() const
{
    QList<qint64> ids;
    const QList<int> rows = selectedRows();
    for (const int row : rows)
        ids << m_model->idAt(row);
    return ids;
}

void EntityPane::selectId(qint64 id)
{
    const int row = m_model->rowOfId(id);
    if (row >= 0) {
        view()->selectRow(row);
        view()->scrollTo(m_model->index(row, 0));
    }
}

bool EntityPane::exportCsv(const QString &path, QString *errorMessage)
{
    QList<int> columns;
    const QHeaderView *header = view()->horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            columns << logical;
    }
    QSaveFile file(path);
    QString error;
    const bool written
        = file.open(QIODevice::WriteOnly) && exportModelToCsv(*m_model, file, columns, &error);
    if (m_model->hasFailed()) {
        // Part of the rows is not the rows: the file is not written at all (QSaveFile).
        if (errorMessage)
            *errorMessage = tr("“%1” was not written: not every row could be read.").arg(path);
        return false;
    }
    if (written && file.commit())
        return true;
    if (errorMessage)
        *errorMessage = tr("“%1” could not be written: %2")
                            .arg(path, error.isEmpty() ? file.errorString() : error);
    return false;
}

void EntityPane::push(QUndoCommand *command)
{
    m_undoStack->push(command);
}

void EntityPane::reportError(const QString &message)
{
    QMessageBox box(QMessageBox::Warning, title(), message, QMessageBox::Ok, this);
    box.setTextFormat(Qt::PlainText);
    box.exec();
}

} // namespace cohort
