#pragma once

#include "domain/money.h"
#include "domain/order.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace cohort {

/// Why money is owed to a member; storage keys are those of commission_ledger.kind.
enum class LedgerKind { Rebate, Commission, RecruiterCommission, Reversal };

QString ledgerKindKey(LedgerKind kind);
std::optional<LedgerKind> ledgerKindFromKey(const QString &key);

/// One credit (or, for reversals, a negative amount) in the commission ledger.
struct LedgerEntry
{
    LedgerKind kind = LedgerKind::Rebate;
    qint64 beneficiaryId = 0;
    qint64 orderId = 0;
    Money amount;
    QDateTime at;
    qint64 id = 0; ///< set once stored
    QDateTime paidAt; ///< when the operator paid it out; invalid = outstanding
    bool operator==(const LedgerEntry &) const = default;
};

/// Something that happened to an order that may earn or take back rebates and commissions.
struct OrderEvent
{
    enum class Kind { Paid, Refunded };
    Kind kind = Kind::Paid;
    Order order;
    QDateTime at;
};

/// The entries that cancel `credits` (each credit negated, kind Reversal), skipping any credit
/// already cancelled by an earlier reversal in `credits`.
QList<LedgerEntry> reversalsFor(const QList<LedgerEntry> &entriesOfOrder, const QDateTime &at);

} // namespace cohort
