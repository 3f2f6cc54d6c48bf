#include "rules/groupscanner.h"
#include "storage/checkedquery.h"

#include "rules/floodtracker.h"
#include "rules/messagechecker.h"
#include "rules/rulesetrepository.h"
#include "storage/database.h"
#include "storage/queryerror.h"
#include "storage/sqltransaction.h"

#include <QSqlError>
#include <QSqlQuery>

#include <vector>

namespace cohort::rules {

/// One scan's plan: which group, which rules, which messages and which old rows go.
struct GroupScanner::Run
{
    qint64 groupId = 0;
    /// Not null: only no_flooding, of these members (the per-message checks do not run).
    const QList<qint64> *floodMembers = nullptr;
    RuleSet rules;
    const Options *options = nullptr;
};

namespace {

/// Binds and runs, turning a failure into an exception the scan reports as its error.
void execOrThrow(QSqlQuery &q, const QVariantList &values)
{
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    if (!q.exec())
        throw QueryError(q.lastError(), q.lastQuery());
}

void prepareOrThrow(QSqlQuery &q, const QString &sql)
{
    if (!q.prepare(sql))
        throw QueryError(q.lastError(), sql);
}

} // namespace

ScanOutcome GroupScanner::floodMembers(qint64 groupId, const QList<qint64> &members,
                                       const RuleSet &rules)
{
    ScanOutcome outcome;
    try {
        if (members.isEmpty())
            return outcome;
        const Options options;
        Run run { groupId, &members, rules, &options };
        return scan(run);
    } catch (const QueryError &e) {
        outcome.ok = false;
        outcome.error = e.error().message;
        return outcome;
    }
}

ScanOutcome GroupScanner::rescan(qint64 groupId, const Options &options)
{
    ScanOutcome outcome;
    try {
        std::optional<RuleSet> rules = RuleSetRepository(m_database).load(groupId);
        if (!rules) {
            outcome.ok = false;
            outcome.error = tr("There is no group #%1.").arg(groupId);
            return outcome;
        }
        if (options.builtins)
            rules->builtins = *options.builtins;
        Run run { groupId, nullptr, *rules, &options };
        return scan(run);
    } catch (const QueryError &e) {
        outcome.ok = false;
        outcome.error = e.error().message;
        return outcome;
    }
}

ScanOutcome GroupScanner::scan(Run &run)
{
    ScanOutcome outcome;
    const Options &options = *run.options;
    const bool flooding = run.rules.has(BuiltinRule::NoFlooding);
    SqlTransaction tx(m_database);
    if (!tx.isActive()) {
        outcome.ok = false;
        outcome.error = tx.error().message;
        return outcome;
    }
    const QSqlDatabase db = tx.connection();
    QSqlQuery q(db);

    // The rows this scan replaces: all of the group's (a re-scan with its own rules), those of
    // the rules that run (an override), or the bursts of the members asked about.
    QString scope;
    QVariantList scopeValues { run.groupId };
    QString memberSet;
    if (run.floodMembers) {
        if (!flooding)
            return outcome;
        QVariantList binds;
        memberSet = m_database.dialect().idListSet(*run.floodMembers, binds);
        scope = QStringLiteral("rule = 'no_flooding' AND member_id IN (") + memberSet
            + QLatin1Char(')');
        scopeValues += binds;
    } else if (options.builtins) {
        QStringList keys { QStringLiteral("rule LIKE 'keyword:%'") };
        for (const BuiltinRule rule : allBuiltinRules())
            if (options.builtins->contains(rule)) {
                keys << QStringLiteral("rule = ?");
                scopeValues << ruleKey(rule);
            }
        scope = keys.join(QStringLiteral(" OR "));
    } else {
        scope = QStringLiteral("1 = 1");
    }
    scope = QStringLiteral("group_id = ? AND (") + scope + QLatin1Char(')');

    QSet<QPair<qint64, QString>> dismissed;
    prepareOrThrow(q,
                   QStringLiteral("SELECT message_id, rule FROM rule_violations WHERE ") + scope
                       + QStringLiteral(" AND dismissed = 1"));
    execOrThrow(q, scopeValues);
    while (q.next())
        dismissed.insert({ q.value(0).toLongLong(), q.value(1).toString() });
    prepareOrThrow(q, QStringLiteral("DELETE FROM rule_violations WHERE ") + scope);
    execOrThrow(q, scopeValues);

    qint64 total = 0;
    if (options.progress) {
        prepareOrThrow(q, QStringLiteral("SELECT COUNT(*) FROM messages WHERE group_id = ?"));
        execOrThrow(q, { run.groupId });
        total = q.next() ? q.value(0).toLongLong() : 0;
    }

    // With nothing to check, reading the history would find nothing.
    if (run.rules.builtins.isEmpty() && run.rules.keywords.isEmpty()) {
        q.finish();
        tx.touch(Table::Violations);
        if (!tx.commit()) {
            outcome.ok = false;
            outcome.error = tx.error().message;
        } else if (options.progress) {
            options.progress(100);
        }
        return outcome;
    }

    QSqlQuery insert(db);
    prepareOrThrow(insert,
                   QStringLiteral("INSERT INTO rule_violations (group_id, member_id, message_id, "
                                  "rule, at, matched, dismissed) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    const auto write = [&](qint64 messageId, qint64 memberId, const QString &rule, qint64 at,
                           const QString &matched) {
        execOrThrow(insert,
                    { run.groupId,
                      memberId > 0 ? QVariant(memberId) : QVariant(QMetaType(QMetaType::LongLong)),
                      messageId, rule, at, matched,
                      dismissed.contains({ messageId, rule }) ? 1 : 0 });
        ++outcome.violations;
        ++outcome.counts[rule];
    };

    QSqlQuery messages(db);
    setForwardOnlyWhereSafe(messages);
    QVariantList values { run.groupId };
    QString sql = QStringLiteral("SELECT id, member_id, sent_at, kind, body FROM messages "
                                 "WHERE group_id = ?");
    if (run.floodMembers) {
        sql += QStringLiteral(" AND member_id IN (") + memberSet + QLatin1Char(')');
        values << scopeValues.last();
    }
    if (flooding)
        sql += QStringLiteral(" ORDER BY sent_at, id");
    prepareOrThrow(messages, sql);
    execOrThrow(messages, values);

    MessageChecker checker(run.rules, m_phrases);
    FloodTracker flood(run.rules.flood);
    QList<Finding> findings;
    std::vector<FloodTracker::Burst> bursts;
    qint64 seen = 0;
    while (messages.next()) {
        if ((++seen & 1023) == 0) {
            if (options.cancelled && options.cancelled()) {
                outcome.cancelled = true;
                outcome.ok = false;
                return outcome; // the transaction rolls back
            }
            if (options.progress && total > 0)
                options.progress(int(std::min<qint64>(99, seen * 100 / total)));
        }
        const qint64 id = messages.value(0).toLongLong();
        const qint64 member = messages.value(1).toLongLong();
        const qint64 at = messages.value(2).toLongLong();
        const MessageKind kind = MessageKind(messages.value(3).toInt());
        const QString body = messages.value(4).toString();
        const bool checkText = !run.floodMembers;
        if (checkText) {
            ++outcome.messages;
            findings.clear();
            checker.check(member, kind, body, findings);
            for (const Finding &f : std::as_const(findings))
                write(id, member, f.rule, at, f.matched);
        }
        if (flooding && checker.floodCounts(member, kind)) {
            bursts.clear();
            // The checker folded the text already when it had rules that read it.
            flood.add(id, member, at, body, kind == MessageKind::Text && !body.isEmpty(), bursts,
                      checkText ? checker.lastFolded() : QStringView());
            for (const FloodTracker::Burst &b : bursts)
                write(b.messageId, b.memberId, ruleKey(BuiltinRule::NoFlooding), b.at, b.matched);
        }
    }
    if (messages.lastError().isValid())
        throw QueryError(messages.lastError(), sql);
    messages.finish();
    insert.finish();
    q.finish();
    tx.touch(Table::Violations);
    if (!tx.commit()) {
        outcome.ok = false;
        outcome.error = tx.error().message;
        return outcome;
    }
    if (options.progress)
        options.progress(100);
    return outcome;
}

} // namespace cohort::rules
