#pragma once

#include <QString>
#include <QStringList>
#include <QVariantList>

namespace cohort {

/// Everything that differs between SQLite and PostgreSQL SQL, in one place. Nothing above
/// src/storage/ sees a dialect.
class SqlDialect final
{
public:
    enum class Backend { Sqlite, Postgres };

    explicit SqlDialect(Backend backend = Backend::Sqlite)
        : m_backend(backend)
    {
    }

    Backend backend() const { return m_backend; }
    QString driverName() const;
    /// Expands the ${PK} and ${INT64} placeholders of migration files and keeps only this
    /// back-end's sections ("--@sqlite" or "--@postgres" up to "--@end").
    QString expandMigration(const QString &sql) const;
    /// Starts a write transaction that takes the write lock at once (no upgrade deadlocks).
    QString beginWrite() const;
    /// "INSERT ... ON CONFLICT DO NOTHING" works on both (SQLite ≥ 3.24, PostgreSQL ≥ 9.5).
    QString insertIgnoreSuffix() const { return QStringLiteral(" ON CONFLICT DO NOTHING"); }
    /// Case-insensitive substring match of `column` against a bound pattern produced by
    /// likePattern().
    QString containsClause(const QString &column, const QString &placeholder) const;
    /// Escapes LIKE wildcards in user text and wraps it in %...%.
    static QString likePattern(const QString &text);
    /// A subquery selecting the ids of the `table` rows in which one of `columns` contains
    /// `text`, with the rows of containsClause() (ASCII case-insensitive on SQLite) but through
    /// the table's search index (migrations 0008, 0011) where there is one; appends its binds.
    QString containsIdSet(const QString &table, const QStringList &columns, const QString &text,
                          QVariantList &binds) const;
    /// True when containsIdSet() reads an index (cheap however few rows match), false when it
    /// scans the table (texts too short for trigrams, tables without a search index).
    bool containsUsesIndex(const QString &table, const QStringList &columns,
                           const QString &text) const;
    /// True for the large tables that have a search index (on some back-end): sets of their
    /// ids are worth reading once and passing on rather than searching for twice.
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
    /// placeholder, so a bulk load can drop them and build them once at the end; empty where the
    /// back-end cannot (the load then keeps its indexes).
    QString secondaryIndexesQuery() const;
    /// One ORDER BY term in which NULL sorts as the smallest value on every back-end (SQLite's
    /// default; PostgreSQL's default is the opposite).
    QString orderTerm(const QString &expression, bool descending) const;
    /// Aggregate joining the non-null `expression` values of a group with `separator` (a literal).
    QString groupConcat(const QString &expression, const QString &separator) const;
    /// The id the last INSERT created: SQLite's lastInsertId works; PostgreSQL needs RETURNING.
    QString returningId() const;
    /// A query whose one value is an id no row of `table` has and no other writer will take.
    /// On SQLite it is one above the largest, and so are all ids above it for as long as this
    /// connection holds the write lock (idsAboveStayFree()); PostgreSQL's sequence gives one
    /// per run.
    QString freeIdQuery(const QString &table) const;
    bool idsAboveStayFree() const { return m_backend == Backend::Sqlite; }
    /// Reads the page-cache size of the connection (empty where the backend has no such knob).
    QString cacheSizeQuery() const;
    /// Sets the page-cache size, in the unit cacheSizeQuery() returns (SQLite: pages, or KiB
    /// when negative). Bulk imports raise it so index pages stay in memory.
    QString setCacheSize(qint64 value) const;
    /// An INSERT of one row per element of the JSON array bound to its one placeholder (built by
    /// JsonRows) into `columns` of `table`, element i of a row going to column i, typed like the
    /// column; `tail` follows (e.g. an ON CONFLICT clause, which works on both back-ends).
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

private:
    Backend m_backend;
};

} // namespace cohort
