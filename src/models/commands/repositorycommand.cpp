#include "models/commands/repositorycommand.h"

#include "storage/queryerror.h"

namespace cohort {

RepositoryCommand::RepositoryCommand(CommandErrorHandler onError, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_onError(std::move(onError))
{
}

void RepositoryCommand::redo()
{
    try {
        redoStep();
    } catch (const QueryError &error) {
        finish(false, error.message());
    }
}

void RepositoryCommand::undo()
{
    try {
        undoStep();
    } catch (const QueryError &error) {
        finish(false, error.message());
    }
}

void RepositoryCommand::finish(bool ok, const QString &message)
{
    m_failed = !ok;
    m_errorMessage = ok ? QString() : message;
    if (ok)
        return;
    setObsolete(true);
    if (m_onError)
        m_onError(message);
}

void RepositoryCommand::finishConflict(const QString &message)
{
    if (!m_onConflict) {
        finish(false, message);
        return;
    }
    m_failed = true;
    m_errorMessage = message;
    setObsolete(true);
    m_onConflict(message);
}

} // namespace cohort
