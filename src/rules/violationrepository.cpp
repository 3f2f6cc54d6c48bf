#include "rules/violationrepository.h"

#include "rules/ruleset.h"
#include "storage/checkedquery.h"
#include "storage/database.h"
#include "storage/sqltransaction.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace cohort::rules {

QString ViolationRepository::where(const ViolationFilter &filter, QVariantList &values) const
{
    QStringList parts;
    if (!filter.includeDismissed)
        parts << QStringLiteral("v.dismissed = 0");
    if (!filter.groupIds.isEmpty()) {
        QStringList marks;
        for (const qint64 id : filter.groupIds) {
            marks << QStringLiteral("?");
            values << id;
        }
        parts << QStringLiteral("v.group_id IN (") + marks.join(QLatin1Char(','))
                + QLatin1Char(')');
    }
    if (!filter.rules.isEmpty()) {
        QStringList marks;
        for (const QString &rule : filter.rules) {
            marks << QStringLiteral("?");
            values << rule;
        }
        parts << QStringLiteral("v.rule IN (") + marks.join(QLatin1Char(',')) + QLatin1Char(')');
    }
    if (filter.memberId > 0) {
        parts << QStringLiteral("v.member_id = ?");
        values << filter.memberId;
    }
    if (filter.from > 0) {
        parts << QStringLiteral("v.at >= ?");
        values << filter.from;
    }
    if (filter.to > 0) {
        parts << QStringLiteral("v.at < ?");
        values << filter.to;
    }
    return parts.isEmpty() ? QString()
                           : QStringLiteral(" WHERE ") + parts.join(QStringLiteral(" AND "));
}

QList<Violation> ViolationRepository::list(const ViolationFilter &filter, int limit,
                                           int offset) const
{
    QVariantList values;
    QString sql = QStringLiteral(
                      "SELECT v.id, v.group_id, g.name, v.member_id, m.display_name, v.message_id, "
                      "v.rule, v.at, v.matched, v.dismissed FROM rule_violations v "
                      "JOIN chat_groups g ON g.id = v.group_id "
                      "LEFT JOIN members m ON m.id = v.member_id")
        + where(filter, values) + QStringLiteral(" ORDER BY v.at, v.id");
    if (limit >= 0) {
        sql += QStringLiteral(" LIMIT ? OFFSET ?");
        values << limit << offset;
    }
    CheckedQuery q(m_database, sql);
    for (const QVariant &v : std::as_const(values))
        q.bind(v);
    q.exec();
    QList<Violation> result;
    while (q.next()) {
        Violation v;
        v.id = q.value(0).toLongLong();
        v.groupId = q.value(1).toLongLong();
        v.groupName = q.value(2).toString();
        v.memberId = q.value(3).toLongLong();
        v.memberName = q.value(4).toString();
        v.messageId = q.value(5).toLongLong();
        v.rule = q.value(6).toString();
        v.at = q.value(7).toLongLong();
        v.matched = q.value(8).toString();
        v.dismissed = q.value(9).toInt() != 0;
        result << v;
    }
    return result;
}

qint64 ViolationRepository::count(const ViolationFilter &filter) const
{
    QVariantList values;
    CheckedQuery q(m_database,
                   QStringLiteral("SELECT COUNT(*) FROM rule_violations v")
                       + where(filter, values));
    for (const QVariant &v : std::as_const(values))
        q.bind(v);
    return q.scalar().toLongLong();
}

QMap<QString, qint64> ViolationRepository::countsByRule(const ViolationFilter &filter) const
{
    QVariantList values;
    CheckedQuery q(m_database,
                   QStringLiteral("SELECT v.rule, COUNT(*) FROM rule_violations v")
                       + where(filter, values) + QStringLiteral(" GROUP BY v.rule"));
    for (const QVariant &v : std::as_const(values))
        q.bind(v);
    q.exec();
    QMap<QString, qint64> counts;
    while (q.next())
        counts.insert(q.value(0).toString(), q.value(1).toLongLong());
    return counts;
}

QList<Strikes> ViolationRepository::strikes(const ViolationFilter &filter, qint64 now) const
{
    // Each group has its own policy: read it first, then count per group over its window.
    QList<qint64> groups = filter.groupIds;
    if (groups.isEmpty()) {
        CheckedQuery all(m_database, QStringLiteral("SELECT id FROM chat_groups ORDER BY id"));
        all.exec();
        while (all.next())
            groups << all.value(0).toLongLong();
    }
    QList<Strikes> result;
    CheckedQuery settings(m_database,
                          QStringLiteral("SELECT rule_settings FROM chat_groups WHERE id = ?"));
    for (const qint64 groupId : std::as_const(groups)) {
        RuleSet rules;
        if (!settings.bind(groupId).exec().next())
            continue;
        rules.readSettingsJson(settings.value(0).toString());
        ViolationFilter f = filter;
        f.groupIds = { groupId };
        f.includeDismissed = false;
        if (f.from <= 0)
            f.from = now - qint64(rules.strikes.windowDays) * 86400;
        QVariantList values;
        QString w = where(f, values);
        w += QStringLiteral(" AND v.member_id IS NOT NULL");
        CheckedQuery q(m_database,
                       QStringLiteral("SELECT v.member_id, m.display_name, g.name, COUNT(*), "
                                      "MAX(v.at) FROM rule_violations v "
                                      "JOIN chat_groups g ON g.id = v.group_id "
                                      "LEFT JOIN members m ON m.id = v.member_id")
                           + w + QStringLiteral(" GROUP BY v.member_id, m.display_name, g.name"));
        for (const QVariant &v : std::as_const(values))
            q.bind(v);
        q.exec();
        while (q.next()) {
            Strikes s;
            s.groupId = groupId;
            s.memberId = q.value(0).toLongLong();
            s.memberName = q.value(1).toString();
            s.groupName = q.value(2).toString();
            s.strikes = q.value(3).toInt();
            s.lastAt = q.value(4).toLongLong();
            s.threshold = rules.strikes.threshold;
            result << s;
        }
    }
    std::stable_sort(result.begin(), result.end(), [](const Strikes &a, const Strikes &b) {
        return a.strikes != b.strikes ? a.strikes > b.strikes
            : a.lastAt != b.lastAt    ? a.lastAt > b.lastAt
                                      : a.memberId < b.memberId;
    });
    return result;
}

QList<ContextMessage> ViolationRepository::context(qint64 messageId, int around) const
{
    CheckedQuery self(m_database,
                      QStringLiteral("SELECT group_id, sent_at FROM messages WHERE id = ?"));
    if (!self.bind(messageId).exec().next())
        return {};
    const qint64 group = self.value(0).toLongLong();
    const qint64 at = self.value(1).toLongLong();
    const QString select
        = QStringLiteral("SELECT msg.id, msg.sent_at, m.display_name, msg.body FROM messages msg "
                         "LEFT JOIN members m ON m.id = msg.member_id WHERE msg.group_id = ? AND ");
    const auto read = [&](const QString &where, const QString &order) {
        QList<ContextMessage> list;
        CheckedQuery q(m_database, select + where + order + QStringLiteral(" LIMIT ?"));
        q.bind(group).bind(at).bind(at).bind(messageId).bind(around + 1).exec();
        while (q.next())
            list << ContextMessage { q.value(0).toLongLong(), q.value(1).toLongLong(),
                                     q.value(2).toString(), q.value(3).toString() };
        return list;
    };
    QList<ContextMessage> before
        = read(QStringLiteral("(msg.sent_at < ? OR (msg.sent_at = ? AND msg.id < ?))"),
               QStringLiteral(" ORDER BY msg.sent_at DESC, msg.id DESC"));
    const QList<ContextMessage> after
        = read(QStringLiteral("(msg.sent_at > ? OR (msg.sent_at = ? AND msg.id >= ?))"),
               QStringLiteral(" ORDER BY msg.sent_at, msg.id"));
    if (before.size() > around)
        before.resize(around);
    std::reverse(before.begin(), before.end());
    return before + after;
}

bool ViolationRepository::setDismissed(const QList<ViolationKey> &keys, bool dismissed)
{
    SqlTransaction tx(m_database);
    if (!tx.isActive()) {
        m_error = tx.error().message;
        return false;
    }
    QSqlQuery q(tx.connection());
    q.prepare(QStringLiteral(
        "UPDATE rule_violations SET dismissed = ? WHERE message_id = ? AND rule = ?"));
    for (const ViolationKey &key : keys) {
        q.addBindValue(dismissed ? 1 : 0);
        q.addBindValue(key.messageId);
        q.addBindValue(key.rule);
        if (!q.exec()) {
            m_error = Database::errorFromSql(q.lastError()).message;
            return false;
        }
    }
    tx.touch(Table::Violations);
    if (!tx.commit()) {
        m_error = tx.error().message;
        return false;
    }
    return true;
}

} // namespace cohort::rules
