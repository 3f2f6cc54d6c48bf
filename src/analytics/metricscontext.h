#pragma once

#include "analytics/metrics.h"
#include "analytics/metricsrequest.h"
#include "domain/localclock.h"
#include "storage/analyticsfacts.h"

#include <QHash>
#include <QSet>

namespace cohort {

/// What every calculator needs for one request: the scope test, the range as local days and
/// UTC instants, and member lookups (names, roles in the scope's groups, membership at a time).
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
    bool allGroups() const { return m_allGroups; }
    /// True for groups of the scope; orders without a group count only for "all groups".
    bool inScope(qint64 groupId) const
    {
        return m_allGroups || (groupId != 0 && m_groups.contains(groupId));
    }
    qint64 localDay(qint64 utcSeconds) const { return m_clock.localDay(utcSeconds); }
    qint64 utcOfDayStart(qint64 day) const { return m_clock.toUtcSeconds(day * 86400); }

    /// Members of the scope at instant `utc` (joined at or before, not left by then).
    QSet<qint64> membersAt(qint64 utc) const;
    /// Same, for one group.
    QSet<qint64> groupMembersAt(qint64 groupId, qint64 utc) const;
    MemberRef memberRef(qint64 memberId) const;
    QString memberName(qint64 memberId) const;
    /// Earliest join into a group of the scope (events and memberships), 0 when unknown.
    qint64 firstJoin(qint64 memberId) const { return m_firstJoin.value(memberId, 0); }
    const QHash<qint64, qint64> &firstJoins() const { return m_firstJoin; }
    /// Orders that count as sales: not refunded.
    static bool counts(const AnalyticsFacts::Order &order) { return order.status != OrderStatus::Refunded; }
    /// Importance of a role for sorting (owner first, plain member last).
    static int roleRank(MemberRole role);

private:
    const AnalyticsFacts &m_facts;
    MetricsRequest m_request;
    mutable LocalClock m_clock;
    QSet<qint64> m_groups;
    bool m_allGroups = true;
    qint64 m_fromDay = 0;
    qint64 m_toDay = -1;
    qint64 m_startUtc = 0;
    qint64 m_endUtc = 0;
    QHash<qint64, QList<MemberRole>> m_roles;
    QHash<qint64, qint64> m_firstJoin;
};

} // namespace cohort
