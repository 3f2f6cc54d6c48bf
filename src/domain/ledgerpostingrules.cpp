#include "domain/ledgerpostingrules.h"

#include <QSet>

#include <algorithm>

namespace cohort {

namespace {

QHash<qint64, Money> netByBeneficiary(const QList<LedgerEntry> &entries)
{
    QHash<qint64, Money> net;
    for (const LedgerEntry &entry : entries)
        net[entry.beneficiaryId] += entry.amount;
    for (auto it = net.begin(); it != net.end();) {
        if (it->isZero())
            it = net.erase(it);
        else
            ++it;
    }
    return net;
}

/// Partners in an order CommissionCalculator accepts: recruiters before those they recruited.
CommissionCalculator commissionsFrom(const QList<PartnerTerms> &partners)
{
    CommissionCalculator calculator;
    QList<PartnerTerms> pending = partners;
    bool progress = true;
    while (!pending.isEmpty() && progress) {
        progress = false;
        for (qsizetype i = 0; i < pending.size();) {
            const CommissionCalculator::TermsError error = calculator.setPartner(pending.at(i));
            if (error == CommissionCalculator::TermsError::UnknownRecruiter) {
                ++i;
                continue;
            }
            // Terms refused for any other reason earn nothing rather than blocking the order.
            pending.removeAt(i);
            progress = true;
        }
    }
    return calculator;
}

} // namespace

LedgerPostingRules::LedgerPostingRules(const QList<RebateRule> &rebateRules,
                                       const QList<PartnerTerms> &partners,
                                       const PointsRules &points)
    : m_rebates(rebateRules)
    , m_commissions(commissionsFrom(partners))
    , m_points(points)
{
}

bool LedgerPostingRules::credits(OrderStatus status)
{
    return status == OrderStatus::Paid || status == OrderStatus::Delivered;
}

LedgerPostingRules::Postings LedgerPostingRules::post(const Order &order, const Held &held,
                                                      const QDateTime &at, bool withdraw) const
{
    Postings postings;
    const bool wanted = !withdraw && credits(order.status);
    QList<LedgerEntry> expected;
    if (wanted) {
        expected = m_rebates.creditFor(order, at);
        expected << m_commissions.creditsFor(order, at);
    }
    const QHash<qint64, Money> heldNet = netByBeneficiary(held.entries);
    if (heldNet != netByBeneficiary(expected)) {
        if (!heldNet.isEmpty())
            postings.entries << reversalsFor(held.entries, at);
        postings.entries << expected;
    }
    const qint64 pointsWanted = wanted ? m_points.forPurchase(order.total) : 0;
    if (held.purchasePoints != pointsWanted) {
        if (held.purchasePoints != 0)
            postings.points << PointsEntry { order.memberId, -held.purchasePoints,
                                             QStringLiteral("refund"), order.id, at };
        if (pointsWanted != 0)
            postings.points << PointsEntry { order.memberId, pointsWanted,
                                             QStringLiteral("purchase"), order.id, at };
    }
    return postings;
}

QList<RebateRule>
LedgerPostingRules::rebateRulesInForce(const QList<RebateRule> &stored,
                                       const QHash<qint64, Money> &campaignRewards)
{
    QList<RebateRule> rules;
    QSet<qint64> withRule;
    for (const RebateRule &rule : stored) {
        if (rule.campaignId != 0) {
            rules << rule;
            withRule.insert(rule.campaignId);
        }
    }
    QList<qint64> campaigns = campaignRewards.keys();
    std::sort(campaigns.begin(), campaigns.end()); // deterministic, whatever the hash order
    for (const qint64 campaignId : campaigns) {
        const Money &reward = campaignRewards.value(campaignId);
        if (withRule.contains(campaignId) || reward.currency().isEmpty()
            || reward.minorUnits() <= 0)
            continue;
        RebateRule rule;
        rule.kind = RebateRule::Kind::Fixed;
        rule.fixedAmount = reward;
        rule.campaignId = campaignId;
        rules << rule;
    }
    for (const RebateRule &rule : stored) {
        if (rule.campaignId == 0)
            rules << rule;
    }
    return rules;
}

QList<PointsEntry> LedgerPostingRules::accruals(const PointsRules &rules,
                                                const QHash<qint64, qint64> &activeDays,
                                                const QHash<qint64, qint64> &referrals,
                                                const QHash<qint64, qint64> &activityHeld,
                                                const QHash<qint64, qint64> &referralHeld,
                                                const QDateTime &at)
{
    QList<PointsEntry> entries;
    for (auto it = activeDays.cbegin(); it != activeDays.cend(); ++it) {
        const qint64 due = rules.forActiveDays(it.value()) - activityHeld.value(it.key());
        if (due > 0)
            entries << PointsEntry { it.key(), due, QStringLiteral("activity"), 0, at };
    }
    for (auto it = referrals.cbegin(); it != referrals.cend(); ++it) {
        const qint64 due = rules.forReferrals(it.value()) - referralHeld.value(it.key());
        if (due > 0)
            entries << PointsEntry { it.key(), due, QStringLiteral("referral"), 0, at };
    }
    std::sort(entries.begin(), entries.end(), [](const PointsEntry &a, const PointsEntry &b) {
        return a.memberId != b.memberId ? a.memberId < b.memberId : a.reason < b.reason;
    });
    return entries;
}

} // namespace cohort
