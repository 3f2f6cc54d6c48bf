#pragma once

#include "ui/widgets/tablepane.h"

class QUndoCommand;
class QUndoStack;

namespace cohort {

class Database;
class SqlPagedTableModel;

/// A TablePane over one of the paged SQL list models: search and sort run in SQL, CSV export
/// writes every matching row, and edits go through the workspace's undo stack.
class EntityPane : public TablePane
{
    Q_OBJECT

public:
    EntityPane(const QString &paneId, Database &database, QUndoStack *undoStack,
               QWidget *parent = nullptr);

    SqlPagedTableModel *listModel() const { return m_model; }
    bool exportCsv(const QString &path, QString *errorMessage) override;
    /// Ids of the selected rows, in row order.
    QList<qint64> selectedIds() const;
    /// Selects the row of `id` when it is loaded.
    void selectId(qint64 id);

protected:
    /// Takes ownership of `model` and shows it.
    void setListModel(SqlPagedTableModel *model);
    void applySearch(const QString &text) override;
    void retryLoad() override;
    /// Pushes `command` and reports a failure of its first run (the command calls reportError).
    void push(QUndoCommand *command);
    void reportError(const QString &message);

    Database &m_database;
    QUndoStack *m_undoStack;

private:
    SqlPagedTableModel *m_model = nullptr;
};

} // namespace cohort
