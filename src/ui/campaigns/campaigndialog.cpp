#include "ui/campaigns/campaigndialog.h"

#include "domain/announcementtemplate.h"
#include "domain/recurrencerule.h"
#include "domain/schedule.h"
#include "domain/tierpricing.h"
#include "storage/database.h"
#include "storage/grouprepository.h"
#include "storage/productrepository.h"
#include "ui/widgets/dialogvalidation.h"
#include "ui/widgets/enumcombo.h"

#include "ui_campaigndialog.h"

#include <QCheckBox>
#include <QEvent>
#include <QHeaderView>
#include <QLineEdit>
#include <QSpinBox>

namespace cohort {

namespace {
enum TierColumn { ParticipantsColumn, PriceColumn, TierColumns };

// Goal kinds are storage keys of Campaign::goalKind.
const char *const GoalKinds[] = { "orders", "revenue", "new_members" };
// Ordinals of the monthly "on the first Saturday" choice, as RRULE BYDAY ordinals.
const int Ordinals[] = { 1, 2, 3, 4, -1 };
// How many occurrences the preview lists.
constexpr int PreviewCount = 5;

QListWidgetItem *checkableItem(QListWidget *list, const QString &text, qint64 id, bool checked)
{
    auto *item = new QListWidgetItem(text, list);
    item->setData(Qt::UserRole, id);
    item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
    item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    return item;
}

std::optional<Money> parseAmount(const QLineEdit *edit)
{
    return Money::parse(edit->text().trimmed(), Money::defaultCurrency());
}
} // namespace

CampaignDialog::CampaignDialog(Database &database, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::CampaignDialog>())
    , m_workspaceZone(database.timeZoneId())
{
    m_ui->setupUi(this);
    // The edits hold naive wall-clock times of the campaign's zone: in the computer's zone they
    // would skip or move the times in its DST gaps.
    m_ui->startsEdit->setTimeSpec(Qt::UTC);
    m_ui->endsEdit->setTimeSpec(Qt::UTC);
    const QList<Group> groups = GroupRepository(database).all();
    for (const Group &g : groups)
        checkableItem(m_ui->groupsList, g.name, g.id, false);
    const QList<Product> products = ProductRepository(database).all();
    for (const Product &p : products) {
        checkableItem(m_ui->productsList, p.name, p.id, false);
        m_products.insert(p.id, p);
    }
    m_ui->tiersTable->setColumnCount(TierColumns);
    m_ui->tiersTable->verticalHeader()->hide();
    m_ui->tiersTable->horizontalHeader()->setStretchLastSection(true);
    for (const char *kind : GoalKinds)
        m_ui->goalCombo->addItem(QString(), QLatin1String(kind));
    for (int repeat = int(Repeat::Once); repeat <= int(Repeat::Custom); ++repeat)
        m_ui->repeatCombo->addItem(QString(), repeat);
    for (const int ordinal : Ordinals)
        m_ui->ordinalCombo->addItem(QString(), ordinal);
    for (int day = 1; day <= 7; ++day) {
        m_ui->monthWeekdayCombo->addItem(QString(), day);
        auto *box = new QCheckBox(m_ui->weekdaysWidget);
        box->setObjectName(QStringLiteral("weekday%1").arg(day));
        m_ui->weekdaysLayout->addWidget(box);
        m_weekdays << box;
        connect(box, &QCheckBox::toggled, this, &CampaignDialog::validate);
    }
    m_ui->weekdaysLayout->addStretch();
    m_ui->monthDaySpin->setMinimum(0); // 0 = the last day of the month
    fillCombos();

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->nameEdit, &QLineEdit::textChanged, this, &CampaignDialog::validate);
    connect(m_ui->typeCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_ui->detailsStack->setCurrentIndex(
            int(enumComboValue(m_ui->typeCombo, CampaignType::FlashSale)));
        validate();
    });
    connect(m_ui->startsEdit, &QDateTimeEdit::dateTimeChanged, this, &CampaignDialog::validate);
    connect(m_ui->endsEdit, &QDateTimeEdit::dateTimeChanged, this, &CampaignDialog::validate);
    connect(m_ui->durationSpin, &QSpinBox::valueChanged, this, &CampaignDialog::validate);
    connect(m_ui->repeatCombo, &QComboBox::currentIndexChanged, this, [this] {
        // A one-off's end is its session's end; a series needs an end date worth the name.
        if (repeat() != Repeat::Once
            && m_ui->endsEdit->dateTime() <= m_ui->startsEdit->dateTime().addDays(1))
            m_ui->endsEdit->setDateTime(m_ui->startsEdit->dateTime().addDays(28));
        updateScheduleRows();
        validate();
    });
    connect(m_ui->ordinalCombo, &QComboBox::currentIndexChanged, this, &CampaignDialog::validate);
    connect(m_ui->monthWeekdayCombo, &QComboBox::currentIndexChanged, this,
            &CampaignDialog::validate);
    connect(m_ui->monthDaySpin, &QSpinBox::valueChanged, this, &CampaignDialog::validate);
    connect(m_ui->recurrenceEdit, &QLineEdit::textChanged, this, &CampaignDialog::validate);
    connect(m_ui->productsList, &QListWidget::itemChanged, this, &CampaignDialog::validate);
    connect(m_ui->announcementEdit, &QPlainTextEdit::textChanged, this, &CampaignDialog::validate);
    for (QLineEdit *edit : { m_ui->flashPriceEdit, m_ui->pickupEdit, m_ui->referrerRewardEdit,
                             m_ui->newMemberGiftEdit, m_ui->redPacketTotalEdit, m_ui->topicEdit,
                             m_ui->speakerEdit, m_ui->checkInRewardEdit })
        connect(edit, &QLineEdit::textChanged, this, &CampaignDialog::validate);
    for (QSpinBox *spin : { m_ui->flashLimitSpin, m_ui->redPacketCountSpin, m_ui->checkInDaysSpin })
        connect(spin, &QSpinBox::valueChanged, this, &CampaignDialog::validate);
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
    fresh.timeZone = m_workspaceZone;
    const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(zone()).date();
    fresh.startsAt = Schedule::wallToUtc(today.addDays(1), QTime(20, 0), zone());
    fresh.durationMinutes = 60;
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
    const QStringList repeats = { tr("Does not repeat"),
                                  tr("Every day"),
                                  tr("Every week on the days below"),
                                  tr("Every month on a day"),
                                  tr("Every month on a weekday"),
                                  tr("Custom rule (RRULE)") };
    for (int i = 0; i < repeats.size(); ++i)
        m_ui->repeatCombo->setItemText(i, repeats.at(i));
    const QStringList ordinals
        = { tr("first"), tr("second"), tr("third"), tr("fourth"), tr("last") };
    for (int i = 0; i < ordinals.size(); ++i)
        m_ui->ordinalCombo->setItemText(i, ordinals.at(i));
    const QLocale locale;
    for (int day = 1; day <= 7; ++day) {
        m_ui->monthWeekdayCombo->setItemText(day - 1, locale.dayName(day));
        m_weekdays.at(day - 1)->setText(locale.dayName(day, QLocale::ShortFormat));
        m_weekdays.at(day - 1)->setAccessibleName(locale.dayName(day));
    }
    m_ui->monthDaySpin->setSpecialValueText(tr("last day"));
    m_ui->durationSpin->setSuffix(tr(" min"));
    m_ui->placeholdersLabel->setText(
        tr("Placeholders: {product} the products, {price} the price, {tiers} the price tiers, "
           "{deadline} when this occurrence ends, {group} the group’s name, {campaign} the "
           "campaign’s name."));
}

void CampaignDialog::addTierRow(const PriceTier &tier)
{
    const int row = m_ui->tiersTable->rowCount();
    m_ui->tiersTable->insertRow(row);
    auto *participants = new QSpinBox(m_ui->tiersTable);
    participants->setRange(1, 10000);
    participants->setValue(tier.minParticipants);
    participants->setAccessibleName(tr("From participants"));
    connect(participants, &QSpinBox::valueChanged, this, &CampaignDialog::validate);
    m_ui->tiersTable->setCellWidget(row, ParticipantsColumn, participants);
    auto *price = new QLineEdit(m_ui->tiersTable);
    price->setPlaceholderText(QStringLiteral("0.00"));
    price->setAccessibleName(tr("Unit price"));
    price->setText(tier.unitPrice.currency().isEmpty() ? QString()
                                                       : tier.unitPrice.toPlainString());
    connect(price, &QLineEdit::textChanged, this, &CampaignDialog::validate);
    m_ui->tiersTable->setCellWidget(row, PriceColumn, price);
}

QTimeZone CampaignDialog::zone() const
{
    QTimeZone z(m_campaign.timeZone.toUtf8());
    if (!z.isValid())
        z = QTimeZone(m_workspaceZone.toUtf8());
    return z.isValid() ? z : QTimeZone::utc();
}

QDateTime CampaignDialog::utcOf(const QDateTime &wallClock) const
{
    return Schedule::wallToUtc(wallClock.date(), wallClock.time(), zone());
}

QDateTime CampaignDialog::wallClockOf(const QDateTime &utc) const
{
    // The edits hold wall-clock times of the campaign's zone, whatever the system zone is.
    const QDateTime local = utc.toTimeZone(zone());
    return QDateTime(local.date(), local.time(), Qt::UTC);
}

void CampaignDialog::showRule(const QString &text)
{
    Repeat kind = Repeat::Once;
    const std::optional<RecurrenceRule> rule
        = text.trimmed().isEmpty() ? std::nullopt : RecurrenceRule::parse(text);
    for (QCheckBox *box : std::as_const(m_weekdays))
        box->setChecked(false);
    m_ui->recurrenceEdit->setText(text);
    if (!text.trimmed().isEmpty())
        kind = Repeat::Custom;
    // Rules the simple controls can show exactly; anything else stays a custom rule.
    if (rule && rule->interval == 1 && rule->count == 0 && !rule->untilDate.isValid()
        && !rule->untilDateTime.isValid()) {
        const bool plainDays = std::all_of(rule->byDay.cbegin(), rule->byDay.cend(),
                                           [](const auto &d) { return d.ordinal == 0; });
        if (rule->frequency == RecurrenceRule::Frequency::Daily && rule->byDay.isEmpty()
            && rule->byMonthDay.isEmpty()) {
            kind = Repeat::Daily;
        } else if (rule->frequency == RecurrenceRule::Frequency::Weekly
                   && rule->byMonthDay.isEmpty() && plainDays) {
            kind = Repeat::Weekly;
            for (const auto &d : rule->byDay)
                m_weekdays.at(d.weekday - 1)->setChecked(true);
            if (rule->byDay.isEmpty())
                m_weekdays.at(m_ui->startsEdit->date().dayOfWeek() - 1)->setChecked(true);
        } else if (rule->frequency == RecurrenceRule::Frequency::Monthly && rule->byDay.isEmpty()
                   && rule->byMonthDay.size() == 1
                   && (rule->byMonthDay.first() > 0 || rule->byMonthDay.first() == -1)) {
            kind = Repeat::MonthlyDay;
            m_ui->monthDaySpin->setValue(qMax(0, rule->byMonthDay.first()));
        } else if (rule->frequency == RecurrenceRule::Frequency::Monthly
                   && rule->byMonthDay.isEmpty() && rule->byDay.size() == 1
                   && m_ui->ordinalCombo->findData(rule->byDay.first().ordinal) >= 0) {
            kind = Repeat::MonthlyWeekday;
            m_ui->ordinalCombo->setCurrentIndex(
                m_ui->ordinalCombo->findData(rule->byDay.first().ordinal));
            m_ui->monthWeekdayCombo->setCurrentIndex(rule->byDay.first().weekday - 1);
        }
    }
    {
        // Showing a stored rule is not the user choosing to repeat: keep the stored end.
        const QSignalBlocker blocker(m_ui->repeatCombo);
        m_ui->repeatCombo->setCurrentIndex(int(kind));
    }
    updateScheduleRows();
}

CampaignDialog::Repeat CampaignDialog::repeat() const
{
    return Repeat(m_ui->repeatCombo->currentData().toInt());
}

QString CampaignDialog::ruleText() const
{
    RecurrenceRule rule;
    switch (repeat()) {
    case Repeat::Once:
        return QString();
    case Repeat::Custom:
        return m_ui->recurrenceEdit->text().trimmed();
    case Repeat::Daily:
        rule.frequency = RecurrenceRule::Frequency::Daily;
        break;
    case Repeat::Weekly:
        rule.frequency = RecurrenceRule::Frequency::Weekly;
        for (int day = 1; day <= 7; ++day) {
            if (m_weekdays.at(day - 1)->isChecked())
                rule.byDay << RecurrenceRule::WeekdayNum { 0, day };
        }
        break;
    case Repeat::MonthlyDay:
        rule.frequency = RecurrenceRule::Frequency::Monthly;
        rule.byMonthDay << (m_ui->monthDaySpin->value() == 0 ? -1 : m_ui->monthDaySpin->value());
        break;
    case Repeat::MonthlyWeekday:
        rule.frequency = RecurrenceRule::Frequency::Monthly;
        rule.byDay << RecurrenceRule::WeekdayNum { m_ui->ordinalCombo->currentData().toInt(),
                                                   m_ui->monthWeekdayCombo->currentData().toInt() };
        break;
    }
    return rule.toString();
}

void CampaignDialog::updateScheduleRows()
{
    const Repeat kind = repeat();
    m_ui->scheduleForm->setRowVisible(m_ui->weekdaysWidget, kind == Repeat::Weekly);
    m_ui->scheduleForm->setRowVisible(m_ui->monthlyLayout,
                                      kind == Repeat::MonthlyDay || kind == Repeat::MonthlyWeekday);
    m_ui->ordinalCombo->setVisible(kind == Repeat::MonthlyWeekday);
    m_ui->monthWeekdayCombo->setVisible(kind == Repeat::MonthlyWeekday);
    m_ui->monthDaySpin->setVisible(kind == Repeat::MonthlyDay);
    m_ui->scheduleForm->setRowVisible(m_ui->recurrenceEdit, kind == Repeat::Custom);
}

void CampaignDialog::setCampaign(const Campaign &campaign)
{
    m_campaign = campaign;
    if (m_campaign.timeZone.isEmpty())
        m_campaign.timeZone = m_workspaceZone;
    m_ui->zoneValue->setText(QString::fromUtf8(zone().id()));
    m_ui->nameEdit->setText(campaign.name);
    setEnumComboValue(m_ui->typeCombo, campaign.type);
    m_ui->detailsStack->setCurrentIndex(int(campaign.type));
    setEnumComboValue(m_ui->statusCombo, campaign.status);
    m_ui->startsEdit->setDateTime(wallClockOf(campaign.startsAt));
    m_ui->durationSpin->setValue(qMax(1, campaign.durationMinutes));
    m_ui->endsEdit->setDateTime(
        wallClockOf(campaign.endsAt.isValid()
                        ? campaign.endsAt
                        : campaign.startsAt.addSecs(qint64(campaign.durationMinutes) * 60)));
    showRule(campaign.recurrence);
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
    const CampaignProduct first = campaign.products.value(0);
    m_ui->flashPriceEdit->setText(first.price.currency().isEmpty() ? QString()
                                                                   : first.price.toPlainString());
    m_ui->flashLimitSpin->setValue(first.quantityLimit);
    m_ui->tiersTable->setRowCount(0);
    for (const PriceTier &tier : campaign.priceTiers)
        addTierRow(tier);
    const CampaignDetails &d = campaign.details;
    m_ui->referrerRewardEdit->setText(
        d.referrerReward.currency().isEmpty() ? QString() : d.referrerReward.toPlainString());
    m_ui->newMemberGiftEdit->setText(d.newMemberGift);
    m_ui->pickupEdit->setText(d.pickupNote);
    m_ui->redPacketTotalEdit->setText(
        d.redPacketTotal.currency().isEmpty() ? QString() : d.redPacketTotal.toPlainString());
    m_ui->redPacketCountSpin->setValue(d.redPacketCount);
    m_ui->topicEdit->setText(d.sessionTopic);
    m_ui->speakerEdit->setText(d.sessionSpeaker);
    m_ui->checkInDaysSpin->setValue(d.checkInDays);
    m_ui->checkInRewardEdit->setText(d.checkInReward);
    m_ui->announcementEdit->setPlainText(campaign.announcementTemplate);
    validate();
}

QList<qint64> CampaignDialog::checkedProducts() const
{
    QList<qint64> ids;
    for (int i = 0; i < m_ui->productsList->count(); ++i) {
        if (m_ui->productsList->item(i)->checkState() == Qt::Checked)
            ids << m_ui->productsList->item(i)->data(Qt::UserRole).toLongLong();
    }
    return ids;
}

Campaign CampaignDialog::campaign() const
{
    Campaign c = m_campaign;
    c.name = m_ui->nameEdit->text().trimmed();
    c.type = enumComboValue(m_ui->typeCombo, CampaignType::FlashSale);
    c.status = enumComboValue(m_ui->statusCombo, CampaignStatus::Draft);
    c.startsAt = utcOf(m_ui->startsEdit->dateTime());
    c.durationMinutes = m_ui->durationSpin->value();
    c.recurrence = ruleText();
    // A one-off's end may lie after its session: orders count until the campaign ends.
    c.endsAt = utcOf(m_ui->endsEdit->dateTime());
    c.goalKind = m_ui->goalCombo->currentData().toString();
    c.goalValue = c.goalKind == QLatin1String("revenue") ? qint64(m_ui->goalSpin->value()) * 100
                                                         : m_ui->goalSpin->value();
    c.notes = m_ui->notesEdit->toPlainText();
    c.groupIds.clear();
    for (int i = 0; i < m_ui->groupsList->count(); ++i) {
        if (m_ui->groupsList->item(i)->checkState() == Qt::Checked)
            c.groupIds << m_ui->groupsList->item(i)->data(Qt::UserRole).toLongLong();
    }
    // In the repository's order, so an unchanged campaign compares equal (no empty undo step).
    std::sort(c.groupIds.begin(), c.groupIds.end());
    QList<CampaignProduct> products;
    QList<qint64> ids = checkedProducts();
    std::sort(ids.begin(), ids.end());
    for (const qint64 id : ids) {
        // Keep a campaign price or limit set elsewhere for products that stay in.
        auto kept = std::find_if(m_campaign.products.cbegin(), m_campaign.products.cend(),
                                 [id](const CampaignProduct &p) { return p.productId == id; });
        CampaignProduct product;
        product.productId = id;
        if (kept != m_campaign.products.cend())
            product = *kept;
        products << product;
    }
    if (c.type == CampaignType::FlashSale && !products.isEmpty()) {
        products.first().price = parseAmount(m_ui->flashPriceEdit).value_or(Money());
        products.first().quantityLimit = m_ui->flashLimitSpin->value();
    }
    c.products = products;
    c.priceTiers.clear();
    if (c.type == CampaignType::TieredGroupBuy) {
        for (int row = 0; row < m_ui->tiersTable->rowCount(); ++row) {
            PriceTier tier;
            tier.minParticipants
                = qobject_cast<QSpinBox *>(m_ui->tiersTable->cellWidget(row, ParticipantsColumn))
                      ->value();
            const auto *price
                = qobject_cast<QLineEdit *>(m_ui->tiersTable->cellWidget(row, PriceColumn));
            tier.unitPrice = parseAmount(price).value_or(Money(0, Money::defaultCurrency()));
            c.priceTiers << tier;
        }
        std::sort(c.priceTiers.begin(), c.priceTiers.end(),
                  [](const PriceTier &a, const PriceTier &b) {
                      return a.minParticipants < b.minParticipants;
                  });
    }
    // Only the chosen type's fields are kept, so a changed type leaves nothing stale behind.
    CampaignDetails d;
    switch (c.type) {
    case CampaignType::ReferralDay:
        d.referrerReward = parseAmount(m_ui->referrerRewardEdit).value_or(Money());
        d.newMemberGift = m_ui->newMemberGiftEdit->text().trimmed();
        break;
    case CampaignType::Solitaire:
        d.pickupNote = m_ui->pickupEdit->text().trimmed();
        break;
    case CampaignType::RedPacket:
        d.redPacketTotal = parseAmount(m_ui->redPacketTotalEdit).value_or(Money());
        d.redPacketCount = m_ui->redPacketCountSpin->value();
        break;
    case CampaignType::KnowledgeSession:
        d.sessionTopic = m_ui->topicEdit->text().trimmed();
        d.sessionSpeaker = m_ui->speakerEdit->text().trimmed();
        break;
    case CampaignType::CheckIn:
        d.checkInDays = m_ui->checkInDaysSpin->value();
        d.checkInReward = m_ui->checkInRewardEdit->text().trimmed();
        break;
    case CampaignType::FlashSale:
    case CampaignType::TieredGroupBuy:
        break;
    }
    c.details = d;
    c.announcementTemplate = m_ui->announcementEdit->toPlainText();
    return c;
}

QStringList CampaignDialog::typeProblems(CampaignType type) const
{
    QStringList problems;
    const qsizetype productCount = checkedProducts().size();
    auto positive = [](const QLineEdit *edit) {
        const std::optional<Money> money = parseAmount(edit);
        return money && !money->isNegative() && !money->isZero();
    };
    switch (type) {
    case CampaignType::FlashSale:
        if (productCount != 1)
            problems << tr("A flash sale offers exactly one product: tick it under Groups and "
                           "products.");
        if (!positive(m_ui->flashPriceEdit))
            problems << tr("Enter the flash price as an amount such as 19.90.");
        if (m_ui->flashLimitSpin->value() <= 0)
            problems << tr("Enter how many units the flash sale offers.");
        break;
    case CampaignType::TieredGroupBuy: {
        if (productCount == 0)
            problems << tr("Tick the products of the gift pack under Groups and products.");
        QList<PriceTier> tiers;
        for (int row = 0; row < m_ui->tiersTable->rowCount(); ++row) {
            const auto *price
                = qobject_cast<QLineEdit *>(m_ui->tiersTable->cellWidget(row, PriceColumn));
            const std::optional<Money> money = parseAmount(price);
            if (!money || money->isNegative()) {
                problems << tr("Enter each tier’s unit price as an amount such as 85 or 85.50.");
                return problems;
            }
            tiers << PriceTier { qobject_cast<QSpinBox *>(
                                     m_ui->tiersTable->cellWidget(row, ParticipantsColumn))
                                     ->value(),
                                 *money };
        }
        if (tiers.size() < 2) {
            problems << tr("A tiered group price needs at least two tiers (e.g. 2 people 90 "
                           "each, 3 people 85).");
            break;
        }
        const QList<TierPricing::Problem> tierProblems = TierPricing::validate(tiers);
        if (!tierProblems.isEmpty())
            problems << TierPricing::describe(tierProblems.first());
        break;
    }
    case CampaignType::Solitaire:
        if (productCount == 0)
            problems << tr("Tick the items of the solitaire under Groups and products.");
        break;
    case CampaignType::ReferralDay:
        if (!positive(m_ui->referrerRewardEdit))
            problems << tr("Enter the recommender’s reward as an amount such as 10.");
        if (m_ui->newMemberGiftEdit->text().trimmed().isEmpty())
            problems << tr("Enter the gift a new member receives.");
        break;
    case CampaignType::RedPacket: {
        const std::optional<Money> total = parseAmount(m_ui->redPacketTotalEdit);
        const int count = m_ui->redPacketCountSpin->value();
        if (!positive(m_ui->redPacketTotalEdit))
            problems << tr("Enter the red packets’ total as an amount such as 200.");
        if (count <= 0)
            problems << tr("Enter how many red packets you send.");
        else if (total && total->minorUnits() < count)
            problems << tr("Each red packet needs at least 0.01: raise the total or send fewer.");
        break;
    }
    case CampaignType::KnowledgeSession:
        if (m_ui->topicEdit->text().trimmed().isEmpty())
            problems << tr("Enter the session’s topic.");
        break;
    case CampaignType::CheckIn:
        if (m_ui->checkInDaysSpin->value() <= 0)
            problems << tr("Enter for how many days members check in.");
        break;
    }
    return problems;
}

QStringList CampaignDialog::problems() const
{
    QStringList problems;
    if (m_ui->nameEdit->text().trimmed().isEmpty())
        problems << tr("Enter a name for the campaign.");
    const Repeat kind = repeat();
    if (kind == Repeat::Weekly
        && std::none_of(m_weekdays.cbegin(), m_weekdays.cend(),
                        [](const QCheckBox *box) { return box->isChecked(); }))
        problems << tr("Tick at least one weekday the campaign repeats on.");
    if (kind == Repeat::Custom) {
        QString error;
        if (m_ui->recurrenceEdit->text().trimmed().isEmpty())
            problems << tr("Enter a recurrence rule such as FREQ=WEEKLY;BYDAY=MO.");
        else if (!RecurrenceRule::parse(m_ui->recurrenceEdit->text(), &error))
            problems << error;
    }
    if (m_ui->endsEdit->dateTime() <= m_ui->startsEdit->dateTime())
        problems << tr("The campaign must end after it starts.");
    problems << typeProblems(enumComboValue(m_ui->typeCombo, CampaignType::FlashSale));
    const AnnouncementTemplate::Result rendered
        = AnnouncementTemplate(m_ui->announcementEdit->toPlainText())
              .render(AnnouncementTemplate::Values(), QLocale());
    if (!rendered.unknownPlaceholders.isEmpty())
        problems << tr("The announcement uses an unknown placeholder {%1}.")
                        .arg(rendered.unknownPlaceholders.first());
    return problems;
}

QString CampaignDialog::previewText() const
{
    const Campaign c = campaign();
    QString error;
    const std::optional<Schedule> schedule = Schedule::forCampaign(c, &error);
    if (!schedule)
        return error;
    const QLocale locale;
    const QTimeZone z = schedule->zone();
    auto when = [&locale, &z](const QDateTime &utc) -> QString {
        const QDateTime local = utc.toTimeZone(z);
        return locale.toString(local.date(), QStringLiteral("ddd ")) // weekday first
            + locale.toString(local, QLocale::ShortFormat);
    };
    QString description;
    if (schedule->rule())
        description
            = schedule->rule()->describe(locale, schedule->startDate(), schedule->startTime());
    else
        description = tr("Once, on %1").arg(when(c.startsAt));
    // Show what is still ahead; a campaign entirely in the past shows its first occurrences.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime from = c.startsAt > now ? c.startsAt : now;
    QList<Schedule::Occurrence> next = schedule->occurrences(from, from.addYears(2));
    const bool past = next.isEmpty();
    if (past)
        next = schedule->occurrences(c.startsAt, c.startsAt.addYears(2));
    QStringList lines;
    for (qsizetype i = 0; i < std::min<qsizetype>(next.size(), PreviewCount); ++i)
        lines << QStringLiteral("• ") + when(next.at(i).startUtc);
    if (lines.isEmpty())
        return description + QLatin1Char('\n') + tr("No occurrences.");
    return description + QLatin1Char('\n')
        + (past ? tr("First occurrences (all in the past):") : tr("Next occurrences:"))
        + QLatin1Char('\n') + lines.join(QLatin1Char('\n'));
}

void CampaignDialog::updatePreview()
{
    m_ui->previewValue->setText(previewText());
}

void CampaignDialog::validate()
{
    showValidation(m_ui->validationLabel, m_ui->buttonBox, problems());
    updatePreview();
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
