#include "analytics/metricscontext.h"

#include "analytics/periodmath.h"

#include <algorithm>
#include <bit>

namespace cohort {

MetricsContext::MetricsContext(const AnalyticsFacts &facts, const MetricsRequest &request)
    : m_facts(facts)
    , m_request(request)
    , m_clock(QTimeZone(facts.timeZoneId.toUtf8()))
{
    m_allGroups = request.groupIds.isEmpty();
    m_scopeBySlot.assign(size_t(facts.groupIds.size()), 0);
    for (const qint64 id : request.groupIds) {
        const qsizetype slot = facts.groupSlot(id);
        if (slot >= 0)
            m_scopeBySlot[size_t(slot)] = 1;
    }
    m_fromDay = PeriodMath::dayNumber(request.from);
    m_toDay = PeriodMath::dayNumber(request.to);
    m_startUtc = m_clock.toUtcSeconds(m_fromDay * 86400);
    m_endUtc = m_clock.toUtcSeconds((m_toDay + 1) * 86400);
    m_firstActivityRow = size_t(
        std::partition_point(facts.dayActivity.cbegin(), facts.dayActivity.cend(),
                             [&](const AnalyticsFacts::DayActivity &r) { return r.day < m_fromDay; })
        - facts.dayActivity.cbegin());
    m_firstOrder = size_t(std::partition_point(facts.orders.cbegin(), facts.orders.cend(),
                                               [&](const AnalyticsFacts::Order &o) {
                                                   return o.orderedAt < m_startUtc;
                                               })
                          - facts.orders.cbegin());
    m_firstEvent = size_t(std::partition_point(facts.events.cbegin(), facts.events.cend(),
                                               [&](const AnalyticsFacts::Event &e) {
                                                   return e.at < m_startUtc;
                                               })
                          - facts.events.cbegin());

    const size_t n = facts.members.size();
    m_roleMask.assign(n, 0);
    m_firstJoin.assign(n, 0);
    m_atEnd.assign(n, 0);
    m_inRange.assign(n, 0);
    const qint64 end = m_endUtc - 1;
    for (const auto &m : facts.memberships) {
        if (!inScope(m.groupId))
            continue;
        const qsizetype i = index(m.memberId);
        if (i < 0)
            continue;
        m_roleMask[size_t(i)] |= 1u << unsigned(m.role);
        if (m.joinedAt > 0 && (m_firstJoin[size_t(i)] == 0 || m.joinedAt < m_firstJoin[size_t(i)]))
            m_firstJoin[size_t(i)] = m.joinedAt;
        if ((m.joinedAt == 0 || m.joinedAt <= end) && (m.leftAt == 0 || m.leftAt > end))
            m_atEnd[size_t(i)] = 1;
        if (coversRange(m))
            m_inRange[size_t(i)] = 1;
    }
    // A membership row keeps only the latest stay, so someone who left in the range and came back
    // after it shows up only through what they did: their events, messages and sales in the range
    // prove they were there, and every count over this population stays a part of it.
    for (size_t r = m_firstActivityRow;
         r < facts.dayActivity.size() && facts.dayActivity[r].day <= m_toDay; ++r) {
        const qsizetype i
            = inScope(facts.dayActivity[r].groupId) ? index(facts.dayActivity[r].memberId) : -1;
        if (i >= 0)
            m_inRange[size_t(i)] = 1;
    }
    for (size_t k = m_firstOrder; k < facts.orders.size() && facts.orders[k].orderedAt < m_endUtc;
         ++k) {
        const auto &o = facts.orders[k];
        const qsizetype i = inScope(o.groupId) && counts(o) ? index(o.memberId) : -1;
        if (i >= 0)
            m_inRange[size_t(i)] = 1;
    }
    for (size_t k = m_firstEvent; k < facts.events.size() && facts.events[k].at < m_endUtc; ++k) {
        const qsizetype i = inScope(facts.events[k].groupId) ? index(facts.events[k].memberId) : -1;
        if (i >= 0)
            m_inRange[size_t(i)] = 1;
    }
    m_inRangeCount = std::count(m_inRange.begin(), m_inRange.end(), char(1));
    // Any membership event proves presence: a member whose first recorded event is a leave had
    // joined before the history starts.
    for (const auto &e : facts.events) {
        if (!inScope(e.groupId))
            continue;
        const qsizetype i = index(e.memberId);
        if (i >= 0 && (m_firstJoin[size_t(i)] == 0 || e.at < m_firstJoin[size_t(i)]))
            m_firstJoin[size_t(i)] = e.at;
    }
}

int MetricsContext::roleRank(MemberRole role)
{
    switch (role) {
    case MemberRole::Owner:
        return 0;
    case MemberRole::Operator:
        return 1;
    case MemberRole::SeedUser:
        return 2;
    case MemberRole::Expert:
        return 3;
    case MemberRole::Partner:
        return 4;
    case MemberRole::Sharer:
        return 5;
    case MemberRole::Member:
        return 6;
    }
    return 7;
}

int MetricsContext::topRoleRank(qsizetype index) const
{
    // Called for every silent member: walk the set bits instead of listing every role.
    quint32 mask = m_roleMask[size_t(index)];
    int best = 99;
    while (mask != 0) {
        const int bit = std::countr_zero(mask);
        mask &= mask - 1;
        best = std::min(best, roleRank(MemberRole(bit)));
    }
    return best;
}

MemberRef MetricsContext::memberRef(qsizetype index) const
{
    MemberRef ref;
    if (index < 0 || index >= memberCount())
        return ref;
    const AnalyticsFacts::Member &m = m_facts.members[size_t(index)];
    ref.memberId = m.id;
    ref.name = m.name;
    const quint32 mask = m_roleMask[size_t(index)];
    for (const MemberRole role : EnumTraits<MemberRole>::all()) {
        if (mask & (1u << unsigned(role)))
            ref.roles << role;
    }
    std::sort(ref.roles.begin(), ref.roles.end(), [](MemberRole a, MemberRole b) { return roleRank(a) < roleRank(b); });
    return ref;
}

} // namespace cohort
