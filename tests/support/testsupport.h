#pragma once

#include <QString>
#include <QTest>

namespace cohort::test {

/// Absolute path of a fixture below tests/data (COHORT_TEST_DATA, set by CTest).
QString dataPath(const QString &relative);

/// True when `program` (pdftotext, python3 ...) is on the PATH.
bool haveTool(const QString &program);
/// True when missing tools must fail the tests instead of skipping them: scripts/test sets
/// COHORT_REQUIRE_TEST_TOOLS, since it installs them, so a Linux run never loses a check quietly.
bool toolsRequired();

} // namespace cohort::test

/// Skips the rest of a test function when `program` is missing (a Windows or macOS machine
/// without poppler or Python), with the reason; fails instead under scripts/test.
#define COHORT_REQUIRE_TOOL(program)                                                               \
    do {                                                                                           \
        const QString cohortTool_ = QStringLiteral(program);                                       \
        if (!cohort::test::haveTool(cohortTool_)) {                                                \
            if (cohort::test::toolsRequired())                                                     \
                QFAIL(qPrintable(cohortTool_                                                       \
                                 + QStringLiteral(" is missing; scripts/deps --test installs it "  \
                                                  "(COHORT_REQUIRE_TEST_TOOLS is set)")));         \
            QSKIP(qPrintable(cohortTool_                                                           \
                             + QStringLiteral(" is not installed; its checks are skipped")));      \
        }                                                                                          \
    } while (false)
