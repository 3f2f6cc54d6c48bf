#include "ui/ledger/ledgerpayoutsview.h"

#include "models/commands/markpaidcommand.h"
#include "models/csvexport.h"
#include "models/ledgerentriesmodel.h"
#include "models/ledgertotalsmodel.h"
#include "storage/database.h"
#include "storage/memberrepository.h"
#include "storage/queryerror.h"

#include <QAction>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace cohort {

namespace {

QTableView *makeTable(QWidget *parent, QAbstractItemModel *model, int sortRole)
{
    auto *proxy = new QSortFilterProxyModel(parent);
    proxy->setSourceModel(model);
    proxy->setSortRole(sortRole);
    auto *view = new QTableView(parent);
    view->setModel(proxy);
    view->setSortingEnabled(true);
    view->sortByColumn(-1, Qt::AscendingOrder);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->setWordWrap(false);
    // Columns fit their contents after each reload; the window's extra width stays blank.
    QObject::connect(model, &QAbstractItemModel::modelReset, view,
                     [view] { view->resizeColumnsToContents(); });
    return view;
}

} // namespace

LedgerPayoutsView::LedgerPayoutsView(Database &database, QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_undoStack(undoStack)
{
    m_totals = new LedgerTotalsModel(database, this);
    m_entries = new LedgerEntriesModel(database, this);
    connect(m_totals, &LedgerTotalsModel::loadFailed, this, &LedgerPayoutsView::loadFailed);
    connect(m_entries, &LedgerEntriesModel::loadFailed, this, &LedgerPayoutsView::loadFailed);
    buildUi();
    retranslate();
}

LedgerPayoutsView::~LedgerPayoutsView() = default;

void LedgerPayoutsView::buildUi()
{
    // Totals on top, the chosen beneficiary's entries below.
    auto *payoutsLayout = new QVBoxLayout(this);
    m_totalsHint = new QLabel(this);
    m_totalsHint->setTextFormat(Qt::PlainText);
    m_totalsHint->setWordWrap(true);
    payoutsLayout->addWidget(m_totalsHint);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_totalsView = makeTable(splitter, m_totals, LedgerTotalsModel::SortRole);
    m_totalsView->setSelectionMode(QAbstractItemView::SingleSelection);
    // Who is owed the most comes first.
    m_totalsView->sortByColumn(LedgerTotalsModel::Outstanding, Qt::DescendingOrder);
    m_totalsProxy = static_cast<QSortFilterProxyModel *>(m_totalsView->model());
    auto *entriesBox = new QWidget(splitter);
    auto *entriesLayout = new QVBoxLayout(entriesBox);
    entriesLayout->setContentsMargins(0, 0, 0, 0);
    m_entriesTitle = new QLabel(entriesBox);
    m_entriesTitle->setTextFormat(Qt::PlainText);
    entriesLayout->addWidget(m_entriesTitle);
    m_entriesView = makeTable(entriesBox, m_entries, LedgerEntriesModel::SortRole);
    m_entriesView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_entriesProxy = static_cast<QSortFilterProxyModel *>(m_entriesView->model());
    entriesLayout->addWidget(m_entriesView);
    auto *buttons = new QHBoxLayout;
    m_markPaidButton = new QPushButton(entriesBox);
    m_markAllPaidButton = new QPushButton(entriesBox);
    m_exportTotalsButton = new QPushButton(entriesBox);
    m_exportEntriesButton = new QPushButton(entriesBox);
    // The same bundled icons as the toolbars and menus.
    m_markPaidButton->setIcon(QIcon::fromTheme(QStringLiteral("dialog-ok-apply")));
    m_markAllPaidButton->setIcon(QIcon::fromTheme(QStringLiteral("dialog-ok-apply")));
    m_exportTotalsButton->setIcon(QIcon::fromTheme(QStringLiteral("document-export")));
    m_exportEntriesButton->setIcon(QIcon::fromTheme(QStringLiteral("document-export")));
    buttons->addWidget(m_markPaidButton);
    buttons->addWidget(m_markAllPaidButton);
    buttons->addStretch();
    buttons->addWidget(m_exportTotalsButton);
    buttons->addWidget(m_exportEntriesButton);
    entriesLayout->addLayout(buttons);
    splitter->addWidget(m_totalsView);
    splitter->addWidget(entriesBox);
    payoutsLayout->addWidget(splitter, 1);

    m_markPaidAction = new QAction(this);
    m_markPaidAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_markPaidAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_markPaidAction);
    m_markAllPaidAction = new QAction(this);
    m_entriesView->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_entriesView->addAction(m_markPaidAction);
    m_entriesView->addAction(m_markAllPaidAction);

    connect(m_markPaidAction, &QAction::triggered, this, &LedgerPayoutsView::markSelectedPaid);
    connect(m_markAllPaidAction, &QAction::triggered, this, &LedgerPayoutsView::markAllPaid);
    connect(m_markPaidButton, &QPushButton::clicked, m_markPaidAction, &QAction::trigger);
    connect(m_markAllPaidButton, &QPushButton::clicked, m_markAllPaidAction, &QAction::trigger);
    connect(m_exportTotalsButton, &QPushButton::clicked, this, [this] { exportWithDialog(false); });
    connect(m_exportEntriesButton, &QPushButton::clicked, this, [this] { exportWithDialog(true); });
    connect(m_totalsView->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        const QModelIndexList rows = m_totalsView->selectionModel()->selectedRows();
        m_entries->setBeneficiary(
            rows.isEmpty() ? 0
                           : rows.first().data(LedgerTotalsModel::BeneficiaryIdRole).toLongLong());
        updateState();
    });
    connect(m_entriesView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &LedgerPayoutsView::updateState);
    // A reload resets the totals: keep showing the same beneficiary.
    connect(m_totals, &QAbstractItemModel::modelReset, this,
            [this] { selectBeneficiary(m_entries->beneficiary()); });
    connect(m_entries, &QAbstractItemModel::modelReset, this, &LedgerPayoutsView::updateState);
}

void LedgerPayoutsView::retranslate()
{
    m_markPaidAction->setText(tr("Mark Selected &Paid"));
    m_markAllPaidAction->setText(tr("Mark &All Paid"));
    m_markPaidButton->setText(m_markPaidAction->text());
    m_markAllPaidButton->setText(m_markAllPaidAction->text());
    m_exportTotalsButton->setText(tr("Export &Totals…"));
    m_exportEntriesButton->setText(tr("Export &Entries…"));
    m_totalsView->setAccessibleName(tr("Payout totals"));
    m_entriesView->setAccessibleName(tr("Ledger entries"));
    updateState();
}

void LedgerPayoutsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void LedgerPayoutsView::setPeriod(const QDateTime &from, const QDateTime &to)
{
    m_entries->setPeriod(from, to);
    m_totals->setPeriod(from, to);
}

void LedgerPayoutsView::selectBeneficiary(qint64 memberId)
{
    for (int row = 0; row < m_totalsProxy->rowCount(); ++row) {
        const QModelIndex index = m_totalsProxy->index(row, 0);
        if (index.data(LedgerTotalsModel::BeneficiaryIdRole).toLongLong() == memberId) {
            m_totalsView->selectRow(row);
            return;
        }
    }
    m_totalsView->clearSelection();
    m_entries->setBeneficiary(0);
}

void LedgerPayoutsView::reload()
{
    m_totals->reload();
    m_entries->reload();
}

bool LedgerPayoutsView::guardedRead(const std::function<void()> &read)
{
    try {
        read();
        return true;
    } catch (const QueryError &error) {
        Q_EMIT loadFailed(error.message(), error.details());
        return false;
    }
}

QList<qint64> LedgerPayoutsView::selectedEntryIds() const
{
    QList<qint64> ids;
    const QModelIndexList rows = m_entriesView->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows)
        ids << row.data(LedgerEntriesModel::EntryIdRole).toLongLong();
    return ids;
}

void LedgerPayoutsView::updateState()
{
    if (!m_markPaidAction)
        return;
    bool anyOutstanding = false;
    for (const LedgerEntry &entry : m_entries->entries())
        anyOutstanding = anyOutstanding || !entry.paidAt.isValid();
    const bool writable = !m_database.isReadOnly();
    m_markPaidAction->setEnabled(writable && !selectedEntryIds().isEmpty());
    m_markAllPaidAction->setEnabled(writable && anyOutstanding);
    m_markPaidButton->setEnabled(m_markPaidAction->isEnabled());
    m_markAllPaidButton->setEnabled(m_markAllPaidAction->isEnabled());
    m_exportEntriesButton->setEnabled(m_entries->rowCount() > 0);
    m_exportTotalsButton->setEnabled(m_totals->rowCount() > 0);

    m_totalsHint->setVisible(m_totals->rowCount() == 0);
    m_totalsHint->setText(
        tr("No rebates or commissions in this period. Set a referral rebate under Rules… or add "
           "partners; entries appear here when orders are paid and are reversed when they are "
           "refunded."));
    if (m_entries->beneficiary() == 0) {
        m_entriesTitle->setText(tr("Select a member above to see their entries."));
    } else {
        guardedRead([this] {
            const auto member = MemberRepository(m_database).find(m_entries->beneficiary());
            m_entriesTitle->setText(
                tr("Entries of %1").arg(member ? member->displayName : QString()));
        });
    }
}

void LedgerPayoutsView::markPaid(const QList<qint64> &entryIds)
{
    if (entryIds.isEmpty())
        return;
    m_undoStack->push(
        new MarkPaidCommand(m_database, entryIds, QDateTime::currentDateTimeUtc(),
                            [this](const QString &message) { Q_EMIT errorOccurred(message); }));
}

void LedgerPayoutsView::markSelectedPaid()
{
    markPaid(selectedEntryIds());
}

void LedgerPayoutsView::markAllPaid()
{
    QList<qint64> ids;
    for (const LedgerEntry &entry : m_entries->entries()) {
        if (!entry.paidAt.isValid())
            ids << entry.id;
    }
    markPaid(ids);
}

bool LedgerPayoutsView::exportCsv(const QString &path, bool entries, QString *errorMessage) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *errorMessage = tr("Cannot write “%1”: %2").arg(path, file.errorString());
        return false;
    }
    QSortFilterProxyModel *model = entries ? m_entriesProxy : m_totalsProxy;
    QList<int> columns;
    for (int column = 0; column < model->columnCount(); ++column)
        columns << column;
    QString error;
    if (!exportModelToCsv(*model, file, columns, &error) || !file.commit()) {
        *errorMessage
            = tr("Cannot write “%1”: %2").arg(path, error.isEmpty() ? file.errorString() : error);
        return false;
    }
    return true;
}

void LedgerPayoutsView::exportWithDialog(bool entries)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name
        = entries ? QStringLiteral("ledger-entries.csv") : QStringLiteral("ledger-totals.csv");
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export to CSV"), dir + QLatin1Char('/') + name, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportCsv(path, entries, &error))
        QMessageBox::warning(this, tr("Export to CSV"), error);
}

} // namespace cohort
