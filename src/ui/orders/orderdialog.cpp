#include "ui/orders/orderdialog.h"

#include "storage/campaignrepository.h"
#include "storage/grouprepository.h"
#include "storage/memberrepository.h"
#include "storage/productrepository.h"
#include "ui/widgets/dialogvalidation.h"
#include "ui/widgets/enumcombo.h"

#include "ui_orderdialog.h"

#include <QEvent>
#include <QLocale>

namespace cohort {

OrderDialog::OrderDialog(Database &database, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::OrderDialog>())
    , m_database(database)
{
    m_ui->setupUi(this);
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
    const QList<Campaign> campaigns = CampaignRepository(database).all();
    m_ui->campaignCombo->addItem(QString(), qint64(0));
    for (const Campaign &c : campaigns)
        m_ui->campaignCombo->addItem(c.name, c.id);
    fillCombos();

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->productCombo, &QComboBox::currentIndexChanged, this, &OrderDialog::productChosen);
    connect(m_ui->memberPicker, &MemberPicker::memberChanged, this, &OrderDialog::validate);
    connect(m_ui->quantitySpin, &QSpinBox::valueChanged, this, &OrderDialog::validate);
    connect(m_ui->unitPriceEdit, &QLineEdit::textChanged, this, &OrderDialog::validate);

    Order fresh;
    fresh.orderedAt = QDateTime::currentDateTime();
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
    m_ui->timeEdit->setDateTime(order.orderedAt.isValid() ? order.orderedAt.toLocalTime()
                                                          : QDateTime::currentDateTime());
    setEnumComboValue(m_ui->channelCombo, order.channel);
    setEnumComboValue(m_ui->statusCombo, order.status);
    m_ui->notesEdit->setPlainText(order.notes);
    validate();
}

void OrderDialog::productChosen()
{
    const int index = m_ui->productCombo->currentIndex();
    if (index >= 0 && index < m_products.size())
        m_ui->unitPriceEdit->setText(m_products.at(index).price.toPlainString());
    validate();
}

Order OrderDialog::order() const
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
    o.orderedAt = m_ui->timeEdit->dateTime().toUTC();
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

void OrderDialog::validate()
{
    const std::optional<Money> price = Money::parse(m_ui->unitPriceEdit->text(), currency());
    m_ui->totalValue->setText(
        price ? price->times(m_ui->quantitySpin->value()).toDisplayString(QLocale()) : tr("—"));
    showValidation(m_ui->validationLabel, m_ui->buttonBox, problems());
}

void OrderDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fillCombos();
        validate();
    }
    QDialog::changeEvent(event);
}

} // namespace cohort
