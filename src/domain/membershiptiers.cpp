#include "domain/membershiptiers.h"

#include <QSet>

namespace cohort {

MembershipTiers::MembershipTiers(Basis basis, const QList<MembershipTier> &tiers)
    : m_basis(basis)
    , m_tiers(tiers)
{
}

QStringList MembershipTiers::validate() const
{
    QStringList problems;
    QSet<QString> keys;
    const bool byPoints = m_basis != Basis::Spend;
    const bool bySpend = m_basis != Basis::Points;
    for (int i = 0; i < m_tiers.size(); ++i) {
        const MembershipTier &tier = m_tiers.at(i);
        const int n = i + 1;
        if (tier.key.trimmed().isEmpty())
            problems << tr("Tier %1 has no key.").arg(n);
        else if (keys.contains(tier.key))
            problems << tr("Tier %1 repeats the key \"%2\".").arg(n).arg(tier.key);
        keys.insert(tier.key);
        if (bySpend && i > 0 && tier.minSpend.currency() != m_tiers.first().minSpend.currency()) {
            problems << tr("Tier %1 uses another currency than the first tier.").arg(n);
            continue;
        }
        if (i == 0)
            continue;
        const MembershipTier &previous = m_tiers.at(i - 1);
        if (byPoints && tier.minPoints <= previous.minPoints)
            problems << tr("Tier %1 must need more points than tier %2.").arg(n).arg(i);
        if (bySpend && tier.minSpend.minorUnits() <= previous.minSpend.minorUnits())
            problems << tr("Tier %1 must need more spending than tier %2.").arg(n).arg(i);
    }
    return problems;
}

bool MembershipTiers::reached(const MembershipTier &tier, qint64 points, const Money &spend) const
{
    const bool byPoints = points >= tier.minPoints;
    const bool bySpend = spend.minorUnits() >= tier.minSpend.minorUnits()
        && (tier.minSpend.isZero() || spend.currency() == tier.minSpend.currency());
    switch (m_basis) {
    case Basis::Points:
        return byPoints;
    case Basis::Spend:
        return bySpend;
    case Basis::PointsOrSpend:
        return byPoints || bySpend;
    }
    return false;
}

std::optional<MembershipTier> MembershipTiers::tierFor(qint64 points, const Money &spend) const
{
    // Tiers are ordered from lowest to highest (validate() says so), but a member who meets a
    // higher tier by spend alone still gets it, hence the scan over all tiers.
    std::optional<MembershipTier> best;
    for (const MembershipTier &tier : m_tiers) {
        if (reached(tier, points, spend))
            best = tier;
    }
    return best;
}

} // namespace cohort
