#pragma once

#include <QString>
#include <QStringList>
#include <QVariantList>

namespace cohort {

/// Everything that differs between SQLite (a local workspace file) and PostgreSQL (a team
/// server) in Cohort's SQL, in one place: the search indexes, binding many rows as one JSON
/// value, planner hints, PRAGMAs, the write lock. Nothing above src/storage/ sees it.
class SqlDialect final
{
public:
    enum class Backend { Sqlite, Postgres };

    explicit SqlDialect(Backend backend = Backend::Sqlite)
        : m_backend(backend)
    {
    }

    Backend backend() const { return m_backend; }
    bool isSqlite() const { return m_backend == Backend::Sqlite; }
    QString driverName() const;
    /// Expands the ${PK} and ${INT64} placeholders the migration files are written with, and
    /// keeps only this engine's sections (from "--@sqlite" or "--@postgres" to "--@end").
    QString expandMigration(const QString &sql) const;
    /// Starts a write transaction that takes the workspace's write lock at once: SQLite's
    /// IMMEDIATE lock, or on PostgreSQL a transaction-scoped advisory lock taken by
    /// writeLockStatement(), so that writers queue as they do on a file (see docs/team.md).
    QString beginWrite() const;
    /// Starts a read-only transaction whose statements all see one snapshot of the workspace.
    QString beginRead() const;
    /// The statement that follows beginWrite() (empty on SQLite).
    QString writeLockStatement() const;
    /// After rows were written with explicit ids into `table`: the statement that moves the
    /// table's id sequence past them (empty on SQLite, whose next id is always max + 1).
    QString syncIdSequence(const QString &table) const;
    /// Case-insensitive substring match of `column` against a bound pattern produced by
    /// likePattern().
    QString containsClause(const QString &column, const QString &placeholder) const;
    /// " ASC" or " DESC" after a sort key that may be NULL, with NULL lowest as on SQLite
    /// (PostgreSQL puts NULL highest unless told).
    QString orderDirection(bool descending) const;
    /// Escapes LIKE wildcards in user text, folds its ASCII letters to lower case (the
    /// containsClause() tests are ASCII case-insensitive) and wraps it in %...%.
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
    /// A subquery (to alias in a FROM) with columns `names` of SQL types `types` ("BIGINT",
    /// "TEXT") from the JSON rows (JsonRows) bound to its one placeholder, cell i of a row going
    /// to column i.
    QString jsonRowsSelect(const QStringList &names, const QStringList &types) const;
    /// The value to bind for the JSON rows of jsonRowsInsert() and jsonIntRowsSelect() (which
    /// also take the text as a QString): what the database reads fastest.
    QVariant jsonRowsValue(const QString &json) const;
    /// An expression for the current time in Unix seconds, an integer.
    QString nowSeconds() const;
    /// A query whose single value is the database engine's name and version (About box).
    QString engineVersionQuery() const;

private:
    /// `expression` with its ASCII letters in lower case and every other character as it is.
    static QString asciiLower(const QString &expression);

    Backend m_backend;
};

} // namespace cohort
