#include "clirun.h"
#include "storage/database.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace cohort;

/// `cohort-cli demo` in-process: fills a new workspace, refuses a filled one, checks options.
class TestCliDemo : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static int run(const QStringList &args, QString *out, QString *err)
    {
        return test::runCli(args, out, err);
    }

private Q_SLOTS:
    void fillsANewWorkspace()
    {
        const QString path = m_dir.filePath(QStringLiteral("demo.cohort"));
        QString out;
        QString err;
        QCOMPARE(run({ QStringLiteral("demo"), QStringLiteral("--workspace"), path,
                       QStringLiteral("--seed"), QStringLiteral("11"), QStringLiteral("--json") },
                     &out, &err),
                 0);
        QVERIFY2(err.isEmpty(), qPrintable(err));
        const QJsonObject json = QJsonDocument::fromJson(out.toUtf8()).object();
        QCOMPARE(json.value(QStringLiteral("seed")).toInt(), 11);
        QCOMPARE(json.value(QStringLiteral("scale")).toString(), QStringLiteral("small"));
        QVERIFY(json.value(QStringLiteral("members")).toInt() > 2000);
        QVERIFY(json.value(QStringLiteral("orders")).toInt() > 5000);

        Database db;
        QVERIFY(!db.open(path).isError());
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM orders")) && q.next());
        QCOMPARE(q.value(0).toInt(), json.value(QStringLiteral("orders")).toInt());
        db.close();

        // A second run must not pile demo data onto existing data.
        out.clear();
        QCOMPARE(run({ QStringLiteral("demo"), QStringLiteral("--workspace"), path }, &out, &err),
                 1);
        QVERIFY(err.contains(path));
        QVERIFY(err.contains(QStringLiteral("empty")));
    }

    void textOutput()
    {
        const QString path = m_dir.filePath(QStringLiteral("text.cohort"));
        QString out;
        QString err;
        QCOMPARE(run({ QStringLiteral("demo"), QStringLiteral("--workspace"), path }, &out, &err),
                 0);
        QVERIFY(out.contains(QStringLiteral("members")));
        QVERIFY(out.contains(path));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        const QString path = m_dir.filePath(QStringLiteral("never.cohort"));
        QTest::newRow("bad scale")
            << QStringList { QStringLiteral("--workspace"), path, QStringLiteral("--scale"),
                             QStringLiteral("huge") }
            << 2;
        QTest::newRow("bad seed") << QStringList { QStringLiteral("--workspace"), path,
                                                   QStringLiteral("--seed"), QStringLiteral("-4") }
                                  << 2;
        QTest::newRow("unknown option") << QStringList { QStringLiteral("--bogus") } << 2;
        QTest::newRow("no workspace") << QStringList {} << 1;
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QString out;
        QString err;
        QCOMPARE(run(QStringList { QStringLiteral("demo") } + args, &out, &err), code);
        QVERIFY(!err.isEmpty());
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("never.cohort"))));
    }
};

QTEST_GUILESS_MAIN(TestCliDemo)
#include "tst_clidemo.moc"
