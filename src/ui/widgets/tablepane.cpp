#include "ui/widgets/tablepane.h"

#include "storage/queryerror.h"
#include "ui/widgets/errorbanner.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QEvent>
#include <QFileDialog>
#include <QHeaderView>
#include <QIcon>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace cohort {

namespace {
// Long enough to skip intermediate keystrokes of a typed word, short enough to feel immediate.
constexpr int SearchDebounceMs = 150;
} // namespace

TablePane::TablePane(const QString &paneId, QWidget *parent)
    : QWidget(parent)
    , m_paneId(paneId)
{
    m_layout = new QVBoxLayout(this);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(4);

    m_toolBar = new QToolBar(this);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setIconSize(QSize(16, 16));
    m_addAction = m_toolBar->addAction(QIcon::fromTheme(QStringLiteral("list-add")), QString());
    m_editAction
        = m_toolBar->addAction(QIcon::fromTheme(QStringLiteral("document-edit")), QString());
    m_deleteAction
        = m_toolBar->addAction(QIcon::fromTheme(QStringLiteral("edit-delete")), QString());
    m_toolBar->addSeparator();
    m_exportAction
        = m_toolBar->addAction(QIcon::fromTheme(QStringLiteral("document-export")), QString());
    m_paneActionsAnchor = m_toolBar->addSeparator();
    m_paneActionsAnchor->setVisible(false);
    auto *spacer = new QWidget(m_toolBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_spacerAction = m_toolBar->addWidget(spacer);
    m_search = new QLineEdit(m_toolBar);
    m_search->setClearButtonEnabled(true);
    m_search->addAction(QIcon::fromTheme(QStringLiteral("edit-find")), QLineEdit::LeadingPosition);
    m_search->setMinimumWidth(240);
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_toolBar->addWidget(m_search);
    m_layout->addWidget(m_toolBar);

    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_deleteAction);

    m_errorBanner = new ErrorBanner(this);
    m_layout->addWidget(m_errorBanner);
    connect(m_errorBanner, &ErrorBanner::retryRequested, this, &TablePane::retryLoad);

    m_stack = new QStackedWidget(this);
    m_view = new QTableView(m_stack);
    m_view->setObjectName(QStringLiteral("tableView"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setSectionsMovable(true);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    m_stack->addWidget(m_view);

    m_emptyLabel = new QLabel(m_stack);
    m_emptyLabel->setObjectName(QStringLiteral("emptyLabel"));
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setTextFormat(Qt::PlainText);
    m_emptyLabel->setEnabled(false);
    m_stack->addWidget(m_emptyLabel);
    m_layout->addWidget(m_stack, 1);

    m_emptyStateTimer = new QTimer(this);
    m_emptyStateTimer->setSingleShot(true);
    m_emptyStateTimer->setInterval(0);
    connect(m_emptyStateTimer, &QTimer::timeout, this, &TablePane::updateEmptyState);
    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(SearchDebounceMs);
    connect(m_searchTimer, &QTimer::timeout, this, &TablePane::flushSearch);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &TablePane::flushSearch);

    connect(m_addAction, &QAction::triggered, this, &TablePane::addItem);
    connect(m_editAction, &QAction::triggered, this, &TablePane::editCurrent);
    connect(m_deleteAction, &QAction::triggered, this, &TablePane::deleteSelected);
    connect(m_exportAction, &QAction::triggered, this, &TablePane::exportVisibleRows);
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.isValid() && isWritable())
            guardedRead([&] { editRow(index.row()); });
    });
    connect(m_view, &QWidget::customContextMenuRequested, this, &TablePane::showContextMenu);
    connect(m_view->horizontalHeader(), &QWidget::customContextMenuRequested, this,
            &TablePane::showHeaderMenu);
    // Enter edits the current row, as in a file manager; the view swallows Return otherwise.
    auto *enter = new QAction(this);
    enter->setShortcuts({ QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter) });
    enter->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(enter);
    connect(enter, &QAction::triggered, this, &TablePane::editCurrent);

    retranslateBase();
    updateActions();
}

TablePane::~TablePane() = default;

void TablePane::setModel(QAbstractItemModel *model)
{
    m_model = model;
    m_view->setModel(model);
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    const QByteArray state
        = QSettings()
              .value(QLatin1String("panes/") + m_paneId + QLatin1String("/header"))
              .toByteArray();
    if (!state.isEmpty())
        m_columnsFitted = m_view->horizontalHeader()->restoreState(state);
    // Enabling sorting after the restore applies the stored sort order once, in the model.
    m_view->setSortingEnabled(true);

    // Checked once the model has finished announcing: a lazy model cannot fetch from inside its
    // own modelReset/rowsInserted signals.
    connect(model, &QAbstractItemModel::modelReset, m_emptyStateTimer, qOverload<>(&QTimer::start));
    connect(model, &QAbstractItemModel::rowsInserted, m_emptyStateTimer,
            qOverload<>(&QTimer::start));
    connect(model, &QAbstractItemModel::rowsRemoved, m_emptyStateTimer,
            qOverload<>(&QTimer::start));
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &TablePane::updateActions);
    // A lazy model announces a search's rows after its reset, so Export follows the rows too.
    connect(model, &QAbstractItemModel::modelReset, this, &TablePane::updateActions);
    connect(model, &QAbstractItemModel::rowsInserted, this, &TablePane::updateActions);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &TablePane::updateActions);
    updateEmptyState();
    updateActions();
}

bool TablePane::guardedRead(const std::function<void()> &work)
{
    try {
        work();
        return true;
    } catch (const QueryError &error) {
        showLoadError(error.message(), error.details());
        return false;
    }
}

void TablePane::showLoadError(const QString &message, const QString &details)
{
    m_errorBanner->showError(message, details);
    m_stack->setVisible(false);
    updateActions();
}

void TablePane::clearLoadError()
{
    if (m_errorBanner->isHidden())
        return;
    m_errorBanner->setVisible(false);
    m_stack->setVisible(true);
    updateEmptyState();
    updateActions();
}

void TablePane::setFilterBar(QWidget *bar)
{
    m_layout->insertWidget(1, bar);
}

void TablePane::setDetailWidget(QWidget *widget)
{
    m_layout->addWidget(widget);
}

void TablePane::addPaneActions(const QList<QAction *> &actions)
{
    m_paneActionsAnchor->setVisible(true);
    for (QAction *action : actions) {
        m_toolBar->insertAction(m_spacerAction, action);
        // Their shortcuts work wherever the focus is inside the pane, like Delete's.
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    }
    m_paneActions << actions;
    updateActions();
}

void TablePane::saveViewState() const
{
    if (!m_model)
        return;
    QSettings().setValue(QLatin1String("panes/") + m_paneId + QLatin1String("/header"),
                         m_view->horizontalHeader()->saveState());
}

QList<int> TablePane::selectedRows() const
{
    QList<int> rows;
    if (!m_view->selectionModel())
        return rows;
    const QModelIndexList indexes = m_view->selectionModel()->selectedRows();
    rows.reserve(indexes.size());
    for (const QModelIndex &index : indexes)
        rows << index.row();
    std::sort(rows.begin(), rows.end());
    return rows;
}

void TablePane::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void TablePane::flushSearch()
{
    m_searchTimer->stop();
    const QString text = m_search->text().trimmed();
    if (text == m_appliedSearch)
        return;
    m_appliedSearch = text;
    applySearch(text);
    updateEmptyState();
}

void TablePane::addItem()
{
    guardedRead([this] { createItem(); });
}

void TablePane::editCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    if (current.isValid())
        guardedRead([&] { editRow(current.row()); });
    else if (const QList<int> rows = selectedRows(); !rows.isEmpty())
        guardedRead([&] { editRow(rows.first()); });
}

void TablePane::deleteSelected()
{
    const QList<int> rows = selectedRows();
    if (rows.isEmpty())
        return;
    const auto answer
        = QMessageBox::question(this, tr("Delete"), deleteQuestion(int(rows.size())),
                                QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes)
        guardedRead([&] { deleteRows(rows); });
}

void TablePane::exportVisibleRows()
{
    // The file holds what the search box says, even within the typing debounce.
    flushSearch();
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export to CSV"), dir + QLatin1Char('/') + m_paneId + QLatin1String(".csv"),
        tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportTo(path);
}

void TablePane::setCountText(const QString &text)
{
    if (text == m_countText)
        return;
    m_countText = text;
    Q_EMIT countTextChanged(text);
}

void TablePane::setExportBusy(bool busy)
{
    m_exportBusy = busy;
    updateActions();
}

void TablePane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateBase();
        retranslate();
        updateEmptyState();
    }
    QWidget::changeEvent(event);
}

void TablePane::retranslateBase()
{
    m_addAction->setText(tr("Add…"));
    m_addAction->setToolTip(tr("Add a new row"));
    m_editAction->setText(tr("Edit…"));
    m_editAction->setToolTip(tr("Edit the selected row (Enter)"));
    m_deleteAction->setText(tr("Delete"));
    m_deleteAction->setToolTip(tr("Delete the selected rows (Del)"));
    m_exportAction->setText(tr("Export CSV…"));
    m_exportAction->setToolTip(tr("Export the rows shown to a CSV file"));
    m_search->setPlaceholderText(tr("Search (Ctrl+F)"));
}

void TablePane::updateEmptyState()
{
    if (!m_model)
        return;
    // A lazy model announces nothing when its first page turns out empty: fetch it now to know.
    if (m_model->rowCount() == 0 && m_model->canFetchMore(QModelIndex()))
        m_model->fetchMore(QModelIndex());
    const bool empty = m_model->rowCount() == 0 && !m_model->canFetchMore(QModelIndex());
    if (!empty) {
        m_stack->setCurrentWidget(m_view);
        // Widths follow the first rows the user sees, unless they set their own earlier.
        if (!m_columnsFitted) {
            m_columnsFitted = true;
            fitColumns();
        }
        return;
    }
    m_emptyLabel->setText(
        m_appliedSearch.isEmpty() ? emptyHint() : tr("Nothing matches “%1”.").arg(m_appliedSearch));
    m_stack->setCurrentWidget(m_emptyLabel);
}

void TablePane::fitColumns()
{
    // Long free text (business, notes) would push every other column out of sight.
    const int maxWidth = fontMetrics().averageCharWidth() * 40;
    m_view->resizeColumnsToContents();
    QHeaderView *header = m_view->horizontalHeader();
    for (int c = 0; c < header->count(); ++c)
        header->resizeSection(c, qMin(header->sectionSize(c) + 12, maxWidth));
}

void TablePane::updateActions()
{
    const int selected = int(selectedRows().size());
    const bool writable = isWritable();
    m_addAction->setEnabled(writable);
    m_editAction->setEnabled(writable && selected == 1);
    m_deleteAction->setEnabled(writable && selected > 0);
    // Rows read before a failure are not all the rows: exporting them would mislead.
    m_exportAction->setEnabled(m_model && m_model->rowCount() > 0 && m_errorBanner->isHidden()
                               && !m_exportBusy);
    updatePaneActions();
}

void TablePane::showHeaderMenu(const QPoint &pos)
{
    if (!m_model)
        return;
    QHeaderView *header = m_view->horizontalHeader();
    QMenu menu(this);
    menu.addSection(tr("Columns"));
    const int columns = m_model->columnCount();
    int visible = 0;
    for (int c = 0; c < columns; ++c)
        visible += header->isSectionHidden(c) ? 0 : 1;
    for (int c = 0; c < columns; ++c) {
        QAction *action = menu.addAction(m_model->headerData(c, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(c));
        // The last visible column stays: a table without columns cannot bring them back.
        action->setEnabled(header->isSectionHidden(c) || visible > 1);
        connect(action, &QAction::toggled, this, [this, header, c](bool on) {
            header->setSectionHidden(c, !on);
            saveViewState();
        });
    }
    menu.addSeparator();
    QAction *reset = menu.addAction(tr("Fit Columns to Contents"));
    connect(reset, &QAction::triggered, this, [this] {
        fitColumns();
        saveViewState();
    });
    menu.exec(header->mapToGlobal(pos));
}

void TablePane::showContextMenu(const QPoint &pos)
{
    QMenu menu(this);
    menu.addAction(m_addAction);
    menu.addAction(m_editAction);
    menu.addAction(m_deleteAction);
    if (!m_paneActions.isEmpty()) {
        menu.addSeparator();
        menu.addActions(m_paneActions);
    }
    menu.addSeparator();
    menu.addAction(m_exportAction);
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

} // namespace cohort
