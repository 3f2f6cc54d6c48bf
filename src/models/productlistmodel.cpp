#include "models/productlistmodel.h"

#include "storage/database.h"
#include "storage/listspecs.h"

namespace cohort {

ProductListModel::ProductListModel(Database &database, QObject *parent)
    : SqlPagedTableModel(database, ListSpecs::products(database.dialect()), parent)
{
}

void ProductListModel::setRoleFilter(std::optional<ProductRole> role)
{
    setFilterValue(ListSpecs::ProductRole, role ? QVariant(enumKey(*role)) : QVariant());
}

void ProductListModel::setActiveFilter(std::optional<bool> active)
{
    setFilterValue(ListSpecs::Active, active ? QVariant(*active ? 1 : 0) : QVariant());
}

} // namespace cohort
