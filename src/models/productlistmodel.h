#pragma once

#include "models/sqlpagedtablemodel.h"
#include "domain/enums.h"

#include <optional>

namespace cohort {

/// The Products pane's list: name, SKU, category, role, price, cost, margin, repurchase cycle.
class ProductListModel final : public SqlPagedTableModel
{
    Q_OBJECT

public:
    explicit ProductListModel(Database &database, QObject *parent = nullptr);

    /// Only products of this role (nullopt = all).
    void setRoleFilter(std::optional<ProductRole> role);
    /// Only active (true) or inactive (false) products (nullopt = all).
    void setActiveFilter(std::optional<bool> active);
};

} // namespace cohort
