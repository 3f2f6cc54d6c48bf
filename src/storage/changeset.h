#pragma once

#include <QFlags>
#include <QMetaType>
#include <QSet>

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

/// What one committed transaction changed: its tables and, when every write to orders in it
/// named the orders it wrote, those orders (so the dashboards re-read only them).
struct ChangeSet
{
    Tables tables;
    /// The orders written, when `tables` has Orders and all of them are known; else empty.
    QSet<qint64> orderIds;
    /// Whether the orders changed are exactly `orderIds`.
    bool ordersByRow() const { return tables.testFlag(Table::Orders) && !orderIds.isEmpty(); }
};

} // namespace cohort

Q_DECLARE_METATYPE(cohort::Tables)
Q_DECLARE_METATYPE(cohort::ChangeSet)
