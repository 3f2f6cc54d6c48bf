#include "ui/campaigns/campaigndialog.h"

#include "storage/grouprepository.h"
#include "storage/productrepository.h"
#include "ui/widgets/dialogvalidation.h"
#include "ui/widgets/enumcombo.h"

#include "ui_campaigndialog.h"

#include <QEvent>
#include <QHeaderView>
#include <QLineEdit>
#include <QSpinBox>
#include <QTimeZone>

namespace cohort {

namespace {
enum TierColumn { ParticipantsColumn, PriceColumn, TierColumns };

// Goal kinds are storage keys of Campaign::goalKind.
const char *const GoalKinds[] = { "orders", "revenue", "new_members" };

QListWidgetItem *checkableItem(QListWidget *list, const QString &text, qint64 id, bool checked)
{
    auto *item = new QListWidgetItem(text, list);
    item->setData(Qt::UserRole, id);
    item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
    item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    return item;
}
} // namespace

CampaignDialog::CampaignDialog(Database &database, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::CampaignDialog>())
{
    m_ui->setupUi(this);
    const QList<Group> groups = GroupRepository(database).all();
    for (const Group &g : groups)
        checkableItem(m_ui->groupsList, g.name, g.id, false);
    const QList<Product> products = ProductRepository(database).all();
    for (const Product &p : products)
        checkableItem(m_ui->productsList, p.name, p.id, false);
    m_ui->tiersTable->setColumnCount(TierColumns);
    m_ui->tiersTable->verticalHeader()->hide();
    m_ui->tiersTable->horizontalHeader()->setStretchLastSection(true);
    for (const char *kind : GoalKinds)
        m_ui->goalCombo->addItem(QString(), QLatin1String(kind));
    fillCombos();

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->nameEdit, &QLineEdit::textChanged, this, &CampaignDialog::validate);
    connect(m_ui->startsEdit, &QDateTimeEdit::dateTimeChanged, this, &CampaignDialog::validate);
    connect(m_ui->endsEdit, &QDateTimeEdit::dateTimeChanged, this, &CampaignDialog::validate);
    connect(m_ui->addTierButton, &QPushButton::clicked, this, [this] {
        PriceTier tier;
        tier.minParticipants = m_ui->tiersTable->rowCount() + 2;
        addTierRow(tier);
        validate();
    });
    connect(m_ui->removeTierButton, &QPushButton::clicked, this, [this] {
        if (m_ui->tiersTable->currentRow() >= 0)
            m_ui->tiersTable->removeRow(m_ui->tiersTable->currentRow());
        validate();
    });

    Campaign fresh;
    fresh.startsAt = QDateTime(QDate::currentDate().addDays(1), QTime(20, 0));
    fresh.endsAt = fresh.startsAt.addSecs(3600);
    fresh.goalKind = QStringLiteral("orders");
    setCampaign(fresh);
}

CampaignDialog::~CampaignDialog() = default;

void CampaignDialog::fillCombos()
{
    fillEnumCombo<CampaignType>(m_ui->typeCombo);
    fillEnumCombo<CampaignStatus>(m_ui->statusCombo);
    m_ui->goalCombo->setItemText(0, tr("Orders"));
    m_ui->goalCombo->setItemText(1, tr("Revenue (yuan)"));
    m_ui->goalCombo->setItemText(2, tr("New members"));
    m_ui->tiersTable->setHorizontalHeaderLabels({ tr("From participants"), tr("Unit price") });
}

void CampaignDialog::addTierRow(const PriceTier &tier)
{
    const int row = m_ui->tiersTable->rowCount();
    m_ui->tiersTable->insertRow(row);
    auto *participants = new QSpinBox(m_ui->tiersTable);
    participants->setRange(1, 10000);
    participants->setValue(tier.minParticipants);
    m_ui->tiersTable->setCellWidget(row, ParticipantsColumn, participants);
    auto *price = new QLineEdit(m_ui->tiersTable);
    price->setPlaceholderText(QStringLiteral("0.00"));
    price->setText(tier.unitPrice.currency().isEmpty() ? QString()
                                                       : tier.unitPrice.toPlainString());
    connect(price, &QLineEdit::textChanged, this, &CampaignDialog::validate);
    m_ui->tiersTable->setCellWidget(row, PriceColumn, price);
}

void CampaignDialog::setCampaign(const Campaign &campaign)
{
    m_campaign = campaign;
    m_ui->nameEdit->setText(campaign.name);
    setEnumComboValue(m_ui->typeCombo, campaign.type);
    setEnumComboValue(m_ui->statusCombo, campaign.status);
    m_ui->startsEdit->setDateTime(campaign.startsAt.toLocalTime());
    m_ui->endsEdit->setDateTime(campaign.endsAt.toLocalTime());
    m_ui->recurrenceEdit->setText(campaign.recurrence);
    m_ui->goalCombo->setCurrentIndex(qMax(0, m_ui->goalCombo->findData(campaign.goalKind)));
    // Revenue goals are stored in minor units; the spin box shows whole yuan.
    m_ui->goalSpin->setValue(int(campaign.goalKind == QLatin1String("revenue")
                                     ? campaign.goalValue / 100
                                     : campaign.goalValue));
    m_ui->notesEdit->setPlainText(campaign.notes);
    for (int i = 0; i < m_ui->groupsList->count(); ++i) {
        QListWidgetItem *item = m_ui->groupsList->item(i);
        item->setCheckState(campaign.groupIds.contains(item->data(Qt::UserRole).toLongLong())
                                ? Qt::Checked
                                : Qt::Unchecked);
    }
    for (int i = 0; i < m_ui->productsList->count(); ++i) {
        QListWidgetItem *item = m_ui->productsList->item(i);
        const qint64 id = item->data(Qt::UserRole).toLongLong();
        const bool chosen
            = std::any_of(campaign.products.cbegin(), campaign.products.cend(),
                          [id](const CampaignProduct &p) { return p.productId == id; });
        item->setCheckState(chosen ? Qt::Checked : Qt::Unchecked);
    }
    m_ui->tiersTable->setRowCount(0);
    for (const PriceTier &tier : campaign.priceTiers)
        addTierRow(tier);
    m_ui->announcementEdit->setPlainText(campaign.announcementTemplate);
    validate();
}

Campaign CampaignDialog::campaign() const
{
    Campaign c = m_campaign;
    c.name = m_ui->nameEdit->text().trimmed();
    c.type = enumComboValue(m_ui->typeCombo, CampaignType::FlashSale);
    c.status = enumComboValue(m_ui->statusCombo, CampaignStatus::Draft);
    c.startsAt = m_ui->startsEdit->dateTime().toUTC();
    c.endsAt = m_ui->endsEdit->dateTime().toUTC();
    if (c.timeZone.isEmpty())
        c.timeZone = QString::fromUtf8(QTimeZone::systemTimeZoneId());
    c.recurrence = m_ui->recurrenceEdit->text().trimmed();
    c.goalKind = m_ui->goalCombo->currentData().toString();
    c.goalValue = c.goalKind == QLatin1String("revenue") ? qint64(m_ui->goalSpin->value()) * 100
                                                         : m_ui->goalSpin->value();
    c.notes = m_ui->notesEdit->toPlainText();
    c.groupIds.clear();
    for (int i = 0; i < m_ui->groupsList->count(); ++i) {
        if (m_ui->groupsList->item(i)->checkState() == Qt::Checked)
            c.groupIds << m_ui->groupsList->item(i)->data(Qt::UserRole).toLongLong();
    }
    QList<CampaignProduct> products;
    for (int i = 0; i < m_ui->productsList->count(); ++i) {
        QListWidgetItem *item = m_ui->productsList->item(i);
        if (item->checkState() != Qt::Checked)
            continue;
        const qint64 id = item->data(Qt::UserRole).toLongLong();
        // Keep a campaign price or limit set elsewhere for products that stay in.
        auto kept = std::find_if(m_campaign.products.cbegin(), m_campaign.products.cend(),
                                 [id](const CampaignProduct &p) { return p.productId == id; });
        if (kept != m_campaign.products.cend()) {
            products << *kept;
        } else {
            CampaignProduct product;
            product.productId = id;
            products << product;
        }
    }
    c.products = products;
    c.priceTiers.clear();
    for (int row = 0; row < m_ui->tiersTable->rowCount(); ++row) {
        PriceTier tier;
        tier.minParticipants
            = qobject_cast<QSpinBox *>(m_ui->tiersTable->cellWidget(row, ParticipantsColumn))
                  ->value();
        const QString price
            = qobject_cast<QLineEdit *>(m_ui->tiersTable->cellWidget(row, PriceColumn))->text();
        tier.unitPrice = Money::parse(price, Money::defaultCurrency())
                             .value_or(Money(0, Money::defaultCurrency()));
        c.priceTiers << tier;
    }
    std::sort(c.priceTiers.begin(), c.priceTiers.end(), [](const PriceTier &a, const PriceTier &b) {
        return a.minParticipants < b.minParticipants;
    });
    c.announcementTemplate = m_ui->announcementEdit->toPlainText();
    return c;
}

QStringList CampaignDialog::problems() const
{
    QStringList problems;
    if (m_ui->nameEdit->text().trimmed().isEmpty())
        problems << tr("Enter a name for the campaign.");
    if (m_ui->endsEdit->dateTime() <= m_ui->startsEdit->dateTime())
        problems << tr("The campaign must end after it starts.");
    QList<int> seen;
    for (int row = 0; row < m_ui->tiersTable->rowCount(); ++row) {
        const QString price
            = qobject_cast<QLineEdit *>(m_ui->tiersTable->cellWidget(row, PriceColumn))->text();
        const std::optional<Money> money = Money::parse(price, Money::defaultCurrency());
        if (!money || money->isNegative()) {
            problems << tr("Enter each tier’s unit price as an amount such as 85 or 85.50.");
            break;
        }
        const int participants
            = qobject_cast<QSpinBox *>(m_ui->tiersTable->cellWidget(row, ParticipantsColumn))
                  ->value();
        if (seen.contains(participants)) {
            problems << tr("Two price tiers start at the same number of participants.");
            break;
        }
        seen << participants;
    }
    return problems;
}

void CampaignDialog::validate()
{
    showValidation(m_ui->validationLabel, m_ui->buttonBox, problems());
}

void CampaignDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fillCombos();
        validate();
    }
    QDialog::changeEvent(event);
}

} // namespace cohort
