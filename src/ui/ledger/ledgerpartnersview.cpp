#include "ui/ledger/ledgerpartnersview.h"

#include "models/commands/partnertermscommand.h"
#include "storage/database.h"
#include "storage/grouprepository.h"
#include "storage/ledgerrepository.h"
#include "storage/memberrepository.h"
#include "storage/queryerror.h"
#include "ui/ledger/partnerdialog.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace cohort {

namespace {

QString percent(qint64 basisPoints)
{
    return QLocale().toString(double(basisPoints) / 100.0, 'f', basisPoints % 100 ? 2 : 0)
        + QStringLiteral(" %");
}

} // namespace

LedgerPartnersView::LedgerPartnersView(Database &database, QUndoStack *undoStack,
                                       std::function<bool(QWidget *dialog)> execDialog,
                                       QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_undoStack(undoStack)
    , m_execDialog(std::move(execDialog))
{
    auto *partnersLayout = new QVBoxLayout(this);
    m_partnersHint = new QLabel(this);
    m_partnersHint->setTextFormat(Qt::PlainText);
    m_partnersHint->setWordWrap(true);
    partnersLayout->addWidget(m_partnersHint);
    m_partnersTable = new QTableWidget(0, 5, this);
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
    m_addPartnerButton = new QPushButton(this);
    m_editPartnerButton = new QPushButton(this);
    m_removePartnerButton = new QPushButton(this);
    // The same bundled icons as the toolbars and menus.
    m_addPartnerButton->setIcon(QIcon::fromTheme(QStringLiteral("list-add")));
    m_editPartnerButton->setIcon(QIcon::fromTheme(QStringLiteral("document-edit")));
    m_removePartnerButton->setIcon(QIcon::fromTheme(QStringLiteral("edit-delete")));
    partnerButtons->addWidget(m_addPartnerButton);
    partnerButtons->addWidget(m_editPartnerButton);
    partnerButtons->addWidget(m_removePartnerButton);
    partnerButtons->addStretch();
    partnersLayout->addLayout(partnerButtons);

    connect(m_addPartnerButton, &QPushButton::clicked, this, &LedgerPartnersView::addPartner);
    connect(m_editPartnerButton, &QPushButton::clicked, this,
            &LedgerPartnersView::editSelectedPartner);
    connect(m_removePartnerButton, &QPushButton::clicked, this,
            &LedgerPartnersView::removeSelectedPartner);
    connect(m_partnersTable, &QTableWidget::itemSelectionChanged, this,
            &LedgerPartnersView::updateState);
    connect(m_partnersTable, &QTableWidget::cellDoubleClicked, this,
            &LedgerPartnersView::editSelectedPartner);
    retranslate();
}

void LedgerPartnersView::retranslate()
{
    m_addPartnerButton->setText(tr("&Add Partner…"));
    m_editPartnerButton->setText(tr("&Edit…"));
    m_removePartnerButton->setText(tr("Re&move"));
    m_partnersHint->setText(
        tr("Partners (团长) earn a commission on paid orders in their groups; the partner who "
           "recruited them earns their own share on the same orders. Never more than two levels."));
    m_partnersTable->setAccessibleName(tr("Partners"));
    m_partnersTable->setHorizontalHeaderLabels({ tr("Partner"), tr("Commission"), tr("Groups"),
                                                 tr("Recruited by"), tr("Recruiter's share") });
}

void LedgerPartnersView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        reload(); // the percentages follow the new locale
    }
    QWidget::changeEvent(event);
}

bool LedgerPartnersView::guardedRead(const std::function<void()> &read)
{
    try {
        read();
        return true;
    } catch (const QueryError &error) {
        Q_EMIT loadFailed(error.message(), error.details());
        return false;
    }
}

void LedgerPartnersView::reload()
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

qint64 LedgerPartnersView::selectedPartner() const
{
    const int row = m_partnersTable->currentRow();
    if (row < 0 || m_partnersTable->selectedItems().isEmpty())
        return 0;
    const QTableWidgetItem *item = m_partnersTable->item(row, 0);
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

void LedgerPartnersView::updateState()
{
    const bool writable = !m_database.isReadOnly();
    m_addPartnerButton->setEnabled(writable);
    m_editPartnerButton->setEnabled(writable && selectedPartner() != 0);
    m_removePartnerButton->setEnabled(writable && selectedPartner() != 0);
}

void LedgerPartnersView::addPartner()
{
    guardedRead([&] {
        PartnerDialog dialog(m_database, PartnerTerms {}, QString(), this);
        if (!m_execDialog(&dialog))
            return;
        const PartnerTerms terms = dialog.terms();
        m_undoStack->push(new PartnerTermsCommand(
            m_database, terms.memberId, terms,
            [this](const QString &message) { Q_EMIT errorOccurred(message); }));
    });
}

void LedgerPartnersView::editSelectedPartner()
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
        if (!m_execDialog(&dialog))
            return;
        m_undoStack->push(new PartnerTermsCommand(
            m_database, memberId, dialog.terms(),
            [this](const QString &message) { Q_EMIT errorOccurred(message); }));
    });
}

void LedgerPartnersView::removeSelectedPartner()
{
    const qint64 memberId = selectedPartner();
    if (memberId == 0)
        return;
    m_undoStack->push(
        new PartnerTermsCommand(m_database, memberId, std::nullopt,
                                [this](const QString &message) { Q_EMIT errorOccurred(message); }));
}

} // namespace cohort
