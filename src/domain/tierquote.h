#pragma once

#include "domain/campaign.h"
#include "domain/order.h"
#include "domain/tierpricing.h"

#include <QList>

#include <optional>

namespace cohort {

/// The price a new order in a tiered campaign gets: participants counted over the campaign's
/// orders so far plus the new buyer, the tier that reaches, and what earlier buyers who paid more
/// are owed. A quote only reads: refunding earlier orders is the operator's decision.
class TierQuote final
{
public:
    /// Quotes `order` (its member, and its id when it is an edit) against `campaignOrders`.
    /// Refunded orders neither count as participants nor get refunds; the order being edited is
    /// left out of the earlier orders.
    static TierQuote make(const QList<PriceTier> &tiers, const QList<Order> &campaignOrders,
                          const Order &order);

    bool hasTiers() const { return !m_pricing.tiers().isEmpty(); }
    /// Distinct buyers including this order's member (0 when no member is chosen yet).
    int participants() const { return m_participants; }
    /// The tier reached; none while below the first threshold (the entry price applies).
    std::optional<PriceTier> tier() const { return m_pricing.tierFor(m_participants); }
    std::optional<Money> unitPrice() const { return m_pricing.unitPrice(m_participants); }
    std::optional<PriceTier> nextTier() const { return m_pricing.nextTier(m_participants); }
    /// Refunds owed to earlier orders at the price this order reaches, with their sum.
    const QList<TierPricing::Refund> &refunds() const { return m_refunds; }
    Money refundTotal() const;
    /// 1-based position of the tier reached in the sorted list (0 = below the first tier).
    int tierNumber() const;

private:
    explicit TierQuote(const QList<PriceTier> &tiers)
        : m_pricing(tiers)
    {
    }

    TierPricing m_pricing;
    int m_participants = 0;
    QList<TierPricing::Refund> m_refunds;
};

} // namespace cohort
