#include "ui/ledger/partnerdialog.h"

#include "storage/database.h"
#include "storage/grouprepository.h"
#include "storage/ledgerrepository.h"
#include "storage/memberrepository.h"
#include "ui/widgets/dialogvalidation.h"
#include "ui/widgets/editedfield.h"

#include "ui_partnerdialog.h"

#include <QEvent>
#include <QSignalBlocker>

namespace cohort {

PartnerDialog::PartnerDialog(Database &database, const PartnerTerms &terms,
                             const QString &memberName, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PartnerDialog>())
    , m_database(database)
    , m_stored(terms)
    , m_editing(terms.memberId != 0)
{
    m_ui->setupUi(this);
    m_ui->memberPicker->setDatabase(database);
    m_ui->groupsList->setAccessibleName(tr("Groups"));
    if (m_editing) {
        m_ui->memberPicker->setMember(terms.memberId, memberName);
        m_ui->memberPicker->setEnabled(false);
    }
    QList<qint64> ids;
    for (const PartnerTerms &other : LedgerRepository(database).partners()) {
        if (other.memberId != terms.memberId) {
            m_others << other;
            ids << other.memberId;
        }
    }
    for (const Member &member : MemberRepository(database).findMany(ids))
        m_names.insert(member.id, member.displayName);

    for (const Group &group : GroupRepository(database).all()) {
        auto *item = new QListWidgetItem(group.name, m_ui->groupsList);
        item->setData(Qt::UserRole, group.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(terms.groupIds.contains(group.id) ? Qt::Checked : Qt::Unchecked);
    }
    m_ui->rateSpin->setValue(double(terms.rateBasisPoints) / 100.0);
    m_ui->recruiterRateSpin->setValue(double(terms.recruiterRateBasisPoints) / 100.0);
    fillRecruiters(terms.recruiterId);

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->memberPicker, &MemberPicker::memberChanged, this, &PartnerDialog::updateState);
    connect(m_ui->rateSpin, &QDoubleSpinBox::valueChanged, this, &PartnerDialog::updateState);
    connect(m_ui->recruiterRateSpin, &QDoubleSpinBox::valueChanged, this,
            &PartnerDialog::updateState);
    connect(m_ui->recruiterCombo, &QComboBox::currentIndexChanged, this,
            &PartnerDialog::updateState);
    connect(m_ui->groupsList, &QListWidget::itemChanged, this, &PartnerDialog::updateState);
    m_shown = formTerms();
    updateState();
}

PartnerDialog::~PartnerDialog() = default;

void PartnerDialog::fillRecruiters(qint64 selected)
{
    const QSignalBlocker blocker(m_ui->recruiterCombo);
    m_ui->recruiterCombo->clear();
    m_ui->recruiterCombo->addItem(tr("Nobody"), qint64(0));
    for (const PartnerTerms &other : std::as_const(m_others))
        m_ui->recruiterCombo->addItem(m_names.value(other.memberId), other.memberId);
    m_ui->recruiterCombo->setCurrentIndex(qMax(0, m_ui->recruiterCombo->findData(selected)));
}

PartnerTerms PartnerDialog::terms() const
{
    const PartnerTerms now = formTerms();
    PartnerTerms terms = m_stored;
    takeIfEdited(terms.memberId, m_shown.memberId, now.memberId);
    takeIfEdited(terms.rateBasisPoints, m_shown.rateBasisPoints, now.rateBasisPoints);
    takeIfEdited(terms.groupIds, m_shown.groupIds, now.groupIds);
    takeIfEdited(terms.recruiterId, m_shown.recruiterId, now.recruiterId);
    takeIfEdited(terms.recruiterRateBasisPoints, m_shown.recruiterRateBasisPoints,
                 now.recruiterRateBasisPoints);
    return terms;
}

PartnerTerms PartnerDialog::formTerms() const
{
    PartnerTerms terms;
    terms.memberId = m_ui->memberPicker->memberId();
    terms.rateBasisPoints = qRound64(m_ui->rateSpin->value() * 100.0);
    for (int row = 0; row < m_ui->groupsList->count(); ++row) {
        const QListWidgetItem *item = m_ui->groupsList->item(row);
        if (item->checkState() == Qt::Checked)
            terms.groupIds.insert(item->data(Qt::UserRole).toLongLong());
    }
    terms.recruiterId = m_ui->recruiterCombo->currentData().toLongLong();
    terms.recruiterRateBasisPoints
        = terms.recruiterId == 0 ? 0 : qRound64(m_ui->recruiterRateSpin->value() * 100.0);
    return terms;
}

QStringList PartnerDialog::problems() const
{
    const PartnerTerms candidate = terms();
    if (candidate.memberId == 0)
        return { tr("Choose the member who becomes a partner.") };
    for (const PartnerTerms &other : std::as_const(m_others)) {
        if (!m_editing && other.memberId == candidate.memberId)
            return { tr("This member is a partner already; edit their terms instead.") };
        // A recruiter of this partner's own recruiter would be a third level.
        if (other.memberId == candidate.recruiterId && other.recruiterId == candidate.memberId)
            return { tr("Two partners cannot have recruited each other.") };
    }
    if (candidate.groupIds.isEmpty() && candidate.rateBasisPoints > 0)
        return { tr("Choose the groups whose paid orders earn this partner a commission.") };
    // The same checks as the ledger: rates, recruiter and the two-level limit.
    CommissionCalculator calculator;
    for (const PartnerTerms &other : std::as_const(m_others)) {
        PartnerTerms plain = other;
        plain.recruiterId = 0;
        plain.recruiterRateBasisPoints = 0;
        calculator.setPartner(plain);
    }
    const auto error = calculator.setPartner(candidate);
    if (error != CommissionCalculator::TermsError::None)
        return { CommissionCalculator::describe(error) };
    return {};
}

void PartnerDialog::updateState()
{
    m_ui->recruiterRateSpin->setEnabled(m_ui->recruiterCombo->currentData().toLongLong() != 0);
    showValidation(m_ui->validationLabel, m_ui->buttonBox, problems());
}

void PartnerDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fillRecruiters(m_ui->recruiterCombo->currentData().toLongLong());
        updateState();
    }
    QDialog::changeEvent(event);
}

} // namespace cohort
