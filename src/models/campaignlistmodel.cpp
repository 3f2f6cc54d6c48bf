#include "models/campaignlistmodel.h"

#include "storage/database.h"
#include "storage/listspecs.h"

namespace cohort {

CampaignListModel::CampaignListModel(Database &database, QObject *parent)
    : SqlPagedTableModel(database, ListSpecs::campaigns(database.dialect()), parent)
{
}

void CampaignListModel::setStatusFilter(std::optional<CampaignStatus> status)
{
    setFilterValue(ListSpecs::Status, status ? QVariant(enumKey(*status)) : QVariant());
}

void CampaignListModel::setGroupFilter(qint64 groupId)
{
    setFilterValue(ListSpecs::Group, groupId > 0 ? QVariant(groupId) : QVariant());
}

} // namespace cohort
