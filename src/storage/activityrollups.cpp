#include "storage/activityrollups.h"

#include "domain/enums.h"
#include "domain/localclock.h"
#include "domain/messageactivity.h"
#include "storage/checkedquery.h"
#include "storage/database.h"
#include "storage/sqltransaction.h"
#include "storage/workspacezone.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <tuple>

namespace cohort {

namespace {

using Key = std::tuple<qint64, qint64, qint64>;

/// Rows between two looks at the cancel flag and the progress: often enough for a prompt
/// Cancel, rarely enough to cost nothing.
constexpr qint64 StepRows = 4096;
/// Share of the progress bar for reading and counting the messages; the rest is writing.
constexpr int ReadShare = 80;

struct KeyHash
{
    size_t operator()(const Key &k) const
    {
        return qHashMulti(0, std::get<0>(k), std::get<1>(k), std::get<2>(k));
    }
};

} // namespace

bool ActivityRollups::recompute(QList<Row> &days, QList<Row> &hours)
{
    // Recomputed in C++ rather than SQL: the local day depends on the time-zone rules, which
    // SQLite does not know, and what counts is MessageActivity's to say, not a second WHERE.
    LocalClock clock(WorkspaceZone::of(m_database));
    std::unordered_map<Key, qint64, KeyHash> dayCounts;
    std::unordered_map<Key, qint64, KeyHash> hourCounts;
    const bool read = catchQueryError(m_error, [&] {
        qint64 total = 0;
        if (m_progress) {
            // Every message is read (MessageActivity decides which count), so each is a step.
            total = CheckedQuery(m_database, QStringLiteral("SELECT COUNT(*) FROM messages"))
                        .scalar()
                        .toLongLong();
        }
        CheckedQuery q(m_database,
                       QStringLiteral("SELECT group_id, member_id, sent_at, kind FROM messages"));
        q.exec();
        qint64 read = 0;
        while (q.next()) {
            if (++read % StepRows == 0 && !step(read * ReadShare / 100, total))
                return false;
            const qint64 member = q.value(1).toLongLong(); // NULL reads as 0
            if (!MessageActivity::counts(member, MessageKind(q.value(3).toInt())))
                continue;
            const MessageActivity::Slot slot
                = MessageActivity::slotOf(clock, q.value(2).toLongLong());
            ++dayCounts[{ q.value(0).toLongLong(), slot.day, member }];
            ++hourCounts[{ q.value(0).toLongLong(), slot.day, slot.hour }];
        }
        return true;
    });
    if (!read)
        return false;
    for (const auto &[k, n] : dayCounts)
        days.append({ std::get<0>(k), std::get<1>(k), std::get<2>(k), n });
    for (const auto &[k, n] : hourCounts)
        hours.append({ std::get<0>(k), std::get<1>(k), std::get<2>(k), n });
    return true;
}

bool ActivityRollups::step(qint64 done, qint64 total)
{
    if (m_cancelled && m_cancelled()) {
        m_wasCancelled = true;
        m_error = WorkspaceError();
        return false;
    }
    if (m_progress) {
        const int percent = total > 0 ? int(std::min<qint64>(100, done * 100 / total)) : 0;
        if (percent != m_lastPercent) {
            m_lastPercent = percent;
            m_progress(percent);
        }
    }
    return true;
}

bool ActivityRollups::rebuild()
{
    m_wasCancelled = false;
    m_lastPercent = -1;
    QList<Row> days;
    QList<Row> hours;
    SqlTransaction tx(m_database);
    if (!tx.isActive()) {
        m_error = tx.error();
        return false;
    }
    if (!recompute(days, hours))
        return false;
    QSqlQuery q(tx.connection());
    auto fail = [&] {
        m_error = Database::errorFromSql(q.lastError());
        return false;
    };
    if (!q.exec(QStringLiteral("DELETE FROM member_day_activity"))
        || !q.exec(QStringLiteral("DELETE FROM group_hour_activity")))
        return fail();
    // Writing takes the rest of the bar, in proportion to the rows written.
    const qint64 rows = days.size() + hours.size();
    const qint64 total = rows * 100 / (100 - ReadShare);
    const qint64 readPart = total - rows;
    qint64 written = 0;
    auto next = [&] { return ++written % StepRows != 0 || step(readPart + written, total); };
    q.prepare(QStringLiteral("INSERT INTO member_day_activity (group_id, day, member_id, messages) "
                             "VALUES (?, ?, ?, ?)"));
    for (const Row &r : std::as_const(days)) {
        if (!next())
            return false;
        q.addBindValue(r.groupId);
        q.addBindValue(r.day);
        q.addBindValue(r.key);
        q.addBindValue(r.messages);
        if (!q.exec())
            return fail();
    }
    q.prepare(QStringLiteral(
        "INSERT INTO group_hour_activity (group_id, day, hour, messages) VALUES (?, ?, ?, ?)"));
    for (const Row &r : std::as_const(hours)) {
        if (!next())
            return false;
        q.addBindValue(r.groupId);
        q.addBindValue(r.day);
        q.addBindValue(r.key);
        q.addBindValue(r.messages);
        if (!q.exec())
            return fail();
    }
    // A message's violations go with it (ON DELETE CASCADE).
    tx.touch(Table::Messages | Table::Violations);
    if (!tx.commit()) {
        m_error = tx.error();
        return false;
    }
    if (m_progress && m_lastPercent != 100)
        m_progress(100);
    return true;
}

qint64 ActivityRollups::countMismatches()
{
    QList<Row> days;
    QList<Row> hours;
    if (!recompute(days, hours))
        return -1;
    std::unordered_map<Key, qint64, KeyHash> expectedDays;
    std::unordered_map<Key, qint64, KeyHash> expectedHours;
    for (const Row &r : std::as_const(days))
        expectedDays[{ r.groupId, r.day, r.key }] = r.messages;
    for (const Row &r : std::as_const(hours))
        expectedHours[{ r.groupId, r.day, r.key }] = r.messages;
    qint64 mismatches = 0;
    auto compare = [&](const QString &sql, std::unordered_map<Key, qint64, KeyHash> &expected) {
        QSqlQuery q(m_database.connection());
        setForwardOnlyWhereSafe(q);
        if (!q.exec(sql)) {
            m_error = Database::errorFromSql(q.lastError());
            return false;
        }
        while (q.next()) {
            const Key k { q.value(0).toLongLong(), q.value(1).toLongLong(),
                          q.value(2).toLongLong() };
            const qint64 stored = q.value(3).toLongLong();
            const auto it = expected.find(k);
            if (it == expected.end()) {
                mismatches += stored != 0;
                continue;
            }
            mismatches += it->second != stored;
            expected.erase(it);
        }
        mismatches += qint64(expected.size()); // rows the roll-up lacks
        return true;
    };
    if (!compare(
            QStringLiteral("SELECT group_id, day, member_id, messages FROM member_day_activity"),
            expectedDays)
        || !compare(QStringLiteral("SELECT group_id, day, hour, messages FROM group_hour_activity"),
                    expectedHours))
        return -1;
    return mismatches;
}

bool ActivityRollups::removeMessages(const QList<qint64> &messageIds)
{
    SqlTransaction tx(m_database);
    if (!tx.isActive()) {
        m_error = tx.error();
        return false;
    }
    LocalClock clock(WorkspaceZone::of(m_database));
    QSqlQuery select(tx.connection());
    QSqlQuery remove(tx.connection());
    QSqlQuery day(tx.connection());
    QSqlQuery hour(tx.connection());
    select.prepare(
        QStringLiteral("SELECT group_id, member_id, sent_at, kind FROM messages WHERE id = ?"));
    remove.prepare(QStringLiteral("DELETE FROM messages WHERE id = ?"));
    day.prepare(QStringLiteral("UPDATE member_day_activity SET messages = messages - 1 "
                               "WHERE group_id = ? AND day = ? AND member_id = ?"));
    hour.prepare(QStringLiteral("UPDATE group_hour_activity SET messages = messages - 1 "
                                "WHERE group_id = ? AND day = ? AND hour = ?"));
    auto fail = [&](const QSqlQuery &q) {
        m_error = Database::errorFromSql(q.lastError());
        return false;
    };
    for (const qint64 id : messageIds) {
        select.addBindValue(id);
        if (!select.exec())
            return fail(select);
        if (!select.next())
            continue;
        const qint64 group = select.value(0).toLongLong();
        const qint64 member = select.value(1).toLongLong(); // NULL reads as 0
        const bool counted = MessageActivity::counts(member, MessageKind(select.value(3).toInt()));
        const MessageActivity::Slot slot
            = MessageActivity::slotOf(clock, select.value(2).toLongLong());
        select.finish();
        remove.addBindValue(id);
        if (!remove.exec())
            return fail(remove);
        if (!counted)
            continue;
        day.addBindValue(group);
        day.addBindValue(slot.day);
        day.addBindValue(member);
        hour.addBindValue(group);
        hour.addBindValue(slot.day);
        hour.addBindValue(slot.hour);
        if (!day.exec())
            return fail(day);
        if (!hour.exec())
            return fail(hour);
    }
    QSqlQuery cleanup(tx.connection());
    if (!cleanup.exec(QStringLiteral("DELETE FROM member_day_activity WHERE messages <= 0"))
        || !cleanup.exec(QStringLiteral("DELETE FROM group_hour_activity WHERE messages <= 0")))
        return fail(cleanup);
    // A message's violations go with it (ON DELETE CASCADE).
    tx.touch(Table::Messages | Table::Violations);
    if (!tx.commit()) {
        m_error = tx.error();
        return false;
    }
    return true;
}

} // namespace cohort
