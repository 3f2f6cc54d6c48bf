#pragma once

#include "domain/membershiptiers.h"
#include "domain/pointsrules.h"
#include "domain/rebatecalculator.h"
#include "storage/workspaceerror.h"

#include <QList>

namespace cohort {

class Database;

/// Stores the rules that turn orders and activity into ledger entries: referral rebate rules
/// (a global one and per-campaign ones), the points rules and the membership tiers.
class LedgerSettingsRepository final
{
public:
    explicit LedgerSettingsRepository(const Database &database)
        : m_database(database)
    {
    }

    /// The global rule first (if any), then per-campaign rules by campaign id.
    QList<RebateRule> rebateRules() const;
    /// Sets the rule of `rule.campaignId` (0 = the global rule), replacing the previous one.
    bool saveRebateRule(const RebateRule &rule);
    /// Removes the rule of a campaign (0 = the global rule); removing a missing rule succeeds.
    bool removeRebateRule(qint64 campaignId);

    PointsRules pointsRules() const;
    bool savePointsRules(const PointsRules &rules);

    MembershipTiers tiers() const;
    /// Saves tiers that MembershipTiers::validate() accepts; refuses others.
    bool saveTiers(const MembershipTiers &tiers);

    const WorkspaceError &lastError() const { return m_error; }

private:
    QString metaValue(const QString &key) const;
    bool setMetaValue(const QString &key, const QString &value);

    const Database &m_database;
    WorkspaceError m_error;
};

} // namespace cohort
