#pragma once

#include "domain/commissioncalculator.h"
#include "models/commands/repositorycommand.h"

#include <optional>

namespace cohort {

class Database;

/// Adds, changes or ends a partner's terms; undo puts back the terms that were there before
/// (none for a new partner). Terms equal to the stored ones make the command obsolete: pushing
/// it writes nothing and leaves no undo step.
class PartnerTermsCommand final : public RepositoryCommand
{
public:
    /// `after` empty = end the partnership of `memberId`.
    PartnerTermsCommand(Database &database, qint64 memberId, std::optional<PartnerTerms> after,
                        CommandErrorHandler onError, QUndoCommand *parent = nullptr);

    void redoStep() override;
    void undoStep() override;

private:
    bool apply(const std::optional<PartnerTerms> &terms, QString *error);

    Database &m_database;
    qint64 m_memberId = 0;
    std::optional<PartnerTerms> m_before;
    std::optional<PartnerTerms> m_after;
    /// Partners recruited by this one when it is removed: their recruiter link comes back on undo.
    QList<PartnerTerms> m_recruits;
};

} // namespace cohort
