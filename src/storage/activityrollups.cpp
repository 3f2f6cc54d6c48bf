#include "storage/activityrollups.h"

#include "domain/enums.h"
#include "domain/localclock.h"
#include "storage/checkedquery.h"
#include "storage/database.h"
#include "storage/sqltransaction.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <tuple>

namespace cohort {

namespace {

using Key = std::tuple<qint64, qint64, qint64>;

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
    // SQLite does not know, and LocalClock caches them per hour.
    LocalClock clock(QTimeZone(m_database.timeZoneId().toUtf8()));
    std::unordered_map<Key, qint64, KeyHash> dayCounts;
    std::unordered_map<Key, qint64, KeyHash> hourCounts;
    const bool read = catchQueryError(m_error, [&] {
        CheckedQuery q(m_database,
                       QStringLiteral("SELECT group_id, member_id, sent_at FROM messages "
                                      "WHERE member_id IS NOT NULL AND kind <> ?"));
        q.bind(int(MessageKind::System)).exec();
        while (q.next()) {
            const qint64 local = clock.toLocalSeconds(q.value(2).toLongLong());
            const qint64 day = LocalClock::floorDiv(local, 86400);
            const qint64 hour = (local - day * 86400) / 3600;
            ++dayCounts[{ q.value(0).toLongLong(), day, q.value(1).toLongLong() }];
            ++hourCounts[{ q.value(0).toLongLong(), day, hour }];
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

bool ActivityRollups::rebuild()
{
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
    q.prepare(QStringLiteral("INSERT INTO member_day_activity (group_id, day, member_id, messages) "
                             "VALUES (?, ?, ?, ?)"));
    for (const Row &r : std::as_const(days)) {
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
        q.addBindValue(r.groupId);
        q.addBindValue(r.day);
        q.addBindValue(r.key);
        q.addBindValue(r.messages);
        if (!q.exec())
            return fail();
    }
    tx.touch(Table::Messages);
    if (!tx.commit()) {
        m_error = tx.error();
        return false;
    }
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
        q.setForwardOnly(true);
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
    LocalClock clock(QTimeZone(m_database.timeZoneId().toUtf8()));
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
        const bool counted
            = !select.value(1).isNull() && select.value(3).toInt() != int(MessageKind::System);
        const qint64 member = select.value(1).toLongLong();
        const qint64 local = clock.toLocalSeconds(select.value(2).toLongLong());
        select.finish();
        remove.addBindValue(id);
        if (!remove.exec())
            return fail(remove);
        if (!counted)
            continue;
        const qint64 d = LocalClock::floorDiv(local, 86400);
        day.addBindValue(group);
        day.addBindValue(d);
        day.addBindValue(member);
        hour.addBindValue(group);
        hour.addBindValue(d);
        hour.addBindValue((local - d * 86400) / 3600);
        if (!day.exec())
            return fail(day);
        if (!hour.exec())
            return fail(hour);
    }
    QSqlQuery cleanup(tx.connection());
    if (!cleanup.exec(QStringLiteral("DELETE FROM member_day_activity WHERE messages <= 0"))
        || !cleanup.exec(QStringLiteral("DELETE FROM group_hour_activity WHERE messages <= 0")))
        return fail(cleanup);
    tx.touch(Table::Messages);
    if (!tx.commit()) {
        m_error = tx.error();
        return false;
    }
    return true;
}

} // namespace cohort
