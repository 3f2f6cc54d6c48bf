#pragma once

#include "domain/enums.h"

#include <QString>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>
#include <vector>

namespace cohort::rules {
class BatchChecker;
}

namespace cohort::import {

/// Runs the group rules' checks of an import's messages on a thread of their own, fed in chunks
/// by the parsing thread: neither parsing nor writing waits for them, and the import leaves the
/// spare core time of its two-stage pipeline to them. Checkers are touched only by this thread
/// until finish() returns.
class RulesCheckThread final
{
public:
    RulesCheckThread() = default;
    ~RulesCheckThread();
    RulesCheckThread(const RulesCheckThread &) = delete;
    RulesCheckThread &operator=(const RulesCheckThread &) = delete;

    /// Queues a message for `checker` (BatchChecker::add()), in file order.
    void add(rules::BatchChecker *checker, qint64 fingerprint, qint64 memberId, bool newMember,
             MessageKind kind, qint64 sentAt, const QString &body);
    /// Checks everything queued and stops the thread: the checkers are the caller's again.
    void finish();

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
    using Chunk = std::vector<Item>;
    static constexpr size_t ChunkSize = 2048;
    static constexpr size_t MaxQueued = 8; ///< chunks waiting: bounds the memory held

    void post(Chunk chunk);
    void run();

    Chunk m_chunk;
    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Chunk> m_queue;
    bool m_done = false;
};

} // namespace cohort::import
