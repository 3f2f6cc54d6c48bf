#pragma once

#include "storage/ledgerrepository.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>

namespace cohort {

class Database;

/// Payout totals of the commission ledger per beneficiary and currency for a period: what each
/// referrer and partner earned, what was paid out and what is still owed.
class LedgerTotalsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Beneficiary, Currency, Earned, Paid, Outstanding, ColumnCount };
    /// Role carrying the beneficiary's member id; SortRole carries numbers for sorting.
    static constexpr int BeneficiaryIdRole = Qt::UserRole + 1;
    static constexpr int SortRole = Qt::UserRole + 2;

    explicit LedgerTotalsModel(const Database &database, QObject *parent = nullptr);

    /// Entries created in [from, to).
    void setPeriod(const QDateTime &from, const QDateTime &to);
    void reload();
    const QList<LedgerRepository::PayoutTotal> &totals() const { return m_totals; }
    bool hasFailed() const { return m_failed; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    /// The last load failed and the model is empty: `message` is for the user, `details` names
    /// the statement and the driver's message. A successful load clears hasFailed().
    void loadFailed(const QString &message, const QString &details);

private:
    const Database &m_database;
    QDateTime m_from;
    QDateTime m_to;
    QList<LedgerRepository::PayoutTotal> m_totals;
    QHash<qint64, QString> m_names;
    bool m_failed = false;
};

} // namespace cohort
