#include "storage/pgcopy.h"

#include "storage/database.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QVariant>

#ifdef COHORT_HAVE_LIBPQ
#include <libpq-fe.h>
#endif

namespace cohort {

void CopyRows::clear()
{
    m_text.clear();
    m_rows = 0;
    m_cellWritten = false;
}

void CopyRows::beginRow()
{
    if (m_rows > 0)
        m_text += QLatin1Char('\n');
    m_cellWritten = false;
    ++m_rows;
}

void CopyRows::separate()
{
    if (m_cellWritten)
        m_text += QLatin1Char('\t');
    m_cellWritten = true;
}

void CopyRows::addInt(qint64 value)
{
    separate();
    // As JsonRows::addInt: one append, no string per cell.
    QChar digits[21];
    QChar *end = digits + 21;
    QChar *p = end;
    quint64 magnitude = value < 0 ? 0 - quint64(value) : quint64(value);
    do {
        *--p = QChar(char16_t(u'0' + magnitude % 10));
        magnitude /= 10;
    } while (magnitude != 0);
    if (value < 0)
        *--p = QLatin1Char('-');
    m_text.append(p, end - p);
}

void CopyRows::addNull()
{
    separate();
    m_text += QLatin1String("\\N");
}

void CopyRows::addText(QStringView value)
{
    separate();
    // Only the backslash, the separators and the line ends mean something to COPY's text
    // format; every other character, control characters included, stands for itself.
    const QChar *begin = value.data();
    const QChar *end = begin + value.size();
    const QChar *run = begin;
    for (const QChar *p = begin; p != end; ++p) {
        const char16_t c = p->unicode();
        if (c != u'\\' && c != u'\t' && c != u'\n' && c != u'\r')
            continue;
        m_text.append(run, p - run);
        run = p + 1;
        switch (c) {
        case u'\\':
            m_text += QLatin1String("\\\\");
            break;
        case u'\t':
            m_text += QLatin1String("\\t");
            break;
        case u'\n':
            m_text += QLatin1String("\\n");
            break;
        default:
            m_text += QLatin1String("\\r");
            break;
        }
    }
    m_text.append(run, end - run);
}

QByteArray CopyRows::data() const
{
    if (m_rows == 0)
        return {};
    // The same conversion QPSQL applies to a bound text, so both paths store the same bytes.
    QByteArray bytes = m_text.toUtf8();
    bytes += '\n';
    return bytes;
}

#ifdef COHORT_HAVE_LIBPQ
namespace {

PGconn *connectionOf(const QSqlDatabase &db)
{
    if (db.driverName() != QLatin1String("QPSQL") || !db.driver())
        return nullptr;
    const QVariant handle = db.driver()->handle();
    // Qt names the type after the struct behind libpq's typedef (Qt 6.4: "pg_conn*").
    if (!handle.isValid()
        || (qstrcmp(handle.typeName(), "PGconn*") != 0
            && qstrcmp(handle.typeName(), "pg_conn*") != 0))
        return nullptr;
    return *static_cast<PGconn *const *>(handle.constData());
}

} // namespace
#endif

bool PgCopy::available(const QSqlDatabase &db)
{
#ifdef COHORT_HAVE_LIBPQ
    return connectionOf(db) != nullptr;
#else
    Q_UNUSED(db);
    return false;
#endif
}

PgCopy::PgCopy(const QSqlDatabase &db)
    : m_db(db)
{
}

bool PgCopy::fail(const QString &message, const QString &sqlState)
{
    m_error = Database::errorFromSql(
        QSqlError(QStringLiteral("COPY"), message, QSqlError::StatementError, sqlState));
    return false;
}

bool PgCopy::copy(const QString &table, const QStringList &columns, const QByteArray &rows)
{
    m_error = {};
#ifdef COHORT_HAVE_LIBPQ
    PGconn *conn = connectionOf(m_db);
    if (!conn)
        return fail(QStringLiteral("no PostgreSQL connection"), QString());
    const QByteArray sql = (QStringLiteral("COPY ") + table + QStringLiteral(" (")
                            + columns.join(QStringLiteral(", ")) + QStringLiteral(") FROM STDIN"))
                               .toUtf8();
    const auto resultError = [this, conn](PGresult *result) {
        const QString state
            = result ? QString::fromUtf8(PQresultErrorField(result, PG_DIAG_SQLSTATE)) : QString();
        const QString message
            = QString::fromUtf8(result ? PQresultErrorMessage(result) : PQerrorMessage(conn))
                  .trimmed();
        PQclear(result);
        return fail(message, state);
    };
    PGresult *start = PQexec(conn, sql.constData());
    if (PQresultStatus(start) != PGRES_COPY_IN)
        return resultError(start);
    PQclear(start);
    bool sent = rows.isEmpty() || PQputCopyData(conn, rows.constData(), int(rows.size())) == 1;
    // The end is sent even after a failed send: it is what takes the connection out of COPY.
    if (PQputCopyEnd(conn, sent ? nullptr : "send failed") != 1)
        sent = false;
    bool ok = sent;
    QString failure;
    QString state;
    // Every result must be read, or the connection stays busy for QPSQL's next statement.
    while (PGresult *result = PQgetResult(conn)) {
        if (PQresultStatus(result) != PGRES_COMMAND_OK) {
            if (failure.isEmpty()) {
                failure = QString::fromUtf8(PQresultErrorMessage(result)).trimmed();
                state = QString::fromUtf8(PQresultErrorField(result, PG_DIAG_SQLSTATE));
            }
            ok = false;
        }
        PQclear(result);
    }
    if (ok)
        return true;
    if (failure.isEmpty())
        failure = QString::fromUtf8(PQerrorMessage(conn)).trimmed();
    return fail(failure, state);
#else
    Q_UNUSED(table);
    Q_UNUSED(columns);
    Q_UNUSED(rows);
    return fail(QStringLiteral("built without libpq"), QString());
#endif
}

} // namespace cohort
