#include "testsupport.h"

#include <QDir>
#include <QStandardPaths>

namespace cohort::test {

QString dataPath(const QString &relative)
{
    const QString root
        = qEnvironmentVariable("COHORT_TEST_DATA", QStringLiteral(COHORT_TEST_DATA_DEFAULT));
    return QDir(root).filePath(relative);
}

bool haveTool(const QString &program)
{
    return !QStandardPaths::findExecutable(program).isEmpty();
}

bool toolsRequired()
{
    return qEnvironmentVariableIntValue("COHORT_REQUIRE_TEST_TOOLS") != 0;
}

} // namespace cohort::test
