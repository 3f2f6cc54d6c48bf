#include "domain/rebatecalculator.h"

namespace cohort {

RebateCalculator::RebateCalculator(const QList<RebateRule> &rules)
    : m_rules(rules)
{
}

std::optional<RebateRule> RebateCalculator::ruleFor(qint64 campaignId) const
{
    std::optional<RebateRule> global;
    for (const RebateRule &rule : m_rules) {
        if (campaignId != 0 && rule.campaignId == campaignId)
            return rule;
        if (rule.campaignId == 0 && !global)
            global = rule;
    }
    return global;
}

QList<LedgerEntry> RebateCalculator::creditFor(const Order &order, const QDateTime &at) const
{
    // Nobody earns a rebate on their own purchase.
    if (order.referrerId == 0 || order.referrerId == order.memberId)
        return {};
    const auto rule = ruleFor(order.campaignId);
    if (!rule)
        return {};
    Money amount;
    if (rule->kind == RebateRule::Kind::Fixed) {
        if (!rule->fixedAmount.currency().isEmpty()
            && rule->fixedAmount.currency() != order.total.currency())
            return {};
        amount = Money(rule->fixedAmount.minorUnits(), order.total.currency());
    } else {
        amount = order.total.percentBasisPoints(rule->basisPoints);
    }
    if (amount.minorUnits() <= 0)
        return {};
    return { LedgerEntry { LedgerKind::Rebate, order.referrerId, order.id, amount, at } };
}

QList<LedgerEntry> RebateCalculator::process(const OrderEvent &event)
{
    QList<LedgerEntry> &history = m_byOrder[event.order.id];
    QList<LedgerEntry> added;
    if (event.kind == OrderEvent::Kind::Paid) {
        Money net;
        for (const LedgerEntry &entry : history)
            net += entry.amount;
        // Paid again after a refund earns again; paid twice in a row does not.
        if (!history.isEmpty() && !net.isZero())
            return {};
        added = creditFor(event.order, event.at);
    } else if (!history.isEmpty()) {
        added = reversalsFor(history, event.at);
    }
    history.append(added);
    return added;
}

} // namespace cohort
