#include "import/importpipeline.h"
#include "rules/rulesetrepository.h"
#include "rules/violationrepository.h"
#include "storage/checkedquery.h"
#include "storage/database.h"
#include "storage/grouprepository.h"

#include "testbackends.h"
#include <QTemporaryDir>

#include <QTest>

using namespace cohort;
using namespace cohort::rules;

namespace {

QString writeChat(const QTemporaryDir &dir, const QString &name, const QStringList &lines)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QString();
    file.write(lines.join(QLatin1Char('\n')).toUtf8() + '\n');
    return path;
}

qint64 count(const Database &db, const QString &table)
{
    return CheckedQuery(db, QStringLiteral("SELECT COUNT(*) FROM ") + table).scalar().toLongLong();
}

} // namespace

/// Every import scans the messages it adds inside its own transaction: violations appear with
/// the import, a re-import adds none, a burst across two files is found once, and an import that
/// fails leaves no violations (nor messages) behind.
class TestImportScan : public QObject
{
    Q_OBJECT

    Database m_db;
    QTemporaryDir m_dir;
    qint64 m_group = 0;

    import::ImportSummary importFile(const QString &path) { import::ImportOptions options;
    options.groupId = m_group;
    options.timeZoneId = QStringLiteral("UTC");
    return import::ImportPipeline(m_db).importFile(path, options);
}

private Q_SLOTS : void
                  initTestCase_data()
{
    cohort::test::addBackendRows();
}

void init()
{
    m_db.close();
    COHORT_OPEN_FRESH_WORKSPACE(m_db);
    Group g;
    g.name = QStringLiteral("Book club");
    GroupRepository groups(m_db);
    QVERIFY(groups.insert(g));
    m_group = g.id;
    RuleSet rules;
    rules.builtins
        = { BuiltinRule::NoLinks, BuiltinRule::NoPrivateSoliciting, BuiltinRule::NoFlooding };
    QVERIFY(RuleSetRepository(m_db).save(m_group, rules));
}

void importScansWhatItAdds()
{
    const QString path = writeChat(
        m_dir, QStringLiteral("a.txt"),
        { QStringLiteral("11/01/2023, 10:00 - Ann: Morning, see www.example.com"),
          QStringLiteral("11/01/2023, 10:01 - Ben joined using this group's invite link"),
          QStringLiteral("11/01/2023, 10:02 - Ben: 有需要的加我微信"),
          QStringLiteral("11/01/2023, 10:03 - Cid: nothing to see here") });
    const import::ImportSummary first = importFile(path);
    QVERIFY2(first.ok(), first.errors.isEmpty() ? "" : qPrintable(first.errors.at(0).message));
    QCOMPARE(first.violations, 2);
    ViolationRepository repo(m_db);
    const QList<Violation> list = repo.list({});
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.at(0).rule, QStringLiteral("no_links"));
    QCOMPARE(list.at(0).memberName, QStringLiteral("Ann"));
    QCOMPARE(list.at(0).matched, QStringLiteral("www.example.com"));
    QCOMPARE(list.at(1).rule, QStringLiteral("no_private_soliciting"));
    QCOMPARE(list.at(1).memberName, QStringLiteral("Ben"));

    // Importing the same file again adds nothing, violations included.
    const import::ImportSummary again = importFile(path);
    QVERIFY(again.ok());
    QCOMPARE(again.violations, 0);
    QCOMPARE(repo.count({}), 2);
}

void burstAcrossTwoFilesCountsOnce()
{
    QStringList early;
    QStringList late;
    for (int i = 0; i < 4; ++i)
        early << QStringLiteral("11/01/2023, 10:00 - Ann: a%1").arg(i);
    for (int i = 0; i < 4; ++i)
        late << QStringLiteral("11/01/2023, 10:00 - Ann: b%1").arg(i);
    QVERIFY(importFile(writeChat(m_dir, QStringLiteral("early.txt"), early)).ok());
    QCOMPARE(count(m_db, QStringLiteral("rule_violations")), 0);
    const import::ImportSummary second
        = importFile(writeChat(m_dir, QStringLiteral("late.txt"), late));
    QVERIFY(second.ok());
    QCOMPARE(second.violations, 1);
    const QList<Violation> list = ViolationRepository(m_db).list({});
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.at(0).rule, QStringLiteral("no_flooding"));
    // At the burst's first message, which came with the first file.
    QCOMPARE(CheckedQuery(m_db, QStringLiteral("SELECT body FROM messages WHERE id = ?"))
                 .bind(list.at(0).messageId)
                 .scalar()
                 .toString(),
             QStringLiteral("a0"));
}

void failedImportLeavesNoViolations()
{
    const QString path = writeChat(m_dir, QStringLiteral("fail.txt"),
                                   { QStringLiteral("11/01/2023, 10:00 - Ann: www.example.com") });
    // The scan's read of the group's admins fails: the whole import rolls back.
    CheckedQuery::failMatching(QStringLiteral("role IN ('owner', 'operator')"));
    const import::ImportSummary failed = importFile(path);
    CheckedQuery::clearFailures();
    QVERIFY(!failed.ok());
    QCOMPARE(count(m_db, QStringLiteral("rule_violations")), 0);
    QCOMPARE(count(m_db, QStringLiteral("messages")), 0);
    // The same file imports (and scans) once the disk is fine again.
    const import::ImportSummary ok = importFile(path);
    QVERIFY(ok.ok());
    QCOMPARE(ok.violations, 1);
}
}
;

QTEST_GUILESS_MAIN(TestImportScan)
#include "tst_importscan.moc"
