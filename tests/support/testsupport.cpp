#include "testsupport.h"

#include <QDir>

namespace cohort::test {

QString dataPath(const QString &relative)
{
    const QString root = qEnvironmentVariable("COHORT_TEST_DATA", QStringLiteral(COHORT_TEST_DATA_DEFAULT));
    return QDir(root).filePath(relative);
}

} // namespace cohort::test
