#include "models/ledgerentriesmodel.h"

#include "storage/database.h"
#include "storage/ledgerrepository.h"
#include "storage/orderrepository.h"
#include "storage/productrepository.h"
#include "storage/queryerror.h"
#include "storage/workspacezone.h"

#include <QLocale>

#include <optional>

namespace cohort {

LedgerEntriesModel::LedgerEntriesModel(const Database &database, QObject *parent)
    : QAbstractTableModel(parent)
    , m_database(database)
{
    connect(&database, &Database::changed, this, [this](Tables tables) {
        if (tables & (Table::Ledger | Table::Orders | Table::Products))
            reload();
    });
}

void LedgerEntriesModel::setBeneficiary(qint64 memberId)
{
    if (memberId == m_beneficiary)
        return;
    m_beneficiary = memberId;
    reload();
}

void LedgerEntriesModel::setPeriod(const QDateTime &from, const QDateTime &to)
{
    m_from = from;
    m_to = to;
    reload();
}

void LedgerEntriesModel::reload()
{
    beginResetModel();
    m_timeZone = WorkspaceZone::of(m_database);
    m_entries.clear();
    m_productOfOrder.clear();
    std::optional<QueryError> failure;
    try {
        load();
    } catch (const QueryError &error) {
        m_entries.clear();
        m_productOfOrder.clear();
        failure = error;
    }
    endResetModel();
    m_failed = failure.has_value();
    if (failure)
        Q_EMIT loadFailed(failure->message(), failure->details());
}

void LedgerEntriesModel::load()
{
    m_entries = m_beneficiary != 0 && m_from.isValid() && m_to.isValid()
        ? LedgerRepository(m_database).entries(m_beneficiary, m_from, m_to)
        : QList<LedgerEntry>();
    QList<qint64> orderIds;
    for (const LedgerEntry &entry : std::as_const(m_entries)) {
        if (entry.orderId != 0)
            orderIds << entry.orderId;
    }
    const QList<Order> orders = OrderRepository(m_database).findMany(orderIds);
    const ProductRepository products(m_database);
    QHash<qint64, QString> productNames;
    for (const Order &order : orders) {
        if (!productNames.contains(order.productId)) {
            const auto product = products.find(order.productId);
            productNames.insert(order.productId, product ? product->name : QString());
        }
        m_productOfOrder.insert(order.id, productNames.value(order.productId));
    }
}

QString LedgerEntriesModel::kindName(LedgerKind kind)
{
    switch (kind) {
    case LedgerKind::Rebate:
        return tr("Referral rebate");
    case LedgerKind::Commission:
        return tr("Partner commission");
    case LedgerKind::RecruiterCommission:
        return tr("Recruiter commission");
    case LedgerKind::Reversal:
        return tr("Reversal");
    }
    return {};
}

int LedgerEntriesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int LedgerEntriesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LedgerEntriesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const LedgerEntry &entry = m_entries.at(index.row());
    if (role == EntryIdRole)
        return entry.id;
    if (role == Qt::TextAlignmentRole
        && (index.column() == Amount || index.column() == OrderNumber))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    const QLocale locale;
    switch (index.column()) {
    case Date:
        return role == SortRole
            ? QVariant(entry.at.toSecsSinceEpoch())
            : QVariant(locale.toString(entry.at.toTimeZone(m_timeZone), QLocale::ShortFormat));
    case Kind:
        return kindName(entry.kind);
    case OrderNumber:
        if (role == SortRole)
            return entry.orderId;
        return entry.orderId == 0 ? tr("(deleted)") : QStringLiteral("#%1").arg(entry.orderId);
    case Product:
        return m_productOfOrder.value(entry.orderId);
    case Amount:
        return role == SortRole ? QVariant(entry.amount.minorUnits())
                                : QVariant(entry.amount.toDisplayString(locale));
    case PaidOn:
        if (role == SortRole)
            return entry.paidAt.isValid() ? entry.paidAt.toSecsSinceEpoch() : qint64(0);
        return entry.paidAt.isValid()
            ? locale.toString(entry.paidAt.toTimeZone(m_timeZone).date(), QLocale::ShortFormat)
            : tr("Outstanding");
    default:
        return {};
    }
}

QVariant LedgerEntriesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Date:
        return tr("Date");
    case Kind:
        return tr("Kind");
    case OrderNumber:
        return tr("Order");
    case Product:
        return tr("Product");
    case Amount:
        return tr("Amount");
    case PaidOn:
        return tr("Paid on");
    default:
        return {};
    }
}

} // namespace cohort
