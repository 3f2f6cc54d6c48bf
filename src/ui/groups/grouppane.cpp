#include "ui/groups/grouppane.h"

#include "models/grouplistmodel.h"
#include "storage/grouprepository.h"
#include "ui/groups/groupdialog.h"
#include "ui/widgets/entitycommand.h"

namespace cohort {

namespace {
using GroupCommand = EntityCommand<GroupRepository, Group>;
}

GroupPane::GroupPane(Database &database, QUndoStack *undoStack, QWidget *parent)
    : EntityPane(QStringLiteral("groups"), database, undoStack, parent)
{
    setObjectName(QStringLiteral("groupPane"));
    setListModel(new GroupListModel(database));
}

QString GroupPane::title() const
{
    return tr("Groups");
}

void GroupPane::createItem()
{
    GroupDialog dialog(this);
    dialog.setWindowTitle(tr("New Group"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Group group = dialog.group();
    auto *command
        = new GroupCommand(m_database, {}, { group }, tr("Add Group “%1”").arg(group.name),
                           [this](const QString &message) { reportError(message); });
    push(command);
    selectId(command->entityId());
}

void GroupPane::editRow(int row)
{
    const std::optional<Group> before = GroupRepository(m_database).find(listModel()->idAt(row));
    if (!before)
        return;
    GroupDialog dialog(this);
    dialog.setWindowTitle(tr("Edit Group"));
    dialog.setGroup(*before);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Group after = dialog.group();
    if (after == *before)
        return;
    push(new GroupCommand(m_database, { *before }, { after }, tr("Edit Group “%1”").arg(after.name),
                          [this](const QString &message) { reportError(message); }));
    selectId(after.id);
}

void GroupPane::deleteRows(const QList<int> &rows)
{
    QList<Group> groups;
    GroupRepository repository(m_database);
    for (const int row : rows) {
        if (const std::optional<Group> group = repository.find(listModel()->idAt(row)))
            groups << *group;
    }
    if (groups.isEmpty())
        return;
    const QString text = groups.size() == 1 ? tr("Delete Group “%1”").arg(groups.first().name)
                                            : tr("Delete %n Groups", nullptr, int(groups.size()));
    push(new GroupCommand(m_database, groups, {}, text,
                          [this](const QString &message) { reportError(message); }));
}

QString GroupPane::emptyHint() const
{
    return tr("No groups yet — add one with “Add…” above, or fill the workspace with demo data "
              "from the Help menu.");
}

QString GroupPane::deleteQuestion(int count) const
{
    return tr("Delete %n group(s)? Their memberships and imported messages are deleted with them.",
              nullptr, count);
}

} // namespace cohort
