#pragma once

#include "domain/enums.h"
#include "domain/localclock.h"

namespace cohort {

/// What counts as activity, the one definition behind the activity roll-ups
/// (member_day_activity, group_hour_activity) whoever writes them (imports, demo data, deletions,
/// rebuilds): a message with an author that is not a system notice, counted on the local day and
/// hour of its sending time in the workspace's time zone.
class MessageActivity final
{
public:
    /// Where a message is counted: days since 1970-01-01 and hour of day (0-23), local time.
    struct Slot
    {
        qint64 day = 0;
        int hour = 0;
    };

    /// Whether a message by `memberId` (0 = unknown author) of this kind counts.
    static bool counts(qint64 memberId, MessageKind kind)
    {
        return memberId > 0 && kind != MessageKind::System;
    }
    /// The local day and hour of a message sent at `sentAt` (Unix seconds) by `clock`'s zone.
    static Slot slotOf(LocalClock &clock, qint64 sentAt)
    {
        const qint64 local = clock.toLocalSeconds(sentAt);
        const qint64 day = LocalClock::floorDiv(local, 86400);
        return { day, int((local - day * 86400) / 3600) };
    }
};

} // namespace cohort
