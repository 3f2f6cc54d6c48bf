#pragma once

#include "domain/group.h"
#include "storage/groupsnapshot.h"
#include "storage/workspaceerror.h"

#include <QList>

#include <optional>

namespace cohort {

class Database;

/// Reads and writes chat groups and their positioning. Each write is one transaction.
class GroupRepository final
{
public:
    explicit GroupRepository(const Database &database)
        : m_database(database)
    {
    }

    std::optional<Group> find(qint64 id) const;
    std::optional<Group> findByName(const QString &name) const;
    QList<Group> all() const;
    /// Inserts `group` and sets its id (and createdAt when unset).
    bool insert(Group &group);
    /// Re-inserts a deleted group with its old id (undo).
    bool restore(const Group &group);
    /// What deleting `ids` would remove or unlink (see GroupSnapshot).
    GroupSnapshot snapshot(const QList<qint64> &ids) const;
    /// Puts a snapshot back in one transaction: groups, their rows and their links.
    bool restore(const GroupSnapshot &snapshot);
    bool update(const Group &group);
    bool remove(const QList<qint64> &ids);
    const WorkspaceError &lastError() const { return m_error; }

private:
    bool write(const Group &group, bool insert, qint64 *newId);

    const Database &m_database;
    WorkspaceError m_error;
};

} // namespace cohort
