#include "analytics/periodmath.h"
#include "clirun.h"
#include "storage/database.h"
#include "storage/grouprepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace cohort;

/// `cohort-cli stats` and `--version` run in-process: JSON fields, text output, exit codes.
class TestCliStats : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;

    static int run(const QStringList &args, QString *out, QString *err)
    {
        return test::runCli(args, out, err);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_path = m_dir.filePath(QStringLiteral("s.cohort"));
        Database db;
        QVERIFY(!db.open(m_path, Database::OpenMode::CreateOrOpen).isError());
        QVERIFY(db.setTimeZoneId(QStringLiteral("UTC")));
        Group g;
        g.name = QStringLiteral("Snack lovers");
        g.goals = { GroupGoal::ProductSales };
        g.kpiTargets = { { GoalKpi::ConversionRate, 0.6 } };
        QVERIFY(GroupRepository(db).insert(g));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO members (id, display_name, created_at) VALUES (1, 'Ann', 0), (2, 'Ben', 0)")));
        q.prepare(QStringLiteral("INSERT INTO memberships (group_id, member_id, role, joined_at) VALUES (?, ?, 'member', 0)"));
        for (int member : {1, 2}) {
            q.addBindValue(g.id);
            q.addBindValue(member);
            QVERIFY(q.exec());
        }
        const qint64 day = PeriodMath::dayNumber(QDate(2026, 5, 4));
        q.prepare(QStringLiteral("INSERT INTO member_day_activity (group_id, day, member_id, messages) VALUES (?, ?, 1, 7)"));
        q.addBindValue(g.id);
        q.addBindValue(day);
        QVERIFY(q.exec());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO products (id, name, price_minor) VALUES (1, 'Box', 990)")));
        q.prepare(QStringLiteral("INSERT INTO orders (member_id, product_id, group_id, quantity, unit_price_minor, "
                                 "total_minor, currency, ordered_at, status) VALUES (2, 1, ?, 2, 990, 1980, 'CNY', ?, 'paid')"));
        q.addBindValue(g.id);
        q.addBindValue(QDateTime(QDate(2026, 5, 5), QTime(12, 0), Qt::UTC).toSecsSinceEpoch());
        QVERIFY(q.exec());
    }

    void json()
    {
        QString out;
        QString err;
        const int code = run({QStringLiteral("stats"), QStringLiteral("--workspace"), m_path, QStringLiteral("--from"),
                              QStringLiteral("2026-05-01"), QStringLiteral("--to"), QStringLiteral("2026-05-07"),
                              QStringLiteral("--json")},
                             &out, &err);
        QCOMPARE(code, 0);
        QVERIFY2(err.isEmpty(), qPrintable(err));
        const QJsonObject root = QJsonDocument::fromJson(out.toUtf8()).object();
        const QJsonObject kpis = root.value(QStringLiteral("kpis")).toObject();
        QCOMPARE(kpis.value(QStringLiteral("messages")).toInteger(), 7);
        QCOMPARE(kpis.value(QStringLiteral("active_members")).toInteger(), 1);
        QCOMPARE(kpis.value(QStringLiteral("active_ratio")).toDouble(), 0.5);
        QCOMPARE(kpis.value(QStringLiteral("orders")).toInteger(), 1);
        QCOMPARE(kpis.value(QStringLiteral("revenue")).toObject().value(QStringLiteral("amount")).toString(),
                 QStringLiteral("19.80"));
        QCOMPARE(kpis.value(QStringLiteral("conversion_rate")).toDouble(), 0.5);
        const QJsonArray portfolio = root.value(QStringLiteral("portfolio")).toArray();
        QCOMPARE(portfolio.size(), 1);
        QCOMPARE(portfolio.at(0).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Snack lovers"));
        QCOMPARE(root.value(QStringLiteral("activity")).toObject().value(QStringLiteral("series")).toArray().size(), 7);
        for (const QString &key : {QStringLiteral("conversion"), QStringLiteral("repurchase"), QStringLiteral("fission"),
                                   QStringLiteral("revenue"), QStringLiteral("previous_period_kpis")})
            QVERIFY2(root.contains(key), qPrintable(key));
    }

    /// Positioning over the 30 days to --to: sales KPIs against the group's own target (0.6)
    /// and the default; activation: Ann wrote in the 4 weeks before 2026-06-01 and not since.
    void positioningAndQuietGroups()
    {
        QString out;
        QString err;
        QCOMPARE(
            run({ QStringLiteral("stats"), QStringLiteral("--workspace"), m_path,
                  QStringLiteral("--to"), QStringLiteral("2026-05-07"), QStringLiteral("--json") },
                &out, &err),
            0);
        QJsonObject root = QJsonDocument::fromJson(out.toUtf8()).object();
        out.clear(); // runCli appends
        const QJsonArray positioning = root.value(QStringLiteral("positioning")).toArray();
        QCOMPARE(positioning.size(), 1);
        const QJsonObject card = positioning.at(0).toObject();
        QCOMPARE(card.value(QStringLiteral("group")).toString(), QStringLiteral("Snack lovers"));
        QCOMPARE(card.value(QStringLiteral("attainment")).toString(), QStringLiteral("missed"));
        const QJsonArray kpis = card.value(QStringLiteral("kpis")).toArray();
        QCOMPARE(kpis.size(), 2);
        QCOMPARE(kpis.at(0).toObject().value(QStringLiteral("kpi")).toString(),
                 QStringLiteral("conversion_rate"));
        QCOMPARE(kpis.at(0).toObject().value(QStringLiteral("value")).toDouble(), 0.5);
        QCOMPARE(kpis.at(0).toObject().value(QStringLiteral("target")).toDouble(), 0.6);
        QCOMPARE(kpis.at(0).toObject().value(QStringLiteral("attainment")).toString(),
                 QStringLiteral("near"));
        QCOMPARE(kpis.at(1).toObject().value(QStringLiteral("kpi")).toString(),
                 QStringLiteral("repurchase_rate"));
        QCOMPARE(kpis.at(1).toObject().value(QStringLiteral("attainment")).toString(),
                 QStringLiteral("missed"));
        QVERIFY(root.value(QStringLiteral("quiet_groups")).toArray().isEmpty());

        QCOMPARE(
            run({ QStringLiteral("stats"), QStringLiteral("--workspace"), m_path,
                  QStringLiteral("--to"), QStringLiteral("2026-06-01"), QStringLiteral("--json") },
                &out, &err),
            0);
        root = QJsonDocument::fromJson(out.toUtf8()).object();
        out.clear();
        const QJsonArray quiet = root.value(QStringLiteral("quiet_groups")).toArray();
        QCOMPARE(quiet.size(), 1);
        const QJsonArray carriers
            = quiet.at(0).toObject().value(QStringLiteral("silent_carriers")).toArray();
        QCOMPARE(carriers.size(), 1);
        QCOMPARE(carriers.at(0).toObject().value(QStringLiteral("member")).toString(),
                 QStringLiteral("Ann"));
        QCOMPARE(carriers.at(0).toObject().value(QStringLiteral("messages")).toInteger(), 7);

        QCOMPARE(run({ QStringLiteral("stats"), QStringLiteral("--workspace"), m_path,
                       QStringLiteral("--to"), QStringLiteral("2026-06-01") },
                     &out, &err),
                 0);
        QVERIFY2(out.contains(QStringLiteral("Groups gone quiet")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("Ann (7)")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("Snack lovers: Missed")), qPrintable(out));
    }

    void groupScopeAndText()
    {
        QString out;
        QString err;
        QCOMPARE(run({QStringLiteral("stats"), QStringLiteral("--workspace"), m_path, QStringLiteral("--group"),
                      QStringLiteral("Snack lovers"), QStringLiteral("--to"), QStringLiteral("2026-05-07")},
                     &out, &err),
                 0);
        QVERIFY(out.contains(QStringLiteral("Snack lovers")));
        QVERIFY(out.contains(QStringLiteral("Messages")));
    }

    void userErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown group") << QStringList{QStringLiteral("--group"), QStringLiteral("Nope")} << 1 << QStringLiteral("Nope");
        QTest::newRow("bad date") << QStringList{QStringLiteral("--from"), QStringLiteral("May 1")} << 1 << QStringLiteral("--from");
        QTest::newRow("reversed") << QStringList{QStringLiteral("--from"), QStringLiteral("2026-06-01"), QStringLiteral("--to"), QStringLiteral("2026-05-01")} << 1 << QStringLiteral("after");
        QTest::newRow("bad option") << QStringList{QStringLiteral("--frobnicate")} << 2 << QStringLiteral("frobnicate");
    }
    void userErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, message);
        QString out;
        QString err;
        QCOMPARE(run(QStringList{QStringLiteral("stats"), QStringLiteral("--workspace"), m_path} + args, &out, &err), code);
        QVERIFY2(err.contains(message), qPrintable(err));
    }

    void missingWorkspace()
    {
        QString out;
        QString err;
        const QString missing = m_dir.filePath(QStringLiteral("missing.cohort"));
        QCOMPARE(run({QStringLiteral("stats"), QStringLiteral("--workspace"), missing}, &out, &err), 1);
        QVERIFY(err.contains(missing));
        QVERIFY(!QFile::exists(missing)); // stats never creates a workspace
    }

    void versionAndUsage()
    {
        QString out;
        QString err;
        QCOMPARE(run({QStringLiteral("--version")}, &out, &err), 0);
        QVERIFY(out.contains(QStringLiteral("Cohort")));
        QVERIFY(out.contains(QStringLiteral("SQLite")));
        QCOMPARE(run({QStringLiteral("no-such-command")}, &out, &err), 2);
        QCOMPARE(run({}, &out, &err), 2);
    }
};

QTEST_GUILESS_MAIN(TestCliStats)
#include "tst_clistats.moc"
