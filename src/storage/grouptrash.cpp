#include "storage/grouptrash.h"

#include "storage/checkedquery.h"
#include "storage/database.h"
#include "storage/sqltransaction.h"
#include "storage/sqlwrite.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace cohort {

namespace {

/// Tables whose rows cascade with a group (ON DELETE CASCADE), parents before children: the
/// order in which undo inserts them again. Their trash tables are "trash_" + the name.
const char *const Dependents[] = { "memberships",         "membership_events",  "messages",
                                   "rule_violations",     "campaign_groups",    "partner_groups",
                                   "member_day_activity", "group_hour_activity" };

/// A link a deletion clears (ON DELETE SET NULL): how to record it for one group, and the
/// table and column undo sets again.
struct Link
{
    const char *name;
    const char *select; ///< binds the batch, the link name and the group id
    const char *table;
    const char *column;
};

const Link Links[] = {
    { "orders.group_id", "SELECT ?, ?, id, group_id FROM orders WHERE group_id = ?", "orders",
      "group_id" },
    { "orders.source_message_id",
      "SELECT ?, ?, o.id, o.source_message_id FROM orders o JOIN messages m "
      "ON m.id = o.source_message_id WHERE m.group_id = ?",
      "orders", "source_message_id" },
    { "import_batches.group_id", "SELECT ?, ?, id, group_id FROM import_batches WHERE group_id = ?",
      "import_batches", "group_id" },
};

/// Messages move in chunks of this many, so progress and Cancel come between chunks.
constexpr int MessageChunk = 5000;

constexpr Tables Touched = Table::Groups | Table::Memberships | Table::Messages | Table::Campaigns
    | Table::Orders | Table::ImportBatches | Table::Violations | Table::Members | Table::Ledger;

/// The column names of `table` as the connection sees them (names come from the lists above).
QString columnList(const QSqlDatabase &db, const QString &table)
{
    const QSqlRecord record = db.record(table);
    QStringList names;
    for (int i = 0; i < record.count(); ++i)
        names << record.fieldName(i);
    return names.join(QStringLiteral(", "));
}

} // namespace

GroupTrash::Counts GroupTrash::count(const QList<qint64> &ids) const
{
    Counts counts;
    const QSqlDatabase db = m_database.connection();
    CheckedQuery group(db, QStringLiteral("SELECT COUNT(*) FROM chat_groups WHERE id = ?"));
    for (const qint64 id : ids)
        counts.groups += group.bind(id).scalar().toLongLong();
    counts.rows = counts.groups;
    for (const char *table : Dependents) {
        CheckedQuery q(db,
                       QStringLiteral("SELECT COUNT(*) FROM ") + QLatin1String(table)
                           + QStringLiteral(" WHERE group_id = ?"));
        for (const qint64 id : ids) {
            const qint64 n = q.bind(id).scalar().toLongLong();
            counts.rows += n;
            if (qstrcmp(table, "memberships") == 0)
                counts.memberships += n;
            else if (qstrcmp(table, "messages") == 0)
                counts.messages += n;
        }
    }
    for (const Link &link : Links) {
        CheckedQuery q(db,
                       QStringLiteral("SELECT COUNT(*) FROM (") + QLatin1String(link.select)
                           + QStringLiteral(") AS links"));
        for (const qint64 id : ids)
            counts.rows += q.bind(0).bind(QString()).bind(id).scalar().toLongLong();
    }
    return counts;
}

qint64 GroupTrash::moveToTrash(const QList<qint64> &ids)
{
    m_wasCancelled = false;
    SqlTransaction tx(m_database);
    if (!tx.isActive()) {
        m_error = tx.error();
        return 0;
    }
    const QSqlDatabase db = tx.connection();
    m_movedRows = count(ids).rows;
    const qint64 total = std::max<qint64>(1, m_movedRows);
    qint64 done = 0;
    const auto progress = [&](qint64 rows) {
        done += std::max<qint64>(0, rows);
        if (m_progress)
            m_progress(int(std::min<qint64>(99, done * 100 / total)));
    };
    QSqlQuery q(db);
    const auto run = [&](const QString &sql, const QVariantList &values) {
        return execBound(q, sql, values, &m_error);
    };

    if (!run(QStringLiteral("INSERT INTO trash_batches (created_at) VALUES (?)"),
             { QDateTime::currentSecsSinceEpoch() }))
        return 0;
    const qint64 batch = q.lastInsertId().toLongLong();

    const QString groupColumns = columnList(db, QStringLiteral("chat_groups"));
    const QString messageColumns = columnList(db, QStringLiteral("messages"));
    CheckedQuery chunkEnd(db,
                          QStringLiteral("SELECT MAX(id) FROM (SELECT id FROM messages WHERE "
                                         "group_id = ? AND id > ? ORDER BY id LIMIT ?) AS chunk"));
    for (const qint64 id : ids) {
        if (!run(QStringLiteral("INSERT INTO trash_chat_groups (trash_batch, ") + groupColumns
                     + QStringLiteral(") SELECT ?, ") + groupColumns
                     + QStringLiteral(" FROM chat_groups WHERE id = ?"),
                 { batch, id }))
            return 0;
        if (q.numRowsAffected() == 0)
            continue; // already gone: nothing of it to move
        progress(1);
        for (const Link &link : Links) {
            if (!run(QStringLiteral("INSERT INTO trash_links (trash_batch, link, row_id, target) ")
                         + QLatin1String(link.select),
                     { batch, QLatin1String(link.name), id }))
                return 0;
            progress(q.numRowsAffected());
        }
        for (const char *table : Dependents) {
            if (qstrcmp(table, "messages") == 0)
                continue; // below, in chunks
            const QString name = QLatin1String(table);
            const QString columns = columnList(db, name);
            if (!run(QStringLiteral("INSERT INTO trash_") + name + QStringLiteral(" (trash_batch, ")
                         + columns + QStringLiteral(") SELECT ?, ") + columns
                         + QStringLiteral(" FROM ") + name + QStringLiteral(" WHERE group_id = ?"),
                     { batch, id }))
                return 0;
            progress(q.numRowsAffected());
        }
        // Messages go after the rows that refer to them were recorded: deleting a message
        // cascades to its violations and clears the orders it was the source of.
        qint64 low = 0;
        for (;;) {
            if (m_cancelled && m_cancelled()) {
                m_wasCancelled = true;
                return 0;
            }
            const QVariant high = chunkEnd.bind(id).bind(low).bind(MessageChunk).scalar();
            if (high.isNull())
                break;
            const QVariantList range { id, low, high };
            if (!run(QStringLiteral("INSERT INTO trash_messages (trash_batch, ") + messageColumns
                         + QStringLiteral(") SELECT ?, ") + messageColumns
                         + QStringLiteral(
                             " FROM messages WHERE group_id = ? AND id > ? AND id <= ?"),
                     QVariantList { batch } + range)
                || !run(QStringLiteral(
                            "DELETE FROM messages WHERE group_id = ? AND id > ? AND id <= ?"),
                        range))
                return 0;
            progress(q.numRowsAffected());
            low = high.toLongLong();
        }
        if (!run(QStringLiteral("DELETE FROM chat_groups WHERE id = ?"), { id }))
            return 0;
    }
    if (m_cancelled && m_cancelled()) {
        m_wasCancelled = true;
        return 0;
    }
    tx.touch(Touched);
    if (!tx.commit()) {
        m_error = tx.error();
        return 0;
    }
    if (m_progress)
        m_progress(100);
    return batch;
}

bool GroupTrash::restore(qint64 batch)
{
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
    QStringList tables { QStringLiteral("chat_groups") };
    for (const char *table : Dependents)
        tables << QLatin1String(table);
    for (const QString &table : std::as_const(tables)) {
        const QString columns = columnList(db, table);
        if (!run(QStringLiteral("INSERT INTO ") + table + QStringLiteral(" (") + columns
                     + QStringLiteral(") SELECT ") + columns + QStringLiteral(" FROM trash_")
                     + table + QStringLiteral(" WHERE trash_batch = ?"),
                 { batch }))
            return false;
    }
    // The deletion took these messages out of the search index; rows back below the index's
    // mark are queued for it (MessageIndexer), those above it are indexed in their turn anyway.
    if (!run(QStringLiteral("INSERT INTO message_index_pending (id) SELECT id FROM trash_messages "
                            "WHERE trash_batch = ? AND id <= (SELECT indexed_through FROM "
                            "message_index_state)"),
             { batch }))
        return false;
    for (const Link &link : Links) {
        const QString table = QLatin1String(link.table);
        const QString name = QLatin1String(link.name);
        if (!run(QStringLiteral("UPDATE ") + table + QStringLiteral(" SET ")
                     + QLatin1String(link.column)
                     + QStringLiteral(" = (SELECT l.target FROM trash_links l WHERE "
                                      "l.trash_batch = ? AND l.link = ? AND l.row_id = ")
                     + table
                     + QStringLiteral(".id) WHERE id IN (SELECT row_id FROM trash_links WHERE "
                                      "trash_batch = ? AND link = ?)"),
                 { batch, name, batch, name }))
            return false;
    }
    if (!run(QStringLiteral("DELETE FROM trash_batches WHERE id = ?"), { batch }))
        return false;
    tx.touch(Touched);
    if (!tx.commit()) {
        m_error = tx.error();
        return false;
    }
    return true;
}

bool GroupTrash::purge(qint64 batch)
{
    return purgeWhere(QStringLiteral(" WHERE id = ?"), { batch });
}

bool GroupTrash::purgeAll()
{
    return purgeWhere(QString(), {});
}

bool GroupTrash::purgeWhere(const QString &condition, const QVariantList &values)
{
    SqlTransaction tx(m_database);
    if (!tx.isActive()) {
        m_error = tx.error();
        return false;
    }
    // The trash tables follow their batch (ON DELETE CASCADE). Nothing visible changes: no touch.
    QSqlQuery q(tx.connection());
    q.prepare(QStringLiteral("DELETE FROM trash_batches") + condition);
    for (const QVariant &value : values)
        q.addBindValue(value);
    if (!q.exec()) {
        m_error = Database::errorFromSql(q.lastError());
        return false;
    }
    if (!tx.commit()) {
        m_error = tx.error();
        return false;
    }
    return true;
}

qint64 GroupTrash::batchCount() const
{
    return CheckedQuery(m_database, QStringLiteral("SELECT COUNT(*) FROM trash_batches"))
        .scalar()
        .toLongLong();
}

} // namespace cohort
