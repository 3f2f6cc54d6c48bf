#include "storage/workspacecopier.h"

#include "storage/database.h"
#include "storage/jsonrows.h"
#include "storage/sqltransaction.h"

#include <QHash>
#include <QMutex>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace cohort {

namespace {

/// Rows per INSERT of JSON rows.
constexpr int ChunkRows = 2000;

/// Derived state each engine keeps its own way: the target's own is right for what it holds.
bool isDerived(const QString &table)
{
    return table == QLatin1String("message_index_state")
        || table == QLatin1String("message_index_pending");
}

struct TableShape
{
    QString name;
    QStringList columns;
    /// A column referring to the table's own rows (members.referrer_id): written after all rows.
    QString selfReference;
    bool hasIdKey = false;
};

/// The copied tables with their columns, read once from a new in-memory workspace: its schema
/// is this build's on either engine, and SQLite lists tables in the order they were created,
/// which puts every table after those it refers to.
const QList<TableShape> &shapes(WorkspaceError *error)
{
    static QMutex mutex;
    static QList<TableShape> result;
    const QMutexLocker locker(&mutex);
    if (!result.isEmpty())
        return result;
    Database schema;
    if (const WorkspaceError opened = schema.openInMemory(); opened.isError()) {
        *error = opened;
        return result;
    }
    QSqlQuery q(schema.connection());
    q.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY "
                          "rowid"));
    QStringList names;
    QStringList virtualTables;
    while (q.next()) {
        const QString name = q.value(0).toString();
        if (q.value(1).toString().startsWith(QLatin1String("CREATE VIRTUAL"), Qt::CaseInsensitive))
            virtualTables << name;
        names << name;
    }
    QList<TableShape> shapes;
    for (const QString &name : std::as_const(names)) {
        const bool shadow
            = std::any_of(virtualTables.cbegin(), virtualTables.cend(), [&](const QString &v) {
                  return name == v || name.startsWith(v + QLatin1Char('_'));
              });
        if (shadow || name.startsWith(QLatin1String("sqlite_")) || isDerived(name))
            continue;
        TableShape shape;
        shape.name = name;
        // Table names come from the schema itself, never from user text.
        QSqlQuery info(schema.connection());
        info.exec(
            QStringLiteral("SELECT name, pk FROM pragma_table_info('%1') ORDER BY cid").arg(name));
        int keyColumns = 0;
        bool idIsKey = false;
        while (info.next()) {
            shape.columns << info.value(0).toString();
            if (info.value(1).toInt() > 0) {
                ++keyColumns;
                idIsKey = idIsKey || info.value(0).toString() == QLatin1String("id");
            }
        }
        shape.hasIdKey = idIsKey && keyColumns == 1;
        info.exec(QStringLiteral("SELECT \"from\" FROM pragma_foreign_key_list('%1') WHERE "
                                 "\"table\" = '%1'")
                      .arg(name));
        if (info.next())
            shape.selfReference = info.value(0).toString();
        shapes << shape;
    }
    if (shapes.isEmpty()) {
        *error = { WorkspaceError::Kind::Io,
                   WorkspaceCopier::tr("The workspace's tables could not be listed.") };
        return result;
    }
    result = shapes;
    return result;
}

} // namespace

QStringList WorkspaceCopier::tables()
{
    WorkspaceError error;
    QStringList names;
    for (const TableShape &shape : shapes(&error))
        names << shape.name;
    return names;
}

bool WorkspaceCopier::isEmpty(const Database &database, WorkspaceError *error)
{
    WorkspaceError listed;
    const QList<TableShape> &all = shapes(&listed);
    if (listed.isError()) {
        if (error)
            *error = listed;
        return false;
    }
    QSqlQuery q(database.connection());
    for (const TableShape &shape : all) {
        if (shape.name == QLatin1String("meta"))
            continue; // every workspace starts with its marks and zone
        if (!q.exec(QStringLiteral("SELECT 1 FROM %1 LIMIT 1").arg(shape.name))) {
            if (error)
                *error = Database::errorFromSql(q.lastError());
            return false;
        }
        if (q.next())
            return false;
    }
    return true;
}

bool WorkspaceCopier::fail(const WorkspaceError &error)
{
    m_error = error;
    return false;
}

bool WorkspaceCopier::run(const std::function<void(qint64, qint64)> &progress,
                          const std::function<bool()> &cancelled)
{
    m_error = {};
    m_rows = 0;
    WorkspaceError listed;
    const QList<TableShape> &all = shapes(&listed);
    if (listed.isError())
        return fail(listed);
    if (m_source.schemaVersion() != m_target.schemaVersion())
        return fail({ WorkspaceError::Kind::Invalid,
                      tr("The two workspaces have different formats (%1 and %2); open both with "
                         "this version of Cohort first.")
                          .arg(m_source.schemaVersion())
                          .arg(m_target.schemaVersion()) });
    WorkspaceError emptiness;
    if (!isEmpty(m_target, &emptiness))
        return fail(emptiness.isError()
                        ? emptiness
                        : WorkspaceError { WorkspaceError::Kind::Invalid,
                                           tr("The target already holds a workspace; Cohort "
                                              "copies only into an empty one.") });

    // One snapshot of the source for the whole copy.
    QSqlQuery snapshot(m_source.connection());
    if (!snapshot.exec(m_source.dialect().beginRead()))
        return fail(Database::errorFromSql(snapshot.lastError()));
    const auto endRead = qScopeGuard([&] { snapshot.exec(QStringLiteral("COMMIT")); });

    qint64 total = 0;
    QHash<QString, qint64> counts;
    for (const TableShape &shape : all) {
        if (!snapshot.exec(QStringLiteral("SELECT count(*) FROM %1").arg(shape.name))
            || !snapshot.next())
            return fail(Database::errorFromSql(snapshot.lastError()));
        counts.insert(shape.name, snapshot.value(0).toLongLong());
        total += counts.value(shape.name);
    }
    snapshot.finish();

    SqlTransaction tx(m_target);
    if (!tx.isActive())
        return fail(tx.error());
    for (const TableShape &shape : all) {
        if (!copyTable(shape.name, total, progress, cancelled))
            return false;
    }
    QSqlQuery q(tx.connection());
    for (const TableShape &shape : all) {
        const QString sync = m_target.dialect().syncIdSequence(shape.name);
        if (shape.hasIdKey && !sync.isEmpty() && !q.exec(sync))
            return fail(Database::errorFromSql(q.lastError()));
    }
    tx.touch(Tables::fromInt(~0));
    if (!tx.commit())
        return fail(tx.error());
    return true;
}

bool WorkspaceCopier::copyTable(const QString &table, qint64 total,
                                const std::function<void(qint64, qint64)> &progress,
                                const std::function<bool()> &cancelled)
{
    WorkspaceError listed;
    const QList<TableShape> &all = shapes(&listed);
    const auto shape = std::find_if(all.cbegin(), all.cend(),
                                    [&](const TableShape &s) { return s.name == table; });
    Q_ASSERT(shape != all.cend());
    const bool meta = table == QLatin1String("meta");
    QString select = QStringLiteral("SELECT ") + shape->columns.join(QStringLiteral(", "))
        + QStringLiteral(" FROM ") + table;
    if (meta) // the target's format marks are its own
        select += QStringLiteral(" WHERE key NOT IN ('schema_version', 'compatible_version')");
    else if (shape->hasIdKey)
        select += QStringLiteral(" ORDER BY id");

    QSqlQuery source(m_source.connection());
    source.setForwardOnly(true); // nothing else reads the source while this runs
    if (!source.exec(select))
        return fail(Database::errorFromSql(source.lastError()));

    QSqlQuery insert(m_target.connection());
    const QString tail = meta
        ? QStringLiteral(" ON CONFLICT (key) DO UPDATE SET value = excluded.value")
        : QString();
    const QString insertSql = m_target.dialect().jsonRowsInsert(table, shape->columns, tail);
    if (!insert.prepare(insertSql))
        return fail(Database::errorFromSql(insert.lastError()));
    QSqlQuery link(m_target.connection());
    const int selfColumn = int(shape->columns.indexOf(shape->selfReference));
    const int idColumn = int(shape->columns.indexOf(QStringLiteral("id")));
    if (selfColumn >= 0) {
        const QString sql = QStringLiteral("UPDATE ") + table + QStringLiteral(" SET ")
            + shape->selfReference + QStringLiteral(" = r.c1 FROM ")
            + m_target.dialect().jsonIntRowsSelect(2) + QStringLiteral(" r WHERE ") + table
            + QStringLiteral(".id = r.c0");
        if (!link.prepare(sql))
            return fail(Database::errorFromSql(link.lastError()));
    }

    JsonRows rows;
    JsonRows links;
    const auto flush = [&]() -> bool {
        if (rows.isEmpty())
            return true;
        insert.bindValue(0, m_target.dialect().jsonRowsValue(rows.text()));
        m_rows += rows.rows();
        rows.clear();
        if (!insert.exec())
            return fail(Database::errorFromSql(insert.lastError()));
        if (progress)
            progress(m_rows, total);
        return !(cancelled && cancelled())
            || fail(
                { WorkspaceError::Kind::Io, tr("The copy was cancelled; nothing was written.") });
    };
    const int columns = int(shape->columns.size());
    while (source.next()) {
        rows.beginRow();
        for (int i = 0; i < columns; ++i) {
            const QVariant value = source.value(i);
            if (value.isNull() || i == selfColumn) {
                rows.addNull();
                continue;
            }
            switch (value.typeId()) {
            case QMetaType::Int:
            case QMetaType::LongLong:
            case QMetaType::UInt:
            case QMetaType::ULongLong:
            case QMetaType::Bool:
                rows.addInt(value.toLongLong());
                break;
            case QMetaType::QString:
                rows.addText(value.toString());
                break;
            default:
                return fail({ WorkspaceError::Kind::Io,
                              tr("Column %1 of %2 holds a value of an unexpected type (%3).")
                                  .arg(shape->columns.at(i), table,
                                       QString::fromLatin1(value.typeName())) });
            }
        }
        if (selfColumn >= 0 && !source.value(selfColumn).isNull()) {
            links.beginRow();
            links.addInt(source.value(idColumn).toLongLong());
            links.addInt(source.value(selfColumn).toLongLong());
        }
        if (rows.rows() >= ChunkRows && !flush())
            return false;
    }
    if (source.lastError().isValid())
        return fail(Database::errorFromSql(source.lastError()));
    if (!flush())
        return false;
    if (!links.isEmpty()) {
        link.bindValue(0, m_target.dialect().jsonRowsValue(links.text()));
        if (!link.exec())
            return fail(Database::errorFromSql(link.lastError()));
    }
    return true;
}

} // namespace cohort
