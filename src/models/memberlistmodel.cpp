#include "models/memberlistmodel.h"

#include "models/membercellformatter.h"
#include "storage/database.h"
#include "storage/ledgersettingsrepository.h"
#include "storage/listspecs.h"
#include "storage/queryerror.h"

namespace cohort {

MemberListModel::MemberListModel(Database &database, QObject *parent)
    : SqlPagedTableModel(database, ListSpecs::members(database.dialect()), parent)
    , m_database(database)
    , m_tierColumn(columnOf(QStringLiteral("tier")))
{
    loadTiers();
    // The tier rules live in the workspace's ledger settings.
    connect(&database, &Database::changed, this, [this](Tables tables) {
        if (tables & Table::Ledger) {
            loadTiers();
            if (rowCount() > 0)
                Q_EMIT dataChanged(index(0, m_tierColumn), index(rowCount() - 1, m_tierColumn));
        }
    });
}

void MemberListModel::loadTiers()
{
    try {
        m_tiers = LedgerSettingsRepository(m_database).tiers();
    } catch (const QueryError &error) {
        m_tiers = {}; // no tier shown rather than a wrong one
        reportFailure(error);
    }
    resetFormatter();
}

QVariant MemberListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.column() != m_tierColumn
        || (role != Qt::DisplayRole && role != RawValueRole && role != Qt::ToolTipRole))
        return SqlPagedTableModel::data(index, role);
    const auto cells = std::static_pointer_cast<const MemberCellFormatter>(formatter());
    const auto tier = cells->tierOf(rowAt(index.row()));
    if (!tier)
        return role == Qt::ToolTipRole ? QVariant() : QVariant(QString());
    return role == RawValueRole ? QVariant(tier->key) : QVariant(tier->name);
}

std::shared_ptr<const ListCellFormatter> MemberListModel::makeFormatter() const
{
    return std::make_shared<MemberCellFormatter>(spec().columns, locale(), timeZone(), m_tiers);
}

void MemberListModel::setGroupFilter(qint64 groupId, bool former)
{
    setFilterValue(ListSpecs::Group, groupId > 0 && !former ? QVariant(groupId) : QVariant());
    setFilterValue(ListSpecs::FormerGroup, groupId > 0 && former ? QVariant(groupId) : QVariant());
    setFilterValue(ListSpecs::Former, groupId <= 0 && former ? QVariant(true) : QVariant());
}

void MemberListModel::setTagFilter(const QString &tag)
{
    setFilterValue(ListSpecs::Tag, tag.isEmpty() ? QVariant() : QVariant(tag));
}

void MemberListModel::setRoleFilter(std::optional<MemberRole> role)
{
    setFilterValue(ListSpecs::Role, role ? QVariant(enumKey(*role)) : QVariant());
}

void MemberListModel::setSourceFilter(std::optional<SourceChannel> source)
{
    setFilterValue(ListSpecs::Source, source ? QVariant(enumKey(*source)) : QVariant());
}

} // namespace cohort
