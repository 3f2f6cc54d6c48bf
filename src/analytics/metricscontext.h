#pragma once

#include "analytics/metrics.h"
#include "analytics/metricsrequest.h"
#include "domain/localclock.h"
#include "storage/analyticsfacts.h"

#include <QSet>

#include <vector>

namespace cohort {

/// What every calculator needs for one request: the scope test, the range as local days and
/// UTC instants, and per-member state held in dense arrays indexed like `facts.members` (role
/// masks, first join, the members of the scope during the range and at its end), because hash
/// maps keyed by member id dominated the cost on 200,000 members.
class MetricsContext final
{
public:
    MetricsContext(const AnalyticsFacts &facts, const MetricsRequest &request);

    const AnalyticsFacts &facts() const { return m_facts; }
    const MetricsRequest &request() const { return m_request; }
    qint64 fromDay() const { return m_fromDay; }
    qint64 toDay() const { return m_toDay; }
    qint64 startUtc() const { return m_startUtc; } ///< first instant of the range
    qint64 endUtc() const { return m_endUtc; } ///< first instant after the range
    qint64 dayCount() const { return m_toDay - m_fromDay + 1; }
    /// Where the range starts in the time-sorted facts: the first day-activity row on or after
    /// fromDay, the first order and the first event at or after startUtc. Rows before it only
    /// matter to history (last activity, first purchase), so passes over the range begin here
    /// instead of skipping years of imported history row by row.
    size_t firstActivityRow() const { return m_firstActivityRow; }
    size_t firstOrder() const { return m_firstOrder; }
    size_t firstEvent() const { return m_firstEvent; }
    bool allGroups() const { return m_allGroups; }
    /// True for groups of the scope; orders without a group count only for "all groups".
    bool inScope(qint64 groupId) const
    {
        if (m_allGroups)
            return true;
        const qsizetype slot = m_facts.groupSlot(groupId);
        return slot >= 0 && m_scopeBySlot[size_t(slot)];
    }
    qint64 localDay(qint64 utcSeconds) const { return m_clock.localDay(utcSeconds); }
    qint64 utcOfDayStart(qint64 day) const { return m_clock.toUtcSeconds(day * 86400); }

    qsizetype memberCount() const { return qsizetype(m_facts.members.size()); }
    /// Dense index of a member id (as in facts.members), -1 when unknown.
    qsizetype index(qint64 memberId) const { return m_facts.memberIndex(memberId); }
    qint64 memberId(qsizetype index) const { return m_facts.members[size_t(index)].id; }
    /// 1 for members of the scope at the end of the range (joined by then, not left), by index.
    const std::vector<char> &membersAtEnd() const { return m_atEnd; }
    /// 1 for the members of the scope during the range, by index: the population of every ratio
    /// (docs/metrics.md, "Members of the scope during the range"). Whoever wrote, made a sale or
    /// has a membership event in the scope during the range is one, so those who left count.
    const std::vector<char> &membersInRange() const { return m_inRange; }
    qint64 membersInRangeCount() const { return m_inRangeCount; }
    /// True when a membership covers some of the range: joined before its end (or at an unknown
    /// time) and not left before its start.
    bool coversRange(const AnalyticsFacts::Membership &m) const
    {
        return (m.joinedAt == 0 || m.joinedAt < m_endUtc)
            && (m.leftAt == 0 || m.leftAt >= m_startUtc);
    }
    MemberRef memberRef(qsizetype index) const;
    /// Earliest presence in a group of the scope (join time or membership event), 0 = unknown.
    qint64 firstJoin(qsizetype index) const { return m_firstJoin[size_t(index)]; }
    /// Bit (1 << role) set for each role the member holds in a group of the scope.
    quint32 roleMask(qsizetype index) const { return m_roleMask[size_t(index)]; }
    /// Rank of the member's most important role (roleRank), 99 without a membership.
    int topRoleRank(qsizetype index) const;
    /// Orders that count as sales: not refunded.
    static bool counts(const AnalyticsFacts::Order &order) { return order.status != OrderStatus::Refunded; }
    /// Importance of a role for sorting (owner first, plain member last).
    static int roleRank(MemberRole role);

private:
    const AnalyticsFacts &m_facts;
    MetricsRequest m_request;
    mutable LocalClock m_clock;
    std::vector<char> m_scopeBySlot; ///< by group slot: 1 = in the scope
    bool m_allGroups = true;
    qint64 m_fromDay = 0;
    qint64 m_toDay = -1;
    qint64 m_startUtc = 0;
    qint64 m_endUtc = 0;
    std::vector<quint32> m_roleMask;
    std::vector<qint64> m_firstJoin;
    std::vector<char> m_atEnd;
    std::vector<char> m_inRange;
    qint64 m_inRangeCount = 0;
    size_t m_firstActivityRow = 0;
    size_t m_firstOrder = 0;
    size_t m_firstEvent = 0;
};

} // namespace cohort
