#include "storage/sqlitescan.h"

#include "storage/checkedquery.h"
#include "storage/queryerror.h"
#include "storage/querytrace.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QVariant>

#include <sqlite3.h>

namespace cohort {

SqliteScan::SqliteScan(const QSqlDatabase &connection, const QString &sql)
    : m_sql(sql)
{
    CheckedQuery::throwIfInjected(m_sql);
    const QVariant handle = connection.driver() ? connection.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        throw QueryError(QSqlError(QStringLiteral("not SQLite"),
                                   QStringLiteral("the connection is not a SQLite connection"),
                                   QSqlError::ConnectionError),
                         m_sql);
    m_db = *static_cast<sqlite3 *const *>(handle.constData());
    if (!m_db)
        throw QueryError(QSqlError(QStringLiteral("not open"),
                                   QStringLiteral("the connection is not open"),
                                   QSqlError::ConnectionError),
                         m_sql);
    if (Q_UNLIKELY(QueryTrace::active()))
        m_traceStart = QueryTrace::now();
    const QByteArray utf8 = m_sql.toUtf8();
    const int code
        = sqlite3_prepare_v2(m_db, utf8.constData(), int(utf8.size()), &m_statement, nullptr);
    if (code != SQLITE_OK)
        fail(code, QStringLiteral("Unable to execute statement"));
}

SqliteScan::~SqliteScan()
{
    sqlite3_finalize(m_statement);
    if (m_traceStart >= 0)
        QueryTrace::record(m_sql, m_traceStart, QueryTrace::now() - m_traceStart);
}

bool SqliteScan::next()
{
    if (m_done)
        return false; // stepping on would start the statement over
    const int code = sqlite3_step(m_statement);
    if (code == SQLITE_ROW)
        return true;
    m_done = true;
    if (code == SQLITE_DONE)
        return false;
    fail(code, QStringLiteral("Unable to fetch row"));
}

qint64 SqliteScan::int64(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

int SqliteScan::int32(int column) const
{
    return sqlite3_column_int(m_statement, column);
}

QByteArrayView SqliteScan::utf8(int column) const
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return QByteArrayView(text, text ? sqlite3_column_bytes(m_statement, column) : 0);
}

void SqliteScan::fail(int code, const QString &what) const
{
    // The same shape as the QSQLITE driver's errors, so QueryError classifies it alike.
    throw QueryError(QSqlError(what, QString::fromUtf8(sqlite3_errmsg(m_db)),
                               QSqlError::StatementError, QString::number(code)),
                     m_sql);
}

} // namespace cohort
