#pragma once

#include "domain/ledgerentry.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>

namespace cohort {

/// A partner/leader (团长): their commission on paid orders in their groups and, optionally, the
/// partner who recruited them with that recruiter's own rate on the same orders. There is no
/// field for a recruiter's recruiter: Cohort pays at most two levels (DOMAIN.md §6).
struct PartnerTerms
{
    qint64 memberId = 0;
    qint64 rateBasisPoints = 0;
    QSet<qint64> groupIds;
    qint64 recruiterId = 0; ///< 0 = none
    qint64 recruiterRateBasisPoints = 0;
    bool operator==(const PartnerTerms &) const = default;
};

/// Partner profit share (合伙人分润): a commission for each partner whose groups include a paid
/// order's group, plus one recruiter commission for the partner who recruited them, never more
/// levels. Amounts are rounded half away from zero per entry; refunds reverse exactly what was
/// credited.
class CommissionCalculator final
{
    Q_DECLARE_TR_FUNCTIONS(CommissionCalculator)

public:
    enum class TermsError {
        None,
        InvalidMember,
        RateOutOfRange, ///< a rate below 0 or above 100 %
        SelfRecruited,
        UnknownRecruiter, ///< recruiters must be registered partners first
        RecruiterRateWithoutRecruiter,
        CombinedRateAboveTotal ///< partner + recruiter rates above 100 %
    };

    /// Registers or replaces a partner's terms; returns why they were refused, if they were.
    TermsError setPartner(const PartnerTerms &terms);
    static QString describe(TermsError error);
    std::optional<PartnerTerms> partner(qint64 memberId) const;

    /// The commissions a paid order earns, without remembering them.
    QList<LedgerEntry> creditsFor(const Order &order, const QDateTime &at) const;
    /// Applies an event and returns the new ledger entries (see RebateCalculator::process).
    QList<LedgerEntry> process(const OrderEvent &event);

private:
    QList<qint64> m_partnerOrder; ///< registration order, so results are deterministic
    QHash<qint64, PartnerTerms> m_partners;
    QHash<qint64, QList<LedgerEntry>> m_byOrder;
};

} // namespace cohort
