#include "storage/bulkinserter.h"

#include "storage/database.h"

#include <QSqlError>

#include <algorithm>

namespace cohort {

namespace {

/// SQLite's default bound-parameter limit before 3.32 is 999; staying under it keeps old
/// system libraries working, and statements of ~999 values already amortise the overhead.
constexpr int MaxParameters = 999;
constexpr int MaxRows = 200;

} // namespace

BulkInserter::BulkInserter(const QSqlDatabase &db, const QString &table, const QStringList &columns)
    : m_db(db)
    , m_table(table)
    , m_columns(columns)
    , m_rowsPerStatement(
          std::clamp(MaxParameters / int(std::max<qsizetype>(1, columns.size())), 1, MaxRows))
    , m_full(db)
{
    m_buffer.reserve(size_t(m_rowsPerStatement) * size_t(columns.size()));
}

QString BulkInserter::statement(int rows) const
{
    QString row = QStringLiteral("(?");
    for (qsizetype i = 1; i < m_columns.size(); ++i)
        row += QStringLiteral(",?");
    row += QLatin1Char(')');
    QStringList rowList;
    rowList.reserve(rows);
    for (int i = 0; i < rows; ++i)
        rowList << row;
    return QStringLiteral("INSERT INTO ") + m_table + QStringLiteral(" (")
        + m_columns.join(QLatin1Char(',')) + QStringLiteral(") VALUES ")
        + rowList.join(QLatin1Char(','));
}

bool BulkInserter::add(std::initializer_list<QVariant> values)
{
    Q_ASSERT(qsizetype(values.size()) == m_columns.size());
    for (const QVariant &value : values)
        m_buffer.push_back(value);
    if (m_buffer.size() < size_t(m_rowsPerStatement) * size_t(m_columns.size()))
        return true;
    if (!m_fullPrepared) {
        if (!m_full.prepare(statement(m_rowsPerStatement))) {
            m_error = Database::errorFromSql(m_full.lastError());
            return false;
        }
        m_fullPrepared = true;
    }
    return execute(m_full, m_rowsPerStatement);
}

bool BulkInserter::flush()
{
    if (m_buffer.empty())
        return true;
    const int rows = int(m_buffer.size() / size_t(m_columns.size()));
    QSqlQuery tail(m_db);
    if (!tail.prepare(statement(rows))) {
        m_error = Database::errorFromSql(tail.lastError());
        return false;
    }
    return execute(tail, rows);
}

bool BulkInserter::execute(QSqlQuery &query, int rows)
{
    for (size_t i = 0; i < m_buffer.size(); ++i)
        query.bindValue(int(i), m_buffer[i]);
    m_buffer.clear();
    if (!query.exec()) {
        m_error = Database::errorFromSql(query.lastError());
        return false;
    }
    m_written += rows;
    return true;
}

} // namespace cohort
