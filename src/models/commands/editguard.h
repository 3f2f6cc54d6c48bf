#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>

namespace cohort {

class Database;

/// Keeps an edit from overwriting what somebody else saved in the meantime (docs/team.md, "Two
/// people, one row"). An edit knows the row it expects: the one its dialog showed, or for undo
/// and redo the one it wrote itself. Inside the edit's write transaction, before it writes,
/// check() makes sure the row still is that one: by the row's version when it is the one this
/// guard left (RowStamps), else by reading the row and comparing, so that changes to columns
/// the edit does not write, or this window's own later edits since undone, are no conflict.
/// The write lock the transaction holds keeps the row as checked until the write.
class EditGuard final
{
    Q_DECLARE_TR_FUNCTIONS(EditGuard)

public:
    enum class Row { Expected, Changed, Gone };

    /// Row `id` of `table`, which is one of the tables RowStamps covers.
    EditGuard(QString table, qint64 id);

    /// Whether the edit may write. `compare` reads the row and says how it compares with what
    /// the edit expects; it runs unless the version shows that nothing changed. When false,
    /// message() names the row as `name`, and who changed it and when, in the workspace's zone.
    /// Throws QueryError when the row cannot be read.
    bool check(const Database &database, const QString &name, const std::function<Row()> &compare);
    /// Call after the write, in the same transaction: the version the row has now.
    void wrote(const Database &database);
    /// Call when the transaction did not commit: the version wrote() saw never existed.
    void forget() { m_version = -1; }

    QString message() const { return m_message; }

private:
    QString m_table;
    qint64 m_id = 0;
    qint64 m_version = -1; ///< the row's version after this guard's last write; -1 = unknown
    QString m_message;
};

} // namespace cohort
