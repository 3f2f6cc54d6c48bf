#include "storage/workspacename.h"

#include "storage/database.h"
#include "storage/serveraddress.h"

#include <QFileInfo>

namespace cohort {

QString workspaceName(const Database &database)
{
    if (database.isInMemory())
        return {};
    if (database.isServer())
        return ServerAddress::parse(database.filePath()).databaseName();
    return QFileInfo(database.filePath()).completeBaseName();
}

} // namespace cohort
