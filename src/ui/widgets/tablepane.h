#pragma once

#include <QList>
#include <QWidget>

#include <functional>

class QAbstractItemModel;
class QAction;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QTableView;
class QTimer;
class QToolBar;
class QVBoxLayout;

namespace cohort {

class ErrorBanner;

/// A searchable, sortable table over one model with add/edit/delete/export actions, a column
/// chooser and an empty-state hint; each pane subclass supplies the model and the dialogs. When
/// the rows cannot be read, an error banner with Retry takes the table's place.
class TablePane : public QWidget
{
    Q_OBJECT

public:
    /// `paneId` names the QSettings group that keeps this pane's columns, widths and sort order.
    explicit TablePane(const QString &paneId, QWidget *parent = nullptr);
    ~TablePane() override;

    QString paneId() const { return m_paneId; }
    /// Name shown in the navigation sidebar (translated).
    virtual QString title() const = 0;

    QTableView *view() const { return m_view; }
    QLineEdit *searchEdit() const { return m_search; }
    QAction *addItemAction() const { return m_addAction; }
    QAction *editItemAction() const { return m_editAction; }
    QAction *deleteItemsAction() const { return m_deleteAction; }
    QAction *exportCsvAction() const { return m_exportAction; }
    /// Model rows of the selection, ascending.
    QList<int> selectedRows() const;
    void focusSearch();
    /// Runs the pending search now instead of after the debounce delay (tests, Enter key).
    void flushSearch();
    /// Writes the rows currently shown (after search and filters) to `path`, in the background.
    virtual void exportTo(const QString &path) = 0;
    /// The status bar's text for this list ("1,234 members"); empty while not known.
    QString countText() const { return m_countText; }
    void saveViewState() const;
    ErrorBanner *errorBanner() const { return m_errorBanner; }

public Q_SLOTS:
    void addItem();
    void editCurrent();
    /// Asks for confirmation naming the count, then deletes the selected rows.
    void deleteSelected();
    void exportVisibleRows();

Q_SIGNALS:
    void countTextChanged(const QString &text);

protected:
    void setCountText(const QString &text);
    /// While an export runs, Export is disabled (one file at a time per pane).
    void setExportBusy(bool busy);
    /// Call once the model exists: attaches it and restores the stored header state.
    void setModel(QAbstractItemModel *model);
    /// Widget shown between the toolbar and the table (e.g. the Members filters).
    void setFilterBar(QWidget *bar);
    /// Widget shown under the table (e.g. details of the selected row).
    void setDetailWidget(QWidget *widget);
    /// Replaces the table by the error banner (a read failed) until clearLoadError().
    void showLoadError(const QString &message, const QString &details);
    void clearLoadError();
    /// Reads the rows again (the banner's Retry).
    virtual void retryLoad() = 0;
    /// Runs `work` (an action or a refill that reads the workspace); a QueryError shows the
    /// banner instead of escaping into the event loop. Returns whether no read failed.
    bool guardedRead(const std::function<void()> &work);
    QToolBar *toolBar() const { return m_toolBar; }

    virtual void createItem() = 0;
    virtual void editRow(int row) = 0;
    virtual void deleteRows(const QList<int> &rows) = 0;
    virtual void applySearch(const QString &text) = 0;
    /// Hint shown when the table has no rows at all.
    virtual QString emptyHint() const = 0;
    /// Confirmation question for deleting `count` rows.
    virtual QString deleteQuestion(int count) const = 0;
    /// Re-sets texts owned by the subclass after a language change.
    virtual void retranslate() { }
    /// Adds pane-specific actions to the toolbar (before the search field) and the row menu.
    void addPaneActions(const QList<QAction *> &actions);
    /// Called whenever the selection or the rows change, to enable pane-specific actions.
    virtual void updatePaneActions() { }
    /// False when the rows may only be read (a workspace open read-only, a team viewer): Add,
    /// Edit and Delete are then greyed out and a double click opens nothing.
    virtual bool isWritable() const { return true; }
    /// Enables the actions for the selection and isWritable().
    void updateActions();
    void changeEvent(QEvent *event) override;

private:
    void retranslateBase();
    void updateEmptyState();
    void fitColumns();
    void showHeaderMenu(const QPoint &pos);
    void showContextMenu(const QPoint &pos);

    QString m_paneId;
    QAbstractItemModel *m_model = nullptr;
    QToolBar *m_toolBar = nullptr;
    QVBoxLayout *m_layout = nullptr;
    QLineEdit *m_search = nullptr;
    QTimer *m_searchTimer = nullptr;
    QTimer *m_emptyStateTimer = nullptr;
    QStackedWidget *m_stack = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_emptyLabel = nullptr;
    ErrorBanner *m_errorBanner = nullptr;
    QAction *m_addAction = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_paneActionsAnchor = nullptr; ///< separator before the pane's own actions
    QAction *m_spacerAction = nullptr;
    QList<QAction *> m_paneActions;
    QString m_appliedSearch;
    QString m_countText;
    bool m_columnsFitted = false;
    bool m_exportBusy = false;
};

} // namespace cohort
