#pragma once

#include "domain/campaign.h"
#include "domain/order.h"
#include "domain/product.h"
#include "import/solitaire/solitairedetector.h"

#include <QList>

namespace cohort::import {

/// What the orders of a thread are for: a campaign (optional), a product and its unit price.
struct SolitairePricing
{
    qint64 campaignId = 0;
    qint64 productId = 0;
    Money unitPrice;
    bool isValid() const { return productId > 0 && !unitPrice.currency().isEmpty(); }
    bool operator==(const SolitairePricing &) const = default;
};

/// One order the operator may accept from a thread: a member's entries merged (a member who
/// signed up twice for the same product gets one order for the sum), or an unmatched entry.
struct SolitaireProposal
{
    enum class Status {
        Ready, ///< member and product known, not in Orders yet
        Accepted, ///< an order from this thread for this member and product exists
        Unmatched, ///< no member goes by the entry's name
        Ambiguous, ///< several members go by it
        NoProduct, ///< member known, but no product chosen for the thread
    };
    Status status = Status::Unmatched;
    QList<int> positions;
    QString name; ///< as written in the list
    qint64 memberId = 0;
    QString memberName; ///< display name of the member
    int quantity = 0;
    QString unit;
    QString note;
    /// The order to insert (Ready), or the existing one's id, quantity and product (Accepted).
    Order order;
};

/// Turns an order book into proposed orders, and finds the campaign and product a thread is
/// linked to. Orders keep the entry's message as their source, which is also what makes
/// accepting idempotent: an order whose source is one of the thread's posts is already taken.
class SolitaireOrderPlanner final
{
public:
    /// The pricing of orders already accepted from the thread; else the solitaire campaign of
    /// the group whose schedule spans the thread and that fits its title best (a product the
    /// title names, then the campaign's name; a tie or no fit links nothing), with its only
    /// product or the one the title names. Parts that cannot be decided stay 0 for the
    /// operator to pick.
    static SolitairePricing linkedPricing(const SolitaireBook &book,
                                          const QList<Campaign> &campaigns,
                                          const QList<Product> &products,
                                          const QList<SolitaireRepository::SourcedOrder> &existing);
    /// The unit price of `productId` in `campaignId` (its campaign price, else the product's);
    /// a campaign with one product picks it when `productId` is 0.
    static SolitairePricing pricing(qint64 campaignId, qint64 productId,
                                    const QList<Campaign> &campaigns,
                                    const QList<Product> &products);
    /// The proposals of `book`, in list order.
    static QList<SolitaireProposal> plan(const SolitaireBook &book, const SolitairePricing &pricing,
                                         const QList<SolitaireRepository::SourcedOrder> &existing);
    /// The orders of the Ready proposals.
    static QList<Order> readyOrders(const QList<SolitaireProposal> &proposals);
};

} // namespace cohort::import
