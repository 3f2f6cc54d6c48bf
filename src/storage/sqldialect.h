#pragma once

#include <QString>
#include <QStringList>
#include <QVariantList>

namespace cohort {

/// SQLite's SQL shapes that are awkward to write inline: the full-text search index, binding many
/// rows as one JSON value, planner hints, PRAGMAs. SQLite is the only engine (the PostgreSQL
/// variants, which nothing ran, were removed: issue 18); the class stays so that this
/// engine-specific reasoning is read, reviewed and tested in one place rather than repeated at
/// every query, and so that a second engine would have one place to start. Nothing above
/// src/storage/ sees it.
class SqlDialect final
{
public:
    QString driverName() const;
    /// Expands the ${PK} and ${INT64} placeholders the migration files are written with.
    QString expandMigration(const QString &sql) const;
    /// Starts a write transaction that takes the write lock at once (no upgrade deadlocks).
    QString beginWrite() const;
    /// Case-insensitive substring match of `column` against a bound pattern produced by
    /// likePattern().
    QString containsClause(const QString &column, const QString &placeholder) const;
    /// Escapes LIKE wildcards in user text and wraps it in %...%.
    static QString likePattern(const QString &text);
    /// A subquery selecting the ids of the `table` rows in which one of `columns` contains
    /// `text`, with the rows of containsClause() (ASCII case-insensitive on SQLite) but through
    /// the table's search index (migrations 0008, 0011, 0014) where there is one; appends its
    /// binds.
    QString containsIdSet(const QString &table, const QStringList &columns, const QString &text,
                          QVariantList &binds) const;
    /// True when containsIdSet() reads an index (cheap however few rows match), false when it
    /// scans the table (texts too short for trigrams, except the non-ASCII ones of message
    /// bodies; tables without a search index).
    bool containsUsesIndex(const QString &table, const QStringList &columns,
                           const QString &text) const;
    /// True for the large tables that have a search index: sets of their ids are worth reading
    /// once and passing on rather than searching for twice.
    static bool hasSearchIndex(const QString &table);
    /// A subquery selecting the given ids (column "id"), bound as one parameter (a JSON array: no
    /// limit on the number of bound variables applies).
    QString idListSet(const QList<qint64> &ids, QVariantList &binds) const;
    /// `condition` (starting with a column) in a form the planner will not drive from an index,
    /// so that a LIMITed query walks the ORDER BY index and tests the condition row by row.
    QString withoutIndex(const QString &condition) const;
    /// Statements run around a bulk load (demo data, large imports) on the loading connection.
    /// On SQLite the page cache grows so index pages stay in memory instead of being evicted and
    /// re-read for every batch; endBulkLoad() gives the memory back.
    QStringList beginBulkLoad() const;
    QStringList endBulkLoad() const;
    /// Lists (name, CREATE statement) of the secondary indexes of the table bound to the one
    /// placeholder, so a bulk load can drop them and build them once at the end.
    QString secondaryIndexesQuery() const;
    /// Aggregate joining the non-null `expression` values of a group with `separator` (a literal).
    QString groupConcat(const QString &expression, const QString &separator) const;
    /// A query whose one value is an id no row of `table` has: one above the largest. All ids
    /// above it stay free too for as long as this connection holds the write lock.
    QString freeIdQuery(const QString &table) const;
    /// Reads the page-cache size of the connection.
    QString cacheSizeQuery() const;
    /// Sets the page-cache size, in the unit cacheSizeQuery() returns (SQLite: pages, or KiB
    /// when negative). Bulk imports raise it so index pages stay in memory.
    QString setCacheSize(qint64 value) const;
    /// An INSERT of one row per element of the JSON array bound to its one placeholder (built by
    /// JsonRows) into `columns` of `table`, element i of a row going to column i, typed like the
    /// column; `tail` follows (e.g. an ON CONFLICT clause).
    /// `boundColumns` take the same value in every row, bound to the placeholders after the
    /// JSON one in their order: a cell the database need not extract a million times.
    QString jsonRowsInsert(const QString &table, const QStringList &columns,
                           const QString &tail = QString(),
                           const QStringList &boundColumns = QStringList()) const;
    /// A subquery (to alias in a FROM) with integer columns c0 ... c<count-1> from the JSON rows
    /// (JsonRows) bound to its one placeholder: the source of an UPDATE ... FROM of many rows.
    QString jsonIntRowsSelect(int count) const;
    /// The value to bind for the JSON rows of jsonRowsInsert() and jsonIntRowsSelect() (which
    /// also take the text as a QString): what the database reads fastest.
    QVariant jsonRowsValue(const QString &json) const;
    /// A query whose single value is the database engine's name and version (About box).
    QString engineVersionQuery() const;
};

} // namespace cohort
