#include "rules/batchchecker.h"

#include "rules/rulesetrepository.h"
#include "storage/database.h"
#include "storage/jsonrows.h"
#include "storage/queryerror.h"
#include "storage/sqltransaction.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace cohort::rules {

BatchChecker::BatchChecker(const RuleSet &rules, const PhraseLists &phrases, bool hadMessages)
    : m_phrases(phrases)
    , m_checker(rules, phrases)
    , m_flood(rules.flood)
    , m_flooding(rules.has(BuiltinRule::NoFlooding))
    , m_hadMessages(hadMessages)
{
}

void BatchChecker::add(qint64 fingerprint, qint64 memberId, bool newMember, MessageKind kind,
                       qint64 sentAt, QStringView body)
{
    ++m_messages;
    m_found.clear();
    m_checker.check(memberId, kind, body, m_found);
    for (const Finding &f : std::as_const(m_found))
        m_findings.push_back({ fingerprint, memberId, sentAt, f.rule, f.matched });
    if (!m_flooding || !m_checker.floodCounts(memberId, kind) || m_fromHistory.contains(memberId))
        return;
    // Bursts are per member, so the stream is exact as long as each member's messages come in
    // time order and none of theirs is stored already; otherwise the stored history decides.
    const std::optional<qint64> last = m_flood.lastAt(memberId);
    if ((m_hadMessages && !newMember) || (last && sentAt < *last)) {
        m_fromHistory.insert(memberId);
        return;
    }
    m_burstsFound.clear();
    m_flood.add(fingerprint, memberId, sentAt, body, kind == MessageKind::Text && !body.isEmpty(),
                m_burstsFound, m_checker.lastFolded());
    for (const FloodTracker::Burst &b : m_burstsFound)
        m_bursts.push_back(
            { b.messageId, b.memberId, b.at, ruleKey(BuiltinRule::NoFlooding), b.matched });
}

ScanOutcome BatchChecker::store(const Database &database, qint64 groupId) const
{
    ScanOutcome outcome;
    outcome.messages = m_messages;
    try {
        // The rules now: the import may have made some of the authors admins, who are exempt.
        const std::optional<RuleSet> now = RuleSetRepository(database).load(groupId);
        if (!now)
            return outcome;
        SqlTransaction tx(database);
        if (!tx.isActive()) {
            outcome.ok = false;
            outcome.error = tx.error().message;
            return outcome;
        }
        QSqlQuery insert(tx.connection());
        // Each row finds its message by the fingerprint this import stored it with (unique per
        // group); the rows go in chunks of JSON, as the import's own rows do.
        const QString found = database.dialect().jsonRowsSelect(
            { QStringLiteral("fingerprint"), QStringLiteral("rule"), QStringLiteral("at"),
              QStringLiteral("matched") },
            { QStringLiteral("BIGINT"), QStringLiteral("TEXT"), QStringLiteral("BIGINT"),
              QStringLiteral("TEXT") });
        const QString sql
            = QStringLiteral("INSERT INTO rule_violations (group_id, member_id, message_id, "
                             "rule, at, matched, dismissed) SELECT m.group_id, m.member_id, "
                             "m.id, f.rule, f.at, f.matched, 0 FROM ")
            + found
            + QStringLiteral(" f JOIN messages m ON m.group_id = ? AND m.fingerprint = "
                             "f.fingerprint");
        if (!insert.prepare(sql))
            throw QueryError(insert.lastError(), sql);
        JsonRows rows;
        const auto flush = [&] {
            if (rows.isEmpty())
                return;
            insert.bindValue(0, database.dialect().jsonRowsValue(rows.text()));
            insert.bindValue(1, groupId);
            if (!insert.exec())
                throw QueryError(insert.lastError(), sql);
            outcome.violations += insert.numRowsAffected();
            rows.clear();
        };
        const auto write = [&](const Pending &p) {
            rows.beginRow();
            rows.addInt(p.fingerprint);
            rows.addText(p.rule);
            rows.addInt(p.at);
            rows.addText(p.matched);
            ++outcome.counts[p.rule];
            if (rows.rows() >= 5000)
                flush();
        };
        // Admins only come with an import (never go), so the admins of now filter exactly.
        const QSet<qint64> &admins = now->admins;
        for (const Pending &p : m_findings)
            if (p.memberId <= 0 || !admins.contains(p.memberId))
                write(p);
        for (const Pending &p : m_bursts)
            if (!admins.contains(p.memberId) && !m_fromHistory.contains(p.memberId))
                write(p);
        flush();
        insert.finish();
        if (!m_fromHistory.isEmpty()) {
            QList<qint64> members(m_fromHistory.cbegin(), m_fromHistory.cend());
            std::sort(members.begin(), members.end());
            const ScanOutcome history
                = GroupScanner(database, m_phrases).floodMembers(groupId, members, *now);
            if (!history.ok)
                return history;
            outcome.violations += history.violations;
            for (auto it = history.counts.cbegin(); it != history.counts.cend(); ++it)
                outcome.counts[it.key()] += it.value();
        }
        tx.touch(Table::Violations);
        if (!tx.commit()) {
            outcome.ok = false;
            outcome.error = tx.error().message;
        }
    } catch (const QueryError &e) {
        outcome.ok = false;
        outcome.error = e.error().message;
    }
    return outcome;
}

} // namespace cohort::rules
