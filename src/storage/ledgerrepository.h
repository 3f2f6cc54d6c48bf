#pragma once

#include "domain/commissioncalculator.h"
#include "domain/ledgerentry.h"
#include "domain/pointsrules.h"
#include "storage/workspaceerror.h"

#include <QList>

namespace cohort {

class Database;

/// Stores the commission ledger (rebates, commissions, reversals), partner terms and the points
/// ledger, and answers payout totals per partner and period. Each write is one transaction.
class LedgerRepository final
{
public:
    /// What one beneficiary earned in a period, in one currency.
    struct PayoutTotal
    {
        qint64 beneficiaryId = 0;
        Money earned; ///< credits minus reversals
        Money paid; ///< part of `earned` marked paid
        Money outstanding; ///< earned - paid
        bool operator==(const PayoutTotal &) const = default;
    };

    explicit LedgerRepository(const Database &database)
        : m_database(database)
    {
    }

    /// Appends entries and sets their ids.
    bool append(QList<LedgerEntry> &entries);
    QList<LedgerEntry> entriesForOrder(qint64 orderId) const;
    /// Entries created in [from, to) for one beneficiary (0 = everyone), oldest first.
    QList<LedgerEntry> entries(qint64 beneficiaryId, const QDateTime &from,
                               const QDateTime &to) const;
    /// Totals per beneficiary and currency for entries created in [from, to).
    QList<PayoutTotal> payoutTotals(const QDateTime &from, const QDateTime &to) const;
    /// Marks entries paid at `at`; entries already paid keep their first date.
    bool markPaid(const QList<qint64> &entryIds, const QDateTime &at);
    /// Clears the paid date of these entries (undo of markPaid for the entries it changed).
    bool markUnpaid(const QList<qint64> &entryIds);
    /// The entries with these ids that are not paid yet.
    QList<qint64> unpaidAmong(const QList<qint64> &entryIds) const;

    /// Saves a partner's terms (rates, groups, recruiter). Terms are checked by
    /// CommissionCalculator first; the table itself holds at most one recruiter per partner.
    bool savePartner(const PartnerTerms &terms);
    QList<PartnerTerms> partners() const;
    /// Ends a partnership; partners this one recruited keep their own rate but lose the
    /// recruiter (and the recruiter's rate) so no commission goes to a non-partner.
    bool removePartner(qint64 memberId);

    bool appendPoints(QList<PointsEntry> &entries);
    QList<PointsEntry> pointsOf(qint64 memberId) const;
    qint64 pointsBalance(qint64 memberId) const;

    const WorkspaceError &lastError() const { return m_error; }

private:
    const Database &m_database;
    WorkspaceError m_error;
};

} // namespace cohort
