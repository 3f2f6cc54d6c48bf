#include "analytics/funnelstages.h"

#include "analytics/metricscontext.h"

namespace cohort {

FunnelStages::FunnelStages(const MetricsContext &context)
{
    const AnalyticsFacts &facts = context.facts();
    const size_t n = size_t(context.memberCount());
    m_orders.assign(n, 0);
    m_firstOrderAt.assign(n, 0);
    m_messages.assign(n, 0);
    m_referrals.assign(n, 0);
    m_counts.assign(StepCount, 0);

    for (size_t r = context.firstActivityRow(); r < facts.dayActivity.size(); ++r) {
        const auto &row = facts.dayActivity[r];
        if (row.day > context.toDay())
            break;
        const qsizetype i = context.inScope(row.groupId) ? context.index(row.memberId) : -1;
        if (i >= 0)
            m_messages[size_t(i)] += row.messages;
    }
    for (size_t k = context.firstOrder(); k < facts.orders.size(); ++k) {
        const auto &o = facts.orders[k];
        if (o.orderedAt >= context.endUtc())
            break; // sorted by time
        if (!context.inScope(o.groupId) || !MetricsContext::counts(o))
            continue;
        const qsizetype i = context.index(o.memberId);
        if (i >= 0 && m_orders[size_t(i)]++ == 0)
            m_firstOrderAt[size_t(i)] = o.orderedAt;
    }
    // Newcomers as fission counts them: first presence in the scope falls in the range.
    for (size_t i = 0; i < n; ++i) {
        const qint64 first = context.firstJoin(qsizetype(i));
        const qint64 referrer = facts.members[i].referrerId;
        if (first == 0 || first < context.startUtc() || first >= context.endUtc() || referrer == 0
            || referrer == facts.members[i].id)
            continue;
        const qsizetype r = context.index(referrer);
        if (r >= 0)
            ++m_referrals[size_t(r)];
    }

    const std::vector<char> &population = context.membersInRange();
    m_reached.assign(n, -1);
    for (size_t i = 0; i < n; ++i) {
        if (!population[i])
            continue;
        int step = Members;
        if (m_messages[i] > 0) {
            step = Active;
            if (m_orders[i] >= 1)
                step = ActiveBuyers;
            if (m_orders[i] >= 2)
                step = ActiveRepeatBuyers;
            if (step == ActiveRepeatBuyers && m_referrals[i] > 0)
                step = ReferringRepeatBuyers;
        }
        m_reached[i] = qint8(step);
        for (int s = 0; s <= step; ++s)
            ++m_counts[size_t(s)];
    }
}

QString FunnelStages::key(int step)
{
    switch (Step(step)) {
    case Members:
        return QStringLiteral("members");
    case Active:
        return QStringLiteral("active");
    case ActiveBuyers:
        return QStringLiteral("active_buyers");
    case ActiveRepeatBuyers:
        return QStringLiteral("active_repeat_buyers");
    case ReferringRepeatBuyers:
        return QStringLiteral("referring_repeat_buyers");
    case StepCount:
        break;
    }
    return {};
}

} // namespace cohort
