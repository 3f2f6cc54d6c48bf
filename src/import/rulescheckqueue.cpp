#include "import/rulescheckqueue.h"

#include "rules/batchchecker.h"

namespace cohort::import {

RulesCheckQueue::~RulesCheckQueue()
{
    // An import that failed or was cancelled: what waits no longer matters.
    m_stop.store(true, std::memory_order_relaxed);
    if (m_finisher.joinable())
        m_finisher.join();
}

void RulesCheckQueue::add(rules::BatchChecker *checker, qint64 fingerprint, qint64 memberId,
                          bool newMember, MessageKind kind, qint64 sentAt, const QString &body)
{
    m_items.push_back({ checker, fingerprint, memberId, sentAt, body, kind, newMember });
    if (m_items.size() > m_maxPending)
        checkSome();
}

void RulesCheckQueue::checkFront()
{
    const Item &item = m_items.front();
    item.checker->add(item.fingerprint, item.memberId, item.newMember, item.kind, item.sentAt,
                      item.body);
    m_items.pop_front();
}

bool RulesCheckQueue::checkSome()
{
    if (m_items.empty())
        return false;
    for (int i = 0; i < Step && !m_items.empty(); ++i)
        checkFront();
    return true;
}

void RulesCheckQueue::finishInBackground()
{
    if (m_items.empty() || m_finisher.joinable())
        return;
    m_finisher = std::thread([this] {
        while (!m_stop.load(std::memory_order_relaxed) && checkSome()) { }
    });
}

void RulesCheckQueue::checkAll()
{
    if (m_finisher.joinable())
        m_finisher.join();
    while (!m_items.empty())
        checkFront();
}

} // namespace cohort::import
