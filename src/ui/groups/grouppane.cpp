#include "ui/groups/grouppane.h"

#include "models/commands/addentitycommand.h"
#include "models/commands/deleteentitycommand.h"
#include "models/commands/editentitycommand.h"
#include "models/grouplistmodel.h"
#include "storage/grouprepository.h"
#include "ui/groups/groupdialog.h"

namespace cohort {

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
    auto *command = new AddEntityCommand<Group>(
        m_database, dialog.group(), [this](const QString &message) { reportError(message); });
    push(command);
    selectId(command->entity().id);
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
    push(new EditEntityCommand<Group>(m_database, *before, after,
                                      [this](const QString &message) { reportError(message); }));
    selectId(after.id);
}

void GroupPane::deleteRows(const QList<int> &rows)
{
    QList<qint64> ids;
    for (const int row : rows)
        ids << listModel()->idAt(row);
    if (ids.isEmpty())
        return;
    push(new DeleteEntityCommand<Group>(m_database, ids,
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
