#include "storage/importstore.h"

#include "domain/group.h"
#include "storage/database.h"
#include "storage/grouprepository.h"
#include "storage/jsonrows.h"
#include "storage/sqltransaction.h"
#include "storage/sqlvalues.h"

#include <QDateTime>
#include <QSqlError>

#include <algorithm>
#include <tuple>

namespace cohort {

namespace {

// Rows per chunked statement: one bound JSON text each (JsonRows). Larger chunks amortise the
// statement; a few thousand rows keep the text at a few hundred KB.
constexpr int MessageChunk = 2000;
constexpr int EventChunk = 500;
constexpr int RollupChunk = 5000;
// Indexes of a table are dropped for the import and built once at commit (a sort, far cheaper
// than growing them row by row) when at least this many rows come in and the table held at most
// DeferRatio times as many before.
constexpr qint64 DeferMinRows = 20000;
constexpr qint64 DeferRatio = 4;
// Page cache while importing, in KiB: enough for the pages that take inserts (table tails, the
// roll-up keys, indexes kept live), far above SQLite's default 2 MiB. More only raises the peak
// memory: the sorter that rebuilds deferred indexes works in runs of the cache's size.
constexpr qint64 ImportCacheKib = 24 * 1024;

const QStringList &messageColumns()
{
    static const QStringList columns { QStringLiteral("group_id"),   QStringLiteral("member_id"),
                                       QStringLiteral("sent_at"),    QStringLiteral("kind"),
                                       QStringLiteral("body"),       QStringLiteral("external_id"),
                                       QStringLiteral("reply_to"),   QStringLiteral("batch_id"),
                                       QStringLiteral("fingerprint") };
    return columns;
}

const QStringList &eventColumns()
{
    static const QStringList columns { QStringLiteral("group_id"),   QStringLiteral("member_id"),
                                       QStringLiteral("kind"),       QStringLiteral("at"),
                                       QStringLiteral("actor_id"),   QStringLiteral("batch_id"),
                                       QStringLiteral("fingerprint") };
    return columns;
}

} // namespace

ImportStore::ImportStore(const Database &database)
    : m_database(database)
{
}

ImportStore::~ImportStore()
{
    rollback();
}

bool ImportStore::begin()
{
    m_transaction = std::make_unique<SqlTransaction>(m_database);
    if (!m_transaction->isActive()) {
        m_error = m_transaction->error();
        m_transaction.reset();
        return false;
    }
    raiseCache();
    const QSqlDatabase db = m_transaction->connection();
    m_messageChunk = QSqlQuery(db);
    m_eventChunk = QSqlQuery(db);
    m_insertMember = QSqlQuery(db);
    m_insertIdentity = QSqlQuery(db);
    return prepare(m_messageChunk, messageInsertSql()) && prepare(m_eventChunk, eventInsertSql())
        && prepare(m_insertMember,
                   QStringLiteral("INSERT INTO members (display_name, source_channel, first_seen, "
                                  "created_at) VALUES (?, ?, ?, ?)")
                       + m_database.dialect().returningId())
        && prepare(m_insertIdentity,
                   QStringLiteral("INSERT INTO identities (member_id, platform, stable_key) "
                                  "VALUES (?, ?, ?)")
                       + m_database.dialect().returningId());
}

QString ImportStore::messageInsertSql() const
{
    return m_database.dialect().jsonRowsInsert(QStringLiteral("messages"), messageColumns(),
                                               m_database.dialect().insertIgnoreSuffix());
}

QString ImportStore::eventInsertSql() const
{
    return m_database.dialect().jsonRowsInsert(QStringLiteral("membership_events"), eventColumns(),
                                               m_database.dialect().insertIgnoreSuffix());
}

bool ImportStore::execRows(QSqlQuery &query, JsonRows &rows)
{
    if (rows.isEmpty())
        return true;
    query.bindValue(0, rows.text());
    rows.clear();
    return exec(query);
}

void ImportStore::raiseCache()
{
    const QString read = m_database.dialect().cacheSizeQuery();
    if (read.isEmpty() || m_cacheRaised)
        return;
    QSqlQuery q(m_database.connection());
    if (q.exec(read) && q.next()) {
        m_savedCacheSize = q.value(0).toLongLong();
        m_cacheRaised = q.exec(m_database.dialect().setCacheSize(-ImportCacheKib));
    }
}

void ImportStore::restoreCache()
{
    if (!m_cacheRaised)
        return;
    m_cacheRaised = false;
    QSqlQuery q(m_database.connection());
    q.exec(m_database.dialect().setCacheSize(m_savedCacheSize));
}

bool ImportStore::prepare(QSqlQuery &query, const QString &sql)
{
    if (query.prepare(sql))
        return true;
    return fail(query);
}

bool ImportStore::exec(QSqlQuery &query)
{
    if (query.exec())
        return true;
    return fail(query);
}

bool ImportStore::fail(const QSqlQuery &query)
{
    if (!m_error.isError())
        m_error = Database::errorFromSql(query.lastError());
    return false;
}

qint64 ImportStore::resolveGroup(qint64 groupId, const QString &groupName, Platform platform,
                                 const QString &externalId, const QString &chatName,
                                 bool *byExternalId)
{
    *byExternalId = false;
    GroupRepository groups(m_database);
    if (groupId > 0) {
        if (groups.find(groupId))
            return groupId;
        m_error
            = { WorkspaceError::Kind::NotFound, tr("There is no group with id %1.").arg(groupId) };
        return 0;
    }
    QString name = groupName;
    if (name.isEmpty() && !externalId.isEmpty()) {
        QSqlQuery q(m_transaction->connection());
        q.prepare(
            QStringLiteral("SELECT id FROM chat_groups WHERE platform = ? AND external_id = ? "
                           "ORDER BY id LIMIT 1"));
        q.addBindValue(enumKey(platform));
        q.addBindValue(externalId);
        if (!exec(q))
            return 0;
        if (q.next()) {
            *byExternalId = true;
            return q.value(0).toLongLong();
        }
    }
    if (name.isEmpty())
        name = chatName;
    if (const std::optional<Group> existing = groups.findByName(name))
        return existing->id;
    Group group;
    group.platform = platform;
    group.name = name;
    group.externalId = groupName.isEmpty() ? externalId : QString();
    if (!groups.insert(group)) {
        m_error = groups.lastError();
        return 0;
    }
    *byExternalId = !group.externalId.isEmpty();
    m_groups[group.id].loaded = true; // new: it holds nothing to deduplicate against
    return group.id;
}

QString ImportStore::groupName(qint64 groupId)
{
    const std::optional<Group> group = GroupRepository(m_database).find(groupId);
    return group ? group->name : QString();
}

void ImportStore::loadGroup(qint64 groupId)
{
    GroupState &state = m_groups[groupId];
    if (state.loaded)
        return;
    state.loaded = true;
    // A later chat of a multi-chat file that lands in an existing group: its fingerprints are
    // read through the index, so indexes dropped for an earlier chat come back first.
    if (!m_deferredIndexes.isEmpty() && !rebuildIndexes())
        return;
    QSqlQuery q(m_transaction->connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT fingerprint FROM messages WHERE group_id = ?"));
    q.addBindValue(groupId);
    if (!exec(q))
        return;
    while (q.next())
        state.messageFingerprints.insert(q.value(0).toLongLong());
    q.prepare(QStringLiteral("SELECT fingerprint FROM membership_events WHERE group_id = ? AND "
                             "fingerprint IS NOT NULL"));
    q.addBindValue(groupId);
    if (!exec(q))
        return;
    while (q.next())
        state.eventFingerprints.insert(q.value(0).toLongLong());
}

qint64 ImportStore::beginBatch(qint64 groupId, const QString &fileName, const QString &format,
                               const QString &sha256, const QString &timeZone, qint64 importedAt)
{
    loadGroup(groupId);
    QSqlQuery q(m_transaction->connection());
    q.prepare(QStringLiteral("INSERT INTO import_batches (group_id, file_name, format, sha256, "
                             "time_zone, imported_at) VALUES (?, ?, ?, ?, ?, ?)")
              + m_database.dialect().returningId());
    q.addBindValue(groupId);
    q.addBindValue(sql::text(fileName));
    q.addBindValue(sql::text(format));
    q.addBindValue(sql::text(sha256));
    q.addBindValue(sql::text(timeZone));
    q.addBindValue(importedAt);
    if (!exec(q))
        return 0;
    m_transaction->touch(Table::ImportBatches);
    return q.next() ? q.value(0).toLongLong() : q.lastInsertId().toLongLong();
}

void ImportStore::finishBatch(qint64 batchId, const BatchCounts &counts, const QString &sha256)
{
    QSqlQuery q(m_transaction->connection());
    q.prepare(QStringLiteral("UPDATE import_batches SET messages = ?, duplicates = ?, "
                             "system_events = ?, new_members = ?, joins = ?, leaves = ?, "
                             "warnings = ?, first_at = ?, last_at = ?, sha256 = ? WHERE id = ?"));
    q.addBindValue(counts.messages);
    q.addBindValue(counts.duplicates);
    q.addBindValue(counts.systemEvents);
    q.addBindValue(counts.newMembers);
    q.addBindValue(counts.joins);
    q.addBindValue(counts.leaves);
    q.addBindValue(counts.warnings);
    const QVariant none(QMetaType(QMetaType::LongLong));
    q.addBindValue(counts.hasRange ? QVariant(counts.firstAt) : none);
    q.addBindValue(counts.hasRange ? QVariant(counts.lastAt) : none);
    q.addBindValue(sql::text(sha256));
    q.addBindValue(batchId);
    exec(q);
}

ImportStore::Person ImportStore::person(Platform platform, const QString &stableKey,
                                        const QString &displayName, qint64 at)
{
    const QString platformKey = enumKey(platform);
    auto people = m_people.find(platform);
    if (people == m_people.end()) {
        people = m_people.insert(platform, {});
        QSqlQuery q(m_transaction->connection());
        q.setForwardOnly(true);
        q.prepare(
            QStringLiteral("SELECT id, member_id, stable_key FROM identities WHERE platform = ?"));
        q.addBindValue(platformKey);
        if (!exec(q))
            return {};
        while (q.next()) {
            people->insert(q.value(2).toString(),
                           Person { q.value(0).toLongLong(), q.value(1).toLongLong(), false });
        }
    }
    auto it = people->find(stableKey);
    if (it == people->end()) {
        Person created;
        created.isNew = true;
        m_insertMember.bindValue(0, sql::text(displayName.isEmpty() ? stableKey : displayName));
        m_insertMember.bindValue(1, enumKey(SourceChannel::Import));
        m_insertMember.bindValue(2, at);
        m_insertMember.bindValue(3, QDateTime::currentSecsSinceEpoch());
        if (!exec(m_insertMember))
            return {};
        created.memberId = m_insertMember.next() ? m_insertMember.value(0).toLongLong()
                                                 : m_insertMember.lastInsertId().toLongLong();
        m_insertIdentity.bindValue(0, created.memberId);
        m_insertIdentity.bindValue(1, platformKey);
        m_insertIdentity.bindValue(2, sql::text(stableKey));
        if (!exec(m_insertIdentity))
            return {};
        created.identityId = m_insertIdentity.next() ? m_insertIdentity.value(0).toLongLong()
                                                     : m_insertIdentity.lastInsertId().toLongLong();
        m_transaction->touch(Table::Members);
        it = people->insert(stableKey, created);
    }
    if (!displayName.isEmpty())
        m_namesSeen[qMakePair(it->identityId, displayName)].add(at);
    return *it;
}

void ImportStore::nameSeen(qint64 identityId, const QString &displayName, qint64 first, qint64 last)
{
    if (identityId <= 0 || displayName.isEmpty())
        return;
    Span &span = m_namesSeen[qMakePair(identityId, displayName)];
    span.add(first);
    span.add(last);
}

bool ImportStore::addMessage(const MessageRow &row)
{
    GroupState &state = m_groups[row.groupId];
    if (state.messageFingerprints.contains(row.fingerprint))
        return false;
    state.messageFingerprints.insert(row.fingerprint);
    m_messageRows.beginRow();
    m_messageRows.addInt(row.groupId);
    m_messageRows.addId(row.memberId);
    m_messageRows.addInt(row.sentAt);
    m_messageRows.addInt(row.kind);
    m_messageRows.addText(row.body);
    m_messageRows.addTextOrNull(row.externalId);
    m_messageRows.addTextOrNull(row.replyTo);
    m_messageRows.addInt(row.batchId);
    m_messageRows.addInt(row.fingerprint);
    if (row.memberId > 0) {
        m_memberActivity[row.memberId].add(row.sentAt);
        m_timelines[qMakePair(row.groupId, row.memberId)].messages.add(row.sentAt);
        ++m_dayActivity[RollupKey { row.groupId, row.localDay, row.memberId }];
    }
    // Messages come in time order, so the hour changes rarely: count the run, then add it.
    const RollupKey hour { row.groupId, row.localDay, row.localHour };
    if (!(hour == m_hourRun)) {
        flushHourRun();
        m_hourRun = hour;
    }
    ++m_hourRunCount;
    if (m_messageRows.rows() >= MessageChunk)
        flushMessages();
    return true;
}

bool ImportStore::addEvent(const EventRow &row)
{
    GroupState &state = m_groups[row.groupId];
    if (state.eventFingerprints.contains(row.fingerprint))
        return false;
    state.eventFingerprints.insert(row.fingerprint);
    m_eventRows.beginRow();
    m_eventRows.addInt(row.groupId);
    m_eventRows.addInt(row.memberId);
    m_eventRows.addText(enumKey(row.kind));
    m_eventRows.addInt(row.at);
    m_eventRows.addId(row.actorId);
    m_eventRows.addInt(row.batchId);
    m_eventRows.addInt(row.fingerprint);
    const int direction = row.kind == MembershipEventKind::Join ? 1 : -1;
    m_timelines[qMakePair(row.groupId, row.memberId)].events.emplace_back(row.at, direction);
    if (m_eventRows.rows() >= EventChunk)
        flushEvents();
    return true;
}

void ImportStore::setReferrer(qint64 memberId, qint64 referrerId, qint64 at)
{
    if (memberId <= 0 || referrerId <= 0 || memberId == referrerId)
        return;
    auto it = m_referrers.find(memberId);
    // The earliest inviter in the file wins, like the first one stored in the workspace.
    if (it == m_referrers.end() || at < it->second)
        m_referrers.insert(memberId, { referrerId, at });
}

void ImportStore::renameGroup(qint64 groupId, const QString &name)
{
    if (!name.trimmed().isEmpty())
        m_renames.insert(groupId, name.trimmed());
}

bool ImportStore::deferIndexes(const QString &table, qint64 incoming, qint64 writtenBefore)
{
    const QString listSql = m_database.dialect().secondaryIndexesQuery();
    if (incoming < DeferMinRows || listSql.isEmpty() || m_indexesDecided.contains(table))
        return true;
    m_indexesDecided.insert(table);
    QSqlQuery q(m_transaction->connection());
    // Table names are our own constants, never user text.
    if (!prepare(q, QStringLiteral("SELECT count(*) FROM ") + table) || !exec(q))
        return false;
    const qint64 held = (q.next() ? q.value(0).toLongLong() : 0) - writtenBefore;
    q.finish();
    if (held > DeferRatio * incoming)
        return true;
    QList<QPair<QString, QString>> indexes;
    if (!prepare(q, listSql))
        return false;
    q.addBindValue(table);
    if (!exec(q))
        return false;
    while (q.next())
        indexes.append({ q.value(0).toString(), q.value(1).toString() });
    q.finish();
    for (const auto &index : std::as_const(indexes)) {
        if (!q.exec(QStringLiteral("DROP INDEX ") + index.first))
            return fail(q);
        m_deferredIndexes.append(index);
    }
    return true;
}

bool ImportStore::rebuildIndexes()
{
    QSqlQuery q(m_transaction->connection());
    for (const auto &index : std::as_const(m_deferredIndexes)) {
        if (!q.exec(index.second))
            return fail(q);
    }
    m_deferredIndexes.clear();
    return true;
}

bool ImportStore::flushMessages()
{
    if (m_error.isError())
        return false;
    if (m_messageRows.isEmpty())
        return true;
    const qint64 writtenBefore = m_messagesWritten;
    m_messagesWritten += m_messageRows.rows();
    if (!deferIndexes(QStringLiteral("messages"), m_messagesWritten, writtenBefore))
        return false;
    m_transaction->touch(Table::Messages);
    return execRows(m_messageChunk, m_messageRows);
}

bool ImportStore::flushEvents()
{
    if (m_error.isError())
        return false;
    if (m_eventRows.isEmpty())
        return true;
    m_transaction->touch(Table::Memberships);
    return execRows(m_eventChunk, m_eventRows);
}

bool ImportStore::flushMemberships()
{
    const QSqlDatabase db = m_transaction->connection();
    QSqlQuery read(db);
    QSqlQuery write(db);
    if (!prepare(read,
                 QStringLiteral("SELECT joined_at, left_at FROM memberships WHERE group_id = ? "
                                "AND member_id = ?"))
        || !prepare(write,
                    QStringLiteral("INSERT INTO memberships (group_id, member_id, joined_at, "
                                   "left_at) VALUES (?, ?, ?, ?) ON CONFLICT (group_id, "
                                   "member_id) DO UPDATE SET joined_at = excluded.joined_at, "
                                   "left_at = excluded.left_at")))
        return false;
    const QVariant none(QMetaType(QMetaType::LongLong));
    for (auto it = m_timelines.cbegin(); it != m_timelines.cend(); ++it) {
        read.bindValue(0, it.key().first);
        read.bindValue(1, it.key().second);
        if (!exec(read))
            return false;
        bool exists = read.next();
        // A stint: joined (when known) and left (when it ended); NULL columns are "unknown".
        qint64 joined = 0;
        qint64 left = 0;
        bool hasJoined = false;
        bool hasLeft = false;
        if (exists) {
            hasJoined = !read.value(0).isNull();
            joined = read.value(0).toLongLong();
            hasLeft = !read.value(1).isNull();
            left = read.value(1).toLongLong();
        }
        read.finish();
        // Replays the new events in time order over the stored state. Anything older than the
        // current stint is history and changes nothing, so an older export imported after a
        // newer one cannot resurrect a stale state. Order at one instant: join, speak, leave.
        enum Step { Join = 0, Speak = 1, Leave = 2 };
        std::vector<std::pair<qint64, int>> steps;
        steps.reserve(it->events.size() + 2);
        for (const std::pair<qint64, int> &event : it->events)
            steps.emplace_back(event.first, event.second > 0 ? Join : Leave);
        if (it->messages.set) {
            steps.emplace_back(it->messages.first, Speak);
            steps.emplace_back(it->messages.last, Speak);
        }
        std::sort(steps.begin(), steps.end());
        for (const auto &[at, what] : steps) {
            if (!exists) {
                exists = true;
                hasLeft = what == Leave;
                left = at;
                hasJoined = what != Leave;
                joined = at;
            } else if (what != Leave) {
                if (hasLeft && (what == Join ? at >= left : at > left)) {
                    hasJoined = true;
                    joined = at;
                    hasLeft = false;
                } else if (!hasLeft && !hasJoined && what == Join) {
                    hasJoined = true;
                    joined = at;
                }
            } else if (!hasLeft) {
                if (!hasJoined || at >= joined) {
                    hasLeft = true;
                    left = at;
                }
            } else if (at > left) {
                left = at;
            }
        }
        write.bindValue(0, it.key().first);
        write.bindValue(1, it.key().second);
        write.bindValue(2, hasJoined ? QVariant(joined) : none);
        write.bindValue(3, hasLeft ? QVariant(left) : none);
        if (!exec(write))
            return false;
    }
    if (!m_timelines.isEmpty())
        m_transaction->touch(Table::Memberships);
    return true;
}

bool ImportStore::flushRollup(const QString &table, const QString &otherColumn,
                              const QHash<RollupKey, int> &counts)
{
    const QStringList columns { QStringLiteral("group_id"), QStringLiteral("day"), otherColumn,
                                QStringLiteral("messages") };
    QSqlQuery q(m_transaction->connection());
    if (!prepare(q,
                 m_database.dialect().jsonRowsInsert(
                     table, columns,
                     QStringLiteral(" ON CONFLICT (group_id, day, ") + otherColumn
                         + QStringLiteral(") DO UPDATE SET messages = ") + table
                         + QStringLiteral(".messages + excluded.messages"))))
        return false;
    if (!deferIndexes(table, counts.size()))
        return false;
    // In key order the primary-key index grows at its end instead of at random places.
    std::vector<std::pair<RollupKey, int>> sorted;
    sorted.reserve(size_t(counts.size()));
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        sorted.emplace_back(it.key(), it.value());
    std::sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) {
        return std::tie(a.first.group, a.first.day, a.first.other)
            < std::tie(b.first.group, b.first.day, b.first.other);
    });
    JsonRows rows;
    for (const auto &[key, messages] : sorted) {
        rows.beginRow();
        rows.addInt(key.group);
        rows.addInt(key.day);
        rows.addInt(key.other);
        rows.addInt(messages);
        if (rows.rows() >= RollupChunk && !execRows(q, rows))
            return false;
    }
    return execRows(q, rows);
}

void ImportStore::flushHourRun()
{
    if (m_hourRunCount > 0)
        m_hourActivity[m_hourRun] += m_hourRunCount;
    m_hourRunCount = 0;
}

bool ImportStore::flushRollups()
{
    flushHourRun();
    return flushRollup(QStringLiteral("member_day_activity"), QStringLiteral("member_id"),
                       m_dayActivity)
        && flushRollup(QStringLiteral("group_hour_activity"), QStringLiteral("hour"),
                       m_hourActivity);
}

bool ImportStore::flushMembersAndNames()
{
    const QSqlDatabase db = m_transaction->connection();
    QSqlQuery names(db);
    QSqlQuery seen(db);
    QSqlQuery referrer(db);
    const QStringList nameColumns { QStringLiteral("identity_id"), QStringLiteral("name"),
                                    QStringLiteral("first_seen"), QStringLiteral("last_seen") };
    if (!prepare(names,
                 m_database.dialect().jsonRowsInsert(
                     QStringLiteral("identity_names"), nameColumns,
                     QStringLiteral(
                         " ON CONFLICT (identity_id, name) DO UPDATE SET first_seen = CASE "
                         "WHEN identity_names.first_seen IS NULL OR identity_names.first_seen > "
                         "excluded.first_seen THEN excluded.first_seen ELSE "
                         "identity_names.first_seen END, last_seen = CASE WHEN "
                         "identity_names.last_seen IS NULL OR identity_names.last_seen < "
                         "excluded.last_seen THEN excluded.last_seen ELSE "
                         "identity_names.last_seen END")))
        || !prepare(
            seen,
            QStringLiteral("UPDATE members SET first_seen = CASE WHEN first_seen IS NULL OR "
                           "first_seen > ? THEN ? ELSE first_seen END, last_active = CASE "
                           "WHEN ? IS NULL THEN last_active WHEN last_active IS NULL OR "
                           "last_active < ? THEN ? ELSE last_active END WHERE id = ?"))
        || !prepare(referrer,
                    QStringLiteral("UPDATE members SET referrer_id = ?, referred_at = ? "
                                   "WHERE id = ? AND referrer_id IS NULL")))
        return false;
    JsonRows nameRows;
    for (auto it = m_namesSeen.cbegin(); it != m_namesSeen.cend(); ++it) {
        nameRows.beginRow();
        nameRows.addInt(it.key().first);
        nameRows.addText(it.key().second);
        nameRows.addInt(it->first);
        nameRows.addInt(it->last);
        if (nameRows.rows() >= RollupChunk && !execRows(names, nameRows))
            return false;
    }
    if (!execRows(names, nameRows))
        return false;
    // first_seen: the earliest message or membership event; last_active: the latest message.
    QHash<qint64, Span> firstSeen;
    for (auto it = m_timelines.cbegin(); it != m_timelines.cend(); ++it) {
        Span &span = firstSeen[it.key().second];
        if (it->messages.set)
            span.add(it->messages.first);
        for (const auto &event : it->events)
            span.add(event.first);
    }
    const QVariant none(QMetaType(QMetaType::LongLong));
    for (auto it = firstSeen.cbegin(); it != firstSeen.cend(); ++it) {
        if (!it->set)
            continue;
        const Span activity = m_memberActivity.value(it.key());
        const QVariant last = activity.set ? QVariant(activity.last) : none;
        seen.bindValue(0, it->first);
        seen.bindValue(1, it->first);
        seen.bindValue(2, last);
        seen.bindValue(3, last);
        seen.bindValue(4, last);
        seen.bindValue(5, it.key());
        if (!exec(seen))
            return false;
    }
    for (auto it = m_referrers.cbegin(); it != m_referrers.cend(); ++it) {
        referrer.bindValue(0, it->first);
        referrer.bindValue(1, it->second);
        referrer.bindValue(2, it.key());
        if (!exec(referrer))
            return false;
    }
    if (!firstSeen.isEmpty() || !m_referrers.isEmpty())
        m_transaction->touch(Table::Members);
    return true;
}

bool ImportStore::commit()
{
    if (!m_transaction || m_error.isError()) {
        rollback();
        return false;
    }
    bool ok = flushMessages() && flushEvents() && flushMemberships() && flushRollups()
        && flushMembersAndNames() && rebuildIndexes();
    if (ok && !m_renames.isEmpty()) {
        QSqlQuery q(m_transaction->connection());
        ok = prepare(q, QStringLiteral("UPDATE chat_groups SET name = ? WHERE id = ?"));
        for (auto it = m_renames.cbegin(); ok && it != m_renames.cend(); ++it) {
            q.bindValue(0, it.value());
            q.bindValue(1, it.key());
            ok = exec(q);
        }
        m_transaction->touch(Table::Groups);
    }
    if (!ok) {
        rollback();
        return false;
    }
    // Statements must be done before COMMIT, or SQLite refuses with "statements in progress".
    m_messageChunk.finish();
    m_eventChunk.finish();
    m_insertMember.finish();
    m_insertIdentity.finish();
    if (!m_transaction->commit()) {
        m_error = m_transaction->error();
        rollback();
        return false;
    }
    m_transaction.reset();
    restoreCache();
    return true;
}

void ImportStore::rollback()
{
    m_messageChunk = QSqlQuery();
    m_eventChunk = QSqlQuery();
    m_insertMember = QSqlQuery();
    m_insertIdentity = QSqlQuery();
    if (m_transaction) {
        m_transaction->rollback();
        m_transaction.reset();
    }
    restoreCache();
}

} // namespace cohort
