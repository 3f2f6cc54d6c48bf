#pragma once

#include <QDateTime>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace cohort {

class Database;
class SqlDialect;

/// Who changed an editable row last, and when.
struct RowStamp
{
    QString by; ///< the team server's login; empty in a local workspace
    QDateTime at; ///< UTC; invalid when the row has not changed since it was added
};

/// The stamps of the rows people edit (chat_groups, members, products, campaigns, orders;
/// migration 0015). Every UPDATE that changes a column a person edits stamps the row with
/// stamp(), so that an edit refused because the row changed meanwhile can say who changed it
/// and when (EditGuard). Restoring a deleted row puts its old stamp back.
class RowStamps final
{
public:
    /// The SET items every such UPDATE appends: the login and the time.
    static QString stamp(const SqlDialect &dialect);
    /// The stamp of row `id` of `table`; nullopt when the row is gone. Throws QueryError.
    static std::optional<RowStamp> read(const Database &database, const QString &table, qint64 id);
};

} // namespace cohort
