#pragma once

#include "models/sqlpagedtablemodel.h"
#include "domain/enums.h"

#include <optional>

namespace cohort {

/// The Campaigns pane's list: name, type, status, groups, products, schedule, price tiers.
class CampaignListModel final : public SqlPagedTableModel
{
    Q_OBJECT

public:
    explicit CampaignListModel(Database &database, QObject *parent = nullptr);

    void setStatusFilter(std::optional<CampaignStatus> status);
    /// Only campaigns targeting this group (0 = all).
    void setGroupFilter(qint64 groupId);
};

} // namespace cohort
