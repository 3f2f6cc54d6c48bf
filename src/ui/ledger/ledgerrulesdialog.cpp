#include "ui/ledger/ledgerrulesdialog.h"

#include "ui/widgets/dialogvalidation.h"
#include "ui/widgets/editedfield.h"

#include "ui_ledgerrulesdialog.h"

#include <QComboBox>
#include <QEvent>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSet>
#include <QSignalBlocker>

namespace cohort {

namespace {

enum RebateChoice { NoRebate, FixedRebate, PercentageRebate };

QString cell(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

} // namespace

LedgerRulesDialog::LedgerRulesDialog(const LedgerRules &rules,
                                     const QList<QPair<qint64, QString>> &campaigns,
                                     QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::LedgerRulesDialog>())
    , m_campaigns(campaigns)
    , m_stored(rules)
{
    m_ui->setupUi(this);
    m_ui->campaignRebatesTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_ui->campaignRebatesTable->verticalHeader()->hide();
    m_ui->campaignRebatesTable->setAccessibleName(tr("Campaign rebates"));
    for (const RebateRule &rule : rules.campaignRebates)
        addCampaignRebateRow(rule);
    connect(m_ui->campaignRebatesTable, &QTableWidget::itemChanged, this,
            &LedgerRulesDialog::updateState);
    connect(m_ui->addCampaignRebateButton, &QPushButton::clicked, this, [this] {
        RebateRule rule;
        rule.kind = RebateRule::Kind::Percentage;
        addCampaignRebateRow(rule);
        updateState();
    });
    connect(m_ui->removeCampaignRebateButton, &QPushButton::clicked, this, [this] {
        const int row = m_ui->campaignRebatesTable->currentRow();
        if (row >= 0)
            m_ui->campaignRebatesTable->removeRow(row);
        updateState();
    });
    fillCombos();
    m_ui->rebateCurrencyEdit->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[A-Za-z]{0,3}")), m_ui->rebateCurrencyEdit));
    m_ui->tiersTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_ui->tiersTable->verticalHeader()->hide();
    m_ui->tiersTable->setAccessibleName(tr("Membership tiers"));

    const QString currency
        = rules.globalRebate && !rules.globalRebate->fixedAmount.currency().isEmpty()
        ? rules.globalRebate->fixedAmount.currency()
        : Money::defaultCurrency();
    m_ui->rebateCurrencyEdit->setText(currency);
    if (!rules.globalRebate) {
        m_ui->rebateKindCombo->setCurrentIndex(NoRebate);
    } else if (rules.globalRebate->kind == RebateRule::Kind::Fixed) {
        m_ui->rebateKindCombo->setCurrentIndex(FixedRebate);
        m_ui->rebateAmountEdit->setText(rules.globalRebate->fixedAmount.toPlainString());
    } else {
        m_ui->rebateKindCombo->setCurrentIndex(PercentageRebate);
        m_ui->rebatePercentSpin->setValue(double(rules.globalRebate->basisPoints) / 100.0);
    }
    m_ui->activeDaySpin->setValue(int(rules.points.pointsPerActiveDay));
    m_ui->spendPointsSpin->setValue(int(rules.points.pointsPerSpendUnit));
    m_ui->spendUnitEdit->setText(
        Money(rules.points.spendUnitMinor, Money::defaultCurrency()).toPlainString());
    m_ui->referralSpin->setValue(int(rules.points.pointsPerReferral));
    m_ui->basisCombo->setCurrentIndex(int(rules.tiers.basis()));
    for (const MembershipTier &tier : rules.tiers.tiers())
        addTierRow(tier);

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->rebateKindCombo, &QComboBox::currentIndexChanged, this,
            &LedgerRulesDialog::updateState);
    connect(m_ui->rebateAmountEdit, &QLineEdit::textChanged, this, &LedgerRulesDialog::updateState);
    connect(m_ui->rebateCurrencyEdit, &QLineEdit::textChanged, this,
            &LedgerRulesDialog::updateState);
    connect(m_ui->rebatePercentSpin, &QDoubleSpinBox::valueChanged, this,
            &LedgerRulesDialog::updateState);
    connect(m_ui->spendUnitEdit, &QLineEdit::textChanged, this, &LedgerRulesDialog::updateState);
    connect(m_ui->basisCombo, &QComboBox::currentIndexChanged, this,
            &LedgerRulesDialog::updateState);
    connect(m_ui->tiersTable, &QTableWidget::itemChanged, this, &LedgerRulesDialog::updateState);
    connect(m_ui->addTierButton, &QPushButton::clicked, this, [this] {
        addTierRow({});
        m_ui->tiersTable->setCurrentCell(m_ui->tiersTable->rowCount() - 1, 0);
        m_ui->tiersTable->editItem(m_ui->tiersTable->currentItem());
        updateState();
    });
    connect(m_ui->removeTierButton, &QPushButton::clicked, this, [this] {
        const int row = m_ui->tiersTable->currentRow();
        if (row >= 0)
            m_ui->tiersTable->removeRow(row);
        updateState();
    });
    // Room for three tiers and two campaign rules: the rows above would squeeze both tables.
    const auto rowsHigh = [](QTableWidget *table, int rows) {
        table->setMinimumHeight(table->horizontalHeader()->sizeHint().height()
                                + rows * table->verticalHeader()->defaultSectionSize()
                                + 2 * table->frameWidth());
    };
    rowsHigh(m_ui->tiersTable, 3);
    rowsHigh(m_ui->campaignRebatesTable, 2);
    resize(width(), qMax(height(), minimumSizeHint().height()));
    m_shown = formRules();
    updateState();
}

LedgerRulesDialog::~LedgerRulesDialog() = default;

void LedgerRulesDialog::addCampaignRebateRow(const RebateRule &rule)
{
    QTableWidget *table = m_ui->campaignRebatesTable;
    const QSignalBlocker blocker(table);
    const int row = table->rowCount();
    table->insertRow(row);
    auto *campaign = new QComboBox(table);
    auto *kind = new QComboBox(table);
    table->setCellWidget(row, 0, campaign);
    table->setCellWidget(row, 1, kind);
    fillCampaignRebateCombos(row);
    campaign->setCurrentIndex(qMax(0, campaign->findData(rule.campaignId)));
    kind->setCurrentIndex(rule.kind == RebateRule::Kind::Fixed ? 0 : 1);
    const QString amount = rule.kind == RebateRule::Kind::Fixed
        ? (rule.fixedAmount.currency().isEmpty() ? QString() : rule.fixedAmount.toPlainString())
        : (rule.basisPoints > 0 ? QString::number(double(rule.basisPoints) / 100.0) : QString());
    table->setItem(row, 2, new QTableWidgetItem(amount));
    connect(campaign, &QComboBox::currentIndexChanged, this, &LedgerRulesDialog::updateState);
    connect(kind, &QComboBox::currentIndexChanged, this, &LedgerRulesDialog::updateState);
}

void LedgerRulesDialog::fillCampaignRebateCombos(int row)
{
    auto *campaign = qobject_cast<QComboBox *>(m_ui->campaignRebatesTable->cellWidget(row, 0));
    auto *kind = qobject_cast<QComboBox *>(m_ui->campaignRebatesTable->cellWidget(row, 1));
    if (!campaign || !kind)
        return;
    const QSignalBlocker campaignBlocker(campaign);
    const QSignalBlocker kindBlocker(kind);
    const qint64 chosen = campaign->currentData().toLongLong();
    const int kindIndex = qMax(0, kind->currentIndex());
    campaign->clear();
    campaign->addItem(tr("Choose a campaign"), qint64(0));
    for (const auto &[id, name] : std::as_const(m_campaigns))
        campaign->addItem(name, id);
    campaign->setCurrentIndex(qMax(0, campaign->findData(chosen)));
    // Indexes: 0 = fixed amount per paid order (CNY), 1 = percentage of the order total.
    kind->clear();
    kind->addItems({ tr("Fixed amount (CNY)"), tr("Percentage") });
    kind->setCurrentIndex(kindIndex);
}

void LedgerRulesDialog::fillCombos()
{
    const int rebate = qMax(0, m_ui->rebateKindCombo->currentIndex());
    const int basis = qMax(0, m_ui->basisCombo->currentIndex());
    const QSignalBlocker rebateBlocker(m_ui->rebateKindCombo);
    const QSignalBlocker basisBlocker(m_ui->basisCombo);
    m_ui->rebateKindCombo->clear();
    m_ui->rebateKindCombo->addItems({ tr("No referral rebate"), tr("Fixed amount per paid order"),
                                      tr("Percentage of the order total") });
    m_ui->rebateKindCombo->setCurrentIndex(rebate);
    // Indexes follow MembershipTiers::Basis.
    m_ui->basisCombo->clear();
    m_ui->basisCombo->addItems({ tr("Points"), tr("Total spend"), tr("Points or total spend") });
    m_ui->basisCombo->setCurrentIndex(basis);
}

void LedgerRulesDialog::addTierRow(const MembershipTier &tier)
{
    const QSignalBlocker blocker(m_ui->tiersTable);
    const int row = m_ui->tiersTable->rowCount();
    m_ui->tiersTable->insertRow(row);
    // The stable key stays with the row; a new tier takes its name as key.
    auto *name = new QTableWidgetItem(tier.name);
    name->setData(Qt::UserRole, tier.key);
    m_ui->tiersTable->setItem(row, 0, name);
    m_ui->tiersTable->setItem(row, 1, new QTableWidgetItem(QString::number(tier.minPoints)));
    m_ui->tiersTable->setItem(row, 2,
                              new QTableWidgetItem(tier.minSpend.currency().isEmpty()
                                                       ? QStringLiteral("0.00")
                                                       : tier.minSpend.toPlainString()));
}

LedgerRules LedgerRulesDialog::rules() const
{
    const LedgerRules now = formRules();
    LedgerRules rules = m_stored;
    takeIfEdited(rules.globalRebate, m_shown.globalRebate, now.globalRebate);
    takeIfEdited(rules.campaignRebates, m_shown.campaignRebates, now.campaignRebates);
    takeIfEdited(rules.points, m_shown.points, now.points);
    takeIfEdited(rules.tiers, m_shown.tiers, now.tiers);
    return rules;
}

LedgerRules LedgerRulesDialog::formRules() const
{
    LedgerRules rules;
    const QString currency = m_ui->rebateCurrencyEdit->text().trimmed().toUpper();
    switch (m_ui->rebateKindCombo->currentIndex()) {
    case FixedRebate: {
        RebateRule rule;
        rule.kind = RebateRule::Kind::Fixed;
        rule.fixedAmount
            = Money::parse(m_ui->rebateAmountEdit->text(), currency).value_or(Money(0, currency));
        rules.globalRebate = rule;
        break;
    }
    case PercentageRebate: {
        RebateRule rule;
        rule.kind = RebateRule::Kind::Percentage;
        rule.basisPoints = qRound64(m_ui->rebatePercentSpin->value() * 100.0);
        rules.globalRebate = rule;
        break;
    }
    default:
        break;
    }
    QTableWidget *table = m_ui->campaignRebatesTable;
    for (int row = 0; row < table->rowCount(); ++row) {
        const auto *campaign = qobject_cast<QComboBox *>(table->cellWidget(row, 0));
        const auto *kind = qobject_cast<QComboBox *>(table->cellWidget(row, 1));
        if (!campaign || !kind)
            continue;
        RebateRule rule;
        rule.campaignId = campaign->currentData().toLongLong();
        const QString amount = cell(table, row, 2);
        if (kind->currentIndex() == 0) {
            rule.kind = RebateRule::Kind::Fixed;
            rule.fixedAmount = Money::parse(amount, Money::defaultCurrency())
                                   .value_or(Money(0, Money::defaultCurrency()));
        } else {
            rule.kind = RebateRule::Kind::Percentage;
            rule.basisPoints = qRound64(QLocale::c().toDouble(amount) * 100.0);
        }
        rules.campaignRebates << rule;
    }
    rules.points.pointsPerActiveDay = m_ui->activeDaySpin->value();
    rules.points.pointsPerSpendUnit = m_ui->spendPointsSpin->value();
    rules.points.spendUnitMinor
        = Money::parse(m_ui->spendUnitEdit->text(), Money::defaultCurrency())
              .value_or(Money())
              .minorUnits();
    rules.points.pointsPerReferral = m_ui->referralSpin->value();
    QList<MembershipTier> tiers;
    for (int row = 0; row < m_ui->tiersTable->rowCount(); ++row) {
        MembershipTier tier;
        tier.name = cell(m_ui->tiersTable, row, 0);
        const QTableWidgetItem *nameItem = m_ui->tiersTable->item(row, 0);
        tier.key = nameItem ? nameItem->data(Qt::UserRole).toString() : QString();
        if (tier.key.isEmpty())
            tier.key = tier.name;
        tier.minPoints = cell(m_ui->tiersTable, row, 1).toLongLong();
        tier.minSpend = Money::parse(cell(m_ui->tiersTable, row, 2), Money::defaultCurrency())
                            .value_or(Money(0, Money::defaultCurrency()));
        tiers << tier;
    }
    rules.tiers = MembershipTiers(MembershipTiers::Basis(m_ui->basisCombo->currentIndex()), tiers);
    return rules;
}

QStringList LedgerRulesDialog::problems() const
{
    QStringList problems;
    const int rebate = m_ui->rebateKindCombo->currentIndex();
    if (rebate == FixedRebate) {
        const QString currency = m_ui->rebateCurrencyEdit->text().trimmed();
        const auto amount = Money::parse(m_ui->rebateAmountEdit->text(), currency.toUpper());
        if (currency.size() != 3)
            problems << tr("Enter the rebate's currency as a three-letter code such as CNY.");
        else if (!amount || amount->minorUnits() <= 0)
            problems << tr("Enter the rebate per paid order, e.g. 5.00.");
    } else if (rebate == PercentageRebate && m_ui->rebatePercentSpin->value() <= 0) {
        problems << tr("Enter a share above 0 %, or choose no referral rebate.");
    }
    QSet<qint64> campaignsWithRule;
    const LedgerRules entered = rules();
    for (int i = 0; i < entered.campaignRebates.size(); ++i) {
        const RebateRule &rule = entered.campaignRebates.at(i);
        const int n = i + 1;
        if (rule.campaignId == 0)
            problems << tr("Campaign rebate %1: choose its campaign.").arg(n);
        else if (campaignsWithRule.contains(rule.campaignId))
            problems << tr("Campaign rebate %1: that campaign has a rebate already.").arg(n);
        campaignsWithRule.insert(rule.campaignId);
        const bool positive = rule.kind == RebateRule::Kind::Fixed
            ? rule.fixedAmount.minorUnits() > 0
            : rule.basisPoints > 0 && rule.basisPoints <= 10000;
        if (!positive)
            problems << tr("Campaign rebate %1: enter an amount such as 5.00, or a share between 0 "
                           "and 100 %.")
                            .arg(n);
    }
    const auto unit = Money::parse(m_ui->spendUnitEdit->text(), Money::defaultCurrency());
    if (!unit || unit->minorUnits() <= 0)
        problems << tr("Enter the amount that earns purchase points, e.g. 1.00.");
    for (int row = 0; row < m_ui->tiersTable->rowCount(); ++row) {
        bool ok = false;
        cell(m_ui->tiersTable, row, 1).toLongLong(&ok);
        if (!ok)
            problems << tr("Tier %1: the minimum points must be a whole number.").arg(row + 1);
        if (!Money::parse(cell(m_ui->tiersTable, row, 2), Money::defaultCurrency()))
            problems
                << tr("Tier %1: the minimum spend must be an amount such as 500.00.").arg(row + 1);
        if (cell(m_ui->tiersTable, row, 0).isEmpty())
            problems << tr("Tier %1 needs a name.").arg(row + 1);
    }
    if (problems.isEmpty())
        problems << rules().tiers.validate();
    return problems;
}

void LedgerRulesDialog::updateState()
{
    const int rebate = m_ui->rebateKindCombo->currentIndex();
    m_ui->rebateAmountEdit->setEnabled(rebate == FixedRebate);
    m_ui->rebateCurrencyEdit->setEnabled(rebate == FixedRebate);
    m_ui->rebatePercentSpin->setEnabled(rebate == PercentageRebate);
    m_ui->removeTierButton->setEnabled(m_ui->tiersTable->rowCount() > 0);
    m_ui->removeCampaignRebateButton->setEnabled(m_ui->campaignRebatesTable->rowCount() > 0);
    showValidation(m_ui->validationLabel, m_ui->buttonBox, problems());
}

void LedgerRulesDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fillCombos();
        for (int row = 0; row < m_ui->campaignRebatesTable->rowCount(); ++row)
            fillCampaignRebateCombos(row);
        updateState();
    }
    QDialog::changeEvent(event);
}

} // namespace cohort
