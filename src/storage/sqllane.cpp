#include "storage/sqllane.h"

namespace cohort {

SqlLane::SqlLane()
    : m_owner(std::this_thread::get_id())
{
}

SqlLane::~SqlLane() = default;

void SqlLane::runProducer(const Job &producer)
{
    {
        const std::lock_guard lock(m_mutex);
        m_running = true;
        m_producerDone = false;
    }
    std::thread thread([this, &producer] {
        producer();
        const std::lock_guard lock(m_mutex);
        m_producerDone = true;
        m_changed.notify_all();
    });
    for (;;) {
        Job job;
        {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [this] { return !m_queue.empty() || m_producerDone; });
            if (m_queue.empty())
                break; // done, and nothing left: the producer posts nothing after it returns
            job = std::move(m_queue.front());
            m_queue.pop_front();
            m_changed.notify_all(); // room for a waiting post()
        }
        job();
    }
    thread.join();
    const std::lock_guard lock(m_mutex);
    m_running = false;
}

void SqlLane::call(const Job &job)
{
    std::unique_lock lock(m_mutex);
    if (onOwner() || !m_running) {
        lock.unlock();
        job();
        return;
    }
    bool done = false;
    // Jobs run in order, so everything posted before this call has run when it returns.
    m_queue.emplace_back([this, &job, &done] {
        job();
        const std::lock_guard inner(m_mutex);
        done = true;
        m_changed.notify_all();
    });
    m_changed.notify_all();
    m_changed.wait(lock, [&done] { return done; });
}

void SqlLane::post(Job job)
{
    std::unique_lock lock(m_mutex);
    if (onOwner() || !m_running) {
        lock.unlock();
        job();
        return;
    }
    while (m_queue.size() >= MaxQueued) {
        if (m_spareWork) {
            lock.unlock();
            const bool worked = m_spareWork();
            lock.lock();
            if (worked)
                continue;
        }
        m_changed.wait(lock, [this] { return m_queue.size() < MaxQueued; });
    }
    m_queue.push_back(std::move(job));
    m_changed.notify_all();
}

} // namespace cohort
