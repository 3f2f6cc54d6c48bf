#pragma once

#include "domain/campaign.h"
#include "domain/money.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace cohort {

/// Prices of a tiered group buy (阶梯拼团): the unit price for a number of participants, the
/// validation of a tier list and the refunds owed to earlier buyers once a cheaper tier is reached.
class TierPricing final
{
    Q_DECLARE_TR_FUNCTIONS(TierPricing)

public:
    enum class ProblemKind {
        NoTiers,
        NonPositiveThreshold, ///< minParticipants below 1
        DuplicateThreshold,
        NonPositivePrice,
        MixedCurrency,
        PriceNotFalling ///< a tier for more people is not cheaper than the tier before it
    };
    /// One thing wrong with a tier list; `tierIndex` refers to the list as given (-1 = the list).
    struct Problem
    {
        ProblemKind kind = ProblemKind::NoTiers;
        int tierIndex = -1;
        bool operator==(const Problem &) const = default;
    };
    /// A purchase made earlier at the price of its time.
    struct Purchase
    {
        qint64 orderId = 0;
        int quantity = 1;
        Money unitPricePaid;
    };
    /// What one earlier purchase is owed: (paid - current) × quantity, never negative.
    struct Refund
    {
        qint64 orderId = 0;
        Money amount;
        bool operator==(const Refund &) const = default;
    };

    explicit TierPricing(const QList<PriceTier> &tiers);

    /// Tiers sorted by participants (as used for lookups).
    const QList<PriceTier> &tiers() const { return m_tiers; }

    static QList<Problem> validate(const QList<PriceTier> &tiers);
    bool isValid() const { return validate(m_tiers).isEmpty(); }
    /// Translated sentence for the tier editor.
    static QString describe(const Problem &problem);

    /// The tier that applies to `participants`, or none below the first threshold.
    std::optional<PriceTier> tierFor(int participants) const;
    /// The unit price for `participants`; below the first threshold the first tier's price
    /// applies, because a group buy starts at its entry price and only gets cheaper.
    std::optional<Money> unitPrice(int participants) const;
    /// The next cheaper tier above `participants`, for "2 more people and it costs ¥75".
    std::optional<PriceTier> nextTier(int participants) const;

    /// Refunds owed when `participants` people now buy together: each earlier buyer is owed the
    /// difference between what they paid per unit and the current unit price. Purchases paid at
    /// or below the current price, or in another currency than the tiers, are left out.
    QList<Refund> refunds(const QList<Purchase> &purchases, int participants) const;

private:
    QList<PriceTier> m_tiers;
};

} // namespace cohort
