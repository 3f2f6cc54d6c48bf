#include "ui/members/memberpane.h"

#include "models/memberlistmodel.h"
#include "storage/database.h"
#include "storage/grouprepository.h"
#include "storage/memberrepository.h"
#include "ui/members/membercommand.h"
#include "ui/members/memberdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>

namespace cohort {

namespace {
template<typename E> void fillEnumFilter(QComboBox *combo, const QString &all)
{
    const QString current = combo->currentData().toString();
    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItem(all, QString());
    const QList<E> values = EnumTraits<E>::all();
    for (const E value : values)
        combo->addItem(enumDisplayName(value), enumKey(value));
    combo->setCurrentIndex(qMax(0, combo->findData(current)));
}
} // namespace

MemberPane::MemberPane(Database &database, QUndoStack *undoStack, QWidget *parent)
    : EntityPane(QStringLiteral("members"), database, undoStack, parent)
    , m_model(new MemberListModel(database))
{
    setObjectName(QStringLiteral("memberPane"));
    auto *bar = new QWidget(this);
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(6, 0, 6, 0);
    auto addFilter = [&](QLabel *&label, QComboBox *&combo, const char *name) {
        label = new QLabel(bar);
        combo = new QComboBox(bar);
        combo->setObjectName(QLatin1String(name));
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        label->setBuddy(combo);
        layout->addWidget(label);
        layout->addWidget(combo);
        layout->addSpacing(8);
        connect(combo, &QComboBox::currentIndexChanged, this, &MemberPane::applyFilters);
    };
    addFilter(m_groupLabel, m_group, "groupFilter");
    m_former = new QCheckBox(bar);
    m_former->setObjectName(QStringLiteral("formerFilter"));
    layout->addWidget(m_former);
    layout->addSpacing(8);
    connect(m_former, &QCheckBox::toggled, this, &MemberPane::applyFilters);
    addFilter(m_tagLabel, m_tag, "tagFilter");
    addFilter(m_roleLabel, m_role, "roleFilter");
    addFilter(m_sourceLabel, m_source, "sourceFilter");
    layout->addStretch(1);
    setFilterBar(bar);
    retranslate();
    setListModel(m_model);
    // New groups and tags appear in the filters as they are created.
    connect(&database, &Database::changed, this, [this](Tables tables) {
        if (tables & (Table::Groups | Table::Tags | Table::Members))
            fillFilters();
    });
}

QString MemberPane::title() const
{
    return tr("Members");
}

void MemberPane::retranslate()
{
    m_groupLabel->setText(tr("&Group:"));
    m_former->setText(tr("&Former members"));
    m_former->setToolTip(tr("Show the people who left the group (with all groups: who are in "
                            "no group any more), with the date they last left"));
    m_tagLabel->setText(tr("&Tag:"));
    m_roleLabel->setText(tr("&Role:"));
    m_sourceLabel->setText(tr("S&ource:"));
    fillFilters();
}

void MemberPane::retryLoad()
{
    if (fillFilters())
        EntityPane::retryLoad();
}

bool MemberPane::fillFilters()
{
    return guardedRead([this] {
        {
            const qint64 current = m_group->currentData().toLongLong();
            const QSignalBlocker blocker(m_group);
            m_group->clear();
            m_group->addItem(tr("All groups"), qint64(0));
            const QList<Group> groups = GroupRepository(m_database).all();
            for (const Group &g : groups)
                m_group->addItem(g.name, g.id);
            m_group->setCurrentIndex(qMax(0, m_group->findData(current)));
        }
        {
            const QString current = m_tag->currentData().toString();
            const QSignalBlocker blocker(m_tag);
            m_tag->clear();
            m_tag->addItem(tr("All tags"), QString());
            const QStringList tags = MemberRepository(m_database).allTags();
            for (const QString &tag : tags)
                m_tag->addItem(tag, tag);
            m_tag->setCurrentIndex(qMax(0, m_tag->findData(current)));
        }
        fillEnumFilter<MemberRole>(m_role, tr("All roles"));
        fillEnumFilter<SourceChannel>(m_source, tr("All sources"));
    });
}

void MemberPane::applyFilters()
{
    m_model->setGroupFilter(m_group->currentData().toLongLong(), m_former->isChecked());
    m_model->setTagFilter(m_tag->currentData().toString());
    const QString role = m_role->currentData().toString();
    m_model->setRoleFilter(role.isEmpty() ? std::nullopt
                                          : std::optional(enumFromKey(role, MemberRole::Member)));
    const QString source = m_source->currentData().toString();
    m_model->setSourceFilter(
        source.isEmpty() ? std::nullopt : std::optional(enumFromKey(source, SourceChannel::Other)));
}

void MemberPane::createItem()
{
    MemberDialog dialog(m_database, this);
    dialog.setWindowTitle(tr("New Member"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto *command = MemberCommand::add(m_database, { dialog.member(), dialog.memberships() },
                                       [this](const QString &message) { reportError(message); });
    push(command);
    selectId(command->memberId());
}

void MemberPane::editRow(int row)
{
    MemberRepository repository(m_database);
    const qint64 id = listModel()->idAt(row);
    const std::optional<Member> member = repository.find(id);
    if (!member)
        return;
    const MemberCommand::State before { *member, repository.memberships(id) };
    MemberDialog dialog(m_database, this);
    dialog.setWindowTitle(tr("Edit Member"));
    dialog.setMember(before.member, before.memberships);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const MemberCommand::State after { dialog.member(), dialog.memberships() };
    if (after.member == before.member && after.memberships == before.memberships)
        return;
    push(MemberCommand::edit(
        m_database, before, after, [this](const QString &message) { reportError(message); },
        [this](const QString &message) { reportConflict(message); }));
    selectId(id);
}

void MemberPane::deleteRows(const QList<int> &rows)
{
    QList<qint64> ids;
    for (const int row : rows)
        ids << listModel()->idAt(row);
    push(MemberCommand::remove(m_database, ids,
                               [this](const QString &message) { reportError(message); }));
}

QString MemberPane::emptyHint() const
{
    return tr("No members yet — add one with “Add…” above, or import a chat export.");
}

QString MemberPane::deleteQuestion(int count) const
{
    return tr(
        "Delete %n member(s)? Their memberships and identities are deleted with them; members "
        "with orders cannot be deleted.",
        nullptr, count);
}

QString MemberPane::rowCountText(qint64 rows) const
{
    return tr("%Ln member(s)", nullptr, int(rows));
}

} // namespace cohort
