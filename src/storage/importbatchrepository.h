#pragma once

#include "storage/workspaceerror.h"

#include <QList>
#include <QString>

namespace cohort {

class Database;

/// One recorded import of a file into a group, as the import_batches table keeps it.
struct ImportBatchRecord
{
    qint64 id = 0;
    qint64 groupId = 0;
    QString fileName;
    QString format;
    QString timeZone;
    qint64 importedAt = 0; ///< Unix seconds
    qint64 messages = 0;
    qint64 duplicates = 0;
    qint64 systemEvents = 0;
    qint64 newMembers = 0;
    qint64 joins = 0;
    qint64 leaves = 0;
    qint64 warnings = 0;
    qint64 firstAt = 0; ///< Unix seconds of the earliest record; 0 with hasRange false
    qint64 lastAt = 0;
    bool hasRange = false;
};

/// Reads the import history (the batches ImportStore records); the import itself writes them.
class ImportBatchRepository final
{
public:
    explicit ImportBatchRepository(const Database &database)
        : m_database(database)
    {
    }

    /// The batches of `groupId`, newest first. Throws QueryError when it cannot be read.
    QList<ImportBatchRecord> forGroup(qint64 groupId) const;

private:
    const Database &m_database;
};

} // namespace cohort
