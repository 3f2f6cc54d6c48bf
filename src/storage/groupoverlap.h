#pragma once

#include "domain/enums.h"

#include <QList>
#include <QString>

namespace cohort {

class Database;

/// Which group already holds the messages of an export: the same chat exported again (later,
/// from another phone, under another file name) goes into the group that holds it.
class GroupOverlap final
{
public:
    struct Match
    {
        qint64 groupId = 0; ///< 0: no group of the platform holds any of the fingerprints
        QString name;
        qint64 matched = 0; ///< how many of the fingerprints the group holds
    };

    /// The group of `platform` holding the most of `fingerprints` (the first
    /// sql::MaxIdsPerStatement are asked about). Throws QueryError when the read fails.
    static Match best(const Database &database, Platform platform,
                      const QList<qint64> &fingerprints);
};

} // namespace cohort
