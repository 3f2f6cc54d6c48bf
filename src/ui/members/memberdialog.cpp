#include "ui/members/memberdialog.h"

#include "rules/violationrepository.h"
#include "storage/grouprepository.h"
#include "storage/memberrepository.h"
#include "ui/widgets/dialogvalidation.h"
#include "ui/widgets/editedfield.h"
#include "ui/widgets/enumcombo.h"
#include "ui/widgets/zonedtime.h"

#include "ui_memberdialog.h"

#include <QDateTimeEdit>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>

namespace cohort {

namespace {
enum MembershipColumn { GroupColumn, RoleColumn, JoinedColumn, LeftColumn, MembershipColumns };
// The time editors show their special value (unknown, still in the group) at this minimum,
// early enough for any real date. The editors hold naive wall-clock times (UTC spec).
const QDateTime NoTime = QDateTime(QDate(1900, 1, 1), QTime(0, 0), Qt::UTC);
// The stored membership a table row shows (an index into m_memberships), -1 for a new row.
const char *const StoredRowProperty = "storedRow";

QDateTimeEdit *timeEditor(QWidget *parent, const QDateTime &utc, const QTimeZone &zone)
{
    auto *edit = new QDateTimeEdit(parent);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    edit->setCalendarPopup(true);
    edit->setTimeSpec(Qt::UTC);
    edit->setMinimumDateTime(NoTime);
    if (utc.isValid())
        showZonedTime(edit, utc, zone);
    else
        edit->setDateTime(NoTime);
    return edit;
}

QDateTime timeOf(const QWidget *widget, const QTimeZone &zone)
{
    const auto *edit = qobject_cast<const QDateTimeEdit *>(widget);
    return edit->dateTime() == NoTime ? QDateTime() : zonedTimeOf(edit, zone);
}
} // namespace

MemberDialog::MemberDialog(Database &database, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::MemberDialog>())
    , m_database(database)
    , m_zone(workspaceZone(database))
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
    m_strikesLabel = new QLabel(m_ui->groupsTab);
    m_strikesLabel->setObjectName(QStringLiteral("strikesLabel"));
    m_strikesLabel->setTextFormat(Qt::PlainText);
    m_strikesLabel->setWordWrap(true);
    m_ui->groupsLayout->addWidget(m_strikesLabel);

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->nameEdit, &QLineEdit::textChanged, this, &MemberDialog::validate);
    connect(m_ui->addMembershipButton, &QPushButton::clicked, this, [this] {
        Membership membership;
        membership.joinedAt = QDateTime::currentDateTimeUtc();
        addMembershipRow(membership, -1);
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
        if (auto *joined
            = qobject_cast<QDateTimeEdit *>(m_ui->membershipsTable->cellWidget(row, JoinedColumn)))
            joined->setSpecialValueText(tr("Unknown"));
        if (auto *left
            = qobject_cast<QDateTimeEdit *>(m_ui->membershipsTable->cellWidget(row, LeftColumn)))
            left->setSpecialValueText(tr("Still in the group"));
    }
}

void MemberDialog::addMembershipRow(const Membership &membership, int storedRow)
{
    QTableWidget *table = m_ui->membershipsTable;
    const int row = table->rowCount();
    table->insertRow(row);
    auto *group = new QComboBox(table);
    group->setProperty(StoredRowProperty, storedRow);
    for (const Group &g : std::as_const(m_groups))
        group->addItem(g.name, g.id);
    group->setCurrentIndex(qMax(0, group->findData(membership.groupId)));
    connect(group, &QComboBox::currentIndexChanged, this, &MemberDialog::validate);
    table->setCellWidget(row, GroupColumn, group);

    auto *role = new QComboBox(table);
    fillEnumCombo<MemberRole>(role);
    setEnumComboValue(role, membership.role);
    table->setCellWidget(row, RoleColumn, role);

    auto *joined = timeEditor(table, membership.joinedAt, m_zone);
    joined->setSpecialValueText(tr("Unknown"));
    table->setCellWidget(row, JoinedColumn, joined);

    auto *left = timeEditor(table, membership.leftAt, m_zone);
    left->setSpecialValueText(tr("Still in the group"));
    table->setCellWidget(row, LeftColumn, left);
}

Membership MemberDialog::formMembership(int row) const
{
    const QTableWidget *table = m_ui->membershipsTable;
    Membership ms;
    ms.memberId = m_member.id;
    ms.groupId = qobject_cast<QComboBox *>(table->cellWidget(row, GroupColumn))
                     ->currentData()
                     .toLongLong();
    ms.role = enumComboValue(qobject_cast<QComboBox *>(table->cellWidget(row, RoleColumn)),
                             MemberRole::Member);
    ms.joinedAt = timeOf(table->cellWidget(row, JoinedColumn), m_zone);
    ms.leftAt = timeOf(table->cellWidget(row, LeftColumn), m_zone);
    return ms;
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
    m_memberships = memberships;
    m_shownMemberships.clear();
    for (int i = 0; i < memberships.size(); ++i) {
        addMembershipRow(memberships.at(i), i);
        m_shownMemberships << formMembership(i);
    }
    m_shown = formMember();
    showStrikes();
    validate();
}

void MemberDialog::showStrikes()
{
    QStringList lines;
    if (m_member.id > 0) {
        rules::ViolationFilter filter;
        filter.memberId = m_member.id;
        for (const Membership &ms : std::as_const(m_memberships))
            filter.groupIds << ms.groupId;
        const QList<rules::Strikes> strikes = filter.groupIds.isEmpty()
            ? QList<rules::Strikes>()
            : rules::ViolationRepository(m_database)
                  .strikes(filter, QDateTime::currentSecsSinceEpoch());
        for (const rules::Strikes &s : strikes) {
            const QString last = QLocale().toString(
                QDateTime::fromSecsSinceEpoch(s.lastAt, QTimeZone::utc()).toTimeZone(m_zone),
                QLocale::ShortFormat);
            lines << (s.overThreshold()
                          ? tr("%1: %n strike(s), the last on %2 — at or over the group's limit "
                               "of %3: warn or remove",
                               nullptr, s.strikes)
                                .arg(s.groupName, last)
                                .arg(s.threshold)
                          : tr("%1: %n strike(s), the last on %2", nullptr, s.strikes)
                                .arg(s.groupName, last));
        }
    }
    m_strikesLabel->setText(lines.isEmpty()
                                ? tr("No strikes: no rule violations within the groups' strike "
                                     "windows.")
                                : tr("Strikes (rule violations not dismissed, within each "
                                     "group's strike window):")
                                    + QLatin1Char('\n') + lines.join(QLatin1Char('\n')));
}

Member MemberDialog::member() const
{
    const Member now = formMember();
    Member m = m_member;
    takeIfEdited(m.displayName, m_shown.displayName, now.displayName);
    takeIfEdited(m.phone, m_shown.phone, now.phone);
    takeIfEdited(m.wechatId, m_shown.wechatId, now.wechatId);
    takeIfEdited(m.tags, m_shown.tags, now.tags);
    takeIfEdited(m.sourceChannel, m_shown.sourceChannel, now.sourceChannel);
    takeIfEdited(m.referrerId, m_shown.referrerId, now.referrerId);
    takeIfEdited(m.consentToContact, m_shown.consentToContact, now.consentToContact);
    takeIfEdited(m.notes, m_shown.notes, now.notes);
    // A new member is first seen now; an existing one keeps what the imports recorded.
    if (m.id == 0 && !m.firstSeen.isValid())
        m.firstSeen = QDateTime::currentDateTimeUtc();
    return m;
}

Member MemberDialog::formMember() const
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
    return m;
}

QList<Membership> MemberDialog::memberships() const
{
    QList<Membership> result;
    const QTableWidget *table = m_ui->membershipsTable;
    for (int row = 0; row < table->rowCount(); ++row) {
        const Membership now = formMembership(row);
        const int stored = table->cellWidget(row, GroupColumn)->property(StoredRowProperty).toInt();
        if (stored < 0 || stored >= m_memberships.size()) {
            result << now;
            continue;
        }
        Membership ms = m_memberships.at(stored);
        const Membership &shown = m_shownMemberships.at(stored);
        takeIfEdited(ms.groupId, shown.groupId, now.groupId);
        takeIfEdited(ms.role, shown.role, now.role);
        takeIfEdited(ms.joinedAt, shown.joinedAt, now.joinedAt);
        takeIfEdited(ms.leftAt, shown.leftAt, now.leftAt);
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
        showStrikes();
        validate();
    }
    QDialog::changeEvent(event);
}

} // namespace cohort
