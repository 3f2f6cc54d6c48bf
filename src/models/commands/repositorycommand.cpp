#include "models/commands/repositorycommand.h"

namespace cohort {

RepositoryCommand::RepositoryCommand(CommandErrorHandler onError, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_onError(std::move(onError))
{
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

} // namespace cohort
