#include "rules/groupscanner.h"
#include "rules/rulesetrepository.h"
#include "rules/violationrepository.h"
#include "storage/analyticsfactsrepository.h"
#include "storage/checkedquery.h"
#include "storage/database.h"
#include "storage/queryerror.h"

#include "testbackends.h"
#include <QSignalSpy>
#include <QSqlQuery>

#include <QTest>

using namespace cohort;
using namespace cohort::rules;

namespace {

void exec(const Database &db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery q(db.connection());
    QVERIFY2(q.prepare(sql), qPrintable(sql));
    for (const QVariant &v : values)
        q.addBindValue(v);
    QVERIFY2(q.exec(), qPrintable(sql));
}

/// A group with three members (7 writes, 8 promotes, 9 owns) and the rules on.
qint64 makeGroup(const Database &db, const QString &name,
                 const QString &policy = QStringLiteral("private_garden"))
{
    exec(db,
         QStringLiteral("INSERT INTO chat_groups (platform, name, promotion_policy, created_at) "
                        "VALUES ('wechat', ?, ?, 0)"),
         { name, policy });
    const qint64 id
        = CheckedQuery(db, QStringLiteral("SELECT MAX(id) FROM chat_groups")).scalar().toLongLong();
    for (const qint64 m : { 7, 8, 9 }) {
        exec(db,
             QStringLiteral("INSERT INTO members (id, display_name, created_at) VALUES (?, ?, 0) "
                            "ON CONFLICT (id) DO NOTHING"),
             { m, QStringLiteral("Member %1").arg(m) });
        exec(db,
             QStringLiteral("INSERT INTO memberships (group_id, member_id, role) VALUES (?, ?, ?)"),
             { id, m, m == 9 ? QStringLiteral("owner") : QStringLiteral("member") });
    }
    RuleSet rules;
    rules.builtins = { BuiltinRule::NoLinks, BuiltinRule::NoCards, BuiltinRule::NoAds,
                       BuiltinRule::NoPrivateSoliciting, BuiltinRule::NoFlooding };
    rules.keywords
        = { KeywordRule { QStringLiteral("rivals"), { QStringLiteral("竞品") }, QString() } };
    rules.promoters = { 8 };
    RuleSetRepository repo(db);
    [&] { QVERIFY2(repo.save(id, rules), qPrintable(repo.lastError())); }();
    return id;
}

qint64 addMessage(const Database &db, qint64 group, qint64 member, qint64 at, const QString &body,
                  int kind = 0)
{
    static qint64 fingerprint = 0;
    exec(db,
         QStringLiteral(
             "INSERT INTO messages (group_id, member_id, sent_at, kind, body, fingerprint) "
             "VALUES (?, ?, ?, ?, ?, ?)"),
         { group, member, at, kind, body, ++fingerprint });
    return CheckedQuery(db, QStringLiteral("SELECT MAX(id) FROM messages")).scalar().toLongLong();
}

/// Every stored violation of `group` without its row id: "message rule member at matched
/// dismissed".
QStringList rows(const Database &db, qint64 group)
{
    QStringList out;
    CheckedQuery q(
        db,
        QStringLiteral("SELECT message_id, rule, member_id, at, matched, dismissed "
                       "FROM rule_violations WHERE group_id = ? ORDER BY message_id, rule"));
    q.bind(group).exec();
    while (q.next())
        out << QStringLiteral("%1 %2 %3 %4 %5 %6")
                   .arg(q.value(0).toLongLong())
                   .arg(q.value(1).toString())
                   .arg(q.value(2).toLongLong())
                   .arg(q.value(3).toLongLong())
                   .arg(q.value(4).toString())
                   .arg(q.value(5).toInt());
    return out;
}

} // namespace

/// GroupScanner and ViolationRepository on a workspace: a re-scan replaces a group's violations
/// and gives the same rows again, dismissals survive it, an override replaces only its rules,
/// Cancel leaves everything as it was.
class TestGroupScanner : public QObject
{
    Q_OBJECT

    Database m_db;
    qint64 m_group = 0;
    qint64 m_other = 0;
    QList<qint64> m_ids;

private Q_SLOTS:
    void initTestCase_data() { cohort::test::addBackendRows(); }
    void init()
    {
        m_db.close();
        COHORT_OPEN_FRESH_WORKSPACE(m_db);
        m_group = makeGroup(m_db, QStringLiteral("读书会"));
        m_other = makeGroup(m_db, QStringLiteral("Market"), QStringLiteral("free_market"));
        m_ids.clear();
        m_ids << addMessage(m_db, m_group, 7, 1000, QStringLiteral("看看 www.shop.cn"))
              << addMessage(m_db, m_group, 8, 1010, QStringLiteral("代购 www.shop.cn"))
              << addMessage(m_db, m_group, 9, 1020, QStringLiteral("代购 私聊 竞品"))
              << addMessage(m_db, m_group, 7, 1030, QStringLiteral("竞品好用，加我微信"))
              << addMessage(m_db, m_group, 7, 1040, QStringLiteral("[小程序]"), 4)
              << addMessage(m_db, m_group, 7, 1050,
                            QStringLiteral("Li joined using this group's invite link www.a.com"),
                            5);
        for (int i = 0; i < 6; ++i)
            m_ids << addMessage(m_db, m_group, 8, 5000 + i, QStringLiteral("刷屏%1").arg(i));
        addMessage(m_db, m_other, 7, 1000, QStringLiteral("代购 www.shop.cn 私聊"));
    }

    void rescanFinds()
    {
        QSignalSpy changed(&m_db, &Database::changed);
        GroupScanner scanner(m_db, PhraseLists::defaults());
        const ScanOutcome outcome = scanner.rescan(m_group, {});
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        const QStringList expected {
            QStringLiteral("%1 no_links 7 1000 www.shop.cn 0").arg(m_ids[0]),
            QStringLiteral("%1 keyword:rivals 7 1030 竞品 0").arg(m_ids[3]),
            QStringLiteral("%1 no_private_soliciting 7 1030 加我微信 0").arg(m_ids[3]),
            QStringLiteral("%1 no_cards 7 1040 [小程序] 0").arg(m_ids[4]),
            QStringLiteral("%1 no_flooding 8 5000 6/60s 0").arg(m_ids[6]),
        };
        QCOMPARE(rows(m_db, m_group), expected);
        QCOMPARE(outcome.violations, 5);
        QCOMPARE(outcome.counts.value(QStringLiteral("no_flooding")), 1);
        QVERIFY(changed.count() >= 1);
        QVERIFY(changed.last().at(0).value<Tables>().testFlag(Table::Violations));
        // The free-market group is untouched by this group's re-scan, then finds soliciting only.
        QCOMPARE(rows(m_db, m_other), QStringList());
        QVERIFY(scanner.rescan(m_other, {}).ok);
        QCOMPARE(rows(m_db, m_other).size(), 1);
        QVERIFY(rows(m_db, m_other).at(0).contains(QStringLiteral("no_private_soliciting")));
    }

    void rescanIsIdempotent()
    {
        GroupScanner scanner(m_db, PhraseLists::defaults());
        QVERIFY(scanner.rescan(m_group, {}).ok);
        const QStringList first = rows(m_db, m_group);
        QVERIFY(scanner.rescan(m_group, {}).ok);
        QCOMPARE(rows(m_db, m_group), first);
        QCOMPARE(ViolationRepository(m_db).count({}), qint64(first.size()));
    }

    void dismissalsSurviveRescan()
    {
        GroupScanner scanner(m_db, PhraseLists::defaults());
        QVERIFY(scanner.rescan(m_group, {}).ok);
        ViolationRepository repo(m_db);
        ViolationFilter links;
        links.rules = { QStringLiteral("no_links") };
        const QList<Violation> found = repo.list(links);
        QCOMPARE(found.size(), 1);
        QVERIFY(repo.setDismissed({ { found.at(0).messageId, found.at(0).rule } }, true));
        QCOMPARE(repo.count(links), 0);
        QVERIFY(scanner.rescan(m_group, {}).ok);
        QCOMPARE(repo.count(links), 0);
        links.includeDismissed = true;
        const QList<Violation> again = repo.list(links);
        QCOMPARE(again.size(), 1);
        QVERIFY(again.at(0).dismissed);
        QCOMPARE(again.at(0).messageId, found.at(0).messageId);
        // Undoing the dismissal brings the strike back.
        QVERIFY(repo.setDismissed({ { again.at(0).messageId, again.at(0).rule } }, false));
        links.includeDismissed = false;
        QCOMPARE(repo.count(links), 1);
    }

    void overrideReplacesOnlyItsRules()
    {
        GroupScanner scanner(m_db, PhraseLists::defaults());
        QVERIFY(scanner.rescan(m_group, {}).ok);
        GroupScanner::Options options;
        options.builtins = QSet<BuiltinRule> { BuiltinRule::NoLinks };
        const ScanOutcome outcome = scanner.rescan(m_group, options);
        QVERIFY(outcome.ok);
        QCOMPARE(outcome.counts.value(QStringLiteral("no_links")), 1);
        QCOMPARE(outcome.counts.value(QStringLiteral("keyword:rivals")), 1);
        QCOMPARE(rows(m_db, m_group).size(), 5); // flooding, cards, soliciting kept
        // The override is not saved.
        QCOMPARE(RuleSetRepository(m_db).load(m_group)->builtins.size(), 5);
    }

    void rulesOffRemoveTheirViolations()
    {
        GroupScanner scanner(m_db, PhraseLists::defaults());
        QVERIFY(scanner.rescan(m_group, {}).ok);
        RuleSet rules = *RuleSetRepository(m_db).load(m_group);
        rules.builtins = { BuiltinRule::NoCards };
        rules.keywords.clear();
        QVERIFY(RuleSetRepository(m_db).save(m_group, rules));
        QVERIFY(scanner.rescan(m_group, {}).ok);
        QCOMPARE(rows(m_db, m_group).size(), 1);
    }

    void cancelLeavesEverything()
    {
        GroupScanner scanner(m_db, PhraseLists::defaults());
        QVERIFY(scanner.rescan(m_group, {}).ok);
        const QStringList before = rows(m_db, m_group);
        for (int i = 0; i < 3000; ++i)
            addMessage(m_db, m_group, 7, 10000 + i * 1000, QStringLiteral("www.x%1.com").arg(i));
        GroupScanner::Options options;
        options.cancelled = [] { return true; };
        QList<int> progress;
        options.progress = [&](int p) { progress << p; };
        const ScanOutcome outcome = scanner.rescan(m_group, options);
        QVERIFY(outcome.cancelled);
        QVERIFY(!outcome.ok);
        QCOMPARE(rows(m_db, m_group), before);
        options.cancelled = {};
        QVERIFY(scanner.rescan(m_group, options).ok);
        QCOMPARE(progress.last(), 100);
        QCOMPARE(rows(m_db, m_group).size(), before.size() + 3000);
    }

    void strikes()
    {
        GroupScanner scanner(m_db, PhraseLists::defaults());
        QVERIFY(scanner.rescan(m_group, {}).ok);
        const QList<Strikes> list
            = ViolationRepository(m_db).strikes({ { m_group }, {}, 0, 0, 0, false }, 10000);
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(0).memberId, 7);
        QCOMPARE(list.at(0).strikes, 4);
        QCOMPARE(list.at(0).lastAt, 1040);
        QVERIFY(list.at(0).overThreshold());
        QCOMPARE(list.at(1).memberId, 8);
        QCOMPARE(list.at(1).strikes, 1);
        QVERIFY(!list.at(1).overThreshold());
        // Outside the 30-day window nothing counts.
        QVERIFY(ViolationRepository(m_db)
                    .strikes({ { m_group }, {}, 0, 0, 0, false }, 40 * 86400)
                    .isEmpty());
    }

    void factsCountWhatIsNotDismissed()
    {
        // The dashboard, the health score and the weekly report read violations from the facts.
        GroupScanner scanner(m_db, PhraseLists::defaults());
        QVERIFY(scanner.rescan(m_group, {}).ok);
        AnalyticsFacts facts;
        AnalyticsFactsRepository(m_db).load(facts);
        QCOMPARE(int(facts.violations.size()), 5);
        ViolationRepository repo(m_db);
        const QList<Violation> all = repo.list({});
        QVERIFY(repo.setDismissed({ { all.at(0).messageId, all.at(0).rule } }, true));
        AnalyticsFacts after;
        AnalyticsFactsRepository(m_db).load(after);
        QCOMPARE(int(after.violations.size()), 4);
    }

    void contextAroundAMessage()
    {
        const QList<ContextMessage> around = ViolationRepository(m_db).context(m_ids[3], 2);
        QCOMPARE(around.size(), 5);
        QCOMPARE(around.at(0).messageId, m_ids[1]);
        QCOMPARE(around.at(2).messageId, m_ids[3]);
        QCOMPARE(around.at(2).author, QStringLiteral("Member 7"));
        QCOMPARE(around.at(4).messageId, m_ids[5]);
        QCOMPARE(ViolationRepository(m_db).context(m_ids[0], 2).size(), 3);
    }

    void readFailureThrows()
    {
        CheckedQuery::failMatching(QStringLiteral("FROM rule_violations v"));
        QVERIFY_THROWS_EXCEPTION(QueryError, ViolationRepository(m_db).count({}));
        CheckedQuery::clearFailures();
    }
};

QTEST_GUILESS_MAIN(TestGroupScanner)
#include "tst_groupscanner.moc"
