#include "models/commands/deletegroupscommand.h"

#include "storage/database.h"
#include "storage/grouptrash.h"
#include "storage/jobrunner.h"

#include <QCoreApplication>

namespace cohort {

DeleteGroupsCommand::DeleteGroupsCommand(const Database &database, QList<qint64> ids,
                                         CommandErrorHandler onError, QUndoCommand *parent)
    : DeleteGroupsCommand(database, std::move(ids), 0, std::move(onError), parent)
{
}

DeleteGroupsCommand::DeleteGroupsCommand(const Database &database, QList<qint64> ids,
                                         qint64 trashBatch, CommandErrorHandler onError,
                                         QUndoCommand *parent)
    : RepositoryCommand(std::move(onError), parent)
    , m_database(database)
    , m_ids(std::move(ids))
    , m_batch(trashBatch)
{
    setText(QCoreApplication::translate("UndoCommand", "Delete %n group(s)", nullptr,
                                        int(m_ids.size())));
}

DeleteGroupsCommand::~DeleteGroupsCommand()
{
    // A closed workspace purges its leftover batches when it is opened again.
    if (m_batch == 0 || !m_database.isOpen())
        return;
    // A large batch takes a while to delete: a job, which the workspace waits for on close (one
    // refused then stays in the trash until the next open).
    const qint64 batch = m_batch;
    m_database.jobs().run([batch](JobContext &context) {
        GroupTrash trash(context.database());
        if (!trash.purge(batch))
            qWarning("Cohort: trash batch %lld was not purged: %s", batch,
                     qPrintable(trash.lastError().message));
    });
}

void DeleteGroupsCommand::redoStep()
{
    if (m_batch > 0)
        return; // a job did the deletion (the push of a background deletion, a background redo)
    GroupTrash trash(m_database);
    m_batch = trash.moveToTrash(m_ids);
    m_rows = trash.movedRows();
    finish(m_batch > 0, trash.lastError().message);
}

void DeleteGroupsCommand::undoStep()
{
    if (m_batch == 0)
        return; // a job restored the rows (UndoRunner)
    GroupTrash trash(m_database);
    const bool ok = trash.restore(m_batch);
    if (ok)
        m_batch = 0;
    finish(ok, trash.lastError().message);
}

} // namespace cohort
