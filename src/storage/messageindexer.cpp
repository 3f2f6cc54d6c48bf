#include "storage/messageindexer.h"

#include "storage/checkedquery.h"
#include "storage/database.h"
#include "storage/queryerror.h"
#include "storage/sqltransaction.h"
#include "storage/sqlwrite.h"

#include <QSqlError>
#include <QSqlQuery>

namespace cohort {

bool MessageIndexer::isSupported() const
{
    return m_database.dialect().backend() == SqlDialect::Backend::Sqlite;
}

qint64 MessageIndexer::backlog() const
{
    if (!isSupported())
        return 0;
    // Both counts walk a primary key range: the pending list is short, and above the mark are
    // only the messages of imports not indexed yet.
    return CheckedQuery(m_database,
                        QStringLiteral("SELECT (SELECT count(*) FROM message_index_pending)"
                                       " + (SELECT count(*) FROM messages WHERE id >"
                                       " (SELECT indexed_through FROM message_index_state))"))
        .scalar()
        .toLongLong();
}

bool MessageIndexer::isBehind() const
{
    if (!isSupported())
        return false;
    return CheckedQuery(m_database,
                        QStringLiteral("SELECT EXISTS (SELECT 1 FROM message_index_pending)"
                                       " OR EXISTS (SELECT 1 FROM messages WHERE id >"
                                       " (SELECT indexed_through FROM message_index_state))"))
        .scalar()
        .toBool();
}

qint64 MessageIndexer::indexChunk(int rows)
{
    if (!isSupported())
        return 0;
    qint64 indexed = -1;
    const bool ok = catchQueryError(m_error, [&] {
        SqlTransaction tx(m_database);
        if (!tx.isActive()) {
            m_error = tx.error();
            return false;
        }
        const QSqlDatabase db = tx.connection();
        QSqlQuery q(db);
        const auto run = [&](const QString &sql, const QVariantList &values) {
            return execBound(q, sql, values, &m_error);
        };
        // Queued ids first: they sit below the mark, where the search trusts the index.
        const QVariant queuedEnd
            = CheckedQuery(db,
                           QStringLiteral("SELECT max(id) FROM (SELECT id FROM "
                                          "message_index_pending ORDER BY id LIMIT ?) AS chunk"))
                  .bind(rows)
                  .scalar();
        if (!queuedEnd.isNull()) {
            if (!run(QStringLiteral("INSERT INTO messages_search (rowid, body) SELECT m.id, "
                                    "lower(m.body) FROM message_index_pending p JOIN messages m "
                                    "ON m.id = p.id WHERE p.id <= ?"),
                     { queuedEnd }))
                return false;
            indexed = q.numRowsAffected();
            if (!run(QStringLiteral("INSERT INTO messages_grams (rowid, grams) SELECT m.id, "
                                    "cohort_grams(m.body) FROM message_index_pending p JOIN "
                                    "messages m ON m.id = p.id WHERE p.id <= ?"),
                     { queuedEnd }))
                return false;
            if (!run(QStringLiteral("DELETE FROM message_index_pending WHERE id <= ?"),
                     { queuedEnd }))
                return false;
        } else {
            const qint64 mark
                = CheckedQuery(db,
                               QStringLiteral("SELECT indexed_through FROM message_index_state"))
                      .scalar()
                      .toLongLong();
            const QVariant end
                = CheckedQuery(db,
                               QStringLiteral("SELECT max(id) FROM (SELECT id FROM messages WHERE "
                                              "id > ? ORDER BY id LIMIT ?) AS chunk"))
                      .bind(mark)
                      .bind(rows)
                      .scalar();
            if (end.isNull()) {
                indexed = 0;
                return true; // caught up: nothing written, nothing to commit
            }
            if (!run(QStringLiteral("INSERT INTO messages_search (rowid, body) SELECT id, "
                                    "lower(body) FROM messages WHERE id > ? AND id <= ?"),
                     { mark, end }))
                return false;
            indexed = q.numRowsAffected();
            if (!run(QStringLiteral("INSERT INTO messages_grams (rowid, grams) SELECT id, "
                                    "cohort_grams(body) FROM messages WHERE id > ? AND id <= ?"),
                     { mark, end }))
                return false;
            if (!run(QStringLiteral("UPDATE message_index_state SET indexed_through = ?"), { end }))
                return false;
        }
        // Nothing a list shows changed (the search finds the same rows, faster): no touch.
        if (!tx.commit()) {
            m_error = tx.error();
            return false;
        }
        return true;
    });
    return ok ? indexed : -1;
}

bool MessageIndexer::catchUp(int rows, const std::function<bool()> &cancelled,
                             const std::function<void(qint64, qint64)> &progress)
{
    qint64 total = 0;
    if (!catchQueryError(m_error, [&] {
            total = backlog();
            return true;
        }))
        return false;
    qint64 done = 0;
    for (;;) {
        if (cancelled && cancelled())
            return true;
        const qint64 indexed = indexChunk(rows);
        if (indexed < 0)
            return false;
        if (indexed == 0)
            break;
        done += indexed;
        total = std::max(total, done);
        if (progress)
            progress(done, total);
    }
    if (progress)
        progress(total, total);
    return true;
}

} // namespace cohort
