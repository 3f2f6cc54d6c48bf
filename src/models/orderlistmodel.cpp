#include "models/orderlistmodel.h"

#include "storage/database.h"
#include "storage/listspecs.h"

namespace cohort {

OrderListModel::OrderListModel(Database &database, QObject *parent)
    : SqlPagedTableModel(database, ListSpecs::orders(database.dialect()), parent)
{
}

void OrderListModel::setGroupFilter(qint64 groupId)
{
    setFilterValue(ListSpecs::Group, groupId > 0 ? QVariant(groupId) : QVariant());
}

void OrderListModel::setMemberFilter(qint64 memberId)
{
    setFilterValue(ListSpecs::Member, memberId > 0 ? QVariant(memberId) : QVariant());
}

void OrderListModel::setCampaignFilter(qint64 campaignId)
{
    setFilterValue(ListSpecs::Campaign, campaignId > 0 ? QVariant(campaignId) : QVariant());
}

void OrderListModel::setStatusFilter(std::optional<OrderStatus> status)
{
    setFilterValue(ListSpecs::Status, status ? QVariant(enumKey(*status)) : QVariant());
}

} // namespace cohort
