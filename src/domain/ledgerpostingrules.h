#pragma once

#include "domain/commissioncalculator.h"
#include "domain/pointsrules.h"
#include "domain/rebatecalculator.h"

#include <QHash>
#include <QList>

namespace cohort {

/// Which ledger entries orders carry (DOMAIN.md §6), as pure computation: an order that is paid or
/// delivered carries exactly the rebate, commissions and purchase points its current total earns;
/// any other status, or a withdrawn (deleted) order, carries none. The ledgers are append-only, so
/// bringing an order in line appends reversals and new credits rather than rewriting what it
/// holds. LedgerPoster reads and writes the rows; this class decides them.
class LedgerPostingRules final
{
public:
    /// `rebateRules` in the order rebateRulesInForce() gives; `partners` in any order.
    LedgerPostingRules(const QList<RebateRule> &rebateRules, const QList<PartnerTerms> &partners,
                       const PointsRules &points);

    /// What an order already carries.
    struct Held
    {
        QList<LedgerEntry> entries;
        qint64 purchasePoints = 0; ///< purchase and refund points of the order, summed
    };
    /// What to append.
    struct Postings
    {
        QList<LedgerEntry> entries;
        QList<PointsEntry> points;
    };

    /// The entries that make `order` (its referrer resolved) carry what its status earns, or
    /// nothing when `withdraw`; new entries are dated `at`.
    Postings post(const Order &order, const Held &held, const QDateTime &at, bool withdraw) const;

    /// Only paid and delivered orders earn rebates, commissions and points.
    static bool credits(OrderStatus status);
    /// The rebate rules in the order RebateCalculator applies them: each campaign's own rule,
    /// then the referral reward entered with a referral-day campaign (`campaignRewards`, for
    /// campaigns without a rule of their own), then the workspace's global rule.
    static QList<RebateRule> rebateRulesInForce(const QList<RebateRule> &stored,
                                                const QHash<qint64, Money> &campaignRewards);
    /// Activity (per active day) and referral points newly due, given each member's active days,
    /// members referred and points of either kind already credited; lowering a rule later takes
    /// back nothing already earned. Sorted by member, then reason.
    static QList<PointsEntry>
    accruals(const PointsRules &rules, const QHash<qint64, qint64> &activeDays,
             const QHash<qint64, qint64> &referrals, const QHash<qint64, qint64> &activityHeld,
             const QHash<qint64, qint64> &referralHeld, const QDateTime &at);

private:
    RebateCalculator m_rebates;
    CommissionCalculator m_commissions;
    PointsRules m_points;
};

} // namespace cohort
