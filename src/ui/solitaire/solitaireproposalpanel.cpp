#include "ui/solitaire/solitaireproposalpanel.h"

#include "models/commands/acceptsolitaireorderscommand.h"
#include "storage/campaignrepository.h"
#include "storage/database.h"
#include "storage/productrepository.h"
#include "storage/queryerror.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace cohort {

using import::SolitaireProposal;

namespace {

enum Column { Position, Name, Member, Quantity, UnitPrice, Total, Status, ColumnCount };

QStandardItem *cell(const QString &text, Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter)
{
    auto *item = new QStandardItem(text);
    item->setEditable(false);
    item->setTextAlignment(alignment);
    return item;
}

QString positionsText(const QList<int> &positions)
{
    QStringList parts;
    for (const int p : positions)
        parts << QString::number(p);
    return parts.join(QStringLiteral(", "));
}

} // namespace

SolitaireProposalPanel::SolitaireProposalPanel(Database &database, QUndoStack *undoStack,
                                               QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_undoStack(undoStack)
{
    setObjectName(QStringLiteral("solitaireProposals"));
    m_campaignLabel = new QLabel(this);
    m_campaign = new QComboBox(this);
    m_campaign->setObjectName(QStringLiteral("campaignCombo"));
    m_campaignLabel->setBuddy(m_campaign);
    m_productLabel = new QLabel(this);
    m_product = new QComboBox(this);
    m_product->setObjectName(QStringLiteral("productCombo"));
    m_productLabel->setBuddy(m_product);
    m_priceLabel = new QLabel(this);
    m_priceLabel->setTextFormat(Qt::PlainText);
    m_model = new QStandardItemModel(0, ColumnCount, this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("proposalTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(Status, QHeaderView::Stretch);
    m_summary = new QLabel(this);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_accept = new QPushButton(this);
    m_accept->setObjectName(QStringLiteral("acceptButton"));

    auto *pickers = new QGridLayout;
    pickers->addWidget(m_campaignLabel, 0, 0);
    pickers->addWidget(m_campaign, 0, 1);
    pickers->addWidget(m_productLabel, 1, 0);
    pickers->addWidget(m_product, 1, 1);
    pickers->addWidget(m_priceLabel, 1, 2);
    pickers->setColumnStretch(1, 1);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_summary, 1);
    bottom->addWidget(m_accept);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(pickers);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);

    connect(m_campaign, &QComboBox::currentIndexChanged, this,
            &SolitaireProposalPanel::onCampaignPicked);
    connect(m_product, &QComboBox::currentIndexChanged, this,
            &SolitaireProposalPanel::onProductPicked);
    connect(m_accept, &QPushButton::clicked, this, &SolitaireProposalPanel::acceptReady);
    retranslateUi();
    reload();
}

SolitaireProposalPanel::~SolitaireProposalPanel() = default;

void SolitaireProposalPanel::retranslateUi()
{
    m_campaignLabel->setText(tr("&Campaign:"));
    m_productLabel->setText(tr("&Product:"));
    m_campaign->setAccessibleName(tr("Campaign of the orders"));
    m_product->setAccessibleName(tr("Product of the orders"));
    m_table->setAccessibleName(tr("Proposed orders"));
    m_model->setHorizontalHeaderLabels({ tr("#"), tr("Name in the list"), tr("Member"),
                                         tr("Quantity"), tr("Unit price"), tr("Total"),
                                         tr("Status") });
    fillCampaigns();
    fillProducts();
    showProposals();
}

void SolitaireProposalPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void SolitaireProposalPanel::reload()
{
    try {
        m_campaigns = CampaignRepository(m_database).all();
        m_products = ProductRepository(m_database).all();
    } catch (const QueryError &error) {
        Q_EMIT loadFailed(error.message(), error.details());
        return;
    }
    setBook(m_book);
}

void SolitaireProposalPanel::setBook(const import::SolitaireBook *book)
{
    m_book = book;
    try {
        m_existing = book ? SolitaireRepository(m_database).ordersFrom(book->messageIds)
                          : QList<SolitaireRepository::SourcedOrder>();
    } catch (const QueryError &error) {
        // Without the orders already taken, every entry would be proposed again.
        m_existing.clear();
        m_book = nullptr;
        book = nullptr;
        Q_EMIT loadFailed(error.message(), error.details());
    }
    m_pricing = {};
    if (book) {
        const auto pick = m_picks.constFind(book->thread.firstMessageId);
        m_pricing = pick != m_picks.cend()
            ? import::SolitaireOrderPlanner::pricing(pick->campaignId, pick->productId, m_campaigns,
                                                     m_products)
            : import::SolitaireOrderPlanner::linkedPricing(*book, m_campaigns, m_products,
                                                           m_existing);
    }
    fillCampaigns();
    fillProducts();
    replan();
}

void SolitaireProposalPanel::fillCampaigns()
{
    m_filling = true;
    m_campaign->clear();
    m_campaign->addItem(tr("(no campaign)"), qint64(0));
    QList<const Campaign *> offered;
    for (const Campaign &c : std::as_const(m_campaigns)) {
        if (m_book && c.groupIds.contains(m_book->groupId))
            offered << &c;
    }
    // Solitaire campaigns first: they are the ones a 接龙 list belongs to.
    std::stable_sort(offered.begin(), offered.end(), [](const Campaign *a, const Campaign *b) {
        return (a->type == CampaignType::Solitaire) > (b->type == CampaignType::Solitaire);
    });
    for (const Campaign *c : std::as_const(offered))
        m_campaign->addItem(c->name, c->id);
    m_campaign->setCurrentIndex(std::max(0, m_campaign->findData(m_pricing.campaignId)));
    m_campaign->setEnabled(m_book != nullptr);
    m_filling = false;
}

void SolitaireProposalPanel::fillProducts()
{
    m_filling = true;
    m_product->clear();
    m_product->addItem(tr("(choose a product)"), qint64(0));
    const auto campaign
        = std::find_if(m_campaigns.cbegin(), m_campaigns.cend(),
                       [this](const Campaign &c) { return c.id == m_pricing.campaignId; });
    for (const Product &p : std::as_const(m_products)) {
        const bool inCampaign = campaign != m_campaigns.cend()
            && std::any_of(campaign->products.cbegin(), campaign->products.cend(),
                           [&p](const CampaignProduct &cp) { return cp.productId == p.id; });
        const bool campaignHasProducts
            = campaign != m_campaigns.cend() && !campaign->products.isEmpty();
        if (campaignHasProducts ? inCampaign : (p.active || p.id == m_pricing.productId))
            m_product->addItem(p.name, p.id);
    }
    m_product->setCurrentIndex(std::max(0, m_product->findData(m_pricing.productId)));
    m_product->setEnabled(m_book != nullptr);
    m_priceLabel->setText(
        m_pricing.isValid()
            ? tr("unit price %1").arg(m_pricing.unitPrice.toDisplayString(QLocale()))
            : QString());
    m_filling = false;
}

void SolitaireProposalPanel::chooseCampaign(qint64 campaignId)
{
    m_campaign->setCurrentIndex(std::max(0, m_campaign->findData(campaignId)));
}

void SolitaireProposalPanel::chooseProduct(qint64 productId)
{
    m_product->setCurrentIndex(std::max(0, m_product->findData(productId)));
}

void SolitaireProposalPanel::onCampaignPicked()
{
    if (m_filling || !m_book)
        return;
    const qint64 campaignId = m_campaign->currentData().toLongLong();
    m_pricing = import::SolitaireOrderPlanner::pricing(campaignId, 0, m_campaigns, m_products);
    m_picks.insert(m_book->thread.firstMessageId, m_pricing);
    fillProducts();
    replan();
}

void SolitaireProposalPanel::onProductPicked()
{
    if (m_filling || !m_book)
        return;
    m_pricing = import::SolitaireOrderPlanner::pricing(
        m_pricing.campaignId, m_product->currentData().toLongLong(), m_campaigns, m_products);
    m_picks.insert(m_book->thread.firstMessageId, m_pricing);
    fillProducts();
    replan();
}

void SolitaireProposalPanel::replan()
{
    m_proposals = m_book ? import::SolitaireOrderPlanner::plan(*m_book, m_pricing, m_existing)
                         : QList<SolitaireProposal>();
    showProposals();
}

QString SolitaireProposalPanel::statusText(SolitaireProposal::Status status) const
{
    switch (status) {
    case SolitaireProposal::Status::Ready:
        return tr("Ready to accept");
    case SolitaireProposal::Status::Accepted:
        return tr("In Orders");
    case SolitaireProposal::Status::Unmatched:
        return tr("Unmatched: no member goes by this name");
    case SolitaireProposal::Status::Ambiguous:
        return tr("Unmatched: several members go by this name");
    case SolitaireProposal::Status::NoProduct:
        return tr("Choose a product");
    }
    return {};
}

void SolitaireProposalPanel::showProposals()
{
    m_model->removeRows(0, m_model->rowCount());
    const QLocale locale;
    const Qt::Alignment right = Qt::AlignRight | Qt::AlignVCenter;
    int ready = 0;
    int accepted = 0;
    int unmatched = 0;
    for (const SolitaireProposal &p : std::as_const(m_proposals)) {
        const bool priced = p.status == SolitaireProposal::Status::Ready;
        QList<QStandardItem *> row {
            cell(positionsText(p.positions), right),
            cell(p.name),
            cell(p.memberId > 0 ? p.memberName : tr("—")),
            cell(locale.toString(p.status == SolitaireProposal::Status::Accepted ? p.order.quantity
                                                                                 : p.quantity),
                 right),
            cell(priced ? p.order.unitPrice.toDisplayString(locale) : QString(), right),
            cell(priced ? p.order.total.toDisplayString(locale) : QString(), right),
            cell(statusText(p.status)),
        };
        if (p.memberId == 0) {
            for (QStandardItem *item : row)
                item->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
        }
        m_model->appendRow(row);
        ready += priced ? 1 : 0;
        accepted += p.status == SolitaireProposal::Status::Accepted ? 1 : 0;
        unmatched += p.memberId == 0 ? 1 : 0;
    }
    // Every column but Status fits its contents; Status takes the rest of the width.
    for (int column = 0; column < Status; ++column)
        m_table->resizeColumnToContents(column);
    m_accept->setText(ready > 0 ? tr("&Accept Orders (%1)").arg(ready) : tr("&Accept Orders"));
    m_accept->setEnabled(ready > 0 && !m_database.isReadOnly());
    if (!m_book) {
        m_summary->setText(tr("Select a list to see its orders."));
    } else if (m_proposals.isEmpty()) {
        m_summary->setText(tr("Nobody has signed up on this list yet."));
    } else {
        QStringList parts;
        parts << tr("%n ready", nullptr, ready) << tr("%n already in Orders", nullptr, accepted)
              << tr("%n unmatched", nullptr, unmatched);
        if (!m_pricing.isValid() && ready == 0 && accepted < m_proposals.size() - unmatched)
            parts << tr("choose the product to price the orders");
        m_summary->setText(parts.join(QStringLiteral(" · ")));
    }
}

bool SolitaireProposalPanel::acceptReady()
{
    const QList<Order> orders = import::SolitaireOrderPlanner::readyOrders(m_proposals);
    if (orders.isEmpty() || !m_book)
        return false;
    m_lastError.clear();
    // The command may fail again on a later undo or redo, when this panel may be gone.
    const QPointer<SolitaireProposalPanel> panel(this);
    m_undoStack->push(new AcceptSolitaireOrdersCommand(m_database, orders, m_book->thread.title,
                                                       [panel](const QString &message) {
                                                           if (panel)
                                                               panel->reportError(message);
                                                       })); // push runs redo(): the one transaction
    return m_lastError.isEmpty();
}

void SolitaireProposalPanel::reportError(const QString &message)
{
    m_lastError = message;
    Q_EMIT errorShown(message);
    if (!m_showErrors)
        return;
    QMessageBox box(QMessageBox::Warning, tr("Could Not Accept Orders"), message, QMessageBox::Ok,
                    this);
    box.setTextFormat(Qt::PlainText);
    box.exec();
}

} // namespace cohort
