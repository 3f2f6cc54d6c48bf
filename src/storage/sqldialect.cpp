#include "storage/sqldialect.h"

#include "storage/messagegrams.h"

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
    /// The index of the values' non-ASCII characters, for texts too short for a trigram
    /// (MessageGrams); filled with the other one, under the same mark.
    const char *grams = nullptr;
};

const SearchIndex *searchIndex(const QString &table, const QStringList &columns)
{
    static const SearchIndex indexes[] = {
        { "members",
          "members_search",
          { QStringLiteral("display_name"), QStringLiteral("phone"),
            QStringLiteral("wechat_id") } },
        { "messages", "messages_search", { QStringLiteral("body") }, true, "messages_grams" },
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
    if (m_backend == Backend::Postgres)
        return {};
    return { QStringLiteral("PRAGMA cache_size = -262144") }; // 256 MiB
}

QStringList SqlDialect::endBulkLoad() const
{
    if (m_backend == Backend::Postgres)
        return {};
    return { QStringLiteral("PRAGMA cache_size = -2000") }; // SQLite's default
}

QString SqlDialect::secondaryIndexesQuery() const
{
    // Indexes behind PRIMARY KEY and UNIQUE clauses belong to their constraints and cannot be
    // dropped (SQLite: automatic indexes, which have no SQL).
    if (m_backend == Backend::Postgres)
        return QStringLiteral(
            "SELECT i.indexname, i.indexdef FROM pg_indexes i WHERE i.schemaname = "
            "current_schema() AND i.tablename = ? AND NOT EXISTS (SELECT 1 FROM pg_constraint c "
            "WHERE c.conname = i.indexname AND c.connamespace = "
            "(SELECT oid FROM pg_namespace WHERE nspname = current_schema())) ORDER BY "
            "i.indexname");
    return QStringLiteral(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
        "AND tbl_name = ? ORDER BY name");
}

QString SqlDialect::beginWrite() const
{
    return m_backend == Backend::Sqlite ? QStringLiteral("BEGIN IMMEDIATE")
                                        : QStringLiteral("BEGIN ISOLATION LEVEL READ COMMITTED");
}

QString SqlDialect::beginRead() const
{
    // SQLite: a read transaction is one snapshot (WAL). PostgreSQL's default, READ COMMITTED,
    // would give every statement its own.
    return m_backend == Backend::Sqlite
        ? QStringLiteral("BEGIN")
        : QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
}

QString SqlDialect::writeLockStatement() const
{
    // One lock per database, held to the end of the transaction: every writer of the workspace
    // (all people, all their threads) queues for it, as SQLite's writers queue for the file.
    // The key is Cohort's application id, so a stray lock of another program is unlikely.
    if (m_backend == Backend::Sqlite)
        return {};
    return QStringLiteral("SELECT pg_advisory_xact_lock(1131374674)");
}

QString SqlDialect::syncIdSequence(const QString &table) const
{
    if (m_backend == Backend::Sqlite)
        return {};
    // Table names are our own constants, never user text.
    return QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), coalesce((SELECT "
                          "max(id) FROM %1), 0) + 1, false)")
        .arg(table);
}

QString SqlDialect::orderDirection(bool descending) const
{
    if (m_backend == Backend::Postgres)
        return descending ? QStringLiteral(" DESC NULLS LAST") : QStringLiteral(" ASC NULLS FIRST");
    return descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
}

QString SqlDialect::containsClause(const QString &column, const QString &placeholder) const
{
    // SQLite's LIKE is case-insensitive for ASCII only (CJK text has no case), and a search
    // finds the same rows on both engines: on PostgreSQL the column's ASCII letters are folded
    // (translate() is what migration 0008's trigram indexes hold) and the pattern's already are.
    // SQLite's LIKE takes numbers too; the cast of a text column to text is no cast at all, so
    // the indexes still match.
    if (m_backend == Backend::Postgres)
        return asciiLower(QStringLiteral("CAST(") + column + QStringLiteral(" AS TEXT)"))
            + QStringLiteral(" LIKE ") + placeholder + QStringLiteral(" ESCAPE '\\'");
    return column + QStringLiteral(" LIKE ") + placeholder + QStringLiteral(" ESCAPE '\\'");
}

QString SqlDialect::asciiLower(const QString &expression)
{
    return QStringLiteral("translate(") + expression
        + QStringLiteral(", 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')");
}

QString SqlDialect::likePattern(const QString &text)
{
    QString escaped = text;
    for (QChar &c : escaped) {
        if (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
            c = QChar(c.unicode() + ('a' - 'A'));
    }
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    escaped.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    escaped.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

bool SqlDialect::containsUsesIndex(const QString &table, const QStringList &columns,
                                   const QString &text) const
{
    const SearchIndex *index = searchIndex(table, columns);
    if (m_backend == Backend::Postgres)
        return index && trigramsFit(text); // pg_trgm's GIN index (migration 0008)
    return index && (trigramsFit(text) || (index->grams && MessageGrams::answers(text)));
}

QString SqlDialect::containsIdSet(const QString &table, const QStringList &columns,
                                  const QString &text, QVariantList &binds) const
{
    // PostgreSQL: pg_trgm's GIN indexes serve ILIKE themselves (migrations 0008, 0011), kept up
    // to date by the server in the writing transaction.
    const SearchIndex *index = m_backend == Backend::Sqlite ? searchIndex(table, columns) : nullptr;
    const QString pattern = likePattern(text);
    QStringList tests;
    for (const QString &column : columns)
        tests << containsClause(QStringLiteral("x.") + column, QStringLiteral("?"));
    const QString test = QLatin1Char('(') + tests.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    const auto bindTest = [&] {
        for (qsizetype i = 0; i < columns.size(); ++i)
            binds << pattern;
    };
    QString set;
    if (index && trigramsFit(text)) {
        // A phrase limited to the columns; inside "..." only '"' is special. The index holds
        // lower() of the values and the tokenizer is case-sensitive: lower() on both sides is
        // LIKE's ASCII case folding.
        QString phrase = text;
        phrase.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        binds << QVariant(QLatin1Char('{') + columns.join(QLatin1Char(' '))
                          + QStringLiteral("} : \"") + phrase + QLatin1Char('"'));
        const QString name = QString::fromLatin1(index->index);
        set = QStringLiteral("SELECT rowid AS id FROM ") + name + QStringLiteral(" WHERE ") + name
            + QStringLiteral(" MATCH lower(?)");
    } else if (index && index->grams && MessageGrams::answers(text)) {
        // The rows holding every non-ASCII character of the text, a superset (the tokenizer
        // folds case beyond ASCII, and the characters may stand apart): each is tested.
        const QString name = QString::fromLatin1(index->grams);
        set = QStringLiteral("SELECT x.id FROM ") + name + QStringLiteral(" g CROSS JOIN ") + table
            + QStringLiteral(" x ON x.id = g.rowid WHERE ") + name + QStringLiteral(" MATCH ? AND ")
            + test;
        binds << MessageGrams::query(text);
        bindTest();
    } else {
        QStringList plain;
        for (const QString &column : columns) {
            plain << containsClause(column, QStringLiteral("?"));
            binds << pattern;
        }
        return QStringLiteral("SELECT id FROM ") + table + QStringLiteral(" WHERE ")
            + plain.join(QStringLiteral(" OR "));
    }
    if (index->catchesUp) {
        // The three parts are disjoint (the index holds no row above the mark and none that is
        // queued), and one statement reads the mark and the index at the same moment.
        set += QStringLiteral(" UNION ALL SELECT x.id FROM ") + table
            + QStringLiteral(" x WHERE x.id > (SELECT indexed_through FROM message_index_state)"
                             " AND ")
            + test;
        bindTest();
        // CROSS JOIN keeps the short queue outside: the planner would scan the messages.
        set += QStringLiteral(" UNION ALL SELECT x.id FROM message_index_pending p CROSS JOIN ")
            + table + QStringLiteral(" x ON x.id = p.id WHERE ") + test;
        bindTest();
    }
    return set;
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
    if (m_backend == Backend::Postgres)
        return QStringLiteral(
            "SELECT CAST(jsonb_array_elements_text(CAST(? AS jsonb)) AS BIGINT) AS id");
    return QStringLiteral("SELECT value AS id FROM json_each(?)");
}

QString SqlDialect::withoutIndex(const QString &condition) const
{
    // A unary + on the leading column hides it from SQLite's index selection. PostgreSQL plans
    // from statistics and takes no hint.
    if (m_backend == Backend::Postgres)
        return condition;
    return QLatin1Char('+') + condition;
}

QString SqlDialect::groupConcat(const QString &expression, const QString &separator) const
{
    QString quoted = separator;
    quoted.replace(QLatin1Char('\''), QStringLiteral("''"));
    if (m_backend == Backend::Postgres)
        return QStringLiteral("string_agg(CAST(") + expression + QStringLiteral(" AS TEXT), '")
            + quoted + QStringLiteral("')");
    return QStringLiteral("group_concat(") + expression + QStringLiteral(", '") + quoted
        + QStringLiteral("')");
}

QString SqlDialect::freeIdQuery(const QString &table) const
{
    // Table names are our own constants, never user text.
    return QStringLiteral("SELECT coalesce(max(id), 0) + 1 FROM ") + table;
}

QString SqlDialect::cacheSizeQuery() const
{
    if (m_backend == Backend::Postgres)
        return {}; // the server's shared buffers are not the client's to size
    return QStringLiteral("PRAGMA cache_size");
}

QString SqlDialect::setCacheSize(qint64 value) const
{
    // A PRAGMA takes no bound parameters; the value is an integer we computed, never user text.
    if (m_backend == Backend::Postgres)
        return {};
    return QStringLiteral("PRAGMA cache_size = %1").arg(value);
}

QString SqlDialect::jsonRowsInsert(const QString &table, const QStringList &columns,
                                   const QString &tail, const QStringList &boundColumns) const
{
    const QStringList all = columns + boundColumns;
    const QString head = QStringLiteral("INSERT INTO ") + table + QStringLiteral(" (")
        + all.join(QStringLiteral(", ")) + QStringLiteral(") ");
    QStringList cells;
    cells.reserve(all.size());
    if (m_backend == Backend::Postgres) {
        // Each JSON cell becomes the column's own type through a record of the table, as a
        // literal would; bound columns arrive as text and convert the same way.
        for (qsizetype i = 0; i < columns.size(); ++i)
            cells << QStringLiteral("'%1', v->%2").arg(columns[i]).arg(i);
        for (const QString &column : boundColumns)
            cells << QStringLiteral("'%1', CAST(? AS text)").arg(column);
        return head + QStringLiteral("SELECT r.") + all.join(QStringLiteral(", r."))
            + QStringLiteral(" FROM json_array_elements(CAST(? AS json)) AS e(v) CROSS JOIN "
                             "LATERAL json_populate_record(NULL::")
            + table + QStringLiteral(", json_build_object(") + cells.join(QStringLiteral(", "))
            + QStringLiteral(")) AS r WHERE true") + tail;
    }
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

QString SqlDialect::jsonIntRowsSelect(int count) const
{
    QStringList cells;
    if (m_backend == Backend::Postgres) {
        for (int i = 0; i < count; ++i)
            cells << QStringLiteral("CAST(v->>%1 AS bigint) AS c%1").arg(i);
        return QStringLiteral("(SELECT ") + cells.join(QStringLiteral(", "))
            + QStringLiteral(" FROM json_array_elements(CAST(? AS json)) AS e(v))");
    }
    for (int i = 0; i < count; ++i)
        cells << QStringLiteral("json_extract(v, '$[%1]') AS c%1").arg(i);
    return QStringLiteral("(WITH json_rows(v) AS MATERIALIZED (SELECT value FROM "
                          "json_each(CAST(? AS TEXT))) SELECT ")
        + cells.join(QStringLiteral(", ")) + QStringLiteral(" FROM json_rows)");
}

QString SqlDialect::jsonRowsSelect(const QStringList &names, const QStringList &types) const
{
    Q_ASSERT(names.size() == types.size());
    QStringList cells;
    for (qsizetype i = 0; i < names.size(); ++i) {
        cells << (m_backend == Backend::Postgres
                      ? QStringLiteral("CAST(v->>%1 AS %2) AS %3").arg(i).arg(types[i], names[i])
                      : QStringLiteral("json_extract(v, '$[%1]') AS %2").arg(i).arg(names[i]));
    }
    if (m_backend == Backend::Postgres)
        return QStringLiteral("(SELECT ") + cells.join(QStringLiteral(", "))
            + QStringLiteral(" FROM json_array_elements(CAST(? AS json)) AS e(v))");
    return QStringLiteral("(WITH json_rows(v) AS MATERIALIZED (SELECT value FROM "
                          "json_each(CAST(? AS TEXT))) SELECT ")
        + cells.join(QStringLiteral(", ")) + QStringLiteral(" FROM json_rows)");
}

QVariant SqlDialect::jsonRowsValue(const QString &json) const
{
    // UTF-8 bytes, bound as a blob that CAST(? AS TEXT) takes as text as it is; bound as a
    // QString, SQLite would convert UTF-16 to UTF-8 on the writing thread (0.1 s per 1e6
    // messages). PostgreSQL takes the text and casts it to json.
    if (m_backend == Backend::Postgres)
        return QVariant(json);
    return QVariant(json.toUtf8());
}

QString SqlDialect::nowSeconds() const
{
    if (m_backend == Backend::Postgres)
        return QStringLiteral("CAST(extract(epoch FROM now()) AS BIGINT)");
    return QStringLiteral("CAST(strftime('%s', 'now') AS INTEGER)");
}

QString SqlDialect::engineVersionQuery() const
{
    if (m_backend == Backend::Postgres)
        return QStringLiteral("SELECT 'PostgreSQL ' || current_setting('server_version')");
    return QStringLiteral("SELECT 'SQLite ' || sqlite_version()");
}

} // namespace cohort
