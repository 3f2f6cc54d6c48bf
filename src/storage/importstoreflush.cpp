#include "storage/importstore.h"

#include "storage/database.h"
#include "storage/jsonrows.h"
#include "storage/rowstamps.h"
#include "storage/sqltransaction.h"

#include <QSqlQuery>

#include <algorithm>
#include <tuple>
#include <vector>

// The steps of ImportStore::commit() that write what the import accumulated in memory:
// memberships, activity roll-ups, member activity, names and referrers.

namespace cohort {

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
    const QVariant none { QMetaType(QMetaType::LongLong) };
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
    if (!m_creators.isEmpty()) {
        // Only over the default role: an operator who made the creator something else decided.
        QSqlQuery owner(db);
        if (!prepare(owner,
                     QStringLiteral("UPDATE memberships SET role = ? WHERE group_id = ? AND "
                                    "member_id = ? AND role = ?")))
            return false;
        for (const QPair<qint64, qint64> &creator : std::as_const(m_creators)) {
            owner.bindValue(0, enumKey(MemberRole::Owner));
            owner.bindValue(1, creator.first);
            owner.bindValue(2, creator.second);
            owner.bindValue(3, enumKey(MemberRole::Member));
            if (!exec(owner))
                return false;
        }
    }
    if (!m_timelines.isEmpty())
        m_transaction->touch(Table::Memberships);
    return true;
}

QString ImportStore::rollupConflictSql(const QString &table, const QString &otherColumn)
{
    return QStringLiteral(" ON CONFLICT (group_id, day, ") + otherColumn
        + QStringLiteral(") DO UPDATE SET messages = ") + table
        + QStringLiteral(".messages + excluded.messages");
}

QString ImportStore::rollupUpsertSql(const QString &table, const QString &otherColumn) const
{
    const QStringList columns { QStringLiteral("day"), otherColumn, QStringLiteral("messages") };
    return m_database.dialect().jsonRowsInsert(
        table, columns, rollupConflictSql(table, otherColumn), { QStringLiteral("group_id") });
}

bool ImportStore::flushRollup(const QString &table, const QString &otherColumn, QSqlQuery &upsert,
                              QHash<RollupKey, int> &counts, qint64 incoming)
{
    if (!flushPeople())
        return false;
    // In key order the primary-key index grows at its end instead of at random places.
    std::vector<std::pair<RollupKey, int>> sorted;
    sorted.reserve(size_t(counts.size()));
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        sorted.emplace_back(it.key(), it.value());
    counts.clear();
    std::sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) {
        return std::tie(a.first.group, a.first.day, a.first.other)
            < std::tie(b.first.group, b.first.day, b.first.other);
    });
    if (m_copy) {
        const QStringList columns { QStringLiteral("group_id"), QStringLiteral("day"), otherColumn,
                                    QStringLiteral("messages") };
        CopyRows rows;
        const auto post = [&] {
            postCopy(rows, [this, table, columns, otherColumn, incoming](const QByteArray &data) {
                if (deferIndexes(table, incoming))
                    copyRows(table, columns, data, rollupConflictSql(table, otherColumn), false);
            });
        };
        for (const auto &[key, messages] : sorted) {
            rows.beginRow();
            rows.addInt(key.group);
            rows.addInt(key.day);
            rows.addInt(key.other);
            rows.addInt(messages);
            if (rows.rows() >= RollupChunk)
                post();
        }
        post();
        return !failed();
    }
    // One chunk per group, whose id is bound once.
    JsonRows rows;
    qint64 group = 0;
    auto post = [&] {
        postRows(rows, [this, table, &upsert, incoming, group](const QVariant &text) {
            if (!deferIndexes(table, incoming))
                return;
            upsert.bindValue(0, text);
            upsert.bindValue(1, group);
            exec(upsert);
        });
    };
    for (const auto &[key, messages] : sorted) {
        if (key.group != group && !rows.isEmpty())
            post();
        group = key.group;
        rows.beginRow();
        rows.addInt(key.day);
        rows.addInt(key.other);
        rows.addInt(messages);
        if (rows.rows() >= RollupChunk)
            post();
    }
    if (!rows.isEmpty())
        post();
    return !failed();
}

void ImportStore::flushHourRun()
{
    if (m_hourRunCount > 0)
        m_hourActivity[m_hourRun] += m_hourRunCount;
    m_hourRunCount = 0;
}

bool ImportStore::flushDayActivity()
{
    return flushRollup(QStringLiteral("member_day_activity"), QStringLiteral("member_id"),
                       m_dayUpsert, m_dayActivity, m_messagesQueued);
}

bool ImportStore::flushRollups()
{
    flushHourRun();
    return flushDayActivity()
        && flushRollup(QStringLiteral("group_hour_activity"), QStringLiteral("hour"), m_hourUpsert,
                       m_hourActivity, m_hourActivity.size());
}

template<typename Hash, typename AddRow>
bool ImportStore::execChunked(QSqlQuery &query, const Hash &items, AddRow addRow)
{
    JsonRows rows;
    for (auto it = items.cbegin(); it != items.cend(); ++it) {
        addRow(rows, it);
        if (rows.rows() >= RollupChunk && !execRows(query, rows))
            return false;
    }
    return execRows(query, rows);
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
        || !prepare(seen,
                    QStringLiteral("UPDATE members SET first_seen = CASE WHEN first_seen IS NULL "
                                   "OR first_seen > s.c1 THEN s.c1 ELSE first_seen END, "
                                   "last_active = CASE WHEN s.c2 IS NULL THEN last_active WHEN "
                                   "last_active IS NULL OR last_active < s.c2 THEN s.c2 ELSE "
                                   "last_active END, ")
                        + RowStamps::stamp(m_database.dialect()) + QStringLiteral(" FROM ")
                        + m_database.dialect().jsonIntRowsSelect(3)
                        + QStringLiteral(" AS s WHERE members.id = s.c0"))
        || !prepare(referrer,
                    QStringLiteral("UPDATE members SET referrer_id = s.c1, referred_at = s.c2, ")
                        + RowStamps::stamp(m_database.dialect()) + QStringLiteral(" FROM ")
                        + m_database.dialect().jsonIntRowsSelect(3)
                        + QStringLiteral(" AS s WHERE members.id = s.c0 AND "
                                         "members.referrer_id IS NULL")))
        return false;
    const auto nameRow = [](JsonRows &rows, auto it) {
        rows.beginRow();
        rows.addInt(it.key().first);
        rows.addText(it.key().second);
        rows.addInt(it->first);
        rows.addInt(it->last);
    };
    if (!execChunked(names, m_namesSeen, nameRow))
        return false;
    // first_seen: the earliest message or membership event; last_active: the latest message.
    QHash<qint64, Span> firstSeen;
    QHash<qint64, Span> messageSpans;
    for (auto it = m_timelines.cbegin(); it != m_timelines.cend(); ++it) {
        Span &span = firstSeen[it.key().second];
        if (it->messages.set) {
            span.add(it->messages.first);
            Span &spoke = messageSpans[it.key().second];
            spoke.add(it->messages.first);
            spoke.add(it->messages.last);
        }
        for (const auto &event : it->events)
            span.add(event.first);
    }
    // One statement per chunk of members: a statement per member cost a tenth of a second for
    // an import of a few thousand people.
    const auto seenRow = [&messageSpans](JsonRows &rows, auto it) {
        if (!it->set)
            return;
        const Span activity = messageSpans.value(it.key());
        rows.beginRow();
        rows.addInt(it.key());
        rows.addInt(it->first);
        activity.set ? rows.addInt(activity.last) : rows.addNull();
    };
    const auto referrerRow = [](JsonRows &rows, auto it) {
        rows.beginRow();
        rows.addInt(it.key());
        rows.addInt(it->first);
        rows.addInt(it->second);
    };
    if (!execChunked(seen, firstSeen, seenRow) || !execChunked(referrer, m_referrers, referrerRow))
        return false;
    if (!firstSeen.isEmpty() || !m_referrers.isEmpty())
        m_transaction->touch(Table::Members);
    return true;
}

} // namespace cohort
