#include "ui/orders/orderdialog.h"

#include "domain/tierquote.h"
#include "storage/campaignrepository.h"
#include "storage/grouprepository.h"
#include "storage/memberrepository.h"
#include "storage/orderrepository.h"
#include "storage/productrepository.h"
#include "ui/widgets/dialogvalidation.h"
#include "ui/widgets/editedfield.h"
#include "ui/widgets/enumcombo.h"
#include "ui/widgets/zonedtime.h"

#include "ui_orderdialog.h"

#include <QEvent>
#include <QLocale>

#include <limits>

namespace cohort {

OrderDialog::OrderDialog(Database &database, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::OrderDialog>())
    , m_database(database)
    , m_zone(workspaceZone(database))
{
    m_ui->setupUi(this);
    m_ui->quantitySpin->setRange(0, std::numeric_limits<int>::max());
    m_ui->quantitySpin->setGroupSeparatorShown(true);
    // Times are the workspace's, like the Orders list, whatever zone this computer is in.
    m_ui->timeEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    m_ui->memberPicker->setDatabase(database);
    m_products = ProductRepository(database).all();
    for (const Product &p : std::as_const(m_products))
        m_ui->productCombo->addItem(
            p.sku.isEmpty() ? p.name
                            : QString(p.name + QLatin1String(" (") + p.sku + QLatin1Char(')')),
            p.id);
    const QList<Group> groups = GroupRepository(database).all();
    m_ui->groupCombo->addItem(QString(), qint64(0));
    for (const Group &g : groups)
        m_ui->groupCombo->addItem(g.name, g.id);
    m_campaigns = CampaignRepository(database).all();
    m_ui->campaignCombo->addItem(QString(), qint64(0));
    for (const Campaign &c : std::as_const(m_campaigns))
        m_ui->campaignCombo->addItem(c.name, c.id);
    fillCombos();

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->productCombo, &QComboBox::currentIndexChanged, this, &OrderDialog::productChosen);
    connect(m_ui->memberPicker, &MemberPicker::memberChanged, this, &OrderDialog::tiersChanged);
    connect(m_ui->campaignCombo, &QComboBox::currentIndexChanged, this, &OrderDialog::tiersChanged);
    connect(m_ui->quantitySpin, &QSpinBox::valueChanged, this, &OrderDialog::validate);
    connect(m_ui->unitPriceEdit, &QLineEdit::textChanged, this, &OrderDialog::validate);

    Order fresh;
    fresh.orderedAt = QDateTime::currentDateTimeUtc();
    setOrder(fresh);
}

OrderDialog::~OrderDialog() = default;

void OrderDialog::fillCombos()
{
    fillEnumCombo<OrderChannel>(m_ui->channelCombo);
    fillEnumCombo<OrderStatus>(m_ui->statusCombo);
    m_ui->groupCombo->setItemText(0, tr("(none)"));
    m_ui->campaignCombo->setItemText(0, tr("(none)"));
}

QString OrderDialog::currency() const
{
    if (!m_order.unitPrice.currency().isEmpty())
        return m_order.unitPrice.currency();
    const int index = m_ui->productCombo->currentIndex();
    if (index >= 0 && index < m_products.size() && !m_products.at(index).price.currency().isEmpty())
        return m_products.at(index).price.currency();
    return Money::defaultCurrency();
}

void OrderDialog::setOrder(const Order &order)
{
    m_order = order;
    // Loading an order keeps its price; only the user's changes re-price it.
    const QSignalBlocker memberBlocker(m_ui->memberPicker);
    const QSignalBlocker campaignBlocker(m_ui->campaignCombo);
    if (order.memberId != 0) {
        const std::optional<Member> member = MemberRepository(m_database).find(order.memberId);
        m_ui->memberPicker->setMember(order.memberId, member ? member->displayName : QString());
    } else {
        m_ui->memberPicker->setMember(0, QString());
    }
    {
        const QSignalBlocker blocker(m_ui->productCombo);
        const int index = m_ui->productCombo->findData(order.productId);
        m_ui->productCombo->setCurrentIndex(order.productId == 0 ? -1 : index);
    }
    m_ui->quantitySpin->setValue(order.quantity);
    m_ui->unitPriceEdit->setText(order.id == 0 ? QString() : order.unitPrice.toPlainString());
    m_ui->groupCombo->setCurrentIndex(qMax(0, m_ui->groupCombo->findData(order.groupId)));
    m_ui->campaignCombo->setCurrentIndex(qMax(0, m_ui->campaignCombo->findData(order.campaignId)));
    showZonedTime(m_ui->timeEdit,
                  order.orderedAt.isValid() ? order.orderedAt : QDateTime::currentDateTimeUtc(),
                  m_zone);
    setEnumComboValue(m_ui->channelCombo, order.channel);
    setEnumComboValue(m_ui->statusCombo, order.status);
    m_ui->notesEdit->setPlainText(order.notes);
    m_shown = formOrder();
    updateTierText();
    validate();
}

void OrderDialog::productChosen()
{
    const int index = m_ui->productCombo->currentIndex();
    if (index >= 0 && index < m_products.size())
        m_ui->unitPriceEdit->setText(m_products.at(index).price.toPlainString());
    tiersChanged();
}

const Campaign *OrderDialog::currentCampaign() const
{
    const qint64 id = m_ui->campaignCombo->currentData().toLongLong();
    for (const Campaign &campaign : m_campaigns) {
        if (campaign.id == id)
            return &campaign;
    }
    return nullptr;
}

void OrderDialog::tiersChanged()
{
    updateTierText();
    const Campaign *campaign = currentCampaign();
    if (campaign && !campaign->priceTiers.isEmpty()) {
        Order current = m_order;
        current.memberId = m_ui->memberPicker->memberId();
        const TierQuote quote = TierQuote::make(campaign->priceTiers, m_campaignOrders, current);
        if (const std::optional<Money> price = quote.unitPrice())
            m_ui->unitPriceEdit->setText(price->toPlainString());
    }
    validate();
}

void OrderDialog::updateTierText()
{
    const Campaign *campaign = currentCampaign();
    const bool tiered = campaign && !campaign->priceTiers.isEmpty();
    m_ui->tierLabel->setVisible(tiered);
    m_ui->tierValue->setVisible(tiered);
    if (!tiered) {
        m_ui->tierValue->clear();
        return;
    }
    if (m_campaignOrdersOf != campaign->id) {
        m_campaignOrders = OrderRepository(m_database).campaignOrders(campaign->id);
        m_campaignOrdersOf = campaign->id;
    }
    Order current = m_order;
    current.memberId = m_ui->memberPicker->memberId();
    const TierQuote quote = TierQuote::make(campaign->priceTiers, m_campaignOrders, current);
    const QLocale locale;
    QStringList lines;
    const std::optional<Money> price = quote.unitPrice();
    if (const std::optional<PriceTier> tier = quote.tier()) {
        lines << tr("%1 each: tier %2 of %3, for %4 or more buyers (%5 with this order).")
                     .arg(price->toDisplayString(locale))
                     .arg(quote.tierNumber())
                     .arg(campaign->priceTiers.size())
                     .arg(tier->minParticipants)
                     .arg(quote.participants());
    } else if (price) {
        lines << tr("%1 each: the entry price until the first tier (%n buyer(s) with this order).",
                    nullptr, quote.participants())
                     .arg(price->toDisplayString(locale));
    }
    if (const std::optional<PriceTier> next = quote.nextTier()) {
        const int more = next->minParticipants - quote.participants();
        lines << tr("%n more buyer(s) and it costs %1.", nullptr, more)
                     .arg(next->unitPrice.toDisplayString(locale));
    }
    if (!quote.refunds().isEmpty()) {
        lines << tr("Earlier buyers are owed %1 in refunds (%n order(s)); their orders stay as "
                    "they are until you refund them.",
                    nullptr, int(quote.refunds().size()))
                     .arg(quote.refundTotal().toDisplayString(locale));
    }
    m_ui->tierValue->setText(lines.join(QLatin1Char('\n')));
}

QString OrderDialog::tierText() const
{
    return m_ui->tierValue->isVisibleTo(this) ? m_ui->tierValue->text() : QString();
}

Order OrderDialog::order() const
{
    const Order now = formOrder();
    Order o = m_order;
    takeIfEdited(o.memberId, m_shown.memberId, now.memberId);
    takeIfEdited(o.productId, m_shown.productId, now.productId);
    takeIfEdited(o.quantity, m_shown.quantity, now.quantity);
    takeIfEdited(o.unitPrice, m_shown.unitPrice, now.unitPrice);
    // The stored total may be negotiated (a discount, a tier price, an imported total): it is
    // recomputed only once the quantity or the unit price changed.
    if (o.id == 0 || now.quantity != m_shown.quantity || now.unitPrice != m_shown.unitPrice)
        o.total = now.total;
    takeIfEdited(o.groupId, m_shown.groupId, now.groupId);
    takeIfEdited(o.campaignId, m_shown.campaignId, now.campaignId);
    takeIfEdited(o.orderedAt, m_shown.orderedAt, now.orderedAt);
    takeIfEdited(o.channel, m_shown.channel, now.channel);
    takeIfEdited(o.status, m_shown.status, now.status);
    takeIfEdited(o.notes, m_shown.notes, now.notes);
    return o;
}

Order OrderDialog::formOrder() const
{
    Order o = m_order;
    o.memberId = m_ui->memberPicker->memberId();
    o.productId = m_ui->productCombo->currentData().toLongLong();
    o.quantity = m_ui->quantitySpin->value();
    o.unitPrice
        = Money::parse(m_ui->unitPriceEdit->text(), currency()).value_or(Money(0, currency()));
    o.total = o.unitPrice.times(o.quantity);
    o.groupId = m_ui->groupCombo->currentData().toLongLong();
    o.campaignId = m_ui->campaignCombo->currentData().toLongLong();
    o.orderedAt = zonedTimeOf(m_ui->timeEdit, m_zone);
    o.channel = enumComboValue(m_ui->channelCombo, OrderChannel::Manual);
    o.status = enumComboValue(m_ui->statusCombo, OrderStatus::Placed);
    o.notes = m_ui->notesEdit->toPlainText();
    return o;
}

QStringList OrderDialog::problems() const
{
    QStringList problems;
    if (m_ui->memberPicker->memberId() == 0)
        problems << tr("Choose the member who ordered (type to search, then pick a name).");
    if (m_ui->productCombo->currentIndex() < 0)
        problems << tr("Choose a product.");
    if (m_ui->quantitySpin->value() < 1)
        problems << tr("The quantity must be at least 1.");
    const std::optional<Money> price = Money::parse(m_ui->unitPriceEdit->text(), currency());
    if (!price)
        problems << tr("Enter the unit price as an amount such as 19.90.");
    else if (price->isNegative())
        problems << tr("The unit price cannot be negative.");
    return problems;
}

QString OrderDialog::totalText() const
{
    if (!Money::parse(m_ui->unitPriceEdit->text(), currency()))
        return tr("—");
    const Order o = order();
    const Money list = o.unitPrice.times(o.quantity);
    const QLocale locale;
    const QString total = o.total.toDisplayString(locale);
    if (o.total.currency() != list.currency() || o.total == list)
        return total;
    const QString listText
        = tr("%1 × %2").arg(locale.toString(o.quantity)).arg(o.unitPrice.toDisplayString(locale));
    if (o.total < list)
        return tr("%1 (a discount of %2 on %3)")
            .arg(total, (list - o.total).toDisplayString(locale), listText);
    return tr("%1 (%2 above %3)").arg(total, (o.total - list).toDisplayString(locale), listText);
}

void OrderDialog::validate()
{
    m_ui->totalValue->setText(totalText());
    showValidation(m_ui->validationLabel, m_ui->buttonBox, problems());
}

void OrderDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fillCombos();
        updateTierText();
        validate();
    }
    QDialog::changeEvent(event);
}

} // namespace cohort
