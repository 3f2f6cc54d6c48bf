#pragma once

#include "storage/workspaceerror.h"
#include "testpostgres.h"

#include <QString>
#include <QTest>

namespace cohort {
class Database;
}

namespace cohort::test {

/// The rows of a global data table (initTestCase_data()) with one column, "backend": "sqlite"
/// and "postgres". Every test function of such a test then runs once per database engine.
void addBackendRows();

/// The "backend" of the current row of the global data table (in init() or a test function).
QString currentBackend();

/// Opens `database` as a new, empty workspace on `backend` ("sqlite": in memory; "postgres": a
/// database of its own on the tests' server, copied from one migrated once per process).
WorkspaceError openFreshWorkspace(Database &database, const QString &backend);

/// The same, and a new workspace's address or path in `location`, for tests that open a second
/// Database (or a CLI) on it: a file in `folder` for SQLite, the database's URI for PostgreSQL.
WorkspaceError createWorkspace(Database &database, const QString &backend, const QString &folder,
                               QString *location);

/// "ok", or what is wrong with the workspace's storage: SQLite's integrity_check; on PostgreSQL
/// amcheck's verification of every B-tree index against its table (bt_index_check with
/// heapallindexed), which an import that drops and rebuilds indexes must pass.
QString integrityCheck(const Database &database);

/// Rows that break a foreign key: SQLite's foreign_key_check (its checks can be switched off per
/// connection); on PostgreSQL, which checks every row as it is written, the foreign keys left
/// unvalidated and the tables whose checking triggers are switched off.
qint64 foreignKeyProblems(const Database &database);

/// The values of the one column `sql` selects, in its order, joined with ",".
QString joinedColumn(const Database &database, const QString &sql);

} // namespace cohort::test

/// For a test whose workspace is set up once and shared by its test functions: at the start of
/// init(), returns from it when the workspace of this row's engine is already set up, and
/// otherwise opens `database` fresh for it (the rest of init() then fills it).
#define COHORT_SHARED_WORKSPACE(database, backendMember)                                           \
    do {                                                                                           \
        if (cohort::test::currentBackend() == backendMember)                                       \
            return;                                                                                \
        backendMember = cohort::test::currentBackend();                                            \
        COHORT_OPEN_FRESH_WORKSPACE(database);                                                     \
    } while (false)

/// In init() or a test function of a test with addBackendRows(): opens `database` fresh on the
/// row's engine, skipping (or failing, under scripts/test) when no PostgreSQL server was given.
#define COHORT_OPEN_FRESH_WORKSPACE(database)                                                      \
    do {                                                                                           \
        QFETCH_GLOBAL(QString, backend);                                                           \
        if (backend == QLatin1String("postgres"))                                                  \
            COHORT_REQUIRE_POSTGRES();                                                             \
        const cohort::WorkspaceError openError_                                                    \
            = cohort::test::openFreshWorkspace(database, backend);                                 \
        QVERIFY2(!openError_.isError(), qPrintable(openError_.message));                           \
    } while (false)
