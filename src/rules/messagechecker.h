#pragma once

#include "domain/enums.h"
#include "rules/phraselists.h"
#include "rules/phrasematcher.h"
#include "rules/ruleset.h"

#include <QList>
#include <QRegularExpression>
#include <QString>

#include <vector>

namespace cohort::rules {

/// One rule a message broke, with the text that broke it (quoted from the message as written).
struct Finding
{
    QString rule;
    QString matched;
};

/// The per-message checks of one group's rule set (everything but no_flooding, which needs the
/// messages around it: FloodTracker). Built once per scan; check() is cheap and reentrant only
/// per instance (it reuses scratch buffers).
class MessageChecker final
{
public:
    MessageChecker(const RuleSet &rules, const PhraseLists &phrases);

    /// Appends to `out` what `body` of kind `kind` by `memberId` (0 = unknown) breaks.
    void check(qint64 memberId, MessageKind kind, QStringView body, QList<Finding> &out);

    /// The folded text of the last message check() looked at (empty when it needed none).
    QStringView lastFolded() const { return m_foldedValid ? QStringView(m_folded) : QStringView(); }

    /// Whether no_flooding applies to this message at all (admins and system lines never count).
    bool floodCounts(qint64 memberId, MessageKind kind) const;

    /// Longest quote kept in a violation's matched text.
    static constexpr int MaxMatched = 80;

private:
    enum Tag { AdsTag = 0, SolicitingTag = 1, FirstKeywordTag = 2 };

    static QString phoneNumber(QStringView folded, int *begin, int *end);

    RuleSet m_rules;
    PhraseMatcher m_matcher;
    std::vector<QRegularExpression> m_patterns; ///< per keyword rule; invalid = none
    std::vector<char> m_hasPattern; ///< per keyword rule: a valid pattern to run
    /// All patterns as one alternation: most messages match none, and one run tells.
    QRegularExpression m_anyPattern;
    bool m_usesAnyPattern = false; ///< false: run each pattern (none, or they do not combine)
    QStringList m_keywordKeys;
    bool m_needsText = false;
    // Scratch, reused for every message.
    QString m_folded;
    std::vector<int> m_origin; ///< filled for m_folded only once a finding needs a quote
    bool m_originFor = false;
    bool m_foldedValid = false;
    std::vector<char> m_seen;
    std::vector<PhraseMatcher::Hit> m_hits;
};

} // namespace cohort::rules
