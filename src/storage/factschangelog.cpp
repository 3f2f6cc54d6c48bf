#include "storage/factschangelog.h"

namespace cohort {

void FactsChangeLog::record(Tables tables)
{
    if (tables)
        m_changes.append({ ++m_last, tables });
}

FactsChangeLog::Plan FactsChangeLog::plan() const
{
    Plan plan;
    plan.target = m_last;
    plan.full = !m_haveFacts;
    for (const auto &change : m_changes)
        plan.stale |= change.second;
    return plan;
}

bool FactsChangeLog::apply(quint64 target)
{
    if (m_haveFacts && target <= m_applied)
        return false;
    m_haveFacts = true;
    m_applied = target;
    m_changes.erase(std::remove_if(m_changes.begin(), m_changes.end(),
                                   [target](const auto &change) { return change.first <= target; }),
                    m_changes.end());
    return true;
}

void FactsChangeLog::reset()
{
    m_haveFacts = false;
    m_changes.clear();
}

} // namespace cohort
