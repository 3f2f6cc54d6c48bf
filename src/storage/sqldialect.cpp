#include "storage/sqldialect.h"

#include "storage/messagegrams.h"

#include <algorithm>

namespace cohort {

QString SqlDialect::driverName() const
{
    return QStringLiteral("QSQLITE");
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
    QString out = sql;
    out.replace(QStringLiteral("${PK}"), QStringLiteral("INTEGER PRIMARY KEY"));
    out.replace(QStringLiteral("${INT64}"), QStringLiteral("INTEGER"));
    return out;
}

QStringList SqlDialect::beginBulkLoad() const
{
    return { QStringLiteral("PRAGMA cache_size = -262144") }; // 256 MiB
}

QStringList SqlDialect::endBulkLoad() const
{
    return { QStringLiteral("PRAGMA cache_size = -2000") }; // SQLite's default
}

QString SqlDialect::secondaryIndexesQuery() const
{
    // Automatic indexes (UNIQUE and PRIMARY KEY clauses) have no SQL and cannot be dropped.
    return QStringLiteral(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
        "AND tbl_name = ? ORDER BY name");
}

QString SqlDialect::beginWrite() const
{
    return QStringLiteral("BEGIN IMMEDIATE");
}

QString SqlDialect::containsClause(const QString &column, const QString &placeholder) const
{
    // SQLite's LIKE is case-insensitive for ASCII only; CJK text has no case.
    return column + QStringLiteral(" LIKE ") + placeholder + QStringLiteral(" ESCAPE '\\'");
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
    const SearchIndex *index = searchIndex(table, columns);
    return index && (trigramsFit(text) || (index->grams && MessageGrams::answers(text)));
}

QString SqlDialect::containsIdSet(const QString &table, const QStringList &columns,
                                  const QString &text, QVariantList &binds) const
{
    const SearchIndex *index = searchIndex(table, columns);
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
    return QStringLiteral("SELECT value AS id FROM json_each(?)");
}

QString SqlDialect::withoutIndex(const QString &condition) const
{
    // A unary + on the leading column hides it from SQLite's index selection.
    return QLatin1Char('+') + condition;
}

QString SqlDialect::groupConcat(const QString &expression, const QString &separator) const
{
    QString quoted = separator;
    quoted.replace(QLatin1Char('\''), QStringLiteral("''"));
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
    return QStringLiteral("PRAGMA cache_size");
}

QString SqlDialect::setCacheSize(qint64 value) const
{
    // A PRAGMA takes no bound parameters; the value is an integer we computed, never user text.
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
    for (int i = 0; i < count; ++i)
        cells << QStringLiteral("json_extract(v, '$[%1]') AS c%1").arg(i);
    return QStringLiteral("(WITH json_rows(v) AS MATERIALIZED (SELECT value FROM "
                          "json_each(CAST(? AS TEXT))) SELECT ")
        + cells.join(QStringLiteral(", ")) + QStringLiteral(" FROM json_rows)");
}

QVariant SqlDialect::jsonRowsValue(const QString &json) const
{
    // UTF-8 bytes, bound as a blob that CAST(? AS TEXT) takes as text as it is; bound as a
    // QString, SQLite would convert UTF-16 to UTF-8 on the writing thread (0.1 s per 1e6
    // messages).
    return QVariant(json.toUtf8());
}

QString SqlDialect::engineVersionQuery() const
{
    return QStringLiteral("SELECT 'SQLite ' || sqlite_version()");
}

} // namespace cohort
