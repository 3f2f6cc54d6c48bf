#pragma once

#include "domain/ledgerentry.h"

#include <QHash>
#include <QList>

namespace cohort {

/// A referral reward: a fixed amount per paid order or a share of the order total.
struct RebateRule
{
    enum class Kind { Fixed, Percentage };
    Kind kind = Kind::Percentage;
    Money fixedAmount;
    qint64 basisPoints = 0; ///< 1 bp = 0.01 %; 500 = 5 %
    qint64 campaignId = 0; ///< 0 = global rule, used when the order's campaign has none
    bool operator==(const RebateRule &) const = default;
};

/// Credits referral rebates (DOMAIN.md §6) to the member who referred a buyer when the buyer's
/// order is paid, and reverses exactly what was credited when it is refunded. Percentages are
/// rounded half away from zero to the minor unit, once per ledger entry.
class RebateCalculator final
{
public:
    explicit RebateCalculator(const QList<RebateRule> &rules);

    /// The rule that applies to orders of `campaignId`: the campaign's own, else the global one.
    std::optional<RebateRule> ruleFor(qint64 campaignId) const;
    /// The rebate a paid order earns, without remembering it (0 or 1 entries).
    QList<LedgerEntry> creditFor(const Order &order, const QDateTime &at) const;
    /// Applies an event and returns the new ledger entries. A second "paid" for the same order
    /// credits nothing; a refund reverses what this calculator credited for the order.
    QList<LedgerEntry> process(const OrderEvent &event);

private:
    QList<RebateRule> m_rules;
    QHash<qint64, QList<LedgerEntry>> m_byOrder;
};

} // namespace cohort
