#pragma once

#include <QByteArrayView>
#include <QSqlDatabase>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace cohort {

/// Steps one read-only statement with SQLite's own API and reads columns as the types they are
/// stored in: the bulk scans of the analytics facts (about 2.3 million rows on a large
/// workspace) spent most of their time turning every value into a QVariant and back. Failures
/// throw QueryError naming the statement, like CheckedQuery, and CheckedQuery's failure hook
/// fails these statements too. Only for the QSQLITE driver on a system SQLite (the one Qt's
/// driver links), which Database always opens.
class SqliteScan final
{
public:
    /// Prepares `sql` (no parameters) on `connection`, a QSQLITE connection of this thread.
    SqliteScan(const QSqlDatabase &connection, const QString &sql);
    ~SqliteScan();
    SqliteScan(const SqliteScan &) = delete;
    SqliteScan &operator=(const SqliteScan &) = delete;

    /// The next row; false at the end. A failed step throws.
    bool next();
    qint64 int64(int column) const;
    int int32(int column) const;
    /// UTF-8 bytes of a text column, valid until the next step.
    QByteArrayView utf8(int column) const;
    QString text(int column) const { return QString::fromUtf8(utf8(column)); }

private:
    [[noreturn]] void fail(int code, const QString &what) const;

    QString m_sql;
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    qint64 m_traceStart = -1;
    bool m_done = false;
};

} // namespace cohort
