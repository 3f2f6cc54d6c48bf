#include "storage/rowstamps.h"

#include "storage/checkedquery.h"
#include "storage/database.h"
#include "storage/sqldialect.h"

namespace cohort {

QString RowStamps::stamp(const SqlDialect &dialect)
{
    // session_user, not current_user: the login stays the person even under SET ROLE. A local
    // workspace has one user, who needs no name.
    const QString who
        = dialect.isSqlite() ? QStringLiteral("''") : QStringLiteral("CAST(session_user AS TEXT)");
    return QStringLiteral("updated_by = ") + who + QStringLiteral(", updated_at = ")
        + dialect.nowSeconds();
}

std::optional<RowStamp> RowStamps::read(const Database &database, const QString &table, qint64 id)
{
    CheckedQuery q(database,
                   QStringLiteral("SELECT updated_by, updated_at FROM ") + table
                       + QStringLiteral(" WHERE id = ?"));
    if (!q.bind(id).exec().next())
        return std::nullopt;
    RowStamp stamp;
    stamp.by = q.value(0).toString();
    if (!q.value(1).isNull())
        stamp.at = QDateTime::fromSecsSinceEpoch(q.value(1).toLongLong(), QTimeZone::utc());
    return stamp;
}

} // namespace cohort
