#pragma once

#include "storage/queryerror.h"

#include <QAtomicInt>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

namespace cohort {

class Database;

/// The one way storage reads: prepare, bind, exec and iterate one statement, where every
/// failure (prepare, exec, or a step of the iteration) throws QueryError naming the statement,
/// so that a broken or locked workspace reads as an error and never as an empty result.
/// Forward-only. Carries an always-compiled, normally inert failure switch for tests.
class CheckedQuery final
{
public:
    /// Prepares `sql` on the calling thread's connection of `database`.
    CheckedQuery(const Database &database, const QString &sql);
    /// Prepares `sql` on `connection` (a transaction's).
    CheckedQuery(const QSqlDatabase &connection, const QString &sql);
    ~CheckedQuery();
    CheckedQuery(const CheckedQuery &) = delete;
    CheckedQuery &operator=(const CheckedQuery &) = delete;

    /// Binds the next positional placeholder.
    CheckedQuery &bind(const QVariant &value);
    /// Runs the statement with the values bound since the last exec.
    CheckedQuery &exec();
    /// The next row; false at the end. A failure while stepping throws instead of ending.
    bool next();
    QVariant value(int column) const { return m_query.value(column); }
    QSqlRecord record() const { return m_query.record(); }
    /// Rows go through the same readers as before (readGroup(const QSqlQuery &) ...).
    operator const QSqlQuery &() const { return m_query; }
    /// Executes, then returns column 0 of the only row (count(*), max(...)); throws when the
    /// statement yields no row.
    QVariant scalar();

    /// Test hook: the next `times` statements whose SQL contains `fragment` fail at exec as if
    /// the disk had reported an I/O error (`times` < 0: until clearFailures()). Costs one
    /// relaxed atomic load per exec while unset.
    static void failMatching(const QString &fragment, int times = -1);
    static void clearFailures();
    /// Throws the failure failMatching() armed when `sql` matches it; for readers that step
    /// SQLite themselves (RowScan), so the same hook fails them too.
    static void throwIfInjected(const QString &sql);

private:
    void prepare(const QString &sql);
    [[noreturn]] void fail() const;
    static bool injectedFailure(const QString &sql);
    /// Hands the run since the last exec to QueryTrace (only while the thread is watched).
    void endTrace();

    QSqlQuery m_query;
    QString m_sql;
    qint64 m_traceStart = -1;
    static QAtomicInt s_armed;
};

/// Makes `query` forward-only where that is safe to combine with other statements on its
/// connection: on SQLite (it saves a copy of every row). PostgreSQL's driver streams a
/// forward-only result, and the connection then runs nothing else until it is read to the end,
/// so there a result is read whole.
void setForwardOnlyWhereSafe(QSqlQuery &query);

} // namespace cohort
