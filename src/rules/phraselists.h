#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace cohort {
class Database;
}

namespace cohort::rules {

/// The phrases behind no_ads and no_private_soliciting, zh and en, editable per workspace
/// (stored in the workspace's meta table; the defaults until the operator saves a list).
struct PhraseLists
{
    QStringList ads;
    QStringList soliciting;
    bool operator==(const PhraseLists &) const = default;

    static PhraseLists defaults();
    /// The workspace's lists (throws QueryError when the read fails).
    static PhraseLists load(const Database &database);
    /// Saves both lists in one transaction; false with `error` set when it fails.
    static bool save(const Database &database, const PhraseLists &lists, QString *error = nullptr);
};

} // namespace cohort::rules
