#include "clirun.h"
#include "storage/checkedquery.h"
#include "storage/database.h"
#include "storage/grouprepository.h"
#include "storage/memberrepository.h"
#include "storage/productrepository.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace cohort;

/// Every cohort-cli command that meets a failing read says so on one line of stderr and exits
/// with 1, instead of printing empty results (ARCHITECTURE.md §3, docs/architecture.md).
class TestCliReadErrors : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_workspace;

    static int run(const QStringList &args, QString *out, QString *err)
    {
        return test::runCli(args, out, err);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_workspace = m_dir.filePath(QStringLiteral("w.cohort"));
        Database db;
        QVERIFY(!db.open(m_workspace, Database::OpenMode::CreateOrOpen).isError());
        Group group;
        group.name = QStringLiteral("Tea");
        QVERIFY(GroupRepository(db).insert(group));
        Product product;
        product.name = QStringLiteral("Tea");
        product.sku = QStringLiteral("TEA-01");
        product.price = Money(1990, QStringLiteral("CNY"));
        QVERIFY(ProductRepository(db).insert(product));
        Member member;
        member.displayName = QStringLiteral("Wang Fang");
        QVERIFY(MemberRepository(db).insert(member));
    }

    void cleanup() { CheckedQuery::clearFailures(); }

    void commandReportsReadError_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("fragment");
        const QString ws = QStringLiteral("--workspace");
        QTest::newRow("import") << QStringList {
            QStringLiteral("import"),
            ws,
            m_workspace,
            QStringLiteral("--group"),
            QStringLiteral("Tea"),
            test::dataPath(QStringLiteral("import/whatsapp/android_en_24h.txt"))
        } << QStringLiteral("FROM chat_groups WHERE name");
        QTest::newRow("import-orders")
            << QStringList { QStringLiteral("import-orders"),
                             ws,
                             m_workspace,
                             QStringLiteral("--map"),
                             QStringLiteral("Name=member,SKU=sku,Qty=quantity,Price=unit_price,"
                                            "Date=ordered_at"),
                             test::dataPath(QStringLiteral("orders/bad_money.csv")) }
            << QStringLiteral("FROM products ORDER BY");
        QTest::newRow("demo") << QStringList { QStringLiteral("demo"), ws,
                                               m_dir.filePath(QStringLiteral("demo.cohort")) }
                              << QStringLiteral("FROM rebate_rules");
        QTest::newRow("stats") << QStringList { QStringLiteral("stats"), ws, m_workspace,
                                                QStringLiteral("--json") }
                               << QStringLiteral("FROM membership_events ORDER BY");
        QTest::newRow("stats --group")
            << QStringList { QStringLiteral("stats"), ws, m_workspace, QStringLiteral("--group"),
                             QStringLiteral("Tea") }
            << QStringLiteral("FROM chat_groups WHERE name");
        QTest::newRow("report") << QStringList { QStringLiteral("report"),
                                                 ws,
                                                 m_workspace,
                                                 QStringLiteral("--week"),
                                                 QStringLiteral("2026-W10"),
                                                 QStringLiteral("--html"),
                                                 m_dir.filePath(QStringLiteral("r.html")) }
                                << QStringLiteral("currency FROM orders ORDER BY id");
        QTest::newRow("bench stats")
            << QStringList { QStringLiteral("bench"), QStringLiteral("stats"), ws, m_workspace }
            << QStringLiteral("FROM members ORDER BY id");
        QTest::newRow("solitaire") << QStringList { QStringLiteral("solitaire"), ws, m_workspace }
                                   << QStringLiteral("FROM chat_groups ORDER BY");
        QTest::newRow("scan") << QStringList { QStringLiteral("scan"), ws, m_workspace }
                              << QStringLiteral("FROM rule_violations v");
        QTest::newRow("scan --rescan")
            << QStringList { QStringLiteral("scan"), ws, m_workspace, QStringLiteral("--rescan") }
            << QStringLiteral("role IN ('owner', 'operator')");
        QTest::newRow("index") << QStringList { QStringLiteral("index"), ws, m_workspace }
                               << QStringLiteral("FROM message_index_pending");
    }

    void commandReportsReadError()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, fragment);
        CheckedQuery::failMatching(fragment);
        QString out;
        QString err;
        QCOMPARE(run(args, &out, &err), 1);
        QVERIFY2(err.startsWith(QStringLiteral("cohort-cli")), qPrintable(err));
        QVERIFY2(err.contains(QLatin1String("could not be read")), qPrintable(err));
        QCOMPARE(err.count(QLatin1Char('\n')), 1);
    }
};

QTEST_MAIN(TestCliReadErrors)
#include "tst_clireaderrors.moc"
