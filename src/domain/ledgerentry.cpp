#include "domain/ledgerentry.h"

#include <QHash>

namespace cohort {

QString ledgerKindKey(LedgerKind kind)
{
    switch (kind) {
    case LedgerKind::Rebate:
        return QStringLiteral("rebate");
    case LedgerKind::Commission:
        return QStringLiteral("commission");
    case LedgerKind::RecruiterCommission:
        return QStringLiteral("recruiter_commission");
    case LedgerKind::Reversal:
        return QStringLiteral("reversal");
    }
    return QString();
}

std::optional<LedgerKind> ledgerKindFromKey(const QString &key)
{
    for (const LedgerKind kind : { LedgerKind::Rebate, LedgerKind::Commission,
                                   LedgerKind::RecruiterCommission, LedgerKind::Reversal }) {
        if (ledgerKindKey(kind) == key)
            return kind;
    }
    return std::nullopt;
}

QList<LedgerEntry> reversalsFor(const QList<LedgerEntry> &entriesOfOrder, const QDateTime &at)
{
    // Net what each beneficiary still holds from this order; reversing the net keeps a second
    // refund event from taking the money back twice.
    QList<qint64> beneficiaries;
    QHash<qint64, Money> net;
    for (const LedgerEntry &entry : entriesOfOrder) {
        if (!net.contains(entry.beneficiaryId))
            beneficiaries.append(entry.beneficiaryId);
        net[entry.beneficiaryId] += entry.amount;
    }
    QList<LedgerEntry> result;
    for (const qint64 beneficiary : beneficiaries) {
        const Money held = net.value(beneficiary);
        if (held.isZero())
            continue;
        result.append(
            { LedgerKind::Reversal, beneficiary, entriesOfOrder.first().orderId, -held, at });
    }
    return result;
}

} // namespace cohort
