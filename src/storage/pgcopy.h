#pragma once

#include "storage/workspaceerror.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace cohort {

/// Rows in the text format of PostgreSQL's COPY: a line per row, cells separated by tabs, NULL
/// as \N. Fed like JsonRows; the data goes to the server as it is, never as SQL.
class CopyRows final
{
public:
    void beginRow();
    void addInt(qint64 value);
    /// Text as it is: backslashes, tabs and line breaks are escaped.
    void addText(QStringView value);
    void addNull();
    /// NULL for 0 ("no id"), else the id.
    void addId(qint64 id) { id > 0 ? addInt(id) : addNull(); }
    /// NULL for an empty text.
    void addTextOrNull(QStringView value) { value.isEmpty() ? addNull() : addText(value); }

    int rows() const { return m_rows; }
    bool isEmpty() const { return m_rows == 0; }
    /// The UTF-8 lines of the rows added since the last clear().
    QByteArray data() const;
    void clear();

private:
    void separate();

    QString m_text;
    int m_rows = 0;
    bool m_cellWritten = false;
};

/// COPY ... FROM STDIN on the libpq connection behind a QPSQL connection, so it runs inside
/// that connection's open transaction. Row chunks sent this way skip what a bound statement
/// costs there: QPSQL inlines every bound value as an escaped literal into EXECUTE, and the
/// server parses that text and then the JSON inside it.
class PgCopy final
{
public:
    /// Whether `db` is a QPSQL connection whose libpq handle this build can use (built without
    /// libpq: never).
    static bool available(const QSqlDatabase &db);

    explicit PgCopy(const QSqlDatabase &db);

    /// Copies `rows` into `table` (`columns` in the rows' order). Table and column names are
    /// the caller's constants, never user text. On failure the transaction is aborted, as by
    /// any failed statement, and error() says why.
    bool copy(const QString &table, const QStringList &columns, const QByteArray &rows);
    const WorkspaceError &error() const { return m_error; }

private:
    bool fail(const QString &message, const QString &sqlState);

    QSqlDatabase m_db;
    WorkspaceError m_error;
};

} // namespace cohort
