#include "analytics/metricscontext.h"

#include "analytics/periodmath.h"

#include <algorithm>

namespace cohort {

MetricsContext::MetricsContext(const AnalyticsFacts &facts, const MetricsRequest &request)
    : m_facts(facts)
    , m_request(request)
    , m_clock(QTimeZone(facts.timeZoneId.toUtf8()))
{
    for (const qint64 id : request.groupIds)
        m_groups.insert(id);
    m_allGroups = m_groups.isEmpty();
    m_fromDay = PeriodMath::dayNumber(request.from);
    m_toDay = PeriodMath::dayNumber(request.to);
    m_startUtc = m_clock.toUtcSeconds(m_fromDay * 86400);
    m_endUtc = m_clock.toUtcSeconds((m_toDay + 1) * 86400);

    for (const auto &m : facts.memberships) {
        if (!inScope(m.groupId))
            continue;
        QList<MemberRole> &roles = m_roles[m.memberId];
        if (!roles.contains(m.role))
            roles << m.role;
        if (m.joinedAt > 0) {
            qint64 &first = m_firstJoin[m.memberId];
            if (first == 0 || m.joinedAt < first)
                first = m.joinedAt;
        }
    }
    for (auto it = m_roles.begin(); it != m_roles.end(); ++it) {
        std::sort(it->begin(), it->end(),
                  [](MemberRole a, MemberRole b) { return roleRank(a) < roleRank(b); });
    }
    // Any membership event proves presence: a member whose first recorded event is a leave had
    // joined before the history starts.
    for (const auto &e : facts.events) {
        if (!inScope(e.groupId))
            continue;
        qint64 &first = m_firstJoin[e.memberId];
        if (first == 0 || e.at < first)
            first = e.at;
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

QSet<qint64> MetricsContext::membersAt(qint64 utc) const
{
    QSet<qint64> result;
    for (const auto &m : m_facts.memberships) {
        if (!inScope(m.groupId))
            continue;
        if ((m.joinedAt == 0 || m.joinedAt <= utc) && (m.leftAt == 0 || m.leftAt > utc))
            result.insert(m.memberId);
    }
    return result;
}

QSet<qint64> MetricsContext::groupMembersAt(qint64 groupId, qint64 utc) const
{
    QSet<qint64> result;
    for (const auto &m : m_facts.memberships) {
        if (m.groupId != groupId)
            continue;
        if ((m.joinedAt == 0 || m.joinedAt <= utc) && (m.leftAt == 0 || m.leftAt > utc))
            result.insert(m.memberId);
    }
    return result;
}

QString MetricsContext::memberName(qint64 memberId) const
{
    const qsizetype index = m_facts.memberIndex(memberId);
    return index >= 0 ? m_facts.members[size_t(index)].name : QString();
}

MemberRef MetricsContext::memberRef(qint64 memberId) const
{
    return {memberId, memberName(memberId), m_roles.value(memberId)};
}

} // namespace cohort
