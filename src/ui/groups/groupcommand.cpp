#include "ui/groups/groupcommand.h"

#include "storage/database.h"
#include "storage/grouprepository.h"
#include "storage/sqltransaction.h"

#include <QCoreApplication>

namespace cohort {

GroupCommand::GroupCommand(Database &database, QList<Group> before, QList<Group> after,
                           ErrorHandler onError)
    : m_database(database)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_onError(std::move(onError))
{
}

GroupCommand *GroupCommand::add(Database &database, const Group &group, ErrorHandler onError)
{
    auto *command = new GroupCommand(database, {}, { group }, std::move(onError));
    command->setText(QCoreApplication::translate("GroupCommand", "Add Group “%1”").arg(group.name));
    return command;
}

GroupCommand *GroupCommand::edit(Database &database, const Group &before, const Group &after,
                                 ErrorHandler onError)
{
    auto *command = new GroupCommand(database, { before }, { after }, std::move(onError));
    command->setText(
        QCoreApplication::translate("GroupCommand", "Edit Group “%1”").arg(after.name));
    return command;
}

GroupCommand *GroupCommand::remove(Database &database, const QList<Group> &groups,
                                   ErrorHandler onError)
{
    auto *command = new GroupCommand(database, groups, {}, std::move(onError));
    command->setText(groups.size() == 1
                         ? QCoreApplication::translate("GroupCommand", "Delete Group “%1”")
                               .arg(groups.first().name)
                         : QCoreApplication::translate("GroupCommand", "Delete %n Groups", nullptr,
                                                       int(groups.size())));
    return command;
}

void GroupCommand::redo()
{
    if (!apply(m_before, m_after))
        setObsolete(true);
}

void GroupCommand::undo()
{
    apply(m_after, m_before);
}

bool GroupCommand::apply(const QList<Group> &from, QList<Group> &to)
{
    GroupRepository repository(m_database);
    SqlTransaction transaction(m_database);
    bool ok = transaction.isActive();
    if (to.isEmpty()) {
        QList<qint64> ids;
        for (const Group &g : from)
            ids << g.id;
        ok = ok && repository.remove(ids);
    } else if (from.isEmpty()) {
        for (Group &g : to) {
            // The first run creates the id; redo after undo brings back the same row.
            ok = ok && (g.id == 0 ? repository.insert(g) : repository.restore(g));
        }
    } else {
        for (const Group &g : std::as_const(to))
            ok = ok && repository.update(g);
    }
    ok = ok && transaction.commit();
    if (!ok && m_onError) {
        const QString message = repository.lastError().isError() ? repository.lastError().message
                                                                 : transaction.error().message;
        m_onError(message);
    }
    return ok;
}

} // namespace cohort
