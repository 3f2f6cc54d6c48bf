#pragma once

#include "rules/phraselists.h"
#include "rules/ruleset.h"

#include <QCoreApplication>
#include <QMap>
#include <QSet>
#include <QString>

#include <functional>
#include <optional>

namespace cohort {
class Database;
}

namespace cohort::rules {

/// What a scan found and wrote.
struct ScanOutcome
{
    bool ok = true;
    bool cancelled = false;
    QString error;
    qint64 messages = 0; ///< messages checked
    qint64 violations = 0; ///< rows written
    QMap<QString, qint64> counts; ///< rule key -> rows written
};

/// Runs a group's rules over its stored messages and writes rule_violations. Every write runs in
/// a transaction on the calling thread's connection, nested (a savepoint) inside the caller's
/// when there is one: an import's scan commits or rolls back with the import.
class GroupScanner final
{
    Q_DECLARE_TR_FUNCTIONS(GroupScanner)

public:
    struct Options
    {
        /// Built-in checks to run instead of the group's own (not saved); keyword rules run
        /// either way. Only the violations of the rules that run are replaced.
        std::optional<QSet<BuiltinRule>> builtins;
        std::function<bool()> cancelled;
        std::function<void(int percent)> progress;
    };

    GroupScanner(const Database &database, const PhraseLists &phrases)
        : m_database(database)
        , m_phrases(phrases)
    {
    }

    /// Works no_flooding out again for `members` over their whole history in `groupId`,
    /// replacing their no_flooding rows (an import's members whose bursts may span old and new
    /// messages: BatchChecker). Dismissed violations that are found again stay dismissed.
    /// `rules`: the group's, as the caller has just read them.
    ScanOutcome floodMembers(qint64 groupId, const QList<qint64> &members, const RuleSet &rules);
    /// Re-checks the group's whole history, replacing its violations in one transaction.
    /// Dismissed violations that are found again stay dismissed.
    ScanOutcome rescan(qint64 groupId, const Options &options);

private:
    struct Run;
    ScanOutcome scan(Run &run);

    const Database &m_database;
    PhraseLists m_phrases;
};

} // namespace cohort::rules
