#pragma once

#include "rules/ruleset.h"

#include <QHash>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace cohort {
class Database;
}

namespace cohort::rules {

/// Reads and writes a group's rule set: the built-in checks (chat_groups.rule_flags), the
/// keyword rules, thresholds and approved promoters (chat_groups.rule_settings), with the
/// promotion policy and the group's owner and operators (memberships) read alongside.
class RuleSetRepository final
{
public:
    explicit RuleSetRepository(const Database &database)
        : m_database(database)
    {
    }

    /// The group's rule set; std::nullopt when there is no such group. Throws QueryError.
    std::optional<RuleSet> load(qint64 groupId) const;
    /// The group's current members (id, display name) by name: the promoters to choose from.
    QList<QPair<qint64, QString>> members(qint64 groupId) const;
    /// Every group's strike policy: group id -> (strikes that flag a member, days they count
    /// over), for the weekly report.
    QHash<qint64, QPair<int, int>> strikePolicies() const;
    /// Saves the built-ins and settings (not the policy, not the admins) in one transaction.
    bool save(qint64 groupId, const RuleSet &rules);
    const QString &lastError() const { return m_error; }

private:
    const Database &m_database;
    QString m_error;
};

} // namespace cohort::rules
