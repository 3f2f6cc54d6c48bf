#pragma once

#include "domain/enums.h"
#include "storage/jsonrows.h"
#include "storage/pgcopy.h"
#include "storage/sqllane.h"
#include "storage/workspaceerror.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlQuery>
#include <QString>

#include <functional>

#include <atomic>
#include <memory>
#include <vector>

namespace cohort {

class Database;
class SqlTransaction;

/// Bulk writer behind the chat import: owns the one transaction of a file and all its SQL
/// (identities, members, messages, membership events, memberships, roll-ups, batch rows).
/// Nothing is visible to other connections until commit(); destroying it uncommitted rolls back.
/// Rows go out in chunks bound as one JSON text each, or on PostgreSQL as COPY data (PgCopy),
/// and a large import into a small table builds that table's secondary indexes (and on
/// PostgreSQL checks its foreign keys) once at commit instead of row by row.
class ImportStore final
{
    Q_DECLARE_TR_FUNCTIONS(ImportStore)

public:
    /// Where an author or subject landed: the identity and the member behind it.
    struct Person
    {
        qint64 identityId = 0;
        qint64 memberId = 0;
        bool isNew = false; ///< the member was created by this import
    };

    struct MessageRow
    {
        qint64 groupId = 0;
        qint64 batchId = 0;
        qint64 memberId = 0; ///< 0 = unknown author (stored as NULL)
        qint64 sentAt = 0; ///< Unix seconds
        int kind = 0;
        QString body;
        QString externalId;
        QString replyTo;
        qint64 fingerprint = 0;
        qint32 localDay = 0; ///< days since 1970-01-01 in the workspace time zone
        int localHour = 0;
    };

    struct EventRow
    {
        qint64 groupId = 0;
        qint64 batchId = 0;
        qint64 memberId = 0;
        MembershipEventKind kind = MembershipEventKind::Join;
        qint64 at = 0;
        qint64 actorId = 0;
        qint64 fingerprint = 0;
    };

    struct BatchCounts
    {
        qint64 messages = 0;
        qint64 duplicates = 0;
        qint64 systemEvents = 0;
        qint64 newMembers = 0;
        qint64 joins = 0;
        qint64 leaves = 0;
        qint64 warnings = 0;
        qint64 firstAt = 0;
        qint64 lastAt = 0;
        bool hasRange = false;
    };

    explicit ImportStore(const Database &database);
    ~ImportStore();
    ImportStore(const ImportStore &) = delete;
    ImportStore &operator=(const ImportStore &) = delete;

    const Database &database() const { return m_database; }

    /// Starts the transaction and prepares the statements.
    bool begin();
    /// Runs `producer` on a second thread, which may call the methods up to commit(): their SQL
    /// runs on this thread (the one that constructed the store and owns the connection), row
    /// chunks without waiting. Returns once the producer has returned and its SQL has run.
    void runProducer(const std::function<void()> &producer) { m_lane.runProducer(producer); }
    /// What the producer does while it waits for the writer to catch up (SqlLane::setSpareWork).
    void setSpareWork(std::function<bool()> work) { m_lane.setSpareWork(std::move(work)); }

    /// The target group: `groupId` when > 0, else the group named `groupName` (created when
    /// missing), else the group of this platform with `externalId`, else the one named
    /// `chatName`, else a new group named `chatName`. `byExternalId` tells whether the chat's
    /// own id found or created it (then renames in the file may rename it safely).
    qint64 resolveGroup(qint64 groupId, const QString &groupName, Platform platform,
                        const QString &externalId, const QString &chatName, bool *byExternalId);
    /// Name of an existing group (for reports).
    QString groupName(qint64 groupId);

    /// Whether the group held messages before this import (known once beginBatch() ran for it).
    bool groupHadMessages(qint64 groupId) const { return m_hadMessages.contains(groupId); }
    /// Runs `job` on the thread that owns the connection, inside the import's transaction, and
    /// waits for it: reads the import needs from the producer thread (the group's rules).
    void onConnection(const std::function<void()> &job) { m_lane.call(job); }

    /// Inserts the batch row (counts follow in finishBatch()) and loads the fingerprints the
    /// group already holds, so duplicates are known without a round trip per row.
    qint64 beginBatch(qint64 groupId, const QString &fileName, const QString &format,
                      const QString &sha256, const QString &timeZone, qint64 importedAt);
    /// Writes the counts and the file's checksum (known only now when it is computed alongside).
    void finishBatch(qint64 batchId, const BatchCounts &counts, const QString &sha256);

    /// Finds or creates the identity `stableKey` on `platform`; a new identity gets a new member
    /// (source channel `import`). Remembers `displayName` as seen at `at`.
    Person person(Platform platform, const QString &stableKey, const QString &displayName,
                  qint64 at);

    /// Remembers that `identityId` was shown as `displayName` from `first` to `last` (what
    /// person() notes for one instant, for callers that track spans themselves).
    void nameSeen(qint64 identityId, const QString &displayName, qint64 first, qint64 last);
    /// Queues a message; false when the group already holds its fingerprint (a duplicate).
    bool addMessage(const MessageRow &row);
    /// Queues a membership event; false when it is already stored.
    bool addEvent(const EventRow &row);
    /// Sets `memberId`'s referrer to `referrerId` unless they already have one.
    void setReferrer(qint64 memberId, qint64 referrerId, qint64 at);
    /// Renames the group (a rename event in the file).
    void renameGroup(qint64 groupId, const QString &name);
    /// `memberId` created the group at `at`: a member since then, and its owner unless the
    /// workspace already gives them another role.
    void groupCreated(qint64 groupId, qint64 memberId, qint64 at);

    /// A last step inside the transaction, after every row is written and before COMMIT (the
    /// rules scan of what the import added): returning an error rolls the whole import back.
    void setBeforeCommit(std::function<WorkspaceError()> step) { m_beforeCommit = std::move(step); }
    /// Flushes everything (rows, memberships, roll-ups, member activity, names) and commits.
    bool commit();
    void rollback();
    const WorkspaceError &lastError() const { return m_error; }
    /// Milliseconds of each step of commit(), in order (memberships, roll-ups, names, indexes,
    /// commit), for benchmarks.
    const QList<QPair<QString, qint64>> &phases() const { return m_phases; }
    /// Safe to poll from the producer thread while chunks are written.
    bool failed() const { return m_failed.load(std::memory_order_acquire); }

private:
    /// Rows per roll-up, name and member-update chunk.
    static constexpr int RollupChunk = 5000;

    struct Span
    {
        qint64 first = 0;
        qint64 last = 0;
        bool set = false;
        void add(qint64 t)
        {
            if (!set || t < first)
                first = t;
            if (!set || t > last)
                last = t;
            set = true;
        }
    };
    struct Timeline
    {
        Span messages;
        std::vector<std::pair<qint64, int>> events; ///< (at, +1 join / -1 leave)
    };
    /// (group, day, member) or (group, day, hour): the keys of the two roll-ups.
    struct RollupKey
    {
        qint64 group = 0;
        qint32 day = 0;
        qint64 other = 0;
        bool operator==(const RollupKey &o) const
        {
            return group == o.group && day == o.day && other == o.other;
        }
        friend size_t qHash(const RollupKey &k, size_t seed = 0)
        {
            return qHashMulti(seed, k.group, k.day, k.other);
        }
    };
    /// Ids for new rows of a table: one query, then counting on while the write lock is held.
    struct IdSource
    {
        QString table;
        qint64 next = 0; ///< 0 = ask the database
    };
    struct GroupState
    {
        QSet<qint64> messageFingerprints;
        QSet<qint64> eventFingerprints;
        bool loaded = false;
    };

    QSet<qint64> m_hadMessages; ///< groups that held messages when their first batch began

    void raiseCache();
    void restoreCache();
    bool prepare(QSqlQuery &query, const QString &sql);
    bool exec(QSqlQuery &query);
    bool fail(const QSqlQuery &query);
    void setError(const WorkspaceError &error);
    /// Runs `job` where the connection lives and waits for it.
    void onSql(const std::function<void()> &job);
    /// The same without waiting (row chunks); failures show in failed().
    void postSql(std::function<void()> job);
    void loadGroup(qint64 groupId);
    // The SQL halves of the public methods, run on the connection's thread.
    qint64 findOrCreateGroup(qint64 groupId, const QString &groupName, Platform platform,
                             const QString &externalId, const QString &chatName,
                             bool *byExternalId);
    qint64 insertBatch(qint64 groupId, const QString &fileName, const QString &format,
                       const QString &sha256, const QString &timeZone, qint64 importedAt);
    void updateBatch(qint64 batchId, const BatchCounts &counts, const QString &sha256);
    bool loadPeople(const QString &platformKey, QHash<QString, Person> &people);
    /// A new member and identity with ids taken here, queued for writing by flushPeople().
    Person createPerson(const QString &platformKey, const QString &stableKey,
                        const QString &displayName, qint64 at);
    qint64 freeId(IdSource &source);
    bool flushPeople();
    /// Hands the JSON text of `rows` (then emptied) to `write` on the connection's thread,
    /// unless the import failed by then.
    bool postRows(JsonRows &rows, std::function<void(const QVariant &)> write);
    /// The same for COPY rows.
    bool postCopy(CopyRows &rows, std::function<void(const QByteArray &)> write);
    /// Writes COPY `data` (cells in `columns`' order) into `table` as INSERT ... SELECT with
    /// `tail` (its ON CONFLICT clause) would: through a temporary table and that INSERT, or
    /// straight into `table` when `direct` and the table's unique indexes are dropped for the
    /// import, so that `tail` (ON CONFLICT DO NOTHING) would have nothing to check.
    bool copyRows(const QString &table, const QStringList &columns, const QByteArray &data,
                  const QString &tail, bool direct);
    /// Drops `table`'s secondary indexes until commit when `incoming` rows (of which this
    /// import wrote `writtenBefore` already) outweigh what the table held before; on
    /// PostgreSQL its foreign keys too, which are checked once at commit.
    bool deferIndexes(const QString &table, qint64 incoming, qint64 writtenBefore = 0);
    /// The foreign keys of `table`, dropped until rebuildIndexes() adds them back.
    bool deferForeignKeys(const QString &table);
    bool rebuildIndexes();
    bool syncIdSequences();
    bool flushMessages();
    bool flushEvents();
    bool flushMemberships();
    /// Queues upserts adding `counts` (then emptied) to `table`; `incoming` estimates the rows
    /// the import brings, for deferIndexes().
    bool flushRollup(const QString &table, const QString &otherColumn, QSqlQuery &upsert,
                     QHash<RollupKey, int> &counts, qint64 incoming);
    QString rollupUpsertSql(const QString &table, const QString &otherColumn) const;
    static QString rollupConflictSql(const QString &table, const QString &otherColumn);
    bool flushDayActivity();
    void flushHourRun();
    bool flushRollups();
    bool flushMembersAndNames();
    QString messageInsertSql(bool withIds) const;
    QString eventInsertSql() const;
    /// Runs `query` on the rows `addRow(rows, iterator)` adds for each entry of `items` (maybe
    /// none), RollupChunk rows at a time. Defined and used in importstoreflush.cpp.
    template<typename Hash, typename AddRow>
    bool execChunked(QSqlQuery &query, const Hash &items, AddRow addRow);
    /// Binds `rows` as the statement's one value, runs it and empties `rows`.
    bool execRows(QSqlQuery &query, JsonRows &rows);

    const Database &m_database;
    std::unique_ptr<SqlTransaction> m_transaction;
    SqlLane m_lane; ///< outside runProducer() its jobs run in place
    WorkspaceError m_error; ///< written on the connection's thread only
    std::atomic<bool> m_failed { false };

    QSqlQuery m_messageChunk; ///< chunks of messages without platform ids
    QSqlQuery m_messageChunkWithIds;
    QSqlQuery m_eventChunk;
    QSqlQuery m_memberChunk;
    QSqlQuery m_identityChunk;
    QSqlQuery m_dayUpsert; ///< adds chunks of (day, member, messages) of one group
    QSqlQuery m_hourUpsert; ///< the same per (day, hour)
    JsonRows m_messageRows; ///< queued messages of one batch, written every MessageChunk rows
    CopyRows m_messageCopy; ///< the same when they go by COPY (m_copy)
    qint64 m_chunkGroupId = 0;
    qint64 m_chunkBatchId = 0;
    bool m_chunkHasIds = false; ///< some row of m_messageRows has an external or reply-to id
    JsonRows m_eventRows;
    JsonRows m_memberRows; ///< new members and identities, written before rows that cite them
    JsonRows m_identityRows;
    IdSource m_memberIds { QStringLiteral("members") };
    IdSource m_identityIds { QStringLiteral("identities") };

    QHash<Platform, QHash<QString, Person>> m_people; ///< platform -> stable key -> person
    QHash<QPair<qint64, QString>, Span> m_namesSeen; ///< (identity, name)
    QHash<QPair<qint64, qint64>, Timeline> m_timelines; ///< (group, member)
    QHash<qint64, GroupState> m_groups;
    QHash<RollupKey, int> m_dayActivity; ///< (group, day, member)
    QHash<RollupKey, int> m_hourActivity; ///< (group, day, hour)
    RollupKey m_hourRun; ///< the hour of the latest messages, not yet in m_hourActivity
    int m_hourRunCount = 0;
    QHash<qint64, std::pair<qint64, qint64>> m_referrers; ///< member -> (referrer, at)
    QHash<qint64, QString> m_renames;
    QSet<QPair<qint64, qint64>> m_creators; ///< (group, member) who created the group
    QSet<QString> m_indexesDecided; ///< tables whose indexes were considered for deferral
    QSet<QString> m_deferredTables; ///< tables whose indexes are dropped right now
    QSet<QString> m_stagingTables; ///< temporary tables made for copyRows() this transaction
    std::unique_ptr<PgCopy> m_copy; ///< set when rows go by COPY (PostgreSQL with libpq)
    QList<QPair<QString, QString>> m_deferredIndexes; ///< (name, CREATE or ADD statement)
    qint64 m_messagesQueued = 0; ///< messages handed over or waiting in m_messageRows
    QList<QPair<QString, qint64>> m_phases;
    std::function<WorkspaceError()> m_beforeCommit;
    qint64 m_savedCacheSize = 0;
    bool m_cacheRaised = false;
};

} // namespace cohort
