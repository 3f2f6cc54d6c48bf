#pragma once

#include "storage/workspaceerror.h"

#include <QStringList>

namespace cohort {

class Database;

/// Applies the numbered SQL migrations embedded under :/cohort/migrations, each in its own
/// transaction, and records the schema version in the workspace.
class Migrator final
{
public:
    explicit Migrator(Database &database)
        : m_database(database)
    {
    }

    static int latestVersion();
    /// Statements of one migration file, comments removed, dialect placeholders expanded.
    static QStringList statements(const QString &sql);
    WorkspaceError migrate(int fromVersion, int toVersion = latestVersion());

private:
    Database &m_database;
};

} // namespace cohort
