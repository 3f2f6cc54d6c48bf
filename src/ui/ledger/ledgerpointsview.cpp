#include "ui/ledger/ledgerpointsview.h"

#include "storage/database.h"
#include "storage/ledgerrepository.h"
#include "storage/ledgersettingsrepository.h"
#include "storage/memberrepository.h"
#include "storage/orderrepository.h"
#include "storage/queryerror.h"
#include "storage/workspacezone.h"
#include "ui/widgets/memberpicker.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cohort {

LedgerPointsView::LedgerPointsView(Database &database, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
{
    auto *pointsLayout = new QVBoxLayout(this);
    auto *pickRow = new QHBoxLayout;
    m_memberLabel = new QLabel(this);
    m_picker = new MemberPicker(this);
    m_picker->setDatabase(m_database);
    m_memberLabel->setBuddy(m_picker);
    m_pointsSummary = new QLabel(this);
    m_pointsSummary->setTextFormat(Qt::PlainText);
    pickRow->addWidget(m_memberLabel);
    pickRow->addWidget(m_picker, 1);
    pickRow->addWidget(m_pointsSummary, 2);
    pointsLayout->addLayout(pickRow);
    m_pointsTable = new QTableWidget(0, 4, this);
    m_pointsTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_pointsTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_pointsTable->verticalHeader()->hide();
    m_pointsTable->verticalHeader()->setDefaultSectionSize(m_pointsTable->fontMetrics().height()
                                                           + 8);
    m_pointsTable->horizontalHeader()->setStretchLastSection(true);
    m_pointsTable->setAlternatingRowColors(true);
    pointsLayout->addWidget(m_pointsTable, 1);
    connect(m_picker, &MemberPicker::memberChanged, this, &LedgerPointsView::showPointsOf);
    retranslate();
}

void LedgerPointsView::retranslate()
{
    m_memberLabel->setText(tr("M&ember:"));
    m_pointsTable->setAccessibleName(tr("Points ledger"));
    m_pointsTable->setHorizontalHeaderLabels(
        { tr("Date"), tr("Reason"), tr("Points"), tr("Order") });
    showPointsOf(m_member);
}

void LedgerPointsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

QString LedgerPointsView::pointsReasonName(const QString &reason)
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

void LedgerPointsView::showPointsOf(qint64 memberId)
{
    try {
        m_member = memberId;
        if (m_picker->memberId() != memberId) {
            const auto member = MemberRepository(m_database).find(memberId);
            const QSignalBlocker blocker(m_picker);
            m_picker->setMember(member ? memberId : 0, member ? member->displayName : QString());
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
    } catch (const QueryError &error) {
        Q_EMIT loadFailed(error.message(), error.details());
    }
}

} // namespace cohort
