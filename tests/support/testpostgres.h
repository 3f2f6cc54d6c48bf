#pragma once

#include <QString>
#include <QTest>

namespace cohort::test {

/// libpq URI of the PostgreSQL server the tests may use, from COHORT_TEST_PG (scripts/test starts
/// a throwaway cluster and sets it: postgresql://cohort@/postgres?host=DIR/socket&port=5432);
/// empty when no server was given.
QString postgresServer();

/// Creates an empty database on postgresServer(), a copy of `templateName` when one is given, and
/// returns its libpq URI (the server's with the database's name as its path). Each call gets a
/// database of its own (cohort_t_<pid>_<n>), so tests running in parallel never share one. Returns
/// an empty string, with a warning, when there is no server or it refuses.
QString createScratchDatabase(const QString &templateName = QString());

/// Drops every database createScratchDatabase() made in this process, best effort. It also runs
/// by itself when the test process ends, so a server of one's own is not left full of them.
void dropScratchDatabases();

/// True when a test without a PostgreSQL server must fail instead of skipping: scripts/test sets
/// COHORT_REQUIRE_TEST_TOOLS, since it starts a server, so a Linux run never loses a check quietly.
bool postgresRequired();

} // namespace cohort::test

/// Skips the rest of a test function when no PostgreSQL server was given (COHORT_TEST_PG unset),
/// with the reason; fails instead under scripts/test.
#define COHORT_REQUIRE_POSTGRES()                                                                  \
    do {                                                                                           \
        if (cohort::test::postgresServer().isEmpty()) {                                            \
            if (cohort::test::postgresRequired())                                                  \
                QFAIL("COHORT_TEST_PG is not set; scripts/test starts a PostgreSQL cluster and "   \
                      "sets it (COHORT_REQUIRE_TEST_TOOLS is set)");                               \
            QSKIP("No PostgreSQL server (COHORT_TEST_PG is not set); its checks are skipped");     \
        }                                                                                          \
    } while (false)
