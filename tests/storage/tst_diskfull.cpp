#include "storage/database.h"
#include "storage/grouprepository.h"
#include "storage/sqltransaction.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace cohort;

namespace {

int pragmaInt(const Database &db, const QString &pragma)
{
    QSqlQuery query(db.connection());
    return query.exec(QStringLiteral("PRAGMA ") + pragma) && query.next() ? query.value(0).toInt()
                                                                          : -1;
}

} // namespace

/// A disk that fills up during a large write through the repositories: the transaction rolls
/// back, the error says the disk is full, and what was committed before is intact.
class TestDiskFull : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void largeTransactionRollsBack()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("full.cohort"));
        QList<Group> before;
        {
            Database db;
            QVERIFY(!db.open(path, Database::OpenMode::CreateOrOpen).isError());
            GroupRepository groups(db);
            for (int i = 0; i < 3; ++i) {
                Group group;
                group.name = QStringLiteral("Committed %1").arg(i);
                group.notes = QStringLiteral("kept");
                QVERIFY(groups.insert(group));
            }
            before = groups.all();

            // The file may grow by 20 pages (80 KiB) more: the "disk" is nearly full.
            const int pages = pragmaInt(db, QStringLiteral("page_count"));
            QVERIFY(pages > 0);
            QCOMPARE(pragmaInt(db, QStringLiteral("max_page_count = %1").arg(pages + 20)),
                     pages + 20);

            WorkspaceError error;
            int inserted = 0;
            {
                SqlTransaction tx(db);
                QVERIFY(tx.isActive());
                for (int i = 0; i < 10000; ++i) {
                    Group group;
                    group.name = QStringLiteral("Bulk %1").arg(i);
                    group.notes = QString(2000, QChar(u'a' + i % 26));
                    if (!groups.insert(group)) {
                        error = groups.lastError();
                        break;
                    }
                    ++inserted;
                }
                // Leaving the scope without commit() rolls the whole unit back.
            }
            QVERIFY2(inserted > 0 && inserted < 10000, qPrintable(QString::number(inserted)));
            QCOMPARE(error.kind, WorkspaceError::Kind::Io);
            QVERIFY2(error.message.contains(QStringLiteral("disk is full")),
                     qPrintable(error.message));
            QCOMPARE(groups.all(), before);

            // Space freed: the workspace takes writes again.
            QVERIFY(pragmaInt(db, QStringLiteral("max_page_count = 1000000")) > 0);
            Group after;
            after.name = QStringLiteral("After");
            QVERIFY2(groups.insert(after), qPrintable(groups.lastError().message));
            before = groups.all();
        }
        Database reopened;
        QVERIFY(!reopened.open(path).isError());
        QSqlQuery check(reopened.connection());
        QVERIFY(check.exec(QStringLiteral("PRAGMA integrity_check")) && check.next());
        QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
        QCOMPARE(GroupRepository(reopened).all(), before);
        QCOMPARE(before.size(), 4);
    }
};

QTEST_GUILESS_MAIN(TestDiskFull)
#include "tst_diskfull.moc"
