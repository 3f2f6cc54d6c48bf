#pragma once

#include "domain/money.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace cohort {

/// One membership tier and what it takes to reach it.
struct MembershipTier
{
    QString key; ///< stable id, e.g. "silver"
    QString name; ///< shown to the operator (their own words, not translated)
    qint64 minPoints = 0;
    Money minSpend;
    bool operator==(const MembershipTier &) const = default;
};

/// Membership tiers (会员等级) with configurable thresholds by points, by spend, or by either;
/// `tierFor` gives the highest tier a member has reached.
class MembershipTiers final
{
    Q_DECLARE_TR_FUNCTIONS(MembershipTiers)

public:
    enum class Basis { Points, Spend, PointsOrSpend };

    MembershipTiers() = default;
    MembershipTiers(Basis basis, const QList<MembershipTier> &tiers);

    Basis basis() const { return m_basis; }
    const QList<MembershipTier> &tiers() const { return m_tiers; }
    bool operator==(const MembershipTiers &) const = default;

    /// Translated problems: empty keys, duplicate keys, thresholds that do not rise from tier to
    /// tier on the basis in use, mixed currencies.
    QStringList validate() const;
    /// The highest tier reached, or none when not even the first threshold is met.
    std::optional<MembershipTier> tierFor(qint64 points, const Money &spend) const;

private:
    bool reached(const MembershipTier &tier, qint64 points, const Money &spend) const;

    Basis m_basis = Basis::Points;
    QList<MembershipTier> m_tiers;
};

} // namespace cohort
