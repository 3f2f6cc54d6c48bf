#include "storage/checkedquery.h"
#include "storage/database.h"
#include "storage/rowscan.h"

#include <QSqlQuery>
#include <QTest>

using namespace cohort;

/// RowScan reads what the QSQLITE driver reads, column by column, and fails like CheckedQuery:
/// a QueryError naming the statement, also when CheckedQuery's failure hook is armed.
class TestRowScan : public QObject
{
    Q_OBJECT

    Database m_db;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(!m_db.openInMemory().isError());
        QSqlQuery q(m_db.connection());
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE scan_rows (id INTEGER PRIMARY KEY, big "
                                      "INTEGER, small INTEGER, name TEXT, maybe INTEGER)")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO scan_rows VALUES (1, 9000000000123, -7, "
                                      "'茶友群 🍵', NULL), (2, 0, 42, '', 5), (3, -1, 0, NULL, "
                                      "NULL)")));
    }

    void cleanup() { CheckedQuery::clearFailures(); }

    void readsWhatTheDriverReads()
    {
        const QString sql
            = QStringLiteral("SELECT id, big, small, name, maybe FROM scan_rows ORDER BY id");
        QSqlQuery expected(m_db.connection());
        QVERIFY(expected.exec(sql));
        RowScan scan(m_db.connection(), sql);
        int rows = 0;
        while (scan.next()) {
            QVERIFY(expected.next());
            ++rows;
            QCOMPARE(scan.int64(0), expected.value(0).toLongLong());
            QCOMPARE(scan.int64(1), expected.value(1).toLongLong());
            QCOMPARE(scan.int32(2), expected.value(2).toInt());
            QCOMPARE(scan.text(3), expected.value(3).toString());
            QCOMPARE(scan.utf8(3).toByteArray(), expected.value(3).toString().toUtf8());
            QCOMPARE(scan.int64(4), expected.value(4).toLongLong()); // NULL reads as 0
        }
        QVERIFY(!expected.next());
        QCOMPARE(rows, 3);
        QVERIFY(!scan.next()); // stays at the end
    }

    void badStatementThrowsWithIt()
    {
        const QString sql = QStringLiteral("SELECT id FROM no_such_table");
        try {
            RowScan scan(m_db.connection(), sql);
            QFAIL("no error");
        } catch (const QueryError &error) {
            QCOMPARE(error.statement(), sql);
            QVERIFY2(error.driverMessage().contains(QLatin1String("no_such_table")),
                     qPrintable(error.driverMessage()));
        }
    }

    void failureHookFailsIt()
    {
        const QString sql = QStringLiteral("SELECT id FROM scan_rows");
        CheckedQuery::failMatching(QStringLiteral("FROM scan_rows"), 1);
        try {
            RowScan scan(m_db.connection(), sql);
            QFAIL("no error");
        } catch (const QueryError &error) {
            QCOMPARE(error.statement(), sql);
            QCOMPARE(error.kind(), WorkspaceError::Kind::Io);
        }
        RowScan again(m_db.connection(), sql); // the hook was armed for one statement
        QVERIFY(again.next());
    }
};

QTEST_GUILESS_MAIN(TestRowScan)
#include "tst_rowscan.moc"
