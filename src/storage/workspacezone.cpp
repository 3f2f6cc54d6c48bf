#include "storage/workspacezone.h"

#include "storage/database.h"

namespace cohort {

QTimeZone WorkspaceZone::of(const Database &database)
{
    const QTimeZone zone(database.timeZoneId().toUtf8());
    return zone.isValid() ? zone : QTimeZone::utc();
}

Tables WorkspaceZone::changedTables()
{
    return Table::Groups | Table::Members | Table::Memberships | Table::Tags | Table::Products
        | Table::Campaigns | Table::Orders | Table::Messages | Table::ImportBatches | Table::Ledger
        | Table::Points | Table::Violations | Table::Identities;
}

} // namespace cohort
