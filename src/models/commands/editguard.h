#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>

namespace cohort {

class Database;

/// Keeps an edit from overwriting what somebody else saved in the meantime (docs/team.md, "Two
/// people, one row"). An edit knows the row it expects: the one its dialog showed, or for undo
/// and redo the one it wrote itself. Inside the edit's write transaction, before it writes,
/// check() reads the row and compares: the write lock the transaction holds keeps the row as
/// checked until the write. Comparing the values the edit writes, rather than counting changes,
/// lets a change to other columns (an import's last-seen time) or the window's own later edits
/// since undone through, and catches changes that the database's own ON DELETE actions make.
class EditGuard final
{
    Q_DECLARE_TR_FUNCTIONS(EditGuard)

public:
    enum class Row { Expected, Changed, Gone };

    /// Row `id` of `table`, which is one of the tables RowStamps covers.
    EditGuard(QString table, qint64 id);

    /// Whether the edit may write. `compare` reads the row and says how it compares with what
    /// the edit expects. When false, message() names the row as `name`, and who changed it and
    /// when (its RowStamp), in the workspace's zone. Throws QueryError when a read fails.
    bool check(const Database &database, const QString &name, const std::function<Row()> &compare);

    QString message() const { return m_message; }

private:
    QString m_table;
    qint64 m_id = 0;
    QString m_message;
};

} // namespace cohort
