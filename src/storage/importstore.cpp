#include "storage/importstore.h"
#include "storage/checkedquery.h"

#include "domain/group.h"
#include "domain/messageactivity.h"
#include "storage/database.h"
#include "storage/grouprepository.h"
#include "storage/jsonrows.h"
#include "storage/queryerror.h"
#include "storage/rowstamps.h"
#include "storage/sqltransaction.h"
#include "storage/sqlvalues.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QSqlError>

namespace cohort {

namespace {

// Rows per chunked statement: one bound JSON text each (JsonRows). Larger chunks amortise the
// statement; a few thousand rows keep the text at a few hundred KB.
constexpr int MessageChunk = 2000;
constexpr int EventChunk = 500;
// Indexes of a table are dropped for the import and built once at commit (a sort, far cheaper
// than growing them row by row) when at least this many rows come in and the table held at most
// DeferRatio times as many before.
constexpr qint64 DeferMinRows = 20000;
constexpr qint64 DeferRatio = 4;
// Messages per COPY chunk (PostgreSQL): COPY data is no statement text, so chunks may be larger,
// and one as large as DeferMinRows decides about the indexes with the first chunk: 18,000
// messages written into the live indexes and foreign keys before that took 0.8 s, the next
// 970,000 by COPY 4.5 s.
constexpr int CopyMessageChunk = int(DeferMinRows);
// Page cache while importing, in KiB: enough for the pages that take inserts (table tails, the
// roll-up keys, indexes kept live), far above SQLite's default 2 MiB. More only raises the peak
// memory: the sorter that rebuilds deferred indexes works in runs of the cache's size.
constexpr qint64 ImportCacheKib = 24 * 1024;
// ... and while deferred indexes are built: SQLite's sorter sorts runs as large as the cache, and
// runs of a few MiB that stay in the CPU's caches sort faster than one large run (1e6 messages:
// 1.45 s for the five index builds instead of 1.9-2.1 s, and 20 MB less at peak).
constexpr qint64 IndexBuildCacheKib = 4 * 1024;

// The cells of a message row; the platform ids come last, so chunks without any (WhatsApp, QQ)
// use a statement that does not extract them. group_id and batch_id are bound per chunk.
const QStringList &messageColumns(bool withIds)
{
    static const QStringList without { QStringLiteral("member_id"), QStringLiteral("sent_at"),
                                       QStringLiteral("kind"), QStringLiteral("body"),
                                       QStringLiteral("fingerprint") };
    static const QStringList with
        = without + QStringList { QStringLiteral("external_id"), QStringLiteral("reply_to") };
    return withIds ? with : without;
}

// A message's cells as COPY rows carry them: the chunk's group and batch in every row.
const QStringList &copyMessageColumns()
{
    static const QStringList columns
        = QStringList { QStringLiteral("group_id"), QStringLiteral("batch_id") }
        + messageColumns(true);
    return columns;
}

const QStringList &chunkColumns()
{
    static const QStringList columns { QStringLiteral("group_id"), QStringLiteral("batch_id") };
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
        setError(m_transaction->error());
        m_transaction.reset();
        return false;
    }
    raiseCache();
    const QSqlDatabase db = m_transaction->connection();
    if (!m_database.dialect().isSqlite() && PgCopy::available(db)) {
        // copyRows() stages rows in temporary tables: without the right to make them (revoked
        // from PUBLIC by some servers), the JSON chunks still work.
        QSqlQuery q(db);
        if (!prepare(q, QStringLiteral("SELECT has_database_privilege(current_database(), 'TEMP')"))
            || !exec(q))
            return false;
        if (q.next() && q.value(0).toBool())
            m_copy = std::make_unique<PgCopy>(db);
    }
    m_messageChunk = QSqlQuery(db);
    m_messageChunkWithIds = QSqlQuery(db);
    m_eventChunk = QSqlQuery(db);
    m_memberChunk = QSqlQuery(db);
    m_identityChunk = QSqlQuery(db);
    m_dayUpsert = QSqlQuery(db);
    m_hourUpsert = QSqlQuery(db);
    return prepare(m_messageChunk, messageInsertSql(false))
        && prepare(m_messageChunkWithIds, messageInsertSql(true))
        && prepare(m_eventChunk, eventInsertSql())
        && prepare(m_memberChunk,
                   m_database.dialect().jsonRowsInsert(
                       QStringLiteral("members"),
                       { QStringLiteral("id"), QStringLiteral("display_name"),
                         QStringLiteral("source_channel"), QStringLiteral("first_seen"),
                         QStringLiteral("created_at") }))
        && prepare(m_identityChunk,
                   m_database.dialect().jsonRowsInsert(
                       QStringLiteral("identities"),
                       { QStringLiteral("id"), QStringLiteral("member_id"),
                         QStringLiteral("platform"), QStringLiteral("stable_key") }))
        && prepare(
               m_dayUpsert,
               rollupUpsertSql(QStringLiteral("member_day_activity"), QStringLiteral("member_id")))
        && prepare(m_hourUpsert,
                   rollupUpsertSql(QStringLiteral("group_hour_activity"), QStringLiteral("hour")));
}

QString ImportStore::messageInsertSql(bool withIds) const
{
    return m_database.dialect().jsonRowsInsert(QStringLiteral("messages"), messageColumns(withIds),
                                               QStringLiteral(" ON CONFLICT DO NOTHING"),
                                               chunkColumns());
}

QString ImportStore::eventInsertSql() const
{
    return m_database.dialect().jsonRowsInsert(QStringLiteral("membership_events"), eventColumns(),
                                               QStringLiteral(" ON CONFLICT DO NOTHING"));
}

bool ImportStore::execRows(QSqlQuery &query, JsonRows &rows)
{
    if (rows.isEmpty())
        return true;
    query.bindValue(0, m_database.dialect().jsonRowsValue(rows.text()));
    rows.clear();
    return exec(query);
}

void ImportStore::raiseCache()
{
    if (m_cacheRaised)
        return;
    if (m_database.dialect().cacheSizeQuery().isEmpty())
        return;
    QSqlQuery q(m_database.connection());
    if (q.exec(m_database.dialect().cacheSizeQuery()) && q.next()) {
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
    setError(Database::errorFromSql(query.lastError()));
    return false;
}

void ImportStore::setError(const WorkspaceError &error)
{
    if (m_error.isError())
        return;
    m_error = error;
    m_failed.store(true, std::memory_order_release);
}

void ImportStore::onSql(const std::function<void()> &job)
{
    m_lane.call(job);
}

void ImportStore::postSql(std::function<void()> job)
{
    m_lane.post(std::move(job));
}

qint64 ImportStore::resolveGroup(qint64 groupId, const QString &groupName, Platform platform,
                                 const QString &externalId, const QString &chatName,
                                 bool *byExternalId)
{
    qint64 id = 0;
    onSql([&] {
        // The lane's thread must not end in an exception: a failed read fails the import.
        try {
            id = findOrCreateGroup(groupId, groupName, platform, externalId, chatName,
                                   byExternalId);
        } catch (const QueryError &error) {
            setError(error.error());
            id = 0;
        }
    });
    return id;
}

qint64 ImportStore::findOrCreateGroup(qint64 groupId, const QString &groupName, Platform platform,
                                      const QString &externalId, const QString &chatName,
                                      bool *byExternalId)
{
    *byExternalId = false;
    GroupRepository groups(m_database);
    if (groupId > 0) {
        if (groups.find(groupId))
            return groupId;
        setError(
            { WorkspaceError::Kind::NotFound, tr("There is no group with id %1.").arg(groupId) });
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
        setError(groups.lastError());
        return 0;
    }
    *byExternalId = !group.externalId.isEmpty();
    m_groups[group.id].loaded = true; // new: it holds nothing to deduplicate against
    return group.id;
}

QString ImportStore::groupName(qint64 groupId)
{
    QString name;
    onSql([&] {
        try {
            const std::optional<Group> group = GroupRepository(m_database).find(groupId);
            name = group ? group->name : QString();
        } catch (const QueryError &error) {
            setError(error.error());
        }
    });
    return name;
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
    setForwardOnlyWhereSafe(q);
    q.prepare(QStringLiteral("SELECT fingerprint FROM messages WHERE group_id = ?"));
    q.addBindValue(groupId);
    if (!exec(q))
        return;
    while (q.next())
        state.messageFingerprints.insert(q.value(0).toLongLong());
    if (!state.messageFingerprints.isEmpty())
        m_hadMessages.insert(groupId);
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
    qint64 id = 0;
    onSql([&] { id = insertBatch(groupId, fileName, format, sha256, timeZone, importedAt); });
    return id;
}

qint64 ImportStore::insertBatch(qint64 groupId, const QString &fileName, const QString &format,
                                const QString &sha256, const QString &timeZone, qint64 importedAt)
{
    loadGroup(groupId);
    QSqlQuery q(m_transaction->connection());
    q.prepare(QStringLiteral("INSERT INTO import_batches (group_id, file_name, format, sha256, "
                             "time_zone, imported_at) VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(groupId);
    q.addBindValue(sql::text(fileName));
    q.addBindValue(sql::text(format));
    q.addBindValue(sql::text(sha256));
    q.addBindValue(sql::text(timeZone));
    q.addBindValue(importedAt);
    if (!exec(q))
        return 0;
    m_transaction->touch(Table::ImportBatches);
    return q.lastInsertId().toLongLong();
}

void ImportStore::finishBatch(qint64 batchId, const BatchCounts &counts, const QString &sha256)
{
    onSql([&] { updateBatch(batchId, counts, sha256); });
}

void ImportStore::updateBatch(qint64 batchId, const BatchCounts &counts, const QString &sha256)
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
    const QVariant none { QMetaType(QMetaType::LongLong) };
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
        bool ok = false;
        onSql([&] { ok = loadPeople(platformKey, *people); });
        if (!ok)
            return {};
    }
    auto it = people->find(stableKey);
    if (it == people->end()) {
        const Person created = createPerson(platformKey, stableKey, displayName, at);
        if (created.memberId <= 0)
            return {};
        it = people->insert(stableKey, created);
    }
    if (!displayName.isEmpty())
        m_namesSeen[qMakePair(it->identityId, displayName)].add(at);
    return *it;
}

bool ImportStore::loadPeople(const QString &platformKey, QHash<QString, Person> &people)
{
    QSqlQuery q(m_transaction->connection());
    setForwardOnlyWhereSafe(q);
    q.prepare(
        QStringLiteral("SELECT id, member_id, stable_key FROM identities WHERE platform = ?"));
    q.addBindValue(platformKey);
    if (!exec(q))
        return false;
    while (q.next()) {
        people.insert(q.value(2).toString(),
                      Person { q.value(0).toLongLong(), q.value(1).toLongLong(), false });
    }
    return true;
}

ImportStore::Person ImportStore::createPerson(const QString &platformKey, const QString &stableKey,
                                              const QString &displayName, qint64 at)
{
    Person created;
    created.isNew = true;
    created.memberId = freeId(m_memberIds);
    created.identityId = freeId(m_identityIds);
    if (created.memberId <= 0 || created.identityId <= 0)
        return {};
    m_memberRows.beginRow();
    m_memberRows.addInt(created.memberId);
    m_memberRows.addText(displayName.isEmpty() ? stableKey : displayName);
    m_memberRows.addText(enumKey(SourceChannel::Import));
    m_memberRows.addInt(at);
    m_memberRows.addInt(QDateTime::currentSecsSinceEpoch());
    m_identityRows.beginRow();
    m_identityRows.addInt(created.identityId);
    m_identityRows.addInt(created.memberId);
    m_identityRows.addText(platformKey);
    m_identityRows.addText(stableKey);
    if (m_memberRows.rows() >= EventChunk)
        flushPeople();
    return created;
}

qint64 ImportStore::freeId(IdSource &source)
{
    if (source.next > 0)
        return source.next++;
    qint64 id = 0;
    onSql([&] {
        QSqlQuery q(m_transaction->connection());
        if (prepare(q, m_database.dialect().freeIdQuery(source.table)) && exec(q) && q.next())
            id = q.value(0).toLongLong();
    });
    if (id > 0)
        source.next = id + 1;
    return id;
}

bool ImportStore::postRows(JsonRows &rows, std::function<void(const QVariant &)> write)
{
    if (failed())
        return false;
    if (rows.isEmpty())
        return true;
    // Converted here, on the producer's core.
    postSql(
        [this, write = std::move(write), value = m_database.dialect().jsonRowsValue(rows.text())] {
            if (!failed())
                write(value);
        });
    rows.clear();
    return !failed();
}

bool ImportStore::postCopy(CopyRows &rows, std::function<void(const QByteArray &)> write)
{
    if (failed())
        return false;
    if (rows.isEmpty())
        return true;
    // Converted to UTF-8 here, on the producer's core.
    postSql([this, write = std::move(write), data = rows.data()] {
        if (!failed())
            write(data);
    });
    rows.clear();
    return !failed();
}

bool ImportStore::copyRows(const QString &table, const QStringList &columns, const QByteArray &data,
                           const QString &tail, bool direct)
{
    if (direct && m_deferredTables.contains(table)) {
        if (m_copy->copy(table, columns, data))
            return true;
        setError(m_copy->error());
        return false;
    }
    // Table and column names are our own constants, never user text.
    const QString staging = QStringLiteral("pg_temp.cohort_import_") + table;
    const QString list = columns.join(QStringLiteral(", "));
    QSqlQuery q(m_transaction->connection());
    if (!m_stagingTables.contains(table)) {
        // Only the copied columns, without defaults: an id default would draw on the table's
        // sequence for every staged row.
        if (!q.exec(QStringLiteral("CREATE TEMPORARY TABLE IF NOT EXISTS ") + staging
                    + QStringLiteral(" ON COMMIT DROP AS SELECT ") + list + QStringLiteral(" FROM ")
                    + table + QStringLiteral(" WITH NO DATA")))
            return fail(q);
        m_stagingTables.insert(table);
    }
    if (!m_copy->copy(staging, columns, data)) {
        setError(m_copy->error());
        return false;
    }
    // A scan of a table filled by one COPY since its TRUNCATE returns the rows in the order they
    // came, so ids follow the file as they do on SQLite (no parallel plans for INSERT).
    if (!q.exec(QStringLiteral("INSERT INTO ") + table + QStringLiteral(" (") + list
                + QStringLiteral(") SELECT ") + list + QStringLiteral(" FROM ") + staging + tail)
        || !q.exec(QStringLiteral("TRUNCATE ") + staging))
        return fail(q);
    return true;
}

bool ImportStore::flushPeople()
{
    const QVariant identities = m_database.dialect().jsonRowsValue(m_identityRows.text());
    m_identityRows.clear();
    return postRows(m_memberRows, [this, identities](const QVariant &members) {
        m_transaction->touch(Table::Members);
        m_memberChunk.bindValue(0, members);
        m_identityChunk.bindValue(0, identities);
        if (exec(m_memberChunk))
            exec(m_identityChunk);
    });
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
    const int queued = m_copy ? m_messageCopy.rows() : m_messageRows.rows();
    if (row.batchId != m_chunkBatchId && queued > 0)
        flushMessages();
    m_chunkGroupId = row.groupId;
    m_chunkBatchId = row.batchId;
    ++m_messagesQueued;
    if (m_copy) {
        m_messageCopy.beginRow();
        m_messageCopy.addInt(row.groupId);
        m_messageCopy.addInt(row.batchId);
        m_messageCopy.addId(row.memberId);
        m_messageCopy.addInt(row.sentAt);
        m_messageCopy.addInt(row.kind);
        m_messageCopy.addText(row.body);
        m_messageCopy.addInt(row.fingerprint);
        m_messageCopy.addTextOrNull(row.externalId);
        m_messageCopy.addTextOrNull(row.replyTo);
    } else {
        m_messageRows.beginRow();
        m_messageRows.addId(row.memberId);
        m_messageRows.addInt(row.sentAt);
        m_messageRows.addInt(row.kind);
        m_messageRows.addText(row.body);
        m_messageRows.addInt(row.fingerprint);
        m_messageRows.addTextOrNull(row.externalId);
        m_messageRows.addTextOrNull(row.replyTo);
        m_chunkHasIds = m_chunkHasIds || !row.externalId.isEmpty() || !row.replyTo.isEmpty();
    }
    if (row.memberId > 0)
        m_timelines[qMakePair(row.groupId, row.memberId)].messages.add(row.sentAt);
    if (MessageActivity::counts(row.memberId, MessageKind(row.kind))) {
        ++m_dayActivity[RollupKey { row.groupId, row.localDay, row.memberId }];
        // Written as the import goes (upserts add up), on the core that writes anyway, rather
        // than all at commit; a large import's first rows decide about the table's indexes.
        if (m_dayActivity.size() >= RollupChunk && m_messagesQueued >= DeferMinRows)
            flushDayActivity();
        // Messages come in time order, so the hour changes rarely: count the run, then add it.
        const RollupKey hour { row.groupId, row.localDay, row.localHour };
        if (!(hour == m_hourRun)) {
            flushHourRun();
            m_hourRun = hour;
        }
        ++m_hourRunCount;
    }
    if (m_copy ? m_messageCopy.rows() >= CopyMessageChunk : m_messageRows.rows() >= MessageChunk)
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

void ImportStore::groupCreated(qint64 groupId, qint64 memberId, qint64 at)
{
    if (groupId <= 0 || memberId <= 0)
        return;
    // A step of the membership timeline, not a join event: creating a group is not "joining"
    // it for the joins the dashboards count.
    m_timelines[qMakePair(groupId, memberId)].events.emplace_back(at, 1);
    m_creators.insert(qMakePair(groupId, memberId));
}

bool ImportStore::deferIndexes(const QString &table, qint64 incoming, qint64 writtenBefore)
{
    if (incoming < DeferMinRows || m_indexesDecided.contains(table))
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
    if (!m_database.dialect().isSqlite()) {
        // Only a table's owner may drop its indexes: an operator of a team workspace imports
        // into the live ones (TeamRoles).
        if (!prepare(q,
                     QStringLiteral("SELECT pg_has_role(current_user, relowner, 'MEMBER') "
                                    "FROM pg_class WHERE oid = to_regclass(?)")))
            return false;
        q.addBindValue(table);
        if (!exec(q))
            return false;
        const bool owner = q.next() && q.value(0).toBool();
        q.finish();
        if (!owner)
            return true;
    }
    QList<QPair<QString, QString>> indexes;
    if (!prepare(q, m_database.dialect().secondaryIndexesQuery()))
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
    m_deferredTables.insert(table);
    return m_database.dialect().isSqlite() || deferForeignKeys(table);
}

bool ImportStore::deferForeignKeys(const QString &table)
{
    // PostgreSQL checks a foreign key with a query per inserted row: 1e6 messages with their
    // three keys took 25 s that way, the check of all rows at once when the key is added back
    // a fraction of a second. The catch: dropping a key locks the table it refers to (members,
    // groups) against readers until commit, as dropping the indexes already does this one.
    QSqlQuery q(m_transaction->connection());
    if (!prepare(q,
                 QStringLiteral("SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint "
                                "WHERE conrelid = to_regclass(?) AND contype = 'f' "
                                "ORDER BY conname")))
        return false;
    q.addBindValue(table);
    if (!exec(q))
        return false;
    QList<QPair<QString, QString>> keys;
    while (q.next())
        keys.append({ q.value(0).toString(), q.value(1).toString() });
    q.finish();
    if (keys.isEmpty())
        return true;
    // Another client reading a referenced table holds the drop up: after the lock timeout the
    // import goes on with the keys live rather than fail.
    if (!q.exec(QStringLiteral("SAVEPOINT cohort_defer_keys")))
        return fail(q);
    QList<QPair<QString, QString>> dropped;
    for (const auto &key : std::as_const(keys)) {
        // The name comes from the catalog; quoted as an identifier all the same.
        const QString name = QLatin1Char('"')
            + QString(key.first).replace(QLatin1Char('"'), QStringLiteral("\"\""))
            + QLatin1Char('"');
        if (!q.exec(QStringLiteral("ALTER TABLE ") + table + QStringLiteral(" DROP CONSTRAINT ")
                    + name)) {
            if (q.lastError().nativeErrorCode() != QLatin1String("55P03"))
                return fail(q);
            if (!q.exec(QStringLiteral("ROLLBACK TO SAVEPOINT cohort_defer_keys")))
                return fail(q);
            dropped.clear();
            break;
        }
        dropped.append({ name,
                         QStringLiteral("ALTER TABLE ") + table + QStringLiteral(" ADD CONSTRAINT ")
                             + name + QLatin1Char(' ') + key.second });
    }
    if (!q.exec(QStringLiteral("RELEASE SAVEPOINT cohort_defer_keys")))
        return fail(q);
    m_deferredIndexes += dropped;
    return true;
}

bool ImportStore::rebuildIndexes()
{
    if (m_deferredIndexes.isEmpty())
        return true;
    QSqlQuery q(m_transaction->connection());
    if (m_cacheRaised)
        q.exec(m_database.dialect().setCacheSize(-IndexBuildCacheKib));
    for (const auto &index : std::as_const(m_deferredIndexes)) {
        if (!q.exec(index.second))
            return fail(q);
    }
    m_deferredIndexes.clear();
    m_deferredTables.clear();
    // A later chat of the file may still write rows into live indexes.
    if (m_cacheRaised)
        q.exec(m_database.dialect().setCacheSize(-ImportCacheKib));
    return true;
}

bool ImportStore::flushMessages()
{
    if (m_messageRows.isEmpty() && m_messageCopy.isEmpty())
        return !failed();
    if (!flushPeople())
        return false;
    if (m_copy) {
        const qint64 written = m_messagesQueued;
        const qint64 writtenBefore = written - m_messageCopy.rows();
        return postCopy(m_messageCopy, [this, written, writtenBefore](const QByteArray &data) {
            if (!deferIndexes(QStringLiteral("messages"), written, writtenBefore))
                return;
            m_transaction->touch(Table::Messages);
            copyRows(QStringLiteral("messages"), copyMessageColumns(), data,
                     QStringLiteral(" ON CONFLICT DO NOTHING"), true);
        });
    }
    // Every queued message is in this chunk or an earlier one.
    const qint64 written = m_messagesQueued;
    const qint64 writtenBefore = written - m_messageRows.rows();
    const bool withIds = m_chunkHasIds;
    m_chunkHasIds = false;
    return postRows(m_messageRows,
                    [this, written, writtenBefore, withIds, group = m_chunkGroupId,
                     batch = m_chunkBatchId](const QVariant &text) {
                        if (!deferIndexes(QStringLiteral("messages"), written, writtenBefore))
                            return;
                        m_transaction->touch(Table::Messages);
                        QSqlQuery &query = withIds ? m_messageChunkWithIds : m_messageChunk;
                        query.bindValue(0, text);
                        query.bindValue(1, group);
                        query.bindValue(2, batch);
                        exec(query);
                    });
}

bool ImportStore::flushEvents()
{
    if (m_eventRows.isEmpty())
        return !failed();
    if (!flushPeople())
        return false;
    return postRows(m_eventRows, [this](const QVariant &text) {
        m_transaction->touch(Table::Memberships);
        m_eventChunk.bindValue(0, text);
        exec(m_eventChunk);
    });
}

bool ImportStore::syncIdSequences()
{
    // Members and identities got their ids here (freeId), messages and events may have: a team
    // server's sequences must move past them, or the next row added by hand would collide.
    QSqlQuery q(m_transaction->connection());
    for (const char *table : { "members", "identities", "messages", "membership_events" }) {
        const QString sql = m_database.dialect().syncIdSequence(QString::fromLatin1(table));
        if (!sql.isEmpty() && !q.exec(sql))
            return fail(q);
    }
    return true;
}

bool ImportStore::commit()
{
    if (!m_transaction || failed()) {
        rollback();
        return false;
    }
    QElapsedTimer timer;
    timer.start();
    // Where the time of a large import goes (the import benchmark prints it).
    auto phase = [&](const char *name) {
        m_phases.append({ QString::fromLatin1(name), timer.restart() });
        return true;
    };
    bool ok = flushPeople() && flushMessages() && flushEvents() && flushMemberships()
        && phase("memberships") && flushRollups() && phase("roll-ups") && flushMembersAndNames()
        && phase("names") && rebuildIndexes() && phase("indexes") && syncIdSequences();
    if (ok && !m_renames.isEmpty()) {
        QSqlQuery q(m_transaction->connection());
        ok = prepare(q,
                     QStringLiteral("UPDATE chat_groups SET name = ?, ")
                         + RowStamps::stamp(m_database.dialect()) + QStringLiteral(" WHERE id = ?"));
        for (auto it = m_renames.cbegin(); ok && it != m_renames.cend(); ++it) {
            q.bindValue(0, it.value());
            q.bindValue(1, it.key());
            ok = exec(q);
        }
        m_transaction->touch(Table::Groups);
    }
    if (ok && m_beforeCommit) {
        if (const WorkspaceError error = m_beforeCommit(); error.isError()) {
            setError(error);
            ok = false;
        } else {
            phase("rules");
        }
    }
    if (!ok) {
        rollback();
        return false;
    }
    // Statements must be done before COMMIT, or SQLite refuses with "statements in progress".
    m_messageChunk.finish();
    m_messageChunkWithIds.finish();
    m_eventChunk.finish();
    m_memberChunk.finish();
    m_identityChunk.finish();
    m_dayUpsert.finish();
    m_hourUpsert.finish();
    if (!m_transaction->commit()) {
        setError(m_transaction->error());
        rollback();
        return false;
    }
    m_transaction.reset();
    m_stagingTables.clear();
    phase("commit");
    restoreCache();
    return true;
}

void ImportStore::rollback()
{
    m_messageChunk = QSqlQuery();
    m_messageChunkWithIds = QSqlQuery();
    m_eventChunk = QSqlQuery();
    m_memberChunk = QSqlQuery();
    m_identityChunk = QSqlQuery();
    m_dayUpsert = QSqlQuery();
    m_hourUpsert = QSqlQuery();
    if (m_transaction) {
        m_transaction->rollback();
        m_transaction.reset();
    }
    m_stagingTables.clear();
    m_deferredTables.clear();
    restoreCache();
}

} // namespace cohort
