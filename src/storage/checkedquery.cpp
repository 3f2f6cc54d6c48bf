#include "storage/checkedquery.h"

#include "storage/database.h"
#include "storage/querytrace.h"

#include <QMutex>
#include <QMutexLocker>
#include <QSqlDriver>
#include <QSqlError>

namespace cohort {

namespace {

struct FailureRule
{
    QString fragment;
    int remaining = 0; ///< < 0: until cleared
};

QMutex s_rulesMutex;
FailureRule s_rule;

[[noreturn]] void throwInjected(const QString &sql)
{
    throw QueryError(QSqlError(QStringLiteral("injected failure"), QStringLiteral("disk I/O error"),
                               QSqlError::StatementError, QStringLiteral("10")),
                     sql);
}

} // namespace

QAtomicInt CheckedQuery::s_armed;

CheckedQuery::CheckedQuery(const Database &database, const QString &sql)
    : m_query(database.connection())
{
    prepare(sql);
}

CheckedQuery::CheckedQuery(const QSqlDatabase &connection, const QString &sql)
    : m_query(connection)
{
    prepare(sql);
}

CheckedQuery::~CheckedQuery()
{
    endTrace();
}

void CheckedQuery::endTrace()
{
    if (m_traceStart < 0)
        return;
    QueryTrace::record(m_sql, m_traceStart, QueryTrace::now() - m_traceStart);
    m_traceStart = -1;
}

void CheckedQuery::prepare(const QString &sql)
{
    m_sql = sql;
    // A CheckedQuery often reads one row and moves on.
    setForwardOnlyWhereSafe(m_query);
    if (!m_query.prepare(sql))
        fail();
}

CheckedQuery &CheckedQuery::bind(const QVariant &value)
{
    m_query.addBindValue(value);
    return *this;
}

CheckedQuery &CheckedQuery::exec()
{
    if (Q_UNLIKELY(s_armed.loadRelaxed()) && injectedFailure(m_sql)) {
        // As after a real failed exec, the next exec starts with no values bound.
        m_query.prepare(m_sql);
        throwInjected(m_sql);
    }
    endTrace();
    if (Q_UNLIKELY(QueryTrace::active()))
        m_traceStart = QueryTrace::now();
    if (!m_query.exec())
        fail();
    return *this;
}

bool CheckedQuery::next()
{
    if (m_query.next())
        return true;
    // QSqlQuery::next() answers false both at the end and when a step failed (a damaged page,
    // a lock): only the error tells them apart.
    if (m_query.lastError().type() != QSqlError::NoError)
        fail();
    return false;
}

QVariant CheckedQuery::scalar()
{
    exec();
    if (!next()) {
        throw QueryError(QSqlError(QStringLiteral("no row"),
                                   QStringLiteral("the query returned no row"),
                                   QSqlError::StatementError),
                         m_sql);
    }
    return m_query.value(0);
}

void CheckedQuery::fail() const
{
    throw QueryError(m_query.lastError(), m_sql);
}

void CheckedQuery::throwIfInjected(const QString &sql)
{
    if (Q_UNLIKELY(s_armed.loadRelaxed()) && injectedFailure(sql))
        throwInjected(sql);
}

bool CheckedQuery::injectedFailure(const QString &sql)
{
    QMutexLocker locker(&s_rulesMutex);
    if (s_rule.remaining == 0 || !sql.contains(s_rule.fragment, Qt::CaseInsensitive))
        return false;
    if (s_rule.remaining > 0 && --s_rule.remaining == 0)
        s_armed.storeRelaxed(0);
    return true;
}

void CheckedQuery::failMatching(const QString &fragment, int times)
{
    QMutexLocker locker(&s_rulesMutex);
    s_rule = FailureRule { fragment, times < 0 ? -1 : times };
    s_armed.storeRelaxed(times != 0 ? 1 : 0);
}

void CheckedQuery::clearFailures()
{
    QMutexLocker locker(&s_rulesMutex);
    s_rule = {};
    s_armed.storeRelaxed(0);
}

void setForwardOnlyWhereSafe(QSqlQuery &query)
{
    const QSqlDriver *driver = query.driver();
    query.setForwardOnly(driver && driver->dbmsType() == QSqlDriver::SQLite);
}

} // namespace cohort
