#pragma once

#include "domain/order.h"
#include "domain/rebatecalculator.h"
#include "storage/workspaceerror.h"

#include <QDateTime>
#include <QList>

namespace cohort {

class Database;

/// Keeps the commission ledger and the points ledger in step with orders (DOMAIN.md §6): reads the
/// orders, rules and what they already carry, lets LedgerPostingRules (domain) decide what to
/// append, and appends it. The ledgers are append-only, so a refund, an edit, an undo or a
/// deletion appends reversals rather than rewriting history. Runs inside the caller's transaction
/// when there is one.
class LedgerPoster final
{
public:
    explicit LedgerPoster(const Database &database)
        : m_database(database)
    {
    }

    /// Brings the entries of these orders in line with their stored status and total; new
    /// entries are dated `at`, or each order's own time when `at` is invalid (bulk loads).
    bool sync(const QList<qint64> &orderIds, const QDateTime &at);
    /// Reverses everything the orders carry; call before deleting them.
    bool withdraw(const QList<qint64> &orderIds, const QDateTime &at);
    /// Credits the activity (per active day) and referral points due under the current rules
    /// that have not been credited yet. Sets `*members` to how many members received points.
    bool accruePoints(const QDateTime &at, int *members = nullptr);

    const WorkspaceError &lastError() const { return m_error; }

private:
    bool post(const QList<qint64> &orderIds, const QDateTime &at, bool withdrawAll);
    /// The rebate rules that apply to these orders, most specific first.
    QList<RebateRule> rebateRulesFor(const QList<Order> &orders) const;

    const Database &m_database;
    WorkspaceError m_error;
};

} // namespace cohort
