#pragma once

#include <QDateTime>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace cohort {

class Database;
class SqlDialect;

/// How often an editable row has changed, and who changed it last and when.
struct RowStamp
{
    qint64 version = 0;
    QString by; ///< the team server's login; empty in a local workspace
    QDateTime at; ///< UTC; invalid when the row has not changed since it was added
};

/// The stamps of the rows people edit (chat_groups, members, products, campaigns, orders;
/// migration 0015). Every UPDATE that changes a column a person edits raises the row's version
/// with bump(), so an edit that finds the version it left knows that nobody changed the row
/// since (EditGuard).
class RowStamps final
{
public:
    /// The SET items every such UPDATE appends: the next version, the login and the time.
    static QString bump(const SqlDialect &dialect);
    /// The stamp of row `id` of `table`; nullopt when the row is gone. Throws QueryError.
    static std::optional<RowStamp> read(const Database &database, const QString &table, qint64 id);
};

} // namespace cohort
