#pragma once

#include "models/sqlpagedtablemodel.h"

namespace cohort {

/// The Groups pane's list: platform, name, status, member count and positioning.
class GroupListModel final : public SqlPagedTableModel
{
    Q_OBJECT

public:
    explicit GroupListModel(Database &database, QObject *parent = nullptr);
};

} // namespace cohort
