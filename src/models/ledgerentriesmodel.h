#pragma once

#include "domain/ledgerentry.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QTimeZone>

namespace cohort {

class Database;

/// The commission-ledger entries of one beneficiary in a period, oldest first: each credit or
/// reversal with its order, amount and payout date.
class LedgerEntriesModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Date, Kind, OrderNumber, Product, Amount, PaidOn, ColumnCount };
    static constexpr int EntryIdRole = Qt::UserRole + 1;
    static constexpr int SortRole = Qt::UserRole + 2;

    explicit LedgerEntriesModel(const Database &database, QObject *parent = nullptr);

    /// 0 = nobody (the model is empty).
    void setBeneficiary(qint64 memberId);
    qint64 beneficiary() const { return m_beneficiary; }
    void setPeriod(const QDateTime &from, const QDateTime &to);
    void reload();
    const QList<LedgerEntry> &entries() const { return m_entries; }
    bool hasFailed() const { return m_failed; }

    static QString kindName(LedgerKind kind);

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
    /// Reads entries and product names; throws QueryError.
    void load();

    const Database &m_database;
    qint64 m_beneficiary = 0;
    QDateTime m_from;
    QDateTime m_to;
    QList<LedgerEntry> m_entries;
    QHash<qint64, QString> m_productOfOrder;
    QTimeZone m_timeZone; ///< the workspace's, read at each reload
    bool m_failed = false;
};

} // namespace cohort
