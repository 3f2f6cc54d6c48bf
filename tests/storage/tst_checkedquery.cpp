#include "storage/checkedquery.h"
#include "storage/database.h"

#include <QSqlQuery>
#include <QTest>

using namespace cohort;

/// CheckedQuery itself: every failure throws with the statement and the driver's message, the
/// rows come through unchanged, and the failure hook fails exactly what it is told to.
class TestCheckedQuery : public QObject
{
    Q_OBJECT

    Database m_db;

    static QString errorOf(const std::function<void()> &run)
    {
        try {
            run();
        } catch (const QueryError &error) {
            return error.details();
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(!m_db.openInMemory().isError());
        QSqlQuery q(m_db.connection());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO chat_groups (id, name, platform, created_at) "
                                      "VALUES (1, 'a', 'wechat', 0), (2, 'b', 'qq', 0)")));
    }

    void cleanup() { CheckedQuery::clearFailures(); }

    void rowsComeThrough()
    {
        CheckedQuery q(m_db,
                       QStringLiteral("SELECT id, name FROM chat_groups WHERE id >= ? "
                                      "ORDER BY id"));
        q.bind(1).exec();
        QStringList names;
        while (q.next())
            names << q.value(1).toString();
        QCOMPARE(names, QStringList({ QStringLiteral("a"), QStringLiteral("b") }));
        // Executed again with new values, as a prepared statement in a loop is.
        q.bind(2).exec();
        QVERIFY(q.next());
        QCOMPARE(q.value(1).toString(), QStringLiteral("b"));
        QVERIFY(!q.next());
    }

    void badStatementThrowsWithStatementAndDriverMessage()
    {
        const QString sql = QStringLiteral("SELECT missing FROM nowhere");
        try {
            CheckedQuery q(m_db, sql);
            q.exec();
            QFAIL("no error");
        } catch (const QueryError &error) {
            QCOMPARE(error.statement(), sql);
            QVERIFY2(error.driverMessage().contains(QLatin1String("no such table")),
                     qPrintable(error.driverMessage()));
            QVERIFY(error.oneLine().contains(sql));
            QVERIFY(!error.oneLine().contains(QLatin1Char('\n')));
            QVERIFY(QByteArray(error.what()).contains("nowhere"));
        }
    }

    void scalarWithoutRowThrows()
    {
        const QString details = errorOf([this] {
            CheckedQuery(m_db, QStringLiteral("SELECT id FROM chat_groups WHERE id = 99")).scalar();
        });
        QVERIFY(details.contains(QLatin1String("no row")));
        QCOMPARE(
            CheckedQuery(m_db, QStringLiteral("SELECT count(*) FROM chat_groups")).scalar().toInt(),
            2);
    }

    void hookFailsOnlyMatchingStatements()
    {
        CheckedQuery::failMatching(QStringLiteral("FROM chat_groups WHERE"));
        QCOMPARE(
            CheckedQuery(m_db, QStringLiteral("SELECT count(*) FROM chat_groups")).scalar().toInt(),
            2);
        const QString details = errorOf([this] {
            CheckedQuery(m_db, QStringLiteral("SELECT id FROM chat_groups WHERE id = 1")).scalar();
        });
        QVERIFY2(details.contains(QLatin1String("disk I/O error")), qPrintable(details));
        // Until cleared: the same statement fails again.
        QVERIFY(!errorOf([this] {
                     CheckedQuery(m_db, QStringLiteral("SELECT id FROM chat_groups WHERE id = 2"))
                         .scalar();
                 }).isEmpty());
    }

    void hookCountsFailures()
    {
        CheckedQuery::failMatching(QStringLiteral("chat_groups"), 2);
        CheckedQuery q(m_db, QStringLiteral("SELECT name FROM chat_groups WHERE id = ?"));
        QVERIFY(!errorOf([&q] { q.bind(1).exec(); }).isEmpty());
        QVERIFY(!errorOf([&q] { q.bind(1).exec(); }).isEmpty());
        QVERIFY(errorOf([&q] { q.bind(1).exec(); }).isEmpty());
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("a"));
    }
};

QTEST_GUILESS_MAIN(TestCheckedQuery)
#include "tst_checkedquery.moc"
