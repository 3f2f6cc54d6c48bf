#include "models/grouplistmodel.h"

#include "storage/database.h"
#include "storage/listspecs.h"

namespace cohort {

GroupListModel::GroupListModel(Database &database, QObject *parent)
    : SqlPagedTableModel(database, ListSpecs::groups(database.dialect()), parent)
{
}

} // namespace cohort
