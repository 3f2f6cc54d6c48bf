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

/// Whether two names share a word: a common run of two Chinese characters ("葡萄") or four
/// other letters or digits ("sour"), after folding case and dropping punctuation and the word
/// 接龙 itself, which every list and many campaign names carry.
bool namesOverlap(const QString &a, const QString &b)
{
    const QString marker = QStringLiteral("接龙");
    const QString x = SolitaireParser::threadKey(a).remove(marker);
    const QString y = SolitaireParser::threadKey(b).remove(marker);
    // Longest common substring, ending at each (i, j); names are short.
    QList<int> previous(y.size() + 1, 0);
    QList<int> row(y.size() + 1, 0);
    for (qsizetype i = 1; i <= x.size(); ++i) {
        for (qsizetype j = 1; j <= y.size(); ++j) {
            row[j] = x.at(i - 1) == y.at(j - 1) ? previous.at(j - 1) + 1 : 0;
            if (row.at(j) == 0)
                continue;
            const QStringView common = QStringView(x).mid(i - row.at(j), row.at(j));
            const bool cjk = std::any_of(common.begin(), common.end(),
                                         [](QChar c) { return c.unicode() >= 0x2E80; });
            if (row.at(j) >= (cjk ? 2 : 4))
                return true;
        }
        std::swap(previous, row);
    }
    return false;
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
        return pricing(existing.first().campaignId, existing.first().productId, campaigns,
                       products);

    // Campaigns of the group running when the list did, scored by how well they fit its title:
    // a product the title names counts more than the campaign's own name.
    const Campaign *best = nullptr;
    int bestScore = 0;
    bool tie = false;
    for (const Campaign &c : campaigns) {
        if (c.type != CampaignType::Solitaire || c.status == CampaignStatus::Cancelled
            || !c.groupIds.contains(book.groupId))
            continue;
        if (c.startsAt.isValid() && c.startsAt > book.thread.updated)
            continue;
        if (c.endsAt.isValid() && c.endsAt < book.thread.started)
            continue;
        int score = namesOverlap(c.name, book.thread.title) ? 1 : 0;
        for (const CampaignProduct &offered : c.products) {
            const Product *product = findProduct(products, offered.productId);
            if (product && namesOverlap(product->name, book.thread.title)) {
                score += 2;
                break;
            }
        }
        if (score > bestScore) {
            best = &c;
            bestScore = score;
            tie = false;
        } else if (score == bestScore && score > 0) {
            tie = true;
        }
    }
    // A list nothing fits (the bread list in a fruit campaign's week) stays for the operator.
    if (!best || tie)
        return {};
    qint64 productId = 0;
    if (best->products.size() > 1) {
        for (const CampaignProduct &offered : best->products) {
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
    return pricing(best->id, productId, campaigns, products);
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
                    merged.note = merged.note.isEmpty()
                        ? entry.note
                        : merged.note + QStringLiteral("; ") + entry.note;
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
