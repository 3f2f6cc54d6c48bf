#include "storage/importbatchrepository.h"

#include "storage/checkedquery.h"
#include "storage/database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace cohort {

QList<ImportBatchRecord> ImportBatchRepository::forGroup(qint64 groupId) const
{
    QList<ImportBatchRecord> result;
    CheckedQuery q(m_database,
                   QStringLiteral("SELECT id, group_id, file_name, format, time_zone, imported_at, "
                                  "messages, duplicates, system_events, new_members, joins, "
                                  "leaves, warnings, first_at, last_at FROM import_batches "
                                  "WHERE group_id = ? ORDER BY imported_at DESC, id DESC"));
    q.bind(groupId).exec();
    while (q.next()) {
        ImportBatchRecord b;
        int c = 0;
        b.id = q.value(c++).toLongLong();
        b.groupId = q.value(c++).toLongLong();
        b.fileName = q.value(c++).toString();
        b.format = q.value(c++).toString();
        b.timeZone = q.value(c++).toString();
        b.importedAt = q.value(c++).toLongLong();
        b.messages = q.value(c++).toLongLong();
        b.duplicates = q.value(c++).toLongLong();
        b.systemEvents = q.value(c++).toLongLong();
        b.newMembers = q.value(c++).toLongLong();
        b.joins = q.value(c++).toLongLong();
        b.leaves = q.value(c++).toLongLong();
        b.warnings = q.value(c++).toLongLong();
        b.hasRange = !q.value(c).isNull();
        b.firstAt = q.value(c++).toLongLong();
        b.lastAt = q.value(c++).toLongLong();
        result << b;
    }
    return result;
}

} // namespace cohort
