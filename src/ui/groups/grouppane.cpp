#include "ui/groups/grouppane.h"

#include "ui/groups/groupcommand.h"
#include "ui/groups/groupdialog.h"
#include "ui/groups/grouptablemodel.h"
#include "ui/widgets/csvexport.h"

#include <QMessageBox>
#include <QTableView>
#include <QUndoStack>

namespace cohort {

GroupPane::GroupPane(Database &database, QUndoStack *undoStack, QWidget *parent)
    : TablePane(QStringLiteral("groups"), parent)
    , m_database(database)
    , m_undoStack(undoStack)
    , m_model(new GroupTableModel(database, this))
{
    setObjectName(QStringLiteral("groupPane"));
    setModel(m_model);
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
    auto *command = GroupCommand::add(m_database, dialog.group(),
                                      [this](const QString &message) { reportError(message); });
    m_undoStack->push(command);
}

void GroupPane::editRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    const Group before = m_model->groupAt(row);
    GroupDialog dialog(this);
    dialog.setWindowTitle(tr("Edit Group"));
    dialog.setGroup(before);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Group after = dialog.group();
    if (after == before)
        return;
    m_undoStack->push(GroupCommand::edit(m_database, before, after,
                                         [this](const QString &message) { reportError(message); }));
    selectGroup(after.id);
}

void GroupPane::deleteRows(const QList<int> &rows)
{
    QList<Group> groups;
    for (const int row : rows)
        groups << m_model->groupAt(row);
    m_undoStack->push(GroupCommand::remove(
        m_database, groups, [this](const QString &message) { reportError(message); }));
}

void GroupPane::applySearch(const QString &text)
{
    m_model->setSearchText(text);
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

void GroupPane::retranslate()
{
    m_model->retranslate();
}

bool GroupPane::exportCsv(const QString &path, QString *errorMessage)
{
    return exportModelToCsv(*m_model, *view(), path, errorMessage);
}

void GroupPane::reportError(const QString &message)
{
    QMessageBox box(QMessageBox::Warning, tr("Groups"), message, QMessageBox::Ok, this);
    box.setTextFormat(Qt::PlainText);
    box.exec();
}

void GroupPane::selectGroup(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row >= 0)
        view()->selectRow(row);
}

} // namespace cohort
