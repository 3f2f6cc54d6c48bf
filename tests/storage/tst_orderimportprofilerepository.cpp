#include "storage/database.h"
#include "storage/orderimportprofilerepository.h"

#include "testbackends.h"
#include <QDir>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <QTest>

using namespace cohort;

/// Mapping profiles of the order import: stored in the workspace by name, replaced on save,
/// removed; and migration 0007_order_import.sql, found by its name, upgrades an older file.
class TestOrderImportProfileRepository : public QObject
{
    Q_OBJECT

    /// The version of the order import migration, from its file name (not assumed the latest).
    static int migrationVersion()
    {
        const QStringList names = QDir(QStringLiteral(":/cohort/migrations"))
                                      .entryList({ QStringLiteral("*_order_import.sql") });
        return names.size() == 1 ? names.first().left(4).toInt() : -1;
    }

private Q_SLOTS:
    void initTestCase_data() { cohort::test::addBackendRows(); }
    void roundTrip()
    {
        Database db;
        COHORT_OPEN_FRESH_WORKSPACE(db);
        OrderImportProfileRepository profiles(db);
        QVERIFY(profiles.names().isEmpty());
        QVERIFY(!profiles.mapping(QStringLiteral("Youzan")));
        const QString mapping
            = QStringLiteral("{\"columns\":[{\"column\":\"姓名\",\"field\":\"member\"}]}");
        QVERIFY2(profiles.save(QStringLiteral("Youzan"), mapping),
                 qPrintable(profiles.lastError().message));
        QVERIFY(profiles.save(QStringLiteral("excel"), QStringLiteral("{}")));
        QCOMPARE(profiles.names(),
                 (QStringList { QStringLiteral("excel"), QStringLiteral("Youzan") }));
        QCOMPARE(*profiles.mapping(QStringLiteral("Youzan")), mapping);
        QVERIFY(profiles.save(QStringLiteral("Youzan"), QStringLiteral("{\"columns\":[]}")));
        QCOMPARE(*profiles.mapping(QStringLiteral("Youzan")), QStringLiteral("{\"columns\":[]}"));
        QCOMPARE(profiles.names().size(), 2);
        QVERIFY(profiles.remove(QStringLiteral("excel")));
        QCOMPARE(profiles.names(), QStringList { QStringLiteral("Youzan") });
        QVERIFY(!profiles.save(QStringLiteral("  "), mapping));
    }

    void migrationAddsTheTable()
    {
        const int version = migrationVersion();
        QVERIFY(version > 1);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.cohort"));
        QVERIFY(!Database().createAtVersion(path, version - 1).isError());
        Database db;
        QVERIFY(!db.open(path).isError());
        QVERIFY(db.schemaVersion() >= version);
        OrderImportProfileRepository profiles(db);
        QVERIFY(profiles.save(QStringLiteral("after upgrade"), QStringLiteral("{}")));
        QCOMPARE(profiles.names(), QStringList { QStringLiteral("after upgrade") });
    }
};

QTEST_GUILESS_MAIN(TestOrderImportProfileRepository)
#include "tst_orderimportprofilerepository.moc"
