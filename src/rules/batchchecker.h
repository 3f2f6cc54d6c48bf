#pragma once

#include "domain/enums.h"
#include "rules/floodtracker.h"
#include "rules/groupscanner.h"
#include "rules/messagechecker.h"
#include "rules/phraselists.h"
#include "rules/ruleset.h"

#include <QList>
#include <QSet>
#include <QString>

#include <vector>

namespace cohort {
class Database;
}

namespace cohort::rules {

/// The rules check of what an import adds to one group, done while the import parses (on its
/// producer thread) instead of reading the messages back before commit: the import pays for
/// the checks on the core that would otherwise wait for SQLite. Messages are known by their
/// fingerprints (unique per group) until store() finds their ids.
///
/// The result equals GroupScanner's scan of the batch. Two things can only be settled at the
/// end, so store() settles them: members whom the import makes admins (a "created the group"
/// line may come after their first messages) lose their findings, and no_flooding of members
/// whose bursts could involve messages the import did not add (members with earlier messages in
/// the group, or whose messages in the file go back in time) is worked out again from the
/// stored history, as before.
class BatchChecker final
{
public:
    /// `rules`: the group's rules as the import begins. `hadMessages`: the group held messages
    /// before this import.
    BatchChecker(const RuleSet &rules, const PhraseLists &phrases, bool hadMessages);

    /// Checks a message the import adds, in file order. `newMember`: its author was created by
    /// this import (so has no earlier messages anywhere).
    void add(qint64 fingerprint, qint64 memberId, bool newMember, MessageKind kind, qint64 sentAt,
             QStringView body);

    /// Writes the findings as rule_violations of `groupId` in the caller's transaction (with
    /// the rules as they are now, i.e. with the admins the import appointed) and re-runs
    /// no_flooding over the stored history of the members that need it.
    ScanOutcome store(const Database &database, qint64 groupId) const;

    /// Messages checked so far.
    qint64 messages() const { return m_messages; }

private:
    struct Pending
    {
        qint64 fingerprint = 0;
        qint64 memberId = 0;
        qint64 at = 0;
        QString rule;
        QString matched;
    };

    PhraseLists m_phrases;
    MessageChecker m_checker;
    FloodTracker m_flood;
    bool m_flooding = false;
    bool m_hadMessages = false;
    qint64 m_messages = 0;
    std::vector<Pending> m_findings;
    std::vector<Pending> m_bursts;
    /// no_flooding of these members is worked out from the stored history in store().
    QSet<qint64> m_fromHistory;
    // Scratch, reused for every message.
    QList<Finding> m_found;
    std::vector<FloodTracker::Burst> m_burstsFound;
};

} // namespace cohort::rules
