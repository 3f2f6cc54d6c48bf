#pragma once

#include "storage/workspaceerror.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace cohort {

class Database;

/// Named column mappings of the order CSV import, stored in the workspace. The mapping is opaque
/// text here (JSON written by the import layer).
class OrderImportProfileRepository final
{
    Q_DECLARE_TR_FUNCTIONS(OrderImportProfileRepository)

public:
    explicit OrderImportProfileRepository(const Database &database)
        : m_database(database)
    {
    }

    /// Profile names, sorted case-insensitively.
    QStringList names() const;
    std::optional<QString> mapping(const QString &name) const;
    /// Creates the profile or replaces its mapping.
    bool save(const QString &name, const QString &mapping);
    bool remove(const QString &name);
    const WorkspaceError &lastError() const { return m_error; }

private:
    const Database &m_database;
    WorkspaceError m_error;
};

} // namespace cohort
