#include "import/solitaire/solitaireorderplanner.h"

#include "import/solitaire/solitaireparser.h"

#include <QHash>
#include <QStringList>

#include <algorithm>

namespace cohort::import {

namespace {

const Campaign *findCampaign(const QList<Campaign> &campaigns, qint64 id)
{
    const auto it = std::find_if(campaigns.cbegin(), campaigns.cend(),
                                 [id](const Campaign &c) { return c.id == id; });
    return it == campaigns.cend() ? nullptr : &*it;
}

const Product *findProduct(const QList<Product> &products, qint64 id)
{
    const auto it = std::find_if(products.cbegin(), products.cend(),
                                 [id](const Product &p) { return p.id == id; });
    return it == products.cend() ? nullptr : &*it;
}

/// Whether one folded title holds the other ("周五草莓接龙" and campaign "周五草莓").
bool namesOverlap(const QString &a, const QString &b)
{
    const QString x = SolitaireParser::threadKey(a);
    const QString y = SolitaireParser::threadKey(b);
    return !x.isEmpty() && !y.isEmpty() && (x.contains(y) || y.contains(x));
}

} // namespace

SolitairePricing SolitaireOrderPlanner::pricing(qint64 campaignId, qint64 productId,
                                                const QList<Campaign> &campaigns,
                                                const QList<Product> &products)
{
    SolitairePricing result;
    const Campaign *campaign = findCampaign(campaigns, campaignId);
    result.campaignId = campaign ? campaign->id : 0;
    if (productId == 0 && campaign && campaign->products.size() == 1)
        productId = campaign->products.first().productId;
    const Product *product = findProduct(products, productId);
    if (!product)
        return result;
    result.productId = product->id;
    result.unitPrice = product->price;
    if (campaign) {
        for (const CampaignProduct &offered : campaign->products) {
            if (offered.productId == product->id && !offered.price.currency().isEmpty())
                result.unitPrice = offered.price;
        }
    }
    return result;
}

SolitairePricing
SolitaireOrderPlanner::linkedPricing(const SolitaireBook &book, const QList<Campaign> &campaigns,
                                     const QList<Product> &products,
                                     const QList<SolitaireRepository::SourcedOrder> &existing)
{
    if (!existing.isEmpty())
        return pricing(existing.first().campaignId, existing.first().productId, campaigns, products);

    QList<const Campaign *> candidates;
    for (const Campaign &c : campaigns) {
        if (c.type != CampaignType::Solitaire || c.status == CampaignStatus::Cancelled
            || !c.groupIds.contains(book.groupId))
            continue;
        if (c.startsAt.isValid() && c.startsAt > book.thread.updated)
            continue;
        if (c.endsAt.isValid() && c.endsAt < book.thread.started)
            continue;
        candidates << &c;
    }
    if (candidates.size() > 1) {
        QList<const Campaign *> named;
        for (const Campaign *c : std::as_const(candidates)) {
            if (namesOverlap(c->name, book.thread.title))
                named << c;
        }
        candidates = named;
    }
    if (candidates.size() != 1)
        return {};
    const Campaign *campaign = candidates.first();
    qint64 productId = 0;
    if (campaign->products.size() > 1) {
        for (const CampaignProduct &offered : campaign->products) {
            const Product *product = findProduct(products, offered.productId);
            if (product && namesOverlap(product->name, book.thread.title)) {
                if (productId != 0) {
                    productId = 0; // the title names two of them
                    break;
                }
                productId = product->id;
            }
        }
    }
    return pricing(campaign->id, productId, campaigns, products);
}

QList<SolitaireProposal>
SolitaireOrderPlanner::plan(const SolitaireBook &book, const SolitairePricing &pricing,
                            const QList<SolitaireRepository::SourcedOrder> &existing)
{
    QList<SolitaireProposal> proposals;
    QHash<qint64, qsizetype> byMember;
    QHash<qint64, QDateTime> latest; ///< member -> when their last entry was written
    for (const SolitaireBookLine &line : book.lines) {
        const SolitaireBookEntry &entry = line.entry;
        if (line.match.status == SolitaireMemberMatch::Status::Matched) {
            const auto found = byMember.constFind(line.match.memberId);
            if (found != byMember.cend()) {
                SolitaireProposal &merged = proposals[*found];
                merged.positions << entry.position;
                merged.quantity += entry.quantity;
                if (merged.unit != entry.unit)
                    merged.unit.clear();
                if (!entry.note.isEmpty())
                    merged.note = merged.note.isEmpty() ? entry.note
                                                        : merged.note + QStringLiteral("; ")
                            + entry.note;
                if (line.writtenAt > latest.value(line.match.memberId)) {
                    latest[line.match.memberId] = line.writtenAt;
                    merged.order.sourceMessageId = entry.messageId;
                    merged.order.orderedAt = line.writtenAt;
                }
                continue;
            }
            byMember.insert(line.match.memberId, proposals.size());
            latest.insert(line.match.memberId, line.writtenAt);
        }
        SolitaireProposal proposal;
        proposal.status = line.match.status == SolitaireMemberMatch::Status::Ambiguous
            ? SolitaireProposal::Status::Ambiguous
            : SolitaireProposal::Status::Unmatched;
        proposal.positions << entry.position;
        proposal.name = entry.name;
        proposal.memberId = line.match.memberId;
        proposal.memberName = line.memberName;
        proposal.quantity = entry.quantity;
        proposal.unit = entry.unit;
        proposal.note = entry.note;
        proposal.order.sourceMessageId = entry.messageId;
        proposal.order.orderedAt = line.writtenAt;
        proposals.append(proposal);
    }

    for (SolitaireProposal &proposal : proposals) {
        if (proposal.memberId == 0)
            continue;
        Order &order = proposal.order;
        order.memberId = proposal.memberId;
        order.groupId = book.groupId;
        order.channel = OrderChannel::Solitaire;
        order.status = OrderStatus::Placed;
        const auto taken = std::find_if(existing.cbegin(), existing.cend(), [&](const auto &o) {
            return o.memberId == proposal.memberId
                && (pricing.productId == 0 || o.productId == pricing.productId);
        });
        if (taken != existing.cend()) {
            proposal.status = SolitaireProposal::Status::Accepted;
            order.id = taken->orderId;
            order.productId = taken->productId;
            order.campaignId = taken->campaignId;
            order.quantity = taken->quantity;
            order.sourceMessageId = taken->sourceMessageId;
            continue;
        }
        if (!pricing.isValid()) {
            proposal.status = SolitaireProposal::Status::NoProduct;
            continue;
        }
        proposal.status = SolitaireProposal::Status::Ready;
        order.productId = pricing.productId;
        order.campaignId = pricing.campaignId;
        order.quantity = proposal.quantity;
        order.unitPrice = pricing.unitPrice;
        order.total = pricing.unitPrice.times(proposal.quantity);
        order.notes = proposal.note;
    }
    return proposals;
}

QList<Order> SolitaireOrderPlanner::readyOrders(const QList<SolitaireProposal> &proposals)
{
    QList<Order> orders;
    for (const SolitaireProposal &proposal : proposals) {
        if (proposal.status == SolitaireProposal::Status::Ready)
            orders << proposal.order;
    }
    return orders;
}

} // namespace cohort::import
