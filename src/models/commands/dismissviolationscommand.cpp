#include "models/commands/dismissviolationscommand.h"

#include <QCoreApplication>

namespace cohort {

DismissViolationsCommand::DismissViolationsCommand(Database &database,
                                                   const QList<rules::ViolationKey> &keys,
                                                   bool dismiss, CommandErrorHandler onError,
                                                   QUndoCommand *parent)
    : RepositoryCommand(std::move(onError), parent)
    , m_database(database)
    , m_keys(keys)
    , m_dismiss(dismiss)
{
    setText(dismiss
                ? QCoreApplication::translate("DismissViolationsCommand", "Dismiss %n Violation(s)",
                                              nullptr, int(keys.size()))
                : QCoreApplication::translate("DismissViolationsCommand", "Restore %n Violation(s)",
                                              nullptr, int(keys.size())));
}

void DismissViolationsCommand::redoStep()
{
    rules::ViolationRepository repository(m_database);
    finish(repository.setDismissed(m_keys, m_dismiss), repository.lastError());
}

void DismissViolationsCommand::undoStep()
{
    rules::ViolationRepository repository(m_database);
    finish(repository.setDismissed(m_keys, !m_dismiss), repository.lastError());
}

} // namespace cohort
