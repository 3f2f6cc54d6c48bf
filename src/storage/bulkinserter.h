#pragma once

#include "storage/workspaceerror.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <vector>

namespace cohort {

/// Fast bulk INSERT for one table: buffers rows and writes them with a multi-row
/// `INSERT ... VALUES (...),(...)` statement prepared once and reused (QSqlQuery::execBatch runs
/// one statement per row on SQLite). Runs inside the caller's transaction.
class BulkInserter final
{
public:
    BulkInserter(const QSqlDatabase &db, const QString &table, const QStringList &columns);

    /// Appends one row; `values` has one entry per column. Returns false on an SQL error.
    bool add(std::initializer_list<QVariant> values);
    /// Writes buffered rows.
    bool flush();
    qint64 rowsWritten() const { return m_written; }
    const WorkspaceError &error() const { return m_error; }

private:
    QString statement(int rows) const;
    bool execute(QSqlQuery &query, int rows);

    QSqlDatabase m_db;
    QString m_table;
    QStringList m_columns;
    int m_rowsPerStatement = 1;
    std::vector<QVariant> m_buffer;
    QSqlQuery m_full;
    bool m_fullPrepared = false;
    qint64 m_written = 0;
    WorkspaceError m_error;
};

} // namespace cohort
