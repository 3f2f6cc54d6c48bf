#pragma once

#include "domain/membershiptiers.h"
#include "domain/pointsrules.h"
#include "domain/rebatecalculator.h"
#include "models/commands/repositorycommand.h"

#include <optional>

namespace cohort {

class Database;

/// The workspace-wide ledger rules edited together: the global referral rebate (none, fixed or
/// percentage), the points rules and the membership tiers.
struct LedgerRules
{
    std::optional<RebateRule> globalRebate;
    /// Rules of single campaigns (campaignId set), at most one per campaign.
    QList<RebateRule> campaignRebates;
    PointsRules points;
    MembershipTiers tiers;

    bool operator==(const LedgerRules &) const = default;
    static LedgerRules load(const Database &database);
};

/// Replaces the ledger rules; undo restores the previous ones. Orders already credited keep
/// what they earned; the new rules apply from the next status change. Rules equal to the stored
/// ones make the command obsolete: pushing it writes nothing and leaves no undo step.
class LedgerRulesCommand final : public RepositoryCommand
{
public:
    LedgerRulesCommand(Database &database, LedgerRules after, CommandErrorHandler onError,
                       QUndoCommand *parent = nullptr);

    void redoStep() override;
    void undoStep() override;

private:
    bool apply(const LedgerRules &rules, QString *error);

    Database &m_database;
    LedgerRules m_before;
    LedgerRules m_after;
};

} // namespace cohort
