#include "ui/ledger/ledgerpane.h"

#include "models/commands/ledgerrulescommand.h"
#include "models/commands/markpaidcommand.h"
#include "models/commands/partnertermscommand.h"
#include "models/csvexport.h"
#include "models/ledgerentriesmodel.h"
#include "models/ledgertotalsmodel.h"
#include "storage/campaignrepository.h"
#include "storage/database.h"
#include "storage/grouprepository.h"
#include "storage/jobrunner.h"
#include "storage/ledgerposter.h"
#include "storage/ledgerrepository.h"
#include "storage/ledgersettingsrepository.h"
#include "storage/memberrepository.h"
#include "storage/orderrepository.h"
#include "storage/queryerror.h"
#include "storage/workspacezone.h"
#include "ui/ledger/ledgerrulesdialog.h"
#include "ui/ledger/partnerdialog.h"
#include "ui/widgets/errorbanner.h"
#include "ui/widgets/memberpicker.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSaveFile>
#include <QSignalBlocker>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
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

QString percent(qint64 basisPoints)
{
    return QLocale().toString(double(basisPoints) / 100.0, 'f', basisPoints % 100 ? 2 : 0)
        + QStringLiteral(" %");
}

} // namespace

LedgerPane::LedgerPane(Database &database, QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_undoStack(undoStack)
{
    execDialog = [](QWidget *dialog) {
        return static_cast<QDialog *>(dialog)->exec() == QDialog::Accepted;
    };
    m_totals = new LedgerTotalsModel(database, this);
    m_entries = new LedgerEntriesModel(database, this);
    connect(m_totals, &LedgerTotalsModel::loadFailed, this, &LedgerPane::showLoadError);
    connect(m_entries, &LedgerEntriesModel::loadFailed, this, &LedgerPane::showLoadError);
    buildUi();
    retranslate();
    m_zoneId = database.timeZoneId();
    setPeriod(Period::ThisYear);
    reloadPartners();
    connect(&database, &Database::changed, this, [this](Tables tables) {
        if (tables & (Table::Ledger | Table::Members | Table::Groups))
            reloadPartners();
        // "This month" and the days' bounds are the workspace zone's: a new zone moves them.
        const QString zone = m_database.timeZoneId();
        const bool zoneChanged = zone != m_zoneId;
        m_zoneId = zone;
        if (zoneChanged)
            setPeriod(Period(m_periodCombo->currentIndex()));
        if (zoneChanged || (tables & (Table::Points | Table::Ledger | Table::Orders)))
            showPointsOf(m_pointsMember);
        updateState();
    });
}

LedgerPane::~LedgerPane() = default;

QString LedgerPane::title() const
{
    return tr("Ledger");
}

void LedgerPane::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    auto *periodRow = new QHBoxLayout;
    m_periodLabel = new QLabel(this);
    m_periodCombo = new QComboBox(this);
    m_periodLabel->setBuddy(m_periodCombo);
    m_fromEdit = new QDateEdit(this);
    m_toEdit = new QDateEdit(this);
    for (QDateEdit *edit : { m_fromEdit, m_toEdit }) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_rulesButton = new QPushButton(this);
    m_creditPointsButton = new QPushButton(this);
    periodRow->addWidget(m_periodLabel);
    periodRow->addWidget(m_periodCombo);
    periodRow->addWidget(m_fromEdit);
    periodRow->addWidget(m_toEdit);
    periodRow->addStretch();
    periodRow->addWidget(m_rulesButton);
    periodRow->addWidget(m_creditPointsButton);
    layout->addLayout(periodRow);

    m_errorBanner = new ErrorBanner(this);
    layout->addWidget(m_errorBanner);
    connect(m_errorBanner, &ErrorBanner::retryRequested, this, &LedgerPane::retryLoad);
    m_tabs = new QTabWidget(this);
    layout->addWidget(m_tabs, 1);

    // Payouts: totals on top, the chosen beneficiary's entries below.
    auto *payouts = new QWidget(m_tabs);
    auto *payoutsLayout = new QVBoxLayout(payouts);
    m_totalsHint = new QLabel(payouts);
    m_totalsHint->setTextFormat(Qt::PlainText);
    m_totalsHint->setWordWrap(true);
    payoutsLayout->addWidget(m_totalsHint);
    auto *splitter = new QSplitter(Qt::Vertical, payouts);
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
    buttons->addWidget(m_markPaidButton);
    buttons->addWidget(m_markAllPaidButton);
    buttons->addStretch();
    buttons->addWidget(m_exportTotalsButton);
    buttons->addWidget(m_exportEntriesButton);
    entriesLayout->addLayout(buttons);
    splitter->addWidget(m_totalsView);
    splitter->addWidget(entriesBox);
    payoutsLayout->addWidget(splitter, 1);
    m_tabs->addTab(payouts, QString());

    auto *partners = new QWidget(m_tabs);
    auto *partnersLayout = new QVBoxLayout(partners);
    m_partnersHint = new QLabel(partners);
    m_partnersHint->setTextFormat(Qt::PlainText);
    m_partnersHint->setWordWrap(true);
    partnersLayout->addWidget(m_partnersHint);
    m_partnersTable = new QTableWidget(0, 5, partners);
    m_partnersTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_partnersTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_partnersTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_partnersTable->verticalHeader()->hide();
    m_partnersTable->verticalHeader()->setDefaultSectionSize(m_partnersTable->fontMetrics().height()
                                                             + 8);
    m_partnersTable->horizontalHeader()->setStretchLastSection(true);
    m_partnersTable->setAlternatingRowColors(true);
    partnersLayout->addWidget(m_partnersTable, 1);
    auto *partnerButtons = new QHBoxLayout;
    m_addPartnerButton = new QPushButton(partners);
    m_editPartnerButton = new QPushButton(partners);
    m_removePartnerButton = new QPushButton(partners);
    partnerButtons->addWidget(m_addPartnerButton);
    partnerButtons->addWidget(m_editPartnerButton);
    partnerButtons->addWidget(m_removePartnerButton);
    partnerButtons->addStretch();
    partnersLayout->addLayout(partnerButtons);
    m_tabs->addTab(partners, QString());

    // Points: one member's points ledger, balance and tier.
    auto *points = new QWidget(m_tabs);
    auto *pointsLayout = new QVBoxLayout(points);
    auto *pickRow = new QHBoxLayout;
    m_pointsMemberLabel = new QLabel(points);
    m_pointsPicker = new MemberPicker(points);
    m_pointsPicker->setDatabase(m_database);
    m_pointsMemberLabel->setBuddy(m_pointsPicker);
    m_pointsSummary = new QLabel(points);
    m_pointsSummary->setTextFormat(Qt::PlainText);
    pickRow->addWidget(m_pointsMemberLabel);
    pickRow->addWidget(m_pointsPicker, 1);
    pickRow->addWidget(m_pointsSummary, 2);
    pointsLayout->addLayout(pickRow);
    m_pointsTable = new QTableWidget(0, 4, points);
    m_pointsTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_pointsTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_pointsTable->verticalHeader()->hide();
    m_pointsTable->verticalHeader()->setDefaultSectionSize(m_pointsTable->fontMetrics().height()
                                                           + 8);
    m_pointsTable->horizontalHeader()->setStretchLastSection(true);
    m_pointsTable->setAlternatingRowColors(true);
    pointsLayout->addWidget(m_pointsTable, 1);
    m_tabs->addTab(points, QString());
    connect(m_pointsPicker, &MemberPicker::memberChanged, this, &LedgerPane::showPointsOf);

    m_markPaidAction = new QAction(this);
    m_markPaidAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_markPaidAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_markPaidAction);
    m_markAllPaidAction = new QAction(this);
    m_creditPointsAction = new QAction(this);
    m_entriesView->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_entriesView->addAction(m_markPaidAction);
    m_entriesView->addAction(m_markAllPaidAction);

    connect(m_markPaidAction, &QAction::triggered, this, &LedgerPane::markSelectedPaid);
    connect(m_markAllPaidAction, &QAction::triggered, this, &LedgerPane::markAllPaid);
    connect(m_creditPointsAction, &QAction::triggered, this, [this] { creditPoints(); });
    connect(m_markPaidButton, &QPushButton::clicked, m_markPaidAction, &QAction::trigger);
    connect(m_markAllPaidButton, &QPushButton::clicked, m_markAllPaidAction, &QAction::trigger);
    connect(m_creditPointsButton, &QPushButton::clicked, m_creditPointsAction, &QAction::trigger);
    connect(m_rulesButton, &QPushButton::clicked, this, &LedgerPane::editRules);
    connect(m_exportTotalsButton, &QPushButton::clicked, this, [this] { exportWithDialog(false); });
    connect(m_exportEntriesButton, &QPushButton::clicked, this, [this] { exportWithDialog(true); });
    connect(m_addPartnerButton, &QPushButton::clicked, this, &LedgerPane::addPartner);
    connect(m_editPartnerButton, &QPushButton::clicked, this, &LedgerPane::editSelectedPartner);
    connect(m_removePartnerButton, &QPushButton::clicked, this, &LedgerPane::removeSelectedPartner);
    connect(m_partnersTable, &QTableWidget::itemSelectionChanged, this, &LedgerPane::updateState);
    connect(m_partnersTable, &QTableWidget::cellDoubleClicked, this,
            &LedgerPane::editSelectedPartner);
    connect(m_periodCombo, &QComboBox::currentIndexChanged, this,
            [this](int index) { setPeriod(Period(index)); });
    for (QDateEdit *edit : { m_fromEdit, m_toEdit }) {
        connect(edit, &QDateEdit::dateChanged, this, [this] {
            {
                const QSignalBlocker blocker(m_periodCombo);
                m_periodCombo->setCurrentIndex(int(Period::Custom));
            }
            applyRange();
        });
    }
    connect(m_totalsView->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        const QModelIndexList rows = m_totalsView->selectionModel()->selectedRows();
        m_entries->setBeneficiary(
            rows.isEmpty() ? 0
                           : rows.first().data(LedgerTotalsModel::BeneficiaryIdRole).toLongLong());
        updateState();
    });
    connect(m_entriesView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &LedgerPane::updateState);
    // A reload resets the totals: keep showing the same beneficiary.
    connect(m_totals, &QAbstractItemModel::modelReset, this,
            [this] { selectBeneficiary(m_entries->beneficiary()); });
    connect(m_entries, &QAbstractItemModel::modelReset, this, &LedgerPane::updateState);
}

void LedgerPane::retranslate()
{
    m_periodLabel->setText(tr("&Period:"));
    {
        const QSignalBlocker blocker(m_periodCombo);
        const int index = qMax(0, m_periodCombo->currentIndex());
        m_periodCombo->clear();
        m_periodCombo->addItems(
            { tr("This month"), tr("Last month"), tr("This year"), tr("All time"), tr("Custom") });
        m_periodCombo->setCurrentIndex(index);
    }
    m_fromEdit->setAccessibleName(tr("From"));
    m_toEdit->setAccessibleName(tr("To"));
    m_rulesButton->setText(tr("&Rules…"));
    m_rulesButton->setToolTip(tr("Referral rebate, points and membership tiers"));
    m_creditPointsAction->setText(tr("&Credit Points Now"));
    m_creditPointsButton->setText(m_creditPointsAction->text());
    m_creditPointsButton->setToolTip(
        tr("Credits the activity and referral points members have earned since the last time"));
    m_tabs->setTabText(0, tr("Payouts"));
    m_tabs->setTabText(1, tr("Partners"));
    m_tabs->setTabText(2, tr("Points"));
    m_pointsMemberLabel->setText(tr("M&ember:"));
    m_pointsTable->setAccessibleName(tr("Points ledger"));
    m_pointsTable->setHorizontalHeaderLabels(
        { tr("Date"), tr("Reason"), tr("Points"), tr("Order") });
    showPointsOf(m_pointsMember);
    m_markPaidAction->setText(tr("Mark Selected &Paid"));
    m_markAllPaidAction->setText(tr("Mark &All Paid"));
    m_markPaidButton->setText(m_markPaidAction->text());
    m_markAllPaidButton->setText(m_markAllPaidAction->text());
    m_exportTotalsButton->setText(tr("Export &Totals…"));
    m_exportEntriesButton->setText(tr("Export &Entries…"));
    m_addPartnerButton->setText(tr("&Add Partner…"));
    m_editPartnerButton->setText(tr("&Edit…"));
    m_removePartnerButton->setText(tr("Re&move"));
    m_partnersHint->setText(
        tr("Partners (团长) earn a commission on paid orders in their groups; the partner who "
           "recruited them earns their own share on the same orders. Never more than two levels."));
    m_totalsView->setAccessibleName(tr("Payout totals"));
    m_entriesView->setAccessibleName(tr("Ledger entries"));
    m_partnersTable->setAccessibleName(tr("Partners"));
    m_partnersTable->setHorizontalHeaderLabels({ tr("Partner"), tr("Commission"), tr("Groups"),
                                                 tr("Recruited by"), tr("Recruiter's share") });
    reloadPartners();
    updateState();
}

void LedgerPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void LedgerPane::setPeriod(Period period)
{
    const QDate today
        = QDateTime::currentDateTimeUtc().toTimeZone(WorkspaceZone::of(m_database)).date();
    QDate from = m_fromEdit->date();
    QDate to = m_toEdit->date();
    switch (period) {
    case Period::ThisMonth:
        from = QDate(today.year(), today.month(), 1);
        to = today;
        break;
    case Period::LastMonth:
        from = QDate(today.year(), today.month(), 1).addMonths(-1);
        to = QDate(today.year(), today.month(), 1).addDays(-1);
        break;
    case Period::ThisYear:
        from = QDate(today.year(), 1, 1);
        to = today;
        break;
    case Period::AllTime:
        from = QDate(2000, 1, 1);
        to = today;
        break;
    case Period::Custom:
        break;
    }
    {
        const QSignalBlocker comboBlocker(m_periodCombo);
        const QSignalBlocker fromBlocker(m_fromEdit);
        const QSignalBlocker toBlocker(m_toEdit);
        m_periodCombo->setCurrentIndex(int(period));
        m_fromEdit->setDate(from);
        m_toEdit->setDate(to);
    }
    applyRange();
}

void LedgerPane::setRange(const QDate &from, const QDate &to)
{
    {
        const QSignalBlocker comboBlocker(m_periodCombo);
        const QSignalBlocker fromBlocker(m_fromEdit);
        const QSignalBlocker toBlocker(m_toEdit);
        m_periodCombo->setCurrentIndex(int(Period::Custom));
        m_fromEdit->setDate(from);
        m_toEdit->setDate(to);
    }
    applyRange();
}

void LedgerPane::applyRange()
{
    // Whole days of the workspace zone: "June" is the community's June, wherever the computer is.
    const QTimeZone zone = WorkspaceZone::of(m_database);
    const QDateTime from(m_fromEdit->date(), QTime(0, 0), zone);
    const QDateTime to(m_toEdit->date().addDays(1), QTime(0, 0), zone);
    m_entries->setPeriod(from, to);
    m_totals->setPeriod(from, to);
}

void LedgerPane::selectBeneficiary(qint64 memberId)
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

void LedgerPane::reloadPartners()
{
    guardedRead([&] {
        const qint64 selected = selectedPartner();
        const QList<PartnerTerms> partners = LedgerRepository(m_database).partners();
        QList<qint64> ids;
        for (const PartnerTerms &terms : partners)
            ids << terms.memberId << terms.recruiterId;
        QHash<qint64, QString> names;
        for (const Member &member : MemberRepository(m_database).findMany(ids))
            names.insert(member.id, member.displayName);
        QHash<qint64, QString> groups;
        for (const Group &group : GroupRepository(m_database).all())
            groups.insert(group.id, group.name);

        m_partnersTable->setRowCount(0);
        m_partnersTable->setSortingEnabled(false);
        for (const PartnerTerms &terms : partners) {
            const int row = m_partnersTable->rowCount();
            m_partnersTable->insertRow(row);
            QStringList groupNames;
            for (const qint64 group : terms.groupIds)
                groupNames << groups.value(group);
            groupNames.sort();
            auto *name = new QTableWidgetItem(names.value(terms.memberId));
            name->setData(Qt::UserRole, terms.memberId);
            m_partnersTable->setItem(row, 0, name);
            m_partnersTable->setItem(row, 1, new QTableWidgetItem(percent(terms.rateBasisPoints)));
            m_partnersTable->setItem(row, 2,
                                     new QTableWidgetItem(groupNames.join(QStringLiteral(", "))));
            m_partnersTable->setItem(row, 3, new QTableWidgetItem(names.value(terms.recruiterId)));
            m_partnersTable->setItem(
                row, 4,
                new QTableWidgetItem(terms.recruiterId ? percent(terms.recruiterRateBasisPoints)
                                                       : QString()));
            if (terms.memberId == selected)
                m_partnersTable->selectRow(row);
        }
        m_partnersTable->resizeColumnsToContents();
        updateState();
    });
}

bool LedgerPane::guardedRead(const std::function<void()> &read)
{
    try {
        read();
        return true;
    } catch (const QueryError &error) {
        showLoadError(error.message(), error.details());
        return false;
    }
}

void LedgerPane::showLoadError(const QString &message, const QString &details)
{
    // Empty tables here would read as "nothing owed"; the banner says the truth instead.
    m_errorBanner->showError(message, details);
    m_tabs->setVisible(false);
}

void LedgerPane::retryLoad()
{
    m_errorBanner->setVisible(false);
    m_tabs->setVisible(true);
    m_totals->reload();
    m_entries->reload();
    reloadPartners();
    showPointsOf(m_pointsMember);
}

qint64 LedgerPane::selectedPartner() const
{
    const int row = m_partnersTable ? m_partnersTable->currentRow() : -1;
    if (row < 0 || m_partnersTable->selectedItems().isEmpty())
        return 0;
    const QTableWidgetItem *item = m_partnersTable->item(row, 0);
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

QList<qint64> LedgerPane::selectedEntryIds() const
{
    QList<qint64> ids;
    const QModelIndexList rows = m_entriesView->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows)
        ids << row.data(LedgerEntriesModel::EntryIdRole).toLongLong();
    return ids;
}

void LedgerPane::updateState()
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
    m_creditPointsAction->setEnabled(writable && !m_creditingPoints);
    m_creditPointsButton->setEnabled(m_creditPointsAction->isEnabled());
    m_rulesButton->setEnabled(writable);
    m_addPartnerButton->setEnabled(writable);
    m_editPartnerButton->setEnabled(writable && selectedPartner() != 0);
    m_removePartnerButton->setEnabled(writable && selectedPartner() != 0);

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

void LedgerPane::markPaid(const QList<qint64> &entryIds)
{
    if (entryIds.isEmpty())
        return;
    m_undoStack->push(
        new MarkPaidCommand(m_database, entryIds, QDateTime::currentDateTimeUtc(),
                            [this](const QString &message) { Q_EMIT errorOccurred(message); }));
}

void LedgerPane::markSelectedPaid()
{
    markPaid(selectedEntryIds());
}

void LedgerPane::markAllPaid()
{
    QList<qint64> ids;
    for (const LedgerEntry &entry : m_entries->entries()) {
        if (!entry.paidAt.isValid())
            ids << entry.id;
    }
    markPaid(ids);
}

bool LedgerPane::exportCsv(const QString &path, bool entries, QString *errorMessage) const
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

void LedgerPane::exportWithDialog(bool entries)
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

void LedgerPane::creditPoints(std::function<void(int)> done)
{
    if (m_creditingPoints)
        return;
    m_creditingPoints = true;
    updateState();
    auto *watcher = new QFutureWatcher<int>(this);
    connect(watcher, &QFutureWatcher<int>::finished, this, [this, watcher, done] {
        watcher->deleteLater();
        // Only the workspace closing cancels the job, and this pane goes with it.
        const int members = watcher->future().resultCount() > 0 ? watcher->result() : -1;
        m_creditingPoints = false;
        updateState();
        if (members < 0)
            Q_EMIT errorOccurred(tr("The points could not be credited."));
        if (done)
            done(members);
    });
    // The job runner waits for it before the workspace closes, also when this pane is gone.
    watcher->setFuture(m_database.jobs().run([](JobContext &job) {
        LedgerPoster poster(job.database());
        int members = 0;
        const bool ok = poster.accruePoints(QDateTime::currentDateTimeUtc(), &members);
        return ok ? members : -1;
    }));
}

QString LedgerPane::pointsReasonName(const QString &reason)
{
    if (reason == QLatin1String("activity"))
        return tr("Active days");
    if (reason == QLatin1String("purchase"))
        return tr("Purchase");
    if (reason == QLatin1String("referral"))
        return tr("Referrals");
    if (reason == QLatin1String("refund"))
        return tr("Refund");
    if (reason == QLatin1String("redeem"))
        return tr("Redeemed");
    return reason;
}

void LedgerPane::showPointsOf(qint64 memberId)
{
    guardedRead([&] {
        m_pointsMember = memberId;
        if (m_pointsPicker->memberId() != memberId) {
            const auto member = MemberRepository(m_database).find(memberId);
            const QSignalBlocker blocker(m_pointsPicker);
            m_pointsPicker->setMember(member ? memberId : 0,
                                      member ? member->displayName : QString());
        }
        m_pointsTable->setRowCount(0);
        if (memberId == 0) {
            m_pointsSummary->setText(tr("Choose a member to see their points."));
            return;
        }
        const LedgerRepository ledger(m_database);
        const QList<PointsEntry> entries = ledger.pointsOf(memberId);
        const QLocale locale;
        const QTimeZone zone = WorkspaceZone::of(m_database);
        // Newest first: the operator checks what changed lately.
        for (qsizetype i = entries.size() - 1; i >= 0; --i) {
            const PointsEntry &entry = entries.at(i);
            const int row = m_pointsTable->rowCount();
            m_pointsTable->insertRow(row);
            m_pointsTable->setItem(row, 0,
                                   new QTableWidgetItem(locale.toString(entry.at.toTimeZone(zone),
                                                                        QLocale::ShortFormat)));
            m_pointsTable->setItem(row, 1, new QTableWidgetItem(pointsReasonName(entry.reason)));
            auto *amount = new QTableWidgetItem(locale.toString(entry.points));
            amount->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_pointsTable->setItem(row, 2, amount);
            m_pointsTable->setItem(
                row, 3,
                new QTableWidgetItem(entry.orderId ? QStringLiteral("#%1").arg(entry.orderId)
                                                   : QString()));
        }
        m_pointsTable->resizeColumnsToContents();
        const qint64 balance = ledger.pointsBalance(memberId);
        const MembershipTiers tiers = LedgerSettingsRepository(m_database).tiers();
        // Spend as the Members list counts it: every order but refunded ones.
        Money spent;
        for (const Order &order : OrderRepository(m_database).memberOrders(memberId)) {
            if (order.status == OrderStatus::Refunded)
                continue;
            if (spent.currency().isEmpty())
                spent = Money(0, order.total.currency());
            if (order.total.currency() == spent.currency())
                spent += order.total;
        }
        const auto tier = tiers.tierFor(balance, spent);
        m_pointsSummary->setText(
            tier ? tr("Balance: %1 points · tier %2").arg(locale.toString(balance), tier->name)
                 : tr("Balance: %1 points").arg(locale.toString(balance)));
    });
}

void LedgerPane::editRules()
{
    guardedRead([&] {
        QList<QPair<qint64, QString>> campaigns;
        for (const Campaign &campaign : CampaignRepository(m_database).all())
            campaigns.append({ campaign.id, campaign.name });
        LedgerRulesDialog dialog(LedgerRules::load(m_database), campaigns, this);
        if (!execDialog(&dialog))
            return;
        m_undoStack->push(
            new LedgerRulesCommand(m_database, dialog.rules(), [this](const QString &message) {
                Q_EMIT errorOccurred(message);
            }));
    });
}

void LedgerPane::addPartner()
{
    guardedRead([&] {
        PartnerDialog dialog(m_database, PartnerTerms {}, QString(), this);
        if (!execDialog(&dialog))
            return;
        const PartnerTerms terms = dialog.terms();
        m_undoStack->push(new PartnerTermsCommand(
            m_database, terms.memberId, terms,
            [this](const QString &message) { Q_EMIT errorOccurred(message); }));
    });
}

void LedgerPane::editSelectedPartner()
{
    guardedRead([&] {
        const qint64 memberId = selectedPartner();
        if (memberId == 0)
            return;
        PartnerTerms current;
        for (const PartnerTerms &terms : LedgerRepository(m_database).partners()) {
            if (terms.memberId == memberId)
                current = terms;
        }
        const auto member = MemberRepository(m_database).find(memberId);
        PartnerDialog dialog(m_database, current, member ? member->displayName : QString(), this);
        if (!execDialog(&dialog))
            return;
        m_undoStack->push(new PartnerTermsCommand(
            m_database, memberId, dialog.terms(),
            [this](const QString &message) { Q_EMIT errorOccurred(message); }));
    });
}

void LedgerPane::removeSelectedPartner()
{
    const qint64 memberId = selectedPartner();
    if (memberId == 0)
        return;
    m_undoStack->push(
        new PartnerTermsCommand(m_database, memberId, std::nullopt,
                                [this](const QString &message) { Q_EMIT errorOccurred(message); }));
}

} // namespace cohort
