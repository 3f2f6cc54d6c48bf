#include "models/ledgertotalsmodel.h"

#include "storage/database.h"
#include "storage/memberrepository.h"
#include "storage/queryerror.h"

#include <QLocale>

#include <optional>

namespace cohort {

LedgerTotalsModel::LedgerTotalsModel(const Database &database, QObject *parent)
    : QAbstractTableModel(parent)
    , m_database(database)
{
    connect(&database, &Database::changed, this, [this](Tables tables) {
        if (tables & (Table::Ledger | Table::Members))
            reload();
    });
}

void LedgerTotalsModel::setPeriod(const QDateTime &from, const QDateTime &to)
{
    m_from = from;
    m_to = to;
    reload();
}

void LedgerTotalsModel::reload()
{
    beginResetModel();
    m_names.clear();
    std::optional<QueryError> failure;
    try {
        m_totals = m_from.isValid() && m_to.isValid()
            ? LedgerRepository(m_database).payoutTotals(m_from, m_to)
            : QList<LedgerRepository::PayoutTotal>();
        QList<qint64> ids;
        for (const auto &total : std::as_const(m_totals))
            ids << total.beneficiaryId;
        for (const Member &member : MemberRepository(m_database).findMany(ids))
            m_names.insert(member.id, member.displayName);
    } catch (const QueryError &error) {
        m_totals.clear();
        m_names.clear();
        failure = error;
    }
    endResetModel();
    m_failed = failure.has_value();
    if (failure)
        Q_EMIT loadFailed(failure->message(), failure->details());
}

int LedgerTotalsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_totals.size());
}

int LedgerTotalsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LedgerTotalsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_totals.size())
        return {};
    const auto &total = m_totals.at(index.row());
    if (role == BeneficiaryIdRole)
        return total.beneficiaryId;
    if (role == Qt::TextAlignmentRole && index.column() >= Earned)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    const QLocale locale;
    switch (index.column()) {
    case Beneficiary:
        return m_names.value(total.beneficiaryId, tr("(deleted member)"));
    case Currency:
        return total.earned.currency();
    case Earned:
        return role == SortRole ? QVariant(total.earned.minorUnits())
                                : QVariant(total.earned.toDisplayString(locale));
    case Paid:
        return role == SortRole ? QVariant(total.paid.minorUnits())
                                : QVariant(total.paid.toDisplayString(locale));
    case Outstanding:
        return role == SortRole ? QVariant(total.outstanding.minorUnits())
                                : QVariant(total.outstanding.toDisplayString(locale));
    default:
        return {};
    }
}

QVariant LedgerTotalsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Beneficiary:
        return tr("Member");
    case Currency:
        return tr("Currency");
    case Earned:
        return tr("Earned");
    case Paid:
        return tr("Paid out");
    case Outstanding:
        return tr("Outstanding");
    default:
        return {};
    }
}

} // namespace cohort
