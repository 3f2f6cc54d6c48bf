#pragma once

#include "models/sqlpagedtablemodel.h"
#include "domain/enums.h"

#include <optional>

namespace cohort {

/// The Orders pane's list (500,000 rows and more), newest first.
class OrderListModel final : public SqlPagedTableModel
{
    Q_OBJECT

public:
    explicit OrderListModel(Database &database, QObject *parent = nullptr);

    void setGroupFilter(qint64 groupId);
    void setMemberFilter(qint64 memberId);
    void setCampaignFilter(qint64 campaignId);
    void setStatusFilter(std::optional<OrderStatus> status);
};

} // namespace cohort
