#include "storage/sqldialect.h"

namespace cohort {

QString SqlDialect::driverName() const
{
    return m_backend == Backend::Sqlite ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL");
}

QString SqlDialect::expandMigration(const QString &sql) const
{
    QString out = sql;
    if (m_backend == Backend::Sqlite) {
        out.replace(QStringLiteral("${PK}"), QStringLiteral("INTEGER PRIMARY KEY"));
        out.replace(QStringLiteral("${INT64}"), QStringLiteral("INTEGER"));
    } else {
        out.replace(QStringLiteral("${PK}"), QStringLiteral("BIGSERIAL PRIMARY KEY"));
        out.replace(QStringLiteral("${INT64}"), QStringLiteral("BIGINT"));
    }
    return out;
}

QStringList SqlDialect::beginBulkLoad() const
{
    if (m_backend == Backend::Sqlite)
        return { QStringLiteral("PRAGMA cache_size = -262144") }; // 256 MiB
    return {};
}

QStringList SqlDialect::endBulkLoad() const
{
    if (m_backend == Backend::Sqlite)
        return { QStringLiteral("PRAGMA cache_size = -2000") }; // SQLite's default
    return {};
}

QString SqlDialect::secondaryIndexesQuery() const
{
    // Automatic indexes (UNIQUE and PRIMARY KEY clauses) have no SQL and cannot be dropped.
    if (m_backend == Backend::Sqlite)
        return QStringLiteral(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
            "AND tbl_name = ? ORDER BY name");
    return {};
}

QString SqlDialect::beginWrite() const
{
    return m_backend == Backend::Sqlite ? QStringLiteral("BEGIN IMMEDIATE")
                                        : QStringLiteral("BEGIN ISOLATION LEVEL READ COMMITTED");
}

QString SqlDialect::containsClause(const QString &column, const QString &placeholder) const
{
    // SQLite's LIKE is case-insensitive for ASCII only; CJK text has no case. ILIKE on PostgreSQL.
    if (m_backend == Backend::Sqlite)
        return column + QStringLiteral(" LIKE ") + placeholder + QStringLiteral(" ESCAPE '\\'");
    return column + QStringLiteral(" ILIKE ") + placeholder + QStringLiteral(" ESCAPE '\\'");
}

QString SqlDialect::likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    escaped.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    escaped.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

QString SqlDialect::orderTerm(const QString &expression, bool descending) const
{
    if (m_backend == Backend::Sqlite)
        return expression + (descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC"));
    return expression
        + (descending ? QStringLiteral(" DESC NULLS LAST") : QStringLiteral(" ASC NULLS FIRST"));
}

QString SqlDialect::groupConcat(const QString &expression, const QString &separator) const
{
    QString quoted = separator;
    quoted.replace(QLatin1Char('\''), QStringLiteral("''"));
    if (m_backend == Backend::Sqlite)
        return QStringLiteral("group_concat(") + expression + QStringLiteral(", '") + quoted
            + QStringLiteral("')");
    return QStringLiteral("string_agg(") + expression + QStringLiteral(", '") + quoted
        + QStringLiteral("')");
}

QString SqlDialect::returningId() const
{
    return m_backend == Backend::Sqlite ? QString() : QStringLiteral(" RETURNING id");
}

QString SqlDialect::cacheSizeQuery() const
{
    return m_backend == Backend::Sqlite ? QStringLiteral("PRAGMA cache_size") : QString();
}

QString SqlDialect::setCacheSize(qint64 value) const
{
    // A PRAGMA takes no bound parameters; the value is an integer we computed, never user text.
    return m_backend == Backend::Sqlite ? QStringLiteral("PRAGMA cache_size = %1").arg(value)
                                        : QString();
}

QString SqlDialect::jsonRowsInsert(const QString &table, const QStringList &columns,
                                   const QString &tail) const
{
    const QString head = QStringLiteral("INSERT INTO ") + table + QStringLiteral(" (")
        + columns.join(QStringLiteral(", ")) + QStringLiteral(") ");
    QStringList cells;
    cells.reserve(columns.size());
    if (m_backend == Backend::Sqlite) {
        // Needs SQLite 3.35 (MATERIALIZED) with JSON, built in from 3.38: Debian 12 has 3.40.
        // json_each renders each row as JSON text, once per use of `value`: materialising the
        // rows first renders each once, and json_extract then parses it once (SQLite caches
        // the parse for the other cells of the row). Column affinity types the values. The
        // WHERE lets an ON CONFLICT tail parse (SQLite's upsert-after-SELECT ambiguity).
        for (qsizetype i = 0; i < columns.size(); ++i)
            cells << QStringLiteral("json_extract(v, '$[%1]')").arg(i);
        return QStringLiteral("WITH json_rows(v) AS MATERIALIZED (SELECT value FROM json_each(?)) ")
            + head + QStringLiteral("SELECT ") + cells.join(QStringLiteral(", "))
            + QStringLiteral(" FROM json_rows WHERE true") + tail;
    }
    // PostgreSQL converts each JSON cell to the column's own type through a record of the table.
    for (qsizetype i = 0; i < columns.size(); ++i)
        cells << QStringLiteral("'%1', v->%2").arg(columns[i]).arg(i);
    return head + QStringLiteral("SELECT r.") + columns.join(QStringLiteral(", r."))
        + QStringLiteral(" FROM json_array_elements(CAST(? AS json)) AS e(v) CROSS JOIN LATERAL "
                         "json_populate_record(NULL::")
        + table + QStringLiteral(", json_build_object(") + cells.join(QStringLiteral(", "))
        + QStringLiteral(")) AS r WHERE true") + tail;
}

QString SqlDialect::engineVersionQuery() const
{
    return m_backend == Backend::Sqlite ? QStringLiteral("SELECT 'SQLite ' || sqlite_version()")
                                        : QStringLiteral("SELECT version()");
}

} // namespace cohort
