#pragma once

#include "import/solitaire/solitairemembermatcher.h"
#include "import/solitaire/solitairethreadtracker.h"
#include "storage/solitairerepository.h"

#include <QList>

#include <functional>

namespace cohort {
class Database;
}

namespace cohort::import {

/// One entry of an order book with the message that wrote it and the member it names.
struct SolitaireBookLine
{
    SolitaireBookEntry entry;
    qint64 posterId = 0; ///< author of entry.messageId; 0 = unknown
    QDateTime writtenAt; ///< when entry.messageId was sent (UTC)
    SolitaireMemberMatch match;
    QString memberName; ///< display name of the matched member
};

/// A solitaire thread of one group and its order book: the latest complete list.
struct SolitaireBook
{
    qint64 groupId = 0;
    SolitaireThread thread;
    QList<qint64> messageIds; ///< every post of the thread, in time order
    QList<SolitaireBookLine> lines;
    int totalQuantity() const;
};

/// Finds the solitaire threads of a group in its stored messages: feeds the group's solitaire
/// posts (SolitaireRepository) in time order through SolitaireThreadTracker, so edits and
/// removals in later reposts are applied, and matches every entry to a member.
class SolitaireDetector final
{
public:
    /// Polled between posts; returning true stops the detection (the result is then empty).
    using Cancelled = std::function<bool()>;

    /// The group's threads in order of their first post; uses the calling thread's connection.
    static QList<SolitaireBook> detect(const Database &database, qint64 groupId,
                                       const Cancelled &cancelled = {});
    /// The same over rows already read.
    static QList<SolitaireBook> detect(qint64 groupId,
                                       const QList<SolitaireRepository::Post> &posts,
                                       const QList<SolitaireRepository::MemberName> &names,
                                       const Cancelled &cancelled = {});
};

} // namespace cohort::import
