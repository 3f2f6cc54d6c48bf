#pragma once

#include "domain/group.h"

#include <QList>
#include <QUndoCommand>

#include <functional>

namespace cohort {

class Database;

/// An undoable change to groups: adding, editing or deleting one or more of them. Undoing a
/// delete restores the groups with their old ids; rows that cascaded with them (memberships,
/// messages) are not part of the snapshot.
class GroupCommand final : public QUndoCommand
{
public:
    using ErrorHandler = std::function<void(const QString &message)>;

    static GroupCommand *add(Database &database, const Group &group, ErrorHandler onError);
    static GroupCommand *edit(Database &database, const Group &before, const Group &after,
                              ErrorHandler onError);
    static GroupCommand *remove(Database &database, const QList<Group> &groups,
                                ErrorHandler onError);

    void redo() override;
    void undo() override;
    /// Id of the group this command added or edited (0 for deletes).
    qint64 groupId() const { return m_after.isEmpty() ? 0 : m_after.first().id; }

private:
    GroupCommand(Database &database, QList<Group> before, QList<Group> after, ErrorHandler onError);
    bool apply(const QList<Group> &from, QList<Group> &to);

    Database &m_database;
    QList<Group> m_before;
    QList<Group> m_after;
    ErrorHandler m_onError;
};

} // namespace cohort
