#pragma once

#include <QString>

namespace cohort::test {

/// Absolute path of a fixture below tests/data (COHORT_TEST_DATA, set by CTest).
QString dataPath(const QString &relative);

} // namespace cohort::test
