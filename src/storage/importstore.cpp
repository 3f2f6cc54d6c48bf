#include "storage/importstore.h"

#include "domain/group.h"
#include "storage/database.h"
#include "storage/grouprepository.h"
#include "storage/sqltransaction.h"
#include "storage/sqlvalues.h"

#include <QDateTime>
#include <QSqlError>

#include <algorithm>

namespace cohort {

namespace {

// Rows per multi-row INSERT: large enough to amortise the statement, small enough to stay far
// below SQLite's 32766 bound variables.
constexpr int MessageChunk = 256;
constexpr int MessageColumns = 9;
constexpr int EventChunk = 128;
constexpr int EventColumns = 7;
// Page cache while importing, in KiB: the fingerprint and member indexes take random inserts,
// and a million messages thrash SQLite's default 2 MiB cache into hundreds of MB of I/O.
constexpr qint64 ImportCacheKib = 64 * 1024;

QVariant nullableText(const QString &value)
{
    return value.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(value);
}

QString placeholders(int rows, int columns)
{
    QString row = QStringLiteral("(?");
    for (int c = 1; c < columns; ++c)
        row += QStringLiteral(",?");
    row += QLatin1Char(')');
    QString all;
    all.reserve(rows * (row.size() + 1));
    for (int r = 0; r < rows; ++r) {
        if (r > 0)
            all += QLatin1Char(',');
        all += row;
    }
    return all;
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
    m_messages.reserve(MessageChunk);
    m_events.reserve(EventChunk);
    return prepare(m_messageChunk, messageInsertSql(MessageChunk))
        && prepare(m_eventChunk, eventInsertSql(EventChunk))
        && prepare(m_insertMember,
                   QStringLiteral("INSERT INTO members (display_name, source_channel, first_seen, "
                                  "created_at) VALUES (?, ?, ?, ?)")
                       + m_database.dialect().returningId())
        && prepare(m_insertIdentity,
                   QStringLiteral("INSERT INTO identities (member_id, platform, stable_key) "
                                  "VALUES (?, ?, ?)")
                       + m_database.dialect().returningId());
}

QString ImportStore::messageInsertSql(int rows) const
{
    return QStringLiteral("INSERT INTO messages (group_id, member_id, sent_at, kind, body, "
                          "external_id, reply_to, batch_id, fingerprint) VALUES ")
        + placeholders(rows, MessageColumns) + m_database.dialect().insertIgnoreSuffix();
}

QString ImportStore::eventInsertSql(int rows) const
{
    return QStringLiteral("INSERT INTO membership_events (group_id, member_id, kind, at, actor_id, "
                          "batch_id, fingerprint) VALUES ")
        + placeholders(rows, EventColumns) + m_database.dialect().insertIgnoreSuffix();
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

void ImportStore::finishBatch(qint64 batchId, const BatchCounts &counts)
{
    QSqlQuery q(m_transaction->connection());
    q.prepare(QStringLiteral("UPDATE import_batches SET messages = ?, duplicates = ?, "
                             "system_events = ?, new_members = ?, joins = ?, leaves = ?, "
                             "warnings = ?, first_at = ?, last_at = ? WHERE id = ?"));
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
    q.addBindValue(batchId);
    exec(q);
}

ImportStore::Person ImportStore::person(Platform platform, const QString &stableKey,
                                        const QString &displayName, qint64 at)
{
    const QString platformKey = enumKey(platform);
    if (!m_platformsLoaded.contains(platformKey)) {
        m_platformsLoaded.insert(platformKey);
        QSqlQuery q(m_transaction->connection());
        q.setForwardOnly(true);
        q.prepare(
            QStringLiteral("SELECT id, member_id, stable_key FROM identities WHERE platform = ?"));
        q.addBindValue(platformKey);
        if (!exec(q))
            return {};
        while (q.next()) {
            m_people.insert(platformKey + QChar(0x1f) + q.value(2).toString(),
                            Person { q.value(0).toLongLong(), q.value(1).toLongLong(), false });
        }
    }
    const QString key = platformKey + QChar(0x1f) + stableKey;
    auto it = m_people.find(key);
    if (it == m_people.end()) {
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
        it = m_people.insert(key, created);
    }
    if (!displayName.isEmpty())
        m_namesSeen[qMakePair(it->identityId, displayName)].add(at);
    return *it;
}

bool ImportStore::addMessage(const MessageRow &row)
{
    GroupState &state = m_groups[row.groupId];
    if (state.messageFingerprints.contains(row.fingerprint))
        return false;
    state.messageFingerprints.insert(row.fingerprint);
    m_messages.push_back(row);
    if (row.memberId > 0) {
        m_memberActivity[row.memberId].add(row.sentAt);
        m_timelines[qMakePair(row.groupId, row.memberId)].messages.add(row.sentAt);
        ++m_dayActivity[RollupKey { row.groupId, row.localDay, row.memberId }];
    }
    ++m_hourActivity[RollupKey { row.groupId, row.localDay, row.localHour }];
    if (m_messages.size() >= size_t(MessageChunk))
        flushMessages();
    return true;
}

bool ImportStore::addEvent(const EventRow &row)
{
    GroupState &state = m_groups[row.groupId];
    if (state.eventFingerprints.contains(row.fingerprint))
        return false;
    state.eventFingerprints.insert(row.fingerprint);
    m_events.push_back(row);
    const int direction = row.kind == MembershipEventKind::Join ? 1 : -1;
    m_timelines[qMakePair(row.groupId, row.memberId)].events.emplace_back(row.at, direction);
    if (m_events.size() >= size_t(EventChunk))
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

bool ImportStore::flushMessages()
{
    if (m_messages.empty() || m_error.isError())
        return !m_error.isError();
    const int rows = int(m_messages.size());
    QSqlQuery partial(m_transaction->connection());
    QSqlQuery &q = rows == MessageChunk ? m_messageChunk : partial;
    if (rows != MessageChunk && !prepare(q, messageInsertSql(rows)))
        return false;
    int i = 0;
    for (const MessageRow &m : m_messages) {
        q.bindValue(i++, m.groupId);
        q.bindValue(i++, sql::fromId(m.memberId));
        q.bindValue(i++, m.sentAt);
        q.bindValue(i++, m.kind);
        q.bindValue(i++, sql::text(m.body));
        q.bindValue(i++, nullableText(m.externalId));
        q.bindValue(i++, nullableText(m.replyTo));
        q.bindValue(i++, m.batchId);
        q.bindValue(i++, m.fingerprint);
    }
    m_messages.clear();
    m_transaction->touch(Table::Messages);
    return exec(q);
}

bool ImportStore::flushEvents()
{
    if (m_events.empty() || m_error.isError())
        return !m_error.isError();
    const int rows = int(m_events.size());
    QSqlQuery partial(m_transaction->connection());
    QSqlQuery &q = rows == EventChunk ? m_eventChunk : partial;
    if (rows != EventChunk && !prepare(q, eventInsertSql(rows)))
        return false;
    int i = 0;
    for (const EventRow &e : m_events) {
        q.bindValue(i++, e.groupId);
        q.bindValue(i++, e.memberId);
        q.bindValue(i++, enumKey(e.kind));
        q.bindValue(i++, e.at);
        q.bindValue(i++, sql::fromId(e.actorId));
        q.bindValue(i++, e.batchId);
        q.bindValue(i++, e.fingerprint);
    }
    m_events.clear();
    m_transaction->touch(Table::Memberships);
    return exec(q);
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
    // Multi-row upserts, like the messages: one statement per row would dominate small imports.
    constexpr int Chunk = 200;
    const QString head = QStringLiteral("INSERT INTO ") + table
        + QStringLiteral(" (group_id, day, ") + otherColumn + QStringLiteral(", messages) VALUES ");
    const QString tail = QStringLiteral(" ON CONFLICT (group_id, day, ") + otherColumn
        + QStringLiteral(") DO UPDATE SET messages = ") + table
        + QStringLiteral(".messages + excluded.messages");
    QSqlQuery full(m_transaction->connection());
    if (counts.size() >= Chunk && !prepare(full, head + placeholders(Chunk, 4) + tail))
        return false;
    std::vector<std::pair<RollupKey, int>> rows;
    rows.reserve(Chunk);
    auto flush = [&]() {
        QSqlQuery partial(m_transaction->connection());
        QSqlQuery &q = rows.size() == size_t(Chunk) ? full : partial;
        if (&q == &partial && !prepare(q, head + placeholders(int(rows.size()), 4) + tail))
            return false;
        int i = 0;
        for (const auto &[key, messages] : rows) {
            q.bindValue(i++, key.group);
            q.bindValue(i++, key.day);
            q.bindValue(i++, key.other);
            q.bindValue(i++, messages);
        }
        rows.clear();
        return exec(q);
    };
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        rows.emplace_back(it.key(), it.value());
        if (rows.size() == size_t(Chunk) && !flush())
            return false;
    }
    return rows.empty() || flush();
}

bool ImportStore::flushRollups()
{
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
    if (!prepare(names,
                 QStringLiteral(
                     "INSERT INTO identity_names (identity_id, name, first_seen, last_seen) VALUES "
                     "(?, ?, ?, ?) ON CONFLICT (identity_id, name) DO UPDATE SET first_seen = CASE "
                     "WHEN identity_names.first_seen IS NULL OR identity_names.first_seen > "
                     "excluded.first_seen THEN excluded.first_seen ELSE identity_names.first_seen "
                     "END, last_seen = CASE WHEN identity_names.last_seen IS NULL OR "
                     "identity_names.last_seen < excluded.last_seen THEN excluded.last_seen ELSE "
                     "identity_names.last_seen END"))
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
    for (auto it = m_namesSeen.cbegin(); it != m_namesSeen.cend(); ++it) {
        names.bindValue(0, it.key().first);
        names.bindValue(1, it.key().second);
        names.bindValue(2, it->first);
        names.bindValue(3, it->last);
        if (!exec(names))
            return false;
    }
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
        && flushMembersAndNames();
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
