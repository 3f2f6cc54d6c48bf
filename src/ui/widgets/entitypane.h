#pragma once

#include "models/listcsvexport.h"
#include "ui/widgets/tablepane.h"

class QUndoCommand;
class QUndoStack;
class QTimer;

namespace cohort {

class Database;
class SqlPagedTableModel;

/// A TablePane over one of the paged SQL list models: search and sort run in SQL, CSV export
/// writes every matching row from the query in the background (progress, Cancel), the status
/// bar's row count is a background job too, and edits go through the workspace's undo stack.
class EntityPane : public TablePane
{
    Q_OBJECT

public:
    EntityPane(const QString &paneId, Database &database, QUndoStack *undoStack,
               QWidget *parent = nullptr);

    SqlPagedTableModel *listModel() const { return m_model; }
    /// Starts writing the rows shown to `path`; a progress dialog with Cancel appears when it
    /// takes longer than a moment, a failure is shown in a message box. exportFinished() tells
    /// how it ended.
    void exportTo(const QString &path) override;
    /// The list as the user sees it now: filter, sort, visible columns in view order, headers
    /// and cell texts.
    ListCsvExport::Request exportRequest() const;
    bool isExporting() const { return m_exporting; }
    /// Ids of the selected rows, in row order.
    QList<qint64> selectedIds() const;
    /// Selects the row of `id` when it is loaded.
    void selectId(qint64 id);

    /// Dialog hook, replaced by tests: shows an export failure (message, details).
    std::function<void(const QString &message, const QString &details)> showExportError;

Q_SIGNALS:
    /// An export ended: `written` when the file was replaced; `message` says why not (empty when
    /// the user cancelled).
    void exportFinished(bool written, const QString &message);

protected:
    /// Takes ownership of `model` and shows it.
    void setListModel(SqlPagedTableModel *model);
    void applySearch(const QString &text) override;
    void retryLoad() override;
    bool isWritable() const override;
    void changeEvent(QEvent *event) override;
    /// A count that came due while the pane was hidden runs now.
    void showEvent(QShowEvent *event) override;
    /// Pushes `command` and reports a failure of its first run (the command calls reportError).
    void push(QUndoCommand *command);
    void reportError(const QString &message);
    /// Says that an edit was not saved because somebody else changed the row in the meantime,
    /// and offers to reload the list so that it shows their version.
    void reportConflict(const QString &message);
    /// The status bar's count of this list ("%n member(s)").
    virtual QString rowCountText(qint64 rows) const;

    Database &m_database;
    QUndoStack *m_undoStack;

private:
    /// Counts the rows matching the current filter as a job; a newer count supersedes it. A
    /// hidden pane only notes that its count is due (panes compute when shown).
    void startCount();

    SqlPagedTableModel *m_model = nullptr;
    QTimer *m_countTimer = nullptr;
    quint64 m_countGeneration = 0;
    qint64 m_rows = -1; ///< the last count, -1 while not known
    bool m_countDue = false;
    bool m_exporting = false;
};

} // namespace cohort
