#pragma once

#include "models/commands/repositorycommand.h"
#include "rules/violationrepository.h"

#include <QList>

namespace cohort {

class Database;

/// Marks violations dismissed (false positives) or counts them again; undo does the opposite.
/// Violations are named by message and rule, so the command still applies after a re-scan
/// replaced their rows.
class DismissViolationsCommand final : public RepositoryCommand
{
public:
    DismissViolationsCommand(Database &database, const QList<rules::ViolationKey> &keys,
                             bool dismiss, CommandErrorHandler onError,
                             QUndoCommand *parent = nullptr);

    void redoStep() override;
    void undoStep() override;

private:
    Database &m_database;
    QList<rules::ViolationKey> m_keys;
    bool m_dismiss;
};

} // namespace cohort
