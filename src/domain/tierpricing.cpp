#include "domain/tierpricing.h"

#include <QSet>

#include <algorithm>

namespace cohort {

TierPricing::TierPricing(const QList<PriceTier> &tiers)
    : m_tiers(tiers)
{
    std::stable_sort(m_tiers.begin(), m_tiers.end(), [](const PriceTier &a, const PriceTier &b) {
        return a.minParticipants < b.minParticipants;
    });
}

QList<TierPricing::Problem> TierPricing::validate(const QList<PriceTier> &tiers)
{
    QList<Problem> problems;
    if (tiers.isEmpty()) {
        problems.append({ ProblemKind::NoTiers, -1 });
        return problems;
    }
    QSet<int> thresholds;
    const QString currency = tiers.first().unitPrice.currency();
    for (int i = 0; i < tiers.size(); ++i) {
        const PriceTier &tier = tiers.at(i);
        if (tier.minParticipants < 1)
            problems.append({ ProblemKind::NonPositiveThreshold, i });
        if (thresholds.contains(tier.minParticipants))
            problems.append({ ProblemKind::DuplicateThreshold, i });
        thresholds.insert(tier.minParticipants);
        if (tier.unitPrice.minorUnits() <= 0)
            problems.append({ ProblemKind::NonPositivePrice, i });
        if (tier.unitPrice.currency() != currency)
            problems.append({ ProblemKind::MixedCurrency, i });
    }
    if (!problems.isEmpty())
        return problems;
    // Only meaningful once thresholds are distinct and currencies agree.
    QList<int> order(tiers.size());
    for (int i = 0; i < tiers.size(); ++i)
        order[i] = i;
    std::sort(order.begin(), order.end(), [&tiers](int a, int b) {
        return tiers.at(a).minParticipants < tiers.at(b).minParticipants;
    });
    for (int k = 1; k < order.size(); ++k) {
        if (tiers.at(order.at(k)).unitPrice.minorUnits()
            >= tiers.at(order.at(k - 1)).unitPrice.minorUnits())
            problems.append({ ProblemKind::PriceNotFalling, order.at(k) });
    }
    return problems;
}

QString TierPricing::describe(const Problem &problem)
{
    const int n = problem.tierIndex + 1;
    switch (problem.kind) {
    case ProblemKind::NoTiers:
        return tr("Add at least one price tier.");
    case ProblemKind::NonPositiveThreshold:
        return tr("Tier %1: the number of people must be at least 1.").arg(n);
    case ProblemKind::DuplicateThreshold:
        return tr("Tier %1: another tier already starts at this number of people.").arg(n);
    case ProblemKind::NonPositivePrice:
        return tr("Tier %1: the price must be greater than zero.").arg(n);
    case ProblemKind::MixedCurrency:
        return tr("Tier %1: all tiers must use the same currency.").arg(n);
    case ProblemKind::PriceNotFalling:
        return tr("Tier %1: the price must be lower than the tier for fewer people.").arg(n);
    }
    return QString();
}

std::optional<PriceTier> TierPricing::tierFor(int participants) const
{
    std::optional<PriceTier> found;
    for (const PriceTier &tier : m_tiers) {
        if (tier.minParticipants <= participants)
            found = tier;
        else
            break;
    }
    return found;
}

std::optional<Money> TierPricing::unitPrice(int participants) const
{
    if (m_tiers.isEmpty())
        return std::nullopt;
    if (const auto tier = tierFor(participants))
        return tier->unitPrice;
    return m_tiers.first().unitPrice;
}

std::optional<PriceTier> TierPricing::nextTier(int participants) const
{
    for (const PriceTier &tier : m_tiers) {
        if (tier.minParticipants > participants)
            return tier;
    }
    return std::nullopt;
}

QList<TierPricing::Refund> TierPricing::refunds(const QList<Purchase> &purchases,
                                                int participants) const
{
    QList<Refund> result;
    const auto current = unitPrice(participants);
    if (!current)
        return result;
    for (const Purchase &purchase : purchases) {
        if (purchase.unitPricePaid.currency() != current->currency())
            continue;
        const Money perUnit = purchase.unitPricePaid - *current;
        if (perUnit.minorUnits() <= 0 || purchase.quantity <= 0)
            continue;
        result.append({ purchase.orderId, perUnit.times(purchase.quantity) });
    }
    return result;
}

} // namespace cohort
