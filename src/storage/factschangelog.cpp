#include "storage/factschangelog.h"

namespace cohort {

void FactsChangeLog::record(const ChangeSet &change)
{
    if (change.tables)
        m_changes.append({ ++m_last, change });
}

FactsChangeLog::Plan FactsChangeLog::plan() const
{
    Plan plan;
    plan.target = m_last;
    plan.full = !m_haveFacts;
    bool byRow = true;
    for (const auto &[number, change] : m_changes) {
        plan.stale |= change.tables;
        if (change.tables.testFlag(Table::Orders)) {
            byRow = byRow && change.ordersByRow();
            plan.orderIds.unite(change.orderIds);
        }
    }
    if (!byRow)
        plan.orderIds.clear();
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
