#include "storage/groupoverlap.h"

#include "storage/checkedquery.h"
#include "storage/sqlvalues.h"

namespace cohort {

GroupOverlap::Match GroupOverlap::best(const Database &database, Platform platform,
                                       const QList<qint64> &fingerprints)
{
    Match match;
    const QList<qint64> asked = fingerprints.mid(0, sql::MaxIdsPerStatement);
    if (asked.isEmpty())
        return match;
    // Per group, so each count is a lookup in the (group_id, fingerprint) index.
    CheckedQuery q(database,
                   QStringLiteral("SELECT g.id, g.name, (SELECT COUNT(*) FROM messages m "
                                  "WHERE m.group_id = g.id AND m.fingerprint IN (%1)) AS n "
                                  "FROM chat_groups g WHERE g.platform = ? "
                                  "ORDER BY n DESC, g.id LIMIT 1")
                       .arg(sql::placeholders(asked.size())));
    for (const qint64 fingerprint : asked)
        q.bind(fingerprint);
    q.bind(enumKey(platform));
    q.exec();
    if (q.next() && q.value(2).toLongLong() > 0) {
        match.groupId = q.value(0).toLongLong();
        match.name = q.value(1).toString();
        match.matched = q.value(2).toLongLong();
    }
    return match;
}

} // namespace cohort
