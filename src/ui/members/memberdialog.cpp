#include "ui/members/memberdialog.h"

#include "domain/schedule.h"
#include "storage/database.h"
#include "storage/grouprepository.h"
#include "storage/memberrepository.h"
#include "ui/widgets/dialogvalidation.h"
#include "ui/widgets/enumcombo.h"

#include "storage/workspacezone.h"
#include "ui_memberdialog.h"

#include <QDateTimeEdit>
#include <QEvent>
#include <QHeaderView>

namespace cohort {

namespace {
enum MembershipColumn { GroupColumn, RoleColumn, JoinedColumn, LeftColumn, MembershipColumns };
// The left-at editor shows its special value (still in the group) at this minimum.
const QDateTime NotLeft = QDateTime(QDate(2000, 1, 1), QTime(0, 0), Qt::UTC);

/// A date-time editor of naive wall-clock times of the workspace zone: in the computer's zone
/// it would skip or move the times in that zone's DST gaps.
QDateTimeEdit *wallClockEdit(QWidget *parent)
{
    auto *edit = new QDateTimeEdit(parent);
    edit->setTimeSpec(Qt::UTC);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    edit->setCalendarPopup(true);
    return edit;
}

QDateTime wallClockOf(const QDateTime &utc, const QTimeZone &zone)
{
    const QDateTime local = utc.toTimeZone(zone);
    return QDateTime(local.date(), local.time(), Qt::UTC);
}
} // namespace

MemberDialog::MemberDialog(Database &database, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::MemberDialog>())
    , m_database(database)
{
    m_ui->setupUi(this);
    m_ui->referrerPicker->setDatabase(database);
    m_groups = GroupRepository(database).all();
    fillEnumCombo<SourceChannel>(m_ui->sourceCombo);
    m_ui->membershipsTable->setColumnCount(MembershipColumns);
    m_ui->membershipsTable->verticalHeader()->hide();
    m_ui->membershipsTable->horizontalHeader()->setSectionResizeMode(GroupColumn,
                                                                     QHeaderView::Stretch);
    m_ui->membershipsTable->horizontalHeader()->setSectionResizeMode(RoleColumn,
                                                                     QHeaderView::ResizeToContents);
    retranslateTable();

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->nameEdit, &QLineEdit::textChanged, this, &MemberDialog::validate);
    connect(m_ui->addMembershipButton, &QPushButton::clicked, this, [this] {
        Membership membership;
        membership.joinedAt = QDateTime::currentDateTimeUtc();
        addMembershipRow(membership);
        validate();
    });
    connect(m_ui->removeMembershipButton, &QPushButton::clicked, this, [this] {
        const int row = m_ui->membershipsTable->currentRow();
        if (row >= 0)
            m_ui->membershipsTable->removeRow(row);
        validate();
    });
    m_ui->addMembershipButton->setEnabled(!m_groups.isEmpty());
    setMember(Member(), {});
}

MemberDialog::~MemberDialog() = default;

void MemberDialog::retranslateTable()
{
    m_ui->membershipsTable->setHorizontalHeaderLabels(
        { tr("Group"), tr("Role"), tr("Joined"), tr("Left") });
    for (int row = 0; row < m_ui->membershipsTable->rowCount(); ++row) {
        if (auto *role
            = qobject_cast<QComboBox *>(m_ui->membershipsTable->cellWidget(row, RoleColumn)))
            fillEnumCombo<MemberRole>(role);
        if (auto *left
            = qobject_cast<QDateTimeEdit *>(m_ui->membershipsTable->cellWidget(row, LeftColumn)))
            left->setSpecialValueText(tr("Still in the group"));
    }
}

void MemberDialog::addMembershipRow(const Membership &membership)
{
    QTableWidget *table = m_ui->membershipsTable;
    const int row = table->rowCount();
    table->insertRow(row);
    auto *group = new QComboBox(table);
    for (const Group &g : std::as_const(m_groups))
        group->addItem(g.name, g.id);
    group->setCurrentIndex(qMax(0, group->findData(membership.groupId)));
    connect(group, &QComboBox::currentIndexChanged, this, &MemberDialog::validate);
    table->setCellWidget(row, GroupColumn, group);

    auto *role = new QComboBox(table);
    fillEnumCombo<MemberRole>(role);
    setEnumComboValue(role, membership.role);
    table->setCellWidget(row, RoleColumn, role);

    const QTimeZone zone = WorkspaceZone::of(m_database);
    auto *joined = wallClockEdit(table);
    joined->setDateTime(wallClockOf(membership.joinedAt.isValid() ? membership.joinedAt
                                                                  : QDateTime::currentDateTimeUtc(),
                                    zone));
    table->setCellWidget(row, JoinedColumn, joined);

    auto *left = wallClockEdit(table);
    left->setMinimumDateTime(NotLeft);
    left->setSpecialValueText(tr("Still in the group"));
    left->setDateTime(membership.leftAt.isValid() ? wallClockOf(membership.leftAt, zone) : NotLeft);
    table->setCellWidget(row, LeftColumn, left);
}

void MemberDialog::setMember(const Member &member, const QList<Membership> &memberships)
{
    m_member = member;
    m_ui->nameEdit->setText(member.displayName);
    m_ui->phoneEdit->setText(member.phone);
    m_ui->wechatEdit->setText(member.wechatId);
    m_ui->tagsEdit->setText(joinList(member.tags));
    setEnumComboValue(m_ui->sourceCombo, member.sourceChannel);
    m_ui->referrerPicker->setExcludedId(member.id);
    if (member.referrerId != 0) {
        const std::optional<Member> referrer = MemberRepository(m_database).find(member.referrerId);
        m_ui->referrerPicker->setMember(member.referrerId,
                                        referrer ? referrer->displayName : QString());
    } else {
        m_ui->referrerPicker->setMember(0, QString());
    }
    m_ui->consentCheck->setChecked(member.consentToContact);
    m_ui->notesEdit->setPlainText(member.notes);
    m_ui->membershipsTable->setRowCount(0);
    for (const Membership &membership : memberships)
        addMembershipRow(membership);
    validate();
}

Member MemberDialog::member() const
{
    Member m = m_member;
    m.displayName = m_ui->nameEdit->text().trimmed();
    m.phone = m_ui->phoneEdit->text().trimmed();
    m.wechatId = m_ui->wechatEdit->text().trimmed();
    m.tags = splitList(m_ui->tagsEdit->text());
    m.sourceChannel = enumComboValue(m_ui->sourceCombo, SourceChannel::Other);
    // Clearing the referrer text clears the referrer; an unpicked typed name keeps the old one.
    if (m_ui->referrerPicker->text().trimmed().isEmpty())
        m.referrerId = 0;
    else if (m_ui->referrerPicker->memberId() != 0)
        m.referrerId = m_ui->referrerPicker->memberId();
    m.consentToContact = m_ui->consentCheck->isChecked();
    m.notes = m_ui->notesEdit->toPlainText();
    if (!m.firstSeen.isValid())
        m.firstSeen = QDateTime::currentDateTimeUtc();
    return m;
}

QList<Membership> MemberDialog::memberships() const
{
    QList<Membership> result;
    const QTableWidget *table = m_ui->membershipsTable;
    const QTimeZone zone = WorkspaceZone::of(m_database);
    const auto utcOf = [&zone](const QDateTime &wall) {
        return Schedule::wallToUtc(wall.date(), wall.time(), zone);
    };
    for (int row = 0; row < table->rowCount(); ++row) {
        Membership ms;
        ms.memberId = m_member.id;
        ms.groupId = qobject_cast<QComboBox *>(table->cellWidget(row, GroupColumn))
                         ->currentData()
                         .toLongLong();
        ms.role = enumComboValue(qobject_cast<QComboBox *>(table->cellWidget(row, RoleColumn)),
                                 MemberRole::Member);
        ms.joinedAt = utcOf(
            qobject_cast<QDateTimeEdit *>(table->cellWidget(row, JoinedColumn))->dateTime());
        const QDateTime left
            = qobject_cast<QDateTimeEdit *>(table->cellWidget(row, LeftColumn))->dateTime();
        ms.leftAt = left == NotLeft ? QDateTime() : utcOf(left);
        result << ms;
    }
    return result;
}

QStringList MemberDialog::problems() const
{
    QStringList problems;
    if (m_ui->nameEdit->text().trimmed().isEmpty())
        problems << tr("Enter the member’s name.");
    QList<qint64> groups;
    const QList<Membership> list = memberships();
    for (const Membership &ms : list) {
        if (groups.contains(ms.groupId)) {
            problems << tr("A member can be listed only once per group.");
            break;
        }
        groups << ms.groupId;
    }
    for (const Membership &ms : list) {
        if (ms.leftAt.isValid() && ms.leftAt < ms.joinedAt) {
            problems << tr("A member cannot leave a group before joining it.");
            break;
        }
    }
    return problems;
}

void MemberDialog::validate()
{
    showValidation(m_ui->validationLabel, m_ui->buttonBox, problems());
}

void MemberDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fillEnumCombo<SourceChannel>(m_ui->sourceCombo);
        retranslateTable();
        validate();
    }
    QDialog::changeEvent(event);
}

} // namespace cohort
