#include "ui/groups/groupdialog.h"

#include "ui/groups/kpitargetseditor.h"
#include "ui/widgets/dialogvalidation.h"
#include "ui/widgets/editedfield.h"
#include "ui/widgets/enumcombo.h"

#include "ui_groupdialog.h"

#include <QCheckBox>
#include <QEvent>
#include <QPushButton>

#include <limits>

namespace cohort {

namespace {
struct RuleFlagBox
{
    const char *key;
    QCheckBox *Ui::GroupDialog::*box;
};
const RuleFlagBox RuleFlagBoxes[] = {
    { "no_links", &Ui::GroupDialog::noLinksCheck },
    { "no_cards", &Ui::GroupDialog::noCardsCheck },
    { "no_ads", &Ui::GroupDialog::noAdsCheck },
    { "no_private_soliciting", &Ui::GroupDialog::noSolicitingCheck },
    { "no_flooding", &Ui::GroupDialog::noFloodingCheck },
};
struct GoalBox
{
    GroupGoal goal;
    QCheckBox *Ui::GroupDialog::*box;
};
const GoalBox GoalBoxes[] = {
    { GroupGoal::Knowledge, &Ui::GroupDialog::knowledgeCheck },
    { GroupGoal::QnA, &Ui::GroupDialog::qnaCheck },
    { GroupGoal::TrafficPool, &Ui::GroupDialog::trafficCheck },
    { GroupGoal::ProductSales, &Ui::GroupDialog::salesCheck },
};
} // namespace

GroupDialog::GroupDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::GroupDialog>())
{
    m_ui->setupUi(this);
    m_targets = new KpiTargetsEditor(this);
    m_ui->tabs->insertTab(m_ui->tabs->indexOf(m_ui->entryTab) + 1, m_targets, tr("&Targets"));
    for (const GoalBox &g : GoalBoxes)
        connect(m_ui.get()->*g.box, &QCheckBox::toggled, this,
                [this] { m_targets->setGoals(formGroup().goals); });
    // Whatever a platform allows (a Telegram supergroup holds 200,000); 0 reads "unknown".
    m_ui->capacitySpin->setRange(0, std::numeric_limits<int>::max());
    m_ui->capacitySpin->setGroupSeparatorShown(true);
    fillCombos();
    m_ui->feeEdit->setPlaceholderText(QLocale().toString(0.0, 'f', 2));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->nameEdit, &QLineEdit::textChanged, this, &GroupDialog::validate);
    connect(m_ui->feeEdit, &QLineEdit::textChanged, this, &GroupDialog::validate);
    connect(m_ui->thresholdCombo, &QComboBox::currentIndexChanged, this, &GroupDialog::validate);
    connect(m_ui->promotionCombo, &QComboBox::currentIndexChanged, this, &GroupDialog::validate);
    m_ui->nameEdit->setFocus();
    setGroup(Group());
}

GroupDialog::~GroupDialog() = default;

void GroupDialog::fillCombos()
{
    fillEnumCombo<Platform>(m_ui->platformCombo);
    fillEnumCombo<GroupStatus>(m_ui->statusCombo);
    fillEnumCombo<PromotionPolicy>(m_ui->promotionCombo);
    fillEnumCombo<EntryThreshold>(m_ui->thresholdCombo);
    m_ui->capacitySpin->setSpecialValueText(tr("Unknown"));
}

void GroupDialog::setGroup(const Group &group)
{
    m_group = group;
    setEnumComboValue(m_ui->platformCombo, group.platform);
    m_ui->nameEdit->setText(group.name);
    setEnumComboValue(m_ui->statusCombo, group.status);
    m_ui->mainBusinessEdit->setText(group.mainBusiness);
    m_ui->capacitySpin->setValue(group.capacity);
    m_ui->notesEdit->setPlainText(group.notes);
    m_ui->ageEdit->setText(group.portrait.ageRange);
    m_ui->genderEdit->setText(group.portrait.genderMix);
    m_ui->regionEdit->setText(group.portrait.region);
    m_ui->needsEdit->setText(group.portrait.needs);
    m_ui->painsEdit->setText(group.portrait.pains);
    m_ui->portraitTagsEdit->setText(joinList(group.portrait.tags));
    for (const GoalBox &g : GoalBoxes)
        (m_ui.get()->*g.box)->setChecked(group.goals.contains(g.goal));
    m_targets->setTargets(group.kpiTargets);
    m_targets->setGoals(group.goals);
    setEnumComboValue(m_ui->promotionCombo, group.promotionPolicy);
    showPromoters();
    setEnumComboValue(m_ui->thresholdCombo, group.entryThreshold);
    m_ui->feeEdit->setText(group.entryFee.currency().isEmpty() || group.entryFee.isZero()
                               ? QString()
                               : group.entryFee.toPlainString());
    m_ui->rulesEdit->setPlainText(group.rulesText);
    for (const RuleFlagBox &r : RuleFlagBoxes)
        (m_ui.get()->*r.box)->setChecked(group.ruleFlags.contains(QLatin1String(r.key)));
    validate();
    m_shown = formGroup();
}

Group GroupDialog::group() const
{
    const Group now = formGroup();
    Group g = m_group;
    takeIfEdited(g.platform, m_shown.platform, now.platform);
    takeIfEdited(g.name, m_shown.name, now.name);
    takeIfEdited(g.status, m_shown.status, now.status);
    takeIfEdited(g.mainBusiness, m_shown.mainBusiness, now.mainBusiness);
    takeIfEdited(g.capacity, m_shown.capacity, now.capacity);
    takeIfEdited(g.notes, m_shown.notes, now.notes);
    takeIfEdited(g.portrait.ageRange, m_shown.portrait.ageRange, now.portrait.ageRange);
    takeIfEdited(g.portrait.genderMix, m_shown.portrait.genderMix, now.portrait.genderMix);
    takeIfEdited(g.portrait.region, m_shown.portrait.region, now.portrait.region);
    takeIfEdited(g.portrait.needs, m_shown.portrait.needs, now.portrait.needs);
    takeIfEdited(g.portrait.pains, m_shown.portrait.pains, now.portrait.pains);
    takeIfEdited(g.portrait.tags, m_shown.portrait.tags, now.portrait.tags);
    // A ticked or cleared box adds or removes its goal; the stored order stays.
    for (const GoalBox &box : GoalBoxes) {
        const bool shown = m_shown.goals.contains(box.goal);
        const bool checked = now.goals.contains(box.goal);
        if (shown != checked) {
            if (checked)
                g.goals << box.goal;
            else
                g.goals.removeAll(box.goal);
        }
    }
    // A target is stored once the user changes it; the others keep their stored or default
    // value (a target the spin box rounds is not rewritten).
    for (const GoalKpi kpi : GoalKpis::all()) {
        const double shown = m_shown.kpiTargets.value(kpi);
        const double edited = now.kpiTargets.value(kpi);
        if (shown != edited)
            g.kpiTargets.insert(kpi, edited);
    }
    takeIfEdited(g.promotionPolicy, m_shown.promotionPolicy, now.promotionPolicy);
    takeIfEdited(g.entryThreshold, m_shown.entryThreshold, now.entryThreshold);
    takeIfEdited(g.entryFee, m_shown.entryFee, now.entryFee);
    takeIfEdited(g.rulesText, m_shown.rulesText, now.rulesText);
    // Likewise for the rule flags; flags the dialog has no box for stay as they are.
    for (const RuleFlagBox &r : RuleFlagBoxes) {
        const QString key = QLatin1String(r.key);
        const bool shown = m_shown.ruleFlags.contains(key);
        const bool checked = now.ruleFlags.contains(key);
        if (shown != checked) {
            if (checked)
                g.ruleFlags << key;
            else
                g.ruleFlags.removeAll(key);
        }
    }
    return g;
}

Group GroupDialog::formGroup() const
{
    Group g = m_group;
    g.platform = enumComboValue(m_ui->platformCombo, Platform::Other);
    g.name = m_ui->nameEdit->text().trimmed();
    g.status = enumComboValue(m_ui->statusCombo, GroupStatus::Active);
    g.mainBusiness = m_ui->mainBusinessEdit->text().trimmed();
    g.capacity = m_ui->capacitySpin->value();
    g.notes = m_ui->notesEdit->toPlainText();
    g.portrait.ageRange = m_ui->ageEdit->text().trimmed();
    g.portrait.genderMix = m_ui->genderEdit->text().trimmed();
    g.portrait.region = m_ui->regionEdit->text().trimmed();
    g.portrait.needs = m_ui->needsEdit->text().trimmed();
    g.portrait.pains = m_ui->painsEdit->text().trimmed();
    g.portrait.tags = splitList(m_ui->portraitTagsEdit->text());
    g.goals.clear();
    for (const GoalBox &goal : GoalBoxes) {
        if ((m_ui.get()->*goal.box)->isChecked())
            g.goals << goal.goal;
    }
    g.kpiTargets = m_targets->formTargets();
    g.promotionPolicy = enumComboValue(m_ui->promotionCombo, PromotionPolicy::PrivateGarden);
    // Promoters are members, chosen in the rule settings; the names typed here before that
    // are kept as they were and only shown.
    g.approvedPromoters = m_group.approvedPromoters;
    g.entryThreshold = enumComboValue(m_ui->thresholdCombo, EntryThreshold::Free);
    const QString currency = m_group.entryFee.currency().isEmpty() ? Money::defaultCurrency()
                                                                   : m_group.entryFee.currency();
    const std::optional<Money> fee = Money::parse(m_ui->feeEdit->text(), currency);
    g.entryFee = g.entryThreshold == EntryThreshold::Paid && fee ? *fee : Money();
    g.rulesText = m_ui->rulesEdit->toPlainText();
    g.ruleFlags.clear();
    for (const RuleFlagBox &r : RuleFlagBoxes) {
        if ((m_ui.get()->*r.box)->isChecked())
            g.ruleFlags << QLatin1String(r.key);
    }
    return g;
}

QStringList GroupDialog::problems() const
{
    QStringList problems;
    if (m_ui->nameEdit->text().trimmed().isEmpty())
        problems << tr("Enter a name for the group.");
    const bool paid
        = enumComboValue(m_ui->thresholdCombo, EntryThreshold::Free) == EntryThreshold::Paid;
    if (paid) {
        const std::optional<Money> fee
            = Money::parse(m_ui->feeEdit->text(), Money::defaultCurrency());
        if (!fee)
            problems << tr("Enter the entry fee as an amount such as 99 or 99.50.");
        else if (fee->isNegative() || fee->isZero())
            problems << tr("A paid entry needs a fee above zero.");
    }
    return problems;
}

void GroupDialog::setPromoterNames(const QStringList &names)
{
    m_promoterNames = names;
    showPromoters();
}

void GroupDialog::showPromoters()
{
    m_ui->promotersEdit->setReadOnly(true);
    m_ui->promotersEdit->setText(joinList(m_promoterNames));
    m_ui->promotersEdit->setPlaceholderText(tr("None yet"));
    QString tip = tr("Approved promoters are chosen from the group's members in the Violations "
                     "pane's Rule Settings. In a private garden their links, cards and ads do "
                     "not count as violations.");
    if (!m_group.approvedPromoters.isEmpty())
        tip += QLatin1Char('\n')
            + tr("Noted here before: %1").arg(joinList(m_group.approvedPromoters));
    m_ui->promotersEdit->setToolTip(tip);
}

void GroupDialog::showGoals()
{
    m_ui->tabs->setCurrentWidget(m_ui->entryTab);
    m_ui->knowledgeCheck->setFocus();
}

void GroupDialog::validate()
{
    const bool paid
        = enumComboValue(m_ui->thresholdCombo, EntryThreshold::Free) == EntryThreshold::Paid;
    m_ui->feeEdit->setEnabled(paid);
    m_ui->feeLabel->setEnabled(paid);
    showValidation(m_ui->validationLabel, m_ui->buttonBox, problems());
}

void GroupDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        m_ui->tabs->setTabText(m_ui->tabs->indexOf(m_targets), tr("&Targets"));
        m_targets->retranslate();
        fillCombos();
        showPromoters();
        validate();
    }
    QDialog::changeEvent(event);
}

} // namespace cohort
