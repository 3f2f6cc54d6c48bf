#pragma once

#include <QFlags>
#include <QMetaType>

namespace cohort {

/// The aggregates a committed transaction touched; models refresh when theirs is among them.
enum class Table {
    Groups = 0x1,
    Members = 0x2,
    Memberships = 0x4,
    Tags = 0x8,
    Products = 0x10,
    Campaigns = 0x20,
    Orders = 0x40,
    Messages = 0x80,
    ImportBatches = 0x100,
    Ledger = 0x200,
    Points = 0x400,
    Violations = 0x800,
    Identities = 0x1000,
};
Q_DECLARE_FLAGS(Tables, Table)
Q_DECLARE_OPERATORS_FOR_FLAGS(Tables)

} // namespace cohort

Q_DECLARE_METATYPE(cohort::Tables)
