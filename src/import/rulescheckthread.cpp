#include "import/rulescheckthread.h"

#include "rules/batchchecker.h"

namespace cohort::import {

RulesCheckThread::~RulesCheckThread()
{
    // An import that failed or was cancelled: what is queued no longer matters.
    {
        std::lock_guard lock(m_mutex);
        m_queue.clear();
        m_done = true;
    }
    m_changed.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

void RulesCheckThread::add(rules::BatchChecker *checker, qint64 fingerprint, qint64 memberId,
                           bool newMember, MessageKind kind, qint64 sentAt, const QString &body)
{
    if (m_chunk.empty())
        m_chunk.reserve(ChunkSize);
    m_chunk.push_back({ checker, fingerprint, memberId, sentAt, body, kind, newMember });
    if (m_chunk.size() >= ChunkSize)
        post(std::exchange(m_chunk, {}));
}

void RulesCheckThread::post(Chunk chunk)
{
    if (!m_thread.joinable())
        m_thread = std::thread([this] { run(); });
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_queue.size() < MaxQueued; });
        m_queue.push_back(std::move(chunk));
    }
    m_changed.notify_all();
}

void RulesCheckThread::finish()
{
    if (!m_chunk.empty())
        post(std::exchange(m_chunk, {}));
    {
        std::lock_guard lock(m_mutex);
        m_done = true;
    }
    m_changed.notify_all();
    if (m_thread.joinable())
        m_thread.join();
    m_done = false;
}

void RulesCheckThread::run()
{
    for (;;) {
        Chunk chunk;
        {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [this] { return !m_queue.empty() || m_done; });
            if (m_queue.empty())
                return;
            chunk = std::move(m_queue.front());
            m_queue.pop_front();
        }
        m_changed.notify_all();
        for (const Item &item : chunk)
            item.checker->add(item.fingerprint, item.memberId, item.newMember, item.kind,
                              item.sentAt, item.body);
    }
}

} // namespace cohort::import
