#pragma once

#include <QByteArrayView>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <optional>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace cohort {

/// Steps one read-only statement and reads its columns as plain integers and UTF-8. On a SQLite
/// workspace it uses SQLite's own API and reads columns as the types they are stored in: the
/// bulk scans of the analytics facts (about 2.3 million rows on a large workspace) spent most of
/// their time turning every value into a QVariant and back. That needs the QSQLITE driver on a
/// system SQLite (the one Qt's driver links), which Database checks. On a team server it steps a
/// forward-only QSqlQuery. Failures throw QueryError naming the statement, like CheckedQuery,
/// and CheckedQuery's failure hook fails these statements too.
class RowScan final
{
public:
    /// Prepares `sql` (no parameters) on `connection`, a connection of this thread.
    RowScan(const QSqlDatabase &connection, const QString &sql);
    ~RowScan();
    RowScan(const RowScan &) = delete;
    RowScan &operator=(const RowScan &) = delete;

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
    /// The statement on a connection that is not SQLite's, and its text columns' bytes.
    std::optional<QSqlQuery> m_query;
    mutable std::vector<QByteArray> m_texts;
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    qint64 m_traceStart = -1;
    bool m_done = false;
};

} // namespace cohort
