#pragma once

#include <QString>

#include <vector>

namespace cohort {

class MetricsContext;

/// How far each member of the scope got in the range, step by step: a member of the scope during
/// the range, active (wrote), an active buyer, an active repeat buyer, and one of those who also
/// referred a newcomer. Each step is a part of the one before it, so the funnel never widens.
/// The conversion metrics and the drill-down both read it, so a bar and its list agree
/// (docs/metrics.md, Funnel).
class FunnelStages final
{
public:
    enum Step {
        Members,
        Active,
        ActiveBuyers,
        ActiveRepeatBuyers,
        ReferringRepeatBuyers,
        StepCount
    };

    explicit FunnelStages(const MetricsContext &context);

    /// The last step the member at `index` reached; -1 = not a member of the scope in the range.
    int reached(qsizetype index) const { return m_reached[size_t(index)]; }
    qint64 count(int step) const { return m_counts[size_t(step)]; }
    /// Sales in the scope during the range.
    qint32 orders(qsizetype index) const { return m_orders[size_t(index)]; }
    /// UTC time of the first of them, 0 = none.
    qint64 firstOrderAt(qsizetype index) const { return m_firstOrderAt[size_t(index)]; }
    /// Messages in the scope during the range.
    qint64 messages(qsizetype index) const { return m_messages[size_t(index)]; }
    /// Members new to the scope in the range whom this member referred.
    qint32 referrals(qsizetype index) const { return m_referrals[size_t(index)]; }
    /// Stable key of a step for JSON and CSV ("members", "active", "active_buyers", ...).
    static QString key(int step);

private:
    std::vector<qint8> m_reached;
    std::vector<qint32> m_orders;
    std::vector<qint64> m_firstOrderAt;
    std::vector<qint64> m_messages;
    std::vector<qint32> m_referrals;
    std::vector<qint64> m_counts;
};

} // namespace cohort
