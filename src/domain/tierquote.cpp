#include "domain/tierquote.h"

#include <QSet>

namespace cohort {

TierQuote TierQuote::make(const QList<PriceTier> &tiers, const QList<Order> &campaignOrders,
                          const Order &order)
{
    TierQuote quote(tiers);
    QSet<qint64> buyers;
    QList<TierPricing::Purchase> earlier;
    for (const Order &o : campaignOrders) {
        if ((order.id != 0 && o.id == order.id) || o.status == OrderStatus::Refunded)
            continue;
        buyers.insert(o.memberId);
        earlier.append({ o.id, o.quantity, o.unitPrice });
    }
    if (order.memberId != 0)
        buyers.insert(order.memberId);
    quote.m_participants = int(buyers.size());
    if (quote.hasTiers() && quote.m_participants > 0)
        quote.m_refunds = quote.m_pricing.refunds(earlier, quote.m_participants);
    return quote;
}

Money TierQuote::refundTotal() const
{
    const QString currency
        = hasTiers() ? m_pricing.tiers().first().unitPrice.currency() : Money::defaultCurrency();
    Money total(0, currency);
    for (const TierPricing::Refund &refund : m_refunds)
        total += refund.amount;
    return total;
}

int TierQuote::tierNumber() const
{
    int number = 0;
    for (const PriceTier &tier : m_pricing.tiers()) {
        if (tier.minParticipants > m_participants)
            break;
        ++number;
    }
    return number;
}

} // namespace cohort
