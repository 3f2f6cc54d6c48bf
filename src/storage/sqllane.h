#pragma once

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>

namespace cohort {

/// Lets a producer thread hand database work to the thread that owns the connection (QtSql
/// connections must stay on the thread that opened them). runProducer() starts the producer and
/// turns the calling thread into the database's executor until the producer returns: the chat
/// import parses, deduplicates and builds rows on one core while SQLite writes on the other.
/// Outside runProducer(), and on the owner thread, call() and post() simply run the job.
class SqlLane final
{
public:
    using Job = std::function<void()>;

    SqlLane();
    ~SqlLane();
    SqlLane(const SqlLane &) = delete;
    SqlLane &operator=(const SqlLane &) = delete;

    /// Runs `producer` on a new thread and the jobs it hands over on this one; returns once the
    /// producer has returned and every job it posted has run.
    void runProducer(const Job &producer);
    /// Runs `job` on the owner thread and waits for it.
    void call(const Job &job);
    /// Queues `job` for the owner thread and returns; waits first while MaxQueued jobs are
    /// pending, so a fast producer cannot pile up memory.
    void post(Job job);
    /// Work the producer does instead of waiting in post(), a little at a time: `work` returns
    /// false when it has nothing to do, and the producer then waits as before. Empty: none.
    /// Set it before runProducer().
    void setSpareWork(std::function<bool()> work) { m_spareWork = std::move(work); }

private:
    static constexpr size_t MaxQueued = 4;

    bool onOwner() const { return std::this_thread::get_id() == m_owner; }

    std::thread::id m_owner;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Job> m_queue;
    std::function<bool()> m_spareWork;
    bool m_running = false; ///< a producer runs: jobs from other threads are queued
    bool m_producerDone = false;
};

} // namespace cohort
