#include "models/commands/ledgerrulescommand.h"

#include "storage/database.h"
#include "storage/ledgersettingsrepository.h"
#include "storage/sqltransaction.h"

#include <QCoreApplication>

namespace cohort {

LedgerRules LedgerRules::load(const Database &database)
{
    const LedgerSettingsRepository settings(database);
    LedgerRules rules;
    for (const RebateRule &rule : settings.rebateRules()) {
        if (rule.campaignId == 0)
            rules.globalRebate = rule;
        else
            rules.campaignRebates << rule;
    }
    rules.points = settings.pointsRules();
    rules.tiers = settings.tiers();
    return rules;
}

LedgerRulesCommand::LedgerRulesCommand(Database &database, LedgerRules after,
                                       CommandErrorHandler onError, QUndoCommand *parent)
    : RepositoryCommand(std::move(onError), parent)
    , m_database(database)
    , m_before(LedgerRules::load(database))
    , m_after(std::move(after))
{
    setText(QCoreApplication::translate("LedgerRulesCommand", "Change Rebate and Points Rules"));
    setObsolete(m_before == m_after);
}

bool LedgerRulesCommand::apply(const LedgerRules &rules, QString *error)
{
    // One transaction: the three settings change together or not at all.
    SqlTransaction tx(m_database);
    if (!tx.isActive()) {
        *error = tx.error().message;
        return false;
    }
    LedgerSettingsRepository settings(m_database);
    bool ok = (rules.globalRebate ? settings.saveRebateRule(*rules.globalRebate)
                                  : settings.removeRebateRule(0))
        && settings.savePointsRules(rules.points) && settings.saveTiers(rules.tiers);
    // Campaign rules: the given set replaces whatever campaigns had before.
    for (const RebateRule &old : settings.rebateRules()) {
        if (!ok)
            break;
        if (old.campaignId != 0)
            ok = settings.removeRebateRule(old.campaignId);
    }
    for (const RebateRule &rule : rules.campaignRebates) {
        if (!ok)
            break;
        ok = rule.campaignId != 0 && settings.saveRebateRule(rule);
    }
    if (!ok) {
        *error = settings.lastError().message;
        return false;
    }
    if (!tx.commit()) {
        *error = tx.error().message;
        return false;
    }
    return true;
}

void LedgerRulesCommand::redoStep()
{
    QString error;
    finish(apply(m_after, &error), error);
}

void LedgerRulesCommand::undoStep()
{
    QString error;
    finish(apply(m_before, &error), error);
}

} // namespace cohort
