#include "clirun.h"
#include "storage/database.h"
#include "storage/memberrepository.h"
#include "storage/productrepository.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace cohort;

/// `cohort-cli import-orders` in-process: --map and --save-profile, --profile, JSON, exit codes
/// and the one-line error naming file and line, nothing imported on error.
class TestCliImportOrders : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_workspace;

    static int run(const QStringList &args, QString *out, QString *err)
    {
        return test::runCli(args, out, err);
    }

    qint64 orders() const
    {
        Database db;
        if (db.open(m_workspace).isError())
            return -1;
        QSqlQuery q(db.connection());
        return q.exec(QStringLiteral("SELECT COUNT(*) FROM orders")) && q.next()
            ? q.value(0).toLongLong()
            : -1;
    }

private Q_SLOTS:
    void init()
    {
        m_workspace = m_dir.filePath(
            QStringLiteral("shop%1.cohort").arg(QDateTime::currentMSecsSinceEpoch()));
        Database db;
        QVERIFY(!db.open(m_workspace, Database::OpenMode::CreateOrOpen).isError());
        for (const char *sku : { "TEA-01", "HONEY-02" }) {
            Product p;
            p.name = QString::fromLatin1(sku);
            p.sku = QString::fromLatin1(sku);
            p.price = Money(1990, QStringLiteral("CNY"));
            QVERIFY(ProductRepository(db).insert(p));
        }
        Member m;
        m.displayName = QStringLiteral("Wang Fang");
        QVERIFY(MemberRepository(db).insert(m));
    }

    void mapThenProfile()
    {
        const QString file = test::dataPath(QStringLiteral("orders/bad_money.csv"));
        QString out;
        QString err;
        // The first row would import; the bad ones keep the whole file out.
        QCOMPARE(run({ QStringLiteral("import-orders"), QStringLiteral("--workspace"), m_workspace,
                       QStringLiteral("--map"),
                       QStringLiteral(
                           "Name=member,SKU=sku,Qty=quantity,Price=unit_price,Date=ordered_at"),
                       file },
                     &out, &err),
                 1);
        QVERIFY2(err.startsWith(QStringLiteral("cohort-cli: ") + file + QStringLiteral(":3: ")),
                 qPrintable(err));
        QCOMPARE(err.count(QLatin1Char('\n')), 1);
        QCOMPARE(orders(), 0);

        const QString good = test::dataPath(QStringLiteral("orders/ambiguous.csv"));
        out.clear();
        err.clear();
        QCOMPARE(
            run({ QStringLiteral("import-orders"), QStringLiteral("--workspace"), m_workspace,
                  QStringLiteral("--map"), QStringLiteral("Name=member,SKU=sku,Date=ordered_at"),
                  QStringLiteral("--save-profile"), QStringLiteral("simple"), good },
                &out, &err),
            0);
        QVERIFY2(err.isEmpty(), qPrintable(err));
        QVERIFY(out.contains(QLatin1String("3 orders imported, 1 new members, 0 already present")));
        QCOMPARE(orders(), 3);

        out.clear();
        QCOMPARE(run({ QStringLiteral("import-orders"), QStringLiteral("--workspace"), m_workspace,
                       QStringLiteral("--profile"), QStringLiteral("simple"),
                       QStringLiteral("--json"), good },
                     &out, &err),
                 0);
        const QJsonObject json = QJsonDocument::fromJson(out.toUtf8()).object();
        // The same file again: every order is already there, nothing is added, and that is fine.
        QCOMPARE(json.value(QLatin1String("orders")).toInt(), 0);
        QCOMPARE(json.value(QLatin1String("duplicates")).toInt(), 3);
        QCOMPARE(json.value(QLatin1String("new_members")).toInt(), 0);
        QCOMPARE(json.value(QLatin1String("encoding")).toString(), QStringLiteral("UTF-8"));
        QVERIFY(json.value(QLatin1String("errors")).toArray().isEmpty());
        QCOMPARE(orders(), 3);
    }

    void usageAndUnknownProfile()
    {
        QString out;
        QString err;
        const QString file = test::dataPath(QStringLiteral("orders/basic.csv"));
        QCOMPARE(run({ QStringLiteral("import-orders"), QStringLiteral("--workspace"), m_workspace,
                       file },
                     &out, &err),
                 2);
        QCOMPARE(run({ QStringLiteral("import-orders"), QStringLiteral("--workspace"), m_workspace,
                       QStringLiteral("--map"), QStringLiteral("Name"), file },
                     &out, &err),
                 2);
        err.clear();
        QCOMPARE(run({ QStringLiteral("import-orders"), QStringLiteral("--workspace"), m_workspace,
                       QStringLiteral("--profile"), QStringLiteral("nope"), file },
                     &out, &err),
                 1);
        QVERIFY(err.contains(QLatin1String("nope")));
        err.clear();
        QCOMPARE(
            run({ QStringLiteral("import-orders"), QStringLiteral("--workspace"), m_workspace,
                  QStringLiteral("--map"), QStringLiteral("Name=member,SKU=sku,Date=ordered_at"),
                  m_dir.filePath(QStringLiteral("missing.csv")) },
                &out, &err),
            1);
        QVERIFY(err.contains(QLatin1String("missing.csv")));
    }
};

QTEST_GUILESS_MAIN(TestCliImportOrders)
#include "tst_cliimportorders.moc"
