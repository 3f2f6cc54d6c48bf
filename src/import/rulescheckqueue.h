#pragma once

#include "domain/enums.h"

#include <QString>

#include <algorithm>
#include <atomic>
#include <deque>
#include <thread>

namespace cohort::rules {
class BatchChecker;
}

namespace cohort::import {

/// Holds the group rules' checks of an import's messages until a core has time for them. The
/// parser runs ahead of SQLite and waits for room in the writer's queue; that wait is when it
/// checks (ImportStore::setSpareWork()). What is left when the file is parsed is checked on a
/// thread of its own (finishInBackground()) while the writer builds the indexes and the rest of
/// the commit, which uses one core. So the checks take idle time and never a share of the
/// writer's core: checked on their own thread all along they made three busy threads on two
/// cores, and the writer, which sets the import's pace, lost a tenth of its time.
///
/// Not thread-safe: one thread at a time (the parser while it runs, then the background thread
/// until checkAll() returns).
class RulesCheckQueue final
{
public:
    /// Queues a message for `checker` (BatchChecker::add()), in file order. When more than
    /// maxPending messages wait, the oldest are checked now, so memory stays bounded when the
    /// parser has no idle time.
    void add(rules::BatchChecker *checker, qint64 fingerprint, qint64 memberId, bool newMember,
             MessageKind kind, qint64 sentAt, const QString &body);
    /// Checks up to Step waiting messages; false when none waited.
    bool checkSome();
    /// Checks what waits on another thread; checkAll() waits for it. Nothing may be added after.
    void finishInBackground();
    /// Checks everything waiting (or waits for finishInBackground()): the checkers then hold the
    /// whole import's findings.
    void checkAll();

    /// About a millisecond of checks: short enough that the writer's queue does not run dry
    /// while the parser checks.
    static constexpr int Step = 256;
    /// `maxPending`: ImportOptions::maxPendingChecks. The default, 250,000, holds about 40 MB
    /// (an import of 1e6 messages on two cores leaves ~150,000 to check after the parse).
    explicit RulesCheckQueue(qint64 maxPending)
        : m_maxPending(size_t(std::max<qint64>(0, maxPending)))
    {
    }
    ~RulesCheckQueue();
    RulesCheckQueue(const RulesCheckQueue &) = delete;
    RulesCheckQueue &operator=(const RulesCheckQueue &) = delete;

private:
    struct Item
    {
        rules::BatchChecker *checker = nullptr;
        qint64 fingerprint = 0;
        qint64 memberId = 0;
        qint64 sentAt = 0;
        QString body;
        MessageKind kind = MessageKind::Text;
        bool newMember = false;
    };

    void checkFront();

    size_t m_maxPending = 0;
    std::deque<Item> m_items;
    std::thread m_finisher;
    std::atomic<bool> m_stop { false }; ///< the import failed: the finisher stops early
};

} // namespace cohort::import
