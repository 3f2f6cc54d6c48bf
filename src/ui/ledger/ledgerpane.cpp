#include "ui/ledger/ledgerpane.h"

#include "models/commands/ledgerrulescommand.h"
#include "storage/campaignrepository.h"
#include "storage/database.h"
#include "storage/jobrunner.h"
#include "storage/ledgerposter.h"
#include "storage/queryerror.h"
#include "storage/workspacezone.h"
#include "ui/ledger/ledgerpartnersview.h"
#include "ui/ledger/ledgerpayoutsview.h"
#include "ui/ledger/ledgerpointsview.h"
#include "ui/ledger/ledgerrulesdialog.h"
#include "ui/widgets/errorbanner.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTabWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace cohort {

LedgerPane::LedgerPane(Database &database, QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_undoStack(undoStack)
{
    execDialog = [](QWidget *dialog) {
        return static_cast<QDialog *>(dialog)->exec() == QDialog::Accepted;
    };
    buildUi();
    retranslate();
    m_zoneId = database.timeZoneId();
    setPeriod(Period::ThisYear);
    m_partners->reload();
    connect(&database, &Database::changed, this, [this](Tables tables) {
        if (tables & (Table::Ledger | Table::Members | Table::Groups))
            m_partners->reload();
        // "This month" and the days' bounds are the workspace zone's: a new zone moves them.
        const QString zone = m_database.timeZoneId();
        const bool zoneChanged = zone != m_zoneId;
        m_zoneId = zone;
        if (zoneChanged)
            setPeriod(Period(m_periodCombo->currentIndex()));
        if (zoneChanged || (tables & (Table::Points | Table::Ledger | Table::Orders)))
            m_points->reload();
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
    // The same bundled icons as the toolbars and menus.
    m_rulesButton->setIcon(QIcon::fromTheme(QStringLiteral("configure")));
    m_creditPointsButton->setIcon(QIcon::fromTheme(QStringLiteral("view-financial-account")));
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

    m_payouts = new LedgerPayoutsView(m_database, m_undoStack, m_tabs);
    // The views run the pane's hook, which tests replace after construction.
    m_partners = new LedgerPartnersView(
        m_database, m_undoStack, [this](QWidget *dialog) { return execDialog(dialog); }, m_tabs);
    m_points = new LedgerPointsView(m_database, m_tabs);
    m_tabs->addTab(m_payouts, QString());
    m_tabs->addTab(m_partners, QString());
    m_tabs->addTab(m_points, QString());
    connect(m_payouts, &LedgerPayoutsView::loadFailed, this, &LedgerPane::showLoadError);
    connect(m_partners, &LedgerPartnersView::loadFailed, this, &LedgerPane::showLoadError);
    connect(m_points, &LedgerPointsView::loadFailed, this, &LedgerPane::showLoadError);
    connect(m_payouts, &LedgerPayoutsView::errorOccurred, this, &LedgerPane::errorOccurred);
    connect(m_partners, &LedgerPartnersView::errorOccurred, this, &LedgerPane::errorOccurred);

    m_creditPointsAction = new QAction(this);
    connect(m_creditPointsAction, &QAction::triggered, this, [this] { creditPoints(); });
    connect(m_creditPointsButton, &QPushButton::clicked, m_creditPointsAction, &QAction::trigger);
    connect(m_rulesButton, &QPushButton::clicked, this, &LedgerPane::editRules);
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
    m_payouts->setPeriod(from, to);
}

void LedgerPane::selectBeneficiary(qint64 memberId)
{
    m_payouts->selectBeneficiary(memberId);
}

LedgerTotalsModel *LedgerPane::totalsModel() const
{
    return m_payouts->totalsModel();
}

LedgerEntriesModel *LedgerPane::entriesModel() const
{
    return m_payouts->entriesModel();
}

QTableView *LedgerPane::totalsView() const
{
    return m_payouts->totalsView();
}

QTableView *LedgerPane::entriesView() const
{
    return m_payouts->entriesView();
}

QTableWidget *LedgerPane::partnersTable() const
{
    return m_partners->partnersTable();
}

QTableWidget *LedgerPane::pointsTable() const
{
    return m_points->pointsTable();
}

QLabel *LedgerPane::pointsSummary() const
{
    return m_points->pointsSummary();
}

void LedgerPane::showPointsOf(qint64 memberId)
{
    m_points->showPointsOf(memberId);
}

QString LedgerPane::pointsReasonName(const QString &reason)
{
    return LedgerPointsView::pointsReasonName(reason);
}

QAction *LedgerPane::markPaidAction() const
{
    return m_payouts->markPaidAction();
}

QAction *LedgerPane::markAllPaidAction() const
{
    return m_payouts->markAllPaidAction();
}

bool LedgerPane::exportCsv(const QString &path, bool entries, QString *errorMessage) const
{
    return m_payouts->exportCsv(path, entries, errorMessage);
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
    m_payouts->reload();
    m_partners->reload();
    m_points->reload();
}

void LedgerPane::updateState()
{
    if (!m_creditPointsAction)
        return;
    const bool writable = !m_database.isReadOnly();
    m_creditPointsAction->setEnabled(writable && !m_creditingPoints);
    m_creditPointsButton->setEnabled(m_creditPointsAction->isEnabled());
    m_rulesButton->setEnabled(writable);
    m_payouts->updateState();
    m_partners->updateState();
}

void LedgerPane::markSelectedPaid()
{
    m_payouts->markSelectedPaid();
}

void LedgerPane::markAllPaid()
{
    m_payouts->markAllPaid();
}

void LedgerPane::addPartner()
{
    m_partners->addPartner();
}

void LedgerPane::editSelectedPartner()
{
    m_partners->editSelectedPartner();
}

void LedgerPane::removeSelectedPartner()
{
    m_partners->removeSelectedPartner();
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

} // namespace cohort
