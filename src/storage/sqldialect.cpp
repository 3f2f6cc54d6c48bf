#include "storage/sqldialect.h"

#include <algorithm>

namespace cohort {

QString SqlDialect::driverName() const
{
    return m_backend == Backend::Sqlite ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL");
}

namespace {

/// Tables with a search index (migrations 0008 and 0011), and the columns it holds.
struct SearchIndex
{
    const char *table;
    const char *index;
    QStringList columns;
    /// Filled after the fact (MessageIndexer), not by triggers: the rows above the workspace's
    /// mark and those queued again are not in it yet and are tested one by one.
    bool catchesUp = false;
};

const SearchIndex *searchIndex(const QString &table, const QStringList &columns)
{
    static const SearchIndex indexes[] = {
        { "members",
          "members_search",
          { QStringLiteral("display_name"), QStringLiteral("phone"),
            QStringLiteral("wechat_id") } },
        { "messages", "messages_search", { QStringLiteral("body") }, true },
    };
    for (const SearchIndex &index : indexes) {
        if (table != QLatin1String(index.table))
            continue;
        for (const QString &column : columns) {
            if (!index.columns.contains(column))
                return nullptr;
        }
        return &index;
    }
    return nullptr;
}

/// Trigrams need three characters (code points, as FTS5 counts them); control characters never
/// come from typing and are left to LIKE rather than reasoned about.
bool trigramsFit(const QString &text)
{
    const QList<uint> codePoints = text.toUcs4();
    if (codePoints.size() < 3)
        return false;
    return std::none_of(codePoints.cbegin(), codePoints.cend(), [](uint c) { return c < 0x20; });
}

} // namespace

QString SqlDialect::expandMigration(const QString &sql) const
{
    const QString mine = m_backend == Backend::Sqlite ? QStringLiteral("--@sqlite")
                                                      : QStringLiteral("--@postgres");
    QStringList kept;
    bool skipping = false;
    const QStringList lines = sql.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const QString marker = line.trimmed();
        if (marker == QLatin1String("--@sqlite") || marker == QLatin1String("--@postgres")) {
            skipping = marker != mine;
            continue;
        }
        if (marker == QLatin1String("--@end")) {
            skipping = false;
            continue;
        }
        if (!skipping)
            kept << line;
    }
    QString out = kept.join(QLatin1Char('\n'));
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

bool SqlDialect::containsUsesIndex(const QString &table, const QStringList &columns,
                                   const QString &text) const
{
    if (m_backend == Backend::Postgres)
        return false; // pg_trgm serves ILIKE, but the planner decides; count on nothing
    return searchIndex(table, columns) && trigramsFit(text);
}

QString SqlDialect::containsIdSet(const QString &table, const QStringList &columns,
                                  const QString &text, QVariantList &binds) const
{
    const SearchIndex *index = m_backend == Backend::Sqlite ? searchIndex(table, columns) : nullptr;
    if (index && trigramsFit(text)) {
        // A phrase limited to the columns; inside "..." only '"' is special. The index holds
        // lower() of the values and the tokenizer is case-sensitive: lower() on both sides is
        // LIKE's ASCII case folding.
        QString phrase = text;
        phrase.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        binds << QVariant(QLatin1Char('{') + columns.join(QLatin1Char(' '))
                          + QStringLiteral("} : \"") + phrase + QLatin1Char('"'));
        const QString name = QString::fromLatin1(index->index);
        QString set = QStringLiteral("SELECT rowid AS id FROM ") + name + QStringLiteral(" WHERE ")
            + name + QStringLiteral(" MATCH lower(?)");
        if (index->catchesUp) {
            // The three parts are disjoint (the index holds no row above the mark and none that
            // is queued), and one statement reads the mark and the index at the same moment.
            QStringList tests;
            const QString pattern = likePattern(text);
            for (const QString &column : columns)
                tests << containsClause(QStringLiteral("x.") + column, QStringLiteral("?"));
            const QString test
                = QLatin1Char('(') + tests.join(QStringLiteral(" OR ")) + QLatin1Char(')');
            set += QStringLiteral(" UNION ALL SELECT x.id FROM ") + table
                + QStringLiteral(" x WHERE x.id > (SELECT indexed_through FROM message_index_state)"
                                 " AND ")
                + test;
            for (qsizetype i = 0; i < columns.size(); ++i)
                binds << pattern;
            // CROSS JOIN keeps the short queue outside: the planner would scan the messages.
            set += QStringLiteral(" UNION ALL SELECT x.id FROM message_index_pending p CROSS JOIN ")
                + table + QStringLiteral(" x ON x.id = p.id WHERE ") + test;
            for (qsizetype i = 0; i < columns.size(); ++i)
                binds << pattern;
        }
        return set;
    }
    QStringList tests;
    const QString pattern = likePattern(text);
    for (const QString &column : columns) {
        tests << containsClause(column, QStringLiteral("?"));
        binds << pattern;
    }
    return QStringLiteral("SELECT id FROM ") + table + QStringLiteral(" WHERE ")
        + tests.join(QStringLiteral(" OR "));
}

bool SqlDialect::hasSearchIndex(const QString &table)
{
    return searchIndex(table, {}) != nullptr;
}

QString SqlDialect::idListSet(const QList<qint64> &ids, QVariantList &binds) const
{
    QStringList numbers;
    numbers.reserve(ids.size());
    for (const qint64 id : ids)
        numbers << QString::number(id);
    binds << QVariant(QLatin1Char('[') + numbers.join(QLatin1Char(',')) + QLatin1Char(']'));
    return m_backend == Backend::Sqlite
        ? QStringLiteral("SELECT value AS id FROM json_each(?)")
        : QStringLiteral(
            "SELECT CAST(jsonb_array_elements_text(CAST(? AS jsonb)) AS BIGINT) AS id");
}

QString SqlDialect::withoutIndex(const QString &condition) const
{
    // SQLite: a unary + on the leading column hides it from index selection. PostgreSQL plans
    // from statistics and needs no hint.
    return m_backend == Backend::Sqlite ? QLatin1Char('+') + condition : condition;
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

QString SqlDialect::freeIdQuery(const QString &table) const
{
    // Table names are our own constants, never user text.
    return m_backend == Backend::Sqlite
        ? QStringLiteral("SELECT coalesce(max(id), 0) + 1 FROM ") + table
        : QStringLiteral("SELECT nextval(pg_get_serial_sequence('%1', 'id'))").arg(table);
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
                                   const QString &tail, const QStringList &boundColumns) const
{
    const QStringList all = columns + boundColumns;
    const QString head = QStringLiteral("INSERT INTO ") + table + QStringLiteral(" (")
        + all.join(QStringLiteral(", ")) + QStringLiteral(") ");
    QStringList cells;
    cells.reserve(all.size());
    if (m_backend == Backend::Sqlite) {
        // Needs SQLite 3.35 (MATERIALIZED) with JSON, built in from 3.38: Debian 12 has 3.40.
        // json_each renders each row as JSON text, once per use of `value`: materialising the
        // rows first renders each once, and json_extract then parses it once (SQLite caches
        // the parse for the other cells of the row). Column affinity types the values. The
        // WHERE lets an ON CONFLICT tail parse (SQLite's upsert-after-SELECT ambiguity).
        for (qsizetype i = 0; i < columns.size(); ++i)
            cells << QStringLiteral("json_extract(v, '$[%1]')").arg(i);
        for (qsizetype i = 0; i < boundColumns.size(); ++i)
            cells << QStringLiteral("?");
        return QStringLiteral("WITH json_rows(v) AS MATERIALIZED (SELECT value FROM "
                              "json_each(CAST(? AS TEXT))) ")
            + head + QStringLiteral("SELECT ") + cells.join(QStringLiteral(", "))
            + QStringLiteral(" FROM json_rows WHERE true") + tail;
    }
    // PostgreSQL converts each JSON cell to the column's own type through a record of the table.
    for (qsizetype i = 0; i < columns.size(); ++i)
        cells << QStringLiteral("'%1', v->%2").arg(columns[i]).arg(i);
    // json_build_object takes any type; as text the record converts it like a JSON cell.
    for (const QString &column : boundColumns)
        cells << QStringLiteral("'%1', CAST(? AS text)").arg(column);
    return head + QStringLiteral("SELECT r.") + all.join(QStringLiteral(", r."))
        + QStringLiteral(" FROM json_array_elements(CAST(? AS json)) AS e(v) CROSS JOIN LATERAL "
                         "json_populate_record(NULL::")
        + table + QStringLiteral(", json_build_object(") + cells.join(QStringLiteral(", "))
        + QStringLiteral(")) AS r WHERE true") + tail;
}

QString SqlDialect::jsonIntRowsSelect(int count) const
{
    QStringList cells;
    for (int i = 0; i < count; ++i) {
        cells << (m_backend == Backend::Sqlite
                      ? QStringLiteral("json_extract(v, '$[%1]') AS c%1").arg(i)
                      : QStringLiteral("CAST(v->>%1 AS bigint) AS c%1").arg(i));
    }
    if (m_backend == Backend::Sqlite) {
        return QStringLiteral("(WITH json_rows(v) AS MATERIALIZED (SELECT value FROM "
                              "json_each(CAST(? AS TEXT))) SELECT ")
            + cells.join(QStringLiteral(", ")) + QStringLiteral(" FROM json_rows)");
    }
    return QStringLiteral("(SELECT ") + cells.join(QStringLiteral(", "))
        + QStringLiteral(" FROM json_array_elements(CAST(? AS json)) AS e(v))");
}

QVariant SqlDialect::jsonRowsValue(const QString &json) const
{
    // SQLite: UTF-8 bytes, bound as a blob that CAST(? AS TEXT) takes as text as it is; bound as
    // a QString, SQLite would convert UTF-16 to UTF-8 on the writing thread (0.1 s per 1e6
    // messages). PostgreSQL casts the text to json.
    return m_backend == Backend::Sqlite ? QVariant(json.toUtf8()) : QVariant(json);
}

QString SqlDialect::engineVersionQuery() const
{
    return m_backend == Backend::Sqlite ? QStringLiteral("SELECT 'SQLite ' || sqlite_version()")
                                        : QStringLiteral("SELECT version()");
}

} // namespace cohort
