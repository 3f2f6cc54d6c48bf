#pragma once

#include "domain/enums.h"
#include "rules/ringqueue.h"
#include "rules/ruleset.h"

#include <QHash>
#include <QString>
#include <QStringView>

#include <optional>
#include <vector>

namespace cohort::rules {

/// no_flooding over a group's messages in time order: more than FloodLimits::maxMessages by one
/// member within windowSeconds, or the same text repeatCount times within repeatWindowSeconds.
/// One violation per burst, at the burst's first message (the first of the messages that
/// flooded); the burst goes on while the member keeps writing and ends after quietSeconds
/// without a message by them.
class FloodTracker final
{
public:
    struct Burst
    {
        qint64 messageId = 0;
        qint64 memberId = 0;
        qint64 at = 0;
        QString matched;
    };

    explicit FloodTracker(const FloodLimits &limits)
        : m_limits(limits)
    {
    }

    /// Feeds the next message (ordered by sent_at, then id). `repeatable`: whether its text
    /// counts towards the same-text limit (plain text with something in it). `folded`: the body
    /// folded (TextFolding) when the caller has it already, else empty.
    void add(qint64 messageId, qint64 memberId, qint64 sentAt, QStringView body, bool repeatable,
             std::vector<Burst> &out, QStringView folded = {});

    /// sent_at of the last message of `memberId` fed so far, if any.
    std::optional<qint64> lastAt(qint64 memberId) const
    {
        const auto it = m_members.constFind(memberId);
        return it == m_members.cend() ? std::nullopt : std::optional<qint64>(it->lastAt);
    }

private:
    struct Recent
    {
        qint64 at = 0;
        qint64 id = 0;
        size_t hash = 0;
    };
    struct MemberState
    {
        RingQueue<Recent> rate; ///< the last maxMessages + 1 messages
        RingQueue<Recent> texts; ///< repeatable messages within the repeat window
        qint64 lastAt = 0;
        bool inBurst = false;
    };

    FloodLimits m_limits;
    QHash<qint64, MemberState> m_members;
    QString m_folded;
};

} // namespace cohort::rules
