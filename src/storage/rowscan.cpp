#include "storage/rowscan.h"

#include "storage/checkedquery.h"
#include "storage/queryerror.h"
#include "storage/querytrace.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlRecord>
#include <QVariant>

#include <sqlite3.h>

namespace cohort {

RowScan::RowScan(const QSqlDatabase &connection, const QString &sql)
    : m_sql(sql)
{
    CheckedQuery::throwIfInjected(m_sql);
    const QVariant handle = connection.driver() ? connection.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0) {
        if (!connection.isOpen())
            throw QueryError(QSqlError(QStringLiteral("not open"),
                                       QStringLiteral("the connection is not open"),
                                       QSqlError::ConnectionError),
                             m_sql);
        m_query.emplace(connection);
        m_query->setForwardOnly(true);
        if (Q_UNLIKELY(QueryTrace::active()))
            m_traceStart = QueryTrace::now();
        if (!m_query->exec(m_sql))
            throw QueryError(m_query->lastError(), m_sql);
        m_texts.resize(size_t(m_query->record().count()));
        return;
    }
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

RowScan::~RowScan()
{
    if (m_statement)
        sqlite3_finalize(m_statement);
    if (m_traceStart >= 0)
        QueryTrace::record(m_sql, m_traceStart, QueryTrace::now() - m_traceStart);
}

bool RowScan::next()
{
    if (m_done)
        return false; // stepping on would start the statement over
    if (m_query) {
        if (m_query->next())
            return true;
        m_done = true;
        if (m_query->lastError().isValid())
            throw QueryError(m_query->lastError(), m_sql);
        return false;
    }
    const int code = sqlite3_step(m_statement);
    if (code == SQLITE_ROW)
        return true;
    m_done = true;
    if (code == SQLITE_DONE)
        return false;
    fail(code, QStringLiteral("Unable to fetch row"));
}

qint64 RowScan::int64(int column) const
{
    if (m_query)
        return m_query->value(column).toLongLong();
    return sqlite3_column_int64(m_statement, column);
}

int RowScan::int32(int column) const
{
    if (m_query)
        return m_query->value(column).toInt();
    return sqlite3_column_int(m_statement, column);
}

QByteArrayView RowScan::utf8(int column) const
{
    if (m_query) {
        // One buffer per column: a caller may hold two columns' views at once.
        QByteArray &bytes = m_texts[size_t(column)];
        bytes = m_query->value(column).toString().toUtf8();
        return bytes;
    }
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return QByteArrayView(text, text ? sqlite3_column_bytes(m_statement, column) : 0);
}

void RowScan::fail(int code, const QString &what) const
{
    // The same shape as the QSQLITE driver's errors, so QueryError classifies it alike.
    throw QueryError(QSqlError(what, QString::fromUtf8(sqlite3_errmsg(m_db)),
                               QSqlError::StatementError, QString::number(code)),
                     m_sql);
}

} // namespace cohort
