#include "clirun.h"
#include "storage/database.h"
#include "storage/serverbackup.h"
#include "storage/workspacecopier.h"
#include "testpostgres.h"
#include "testsupport.h"

#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace cohort;

/// `cohort-cli publish` and `export-local` against the tests' PostgreSQL server: a local
/// workspace (demo data plus an imported chat) published to a team server gives the same
/// numbers there (stats, solitaire, the weekly report), and exported back it is the same
/// workspace, row for row.
class TestCliPublish : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_local;
    QString m_server;

    static int run(const QStringList &args, QString *out, QString *err)
    {
        return test::runCli(args, out, err);
    }

    /// Every row of every copied table, each as its values in column order, sorted.
    static QStringList rowsOf(const QString &workspace)
    {
        Database db;
        if (db.open(workspace).isError())
            return { QStringLiteral("not opened") };
        QStringList rows;
        QSqlQuery q(db.connection());
        const QStringList tables = WorkspaceCopier::tables();
        for (const QString &table : tables) {
            q.exec(QStringLiteral("SELECT * FROM ") + table);
            while (q.next()) {
                QStringList cells { table };
                for (int i = 0; i < q.record().count(); ++i) {
                    const QString column = q.record().fieldName(i);
                    if (table == QLatin1String("meta") && i == 0
                        && q.value(0).toString().endsWith(QLatin1String("_version")))
                        break; // each workspace's format marks are its own
                    cells << column + QLatin1Char('=')
                            + (q.value(i).isNull() ? QStringLiteral("NULL")
                                                   : q.value(i).toString());
                }
                rows << cells.join(QLatin1Char('|'));
            }
        }
        rows.sort();
        return rows;
    }

    QString output(const QStringList &args)
    {
        QString out;
        QString err;
        const int code = run(args, &out, &err);
        if (code != 0)
            return QStringLiteral("exit %1: %2").arg(code).arg(err);
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        COHORT_REQUIRE_POSTGRES();
        m_local = m_dir.filePath(QStringLiteral("shop.cohort"));
        QString out;
        QString err;
        QCOMPARE(run({ QStringLiteral("demo"), QStringLiteral("--workspace"), m_local,
                       QStringLiteral("--seed"), QStringLiteral("3") },
                     &out, &err),
                 0);
        QCOMPARE(run({ QStringLiteral("import"), QStringLiteral("--workspace"), m_local,
                       QStringLiteral("--group"), QStringLiteral("鲜果邻居团"),
                       QStringLiteral("--timezone"), QStringLiteral("Asia/Shanghai"),
                       test::dataPath(QStringLiteral("solitaire/fruit_group_whatsapp.txt")) },
                     &out, &err),
                 0);
        m_server = test::createScratchDatabase();
        QVERIFY(!m_server.isEmpty());
    }

    void publishes()
    {
        QString out;
        QString err;
        QCOMPARE(run({ QStringLiteral("publish"), QStringLiteral("--from"), m_local,
                       QStringLiteral("--to"), m_server },
                     &out, &err),
                 0);
        QVERIFY2(out.startsWith(QStringLiteral("Copied ")), qPrintable(out + err));
        QCOMPARE(rowsOf(m_server), rowsOf(m_local));
    }

    void sameNumbersOnTheServer_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("stats") << QStringList { QStringLiteral("stats"), QStringLiteral("--json") };
        QTest::newRow("stats of one group")
            << QStringList { QStringLiteral("stats"),   QStringLiteral("--json"),
                             QStringLiteral("--group"), QStringLiteral("鲜果邻居团"),
                             QStringLiteral("--from"),  QStringLiteral("2020-01-01") };
        QTest::newRow("solitaire")
            << QStringList { QStringLiteral("solitaire"), QStringLiteral("--json"),
                             QStringLiteral("--group"), QStringLiteral("鲜果邻居团") };
    }

    void sameNumbersOnTheServer()
    {
        QFETCH(QStringList, args);
        const QString local = output(args + QStringList { QStringLiteral("--workspace"), m_local });
        const QString server
            = output(args + QStringList { QStringLiteral("--workspace"), m_server });
        QVERIFY2(local.startsWith(QLatin1Char('{')) || local.startsWith(QLatin1Char('[')),
                 qPrintable(local.left(300)));
        QCOMPARE(server, local);
    }

    void sameWeeklyReport()
    {
        const QDate today = QDate::currentDate().addDays(-7);
        const QString week
            = QStringLiteral("%1-W%2")
                  .arg(today.weekNumber() == 1 && today.month() == 12 ? today.year() + 1
                                                                      : today.year())
                  .arg(today.weekNumber(), 2, 10, QLatin1Char('0'));
        const QString localHtml = m_dir.filePath(QStringLiteral("local.html"));
        const QString serverHtml = m_dir.filePath(QStringLiteral("server.html"));
        const QStringList args { QStringLiteral("report"), QStringLiteral("--week"), week,
                                 QStringLiteral("--html") };
        const QString wroteLocal
            = output(args + QStringList { localHtml, QStringLiteral("--workspace"), m_local });
        QVERIFY2(wroteLocal.startsWith(QStringLiteral("Wrote")), qPrintable(wroteLocal));
        const QString wroteServer
            = output(args + QStringList { serverHtml, QStringLiteral("--workspace"), m_server });
        QVERIFY2(wroteServer.startsWith(QStringLiteral("Wrote")), qPrintable(wroteServer));
        QFile a(localHtml);
        QFile b(serverHtml);
        QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
        QString local = QString::fromUtf8(a.readAll());
        QString server = QString::fromUtf8(b.readAll());
        QVERIFY(local.size() > 1000);
        // Each names its own workspace: the file's name, the database's.
        local.replace(QStringLiteral("shop"), QStringLiteral("WORKSPACE"));
        server.replace(m_server.section(QLatin1Char('?'), 0, 0).section(QLatin1Char('/'), -1),
                       QStringLiteral("WORKSPACE"));
        // And each was printed at its own minute.
        const QRegularExpression printed(QStringLiteral("Printed [^<]*"));
        local.replace(printed, QStringLiteral("Printed"));
        server.replace(printed, QStringLiteral("Printed"));
        QCOMPARE(server, local);
    }

    void refusesAWorkspaceThatIsThere()
    {
        QString out;
        QString err;
        QCOMPARE(run({ QStringLiteral("publish"), QStringLiteral("--from"), m_local,
                       QStringLiteral("--to"), m_server },
                     &out, &err),
                 1);
        QVERIFY2(err.contains(QStringLiteral("already holds a workspace")), qPrintable(err));
        QCOMPARE(run({ QStringLiteral("export-local"), QStringLiteral("--from"), m_server,
                       QStringLiteral("--to"), m_local },
                     &out, &err),
                 1);
        QCOMPARE(run({ QStringLiteral("publish"), QStringLiteral("--from"), m_server,
                       QStringLiteral("--to"), m_local },
                     &out, &err),
                 2);
    }

    /// The owner gives a login the viewer role; that person reads the same numbers and the
    /// server refuses their import, with a message that says why.
    void viewerOfTheTeam()
    {
        const QString login = QStringLiteral("viewer_")
            + m_server.section(QLatin1Char('?'), 0, 0).section(QLatin1Char('/'), -1);
        QString out;
        QString err;
        QCOMPARE(run({ QStringLiteral("team"), QStringLiteral("set"), QStringLiteral("--workspace"),
                       m_server, login, QStringLiteral("viewer") },
                     &out, &err),
                 0);
        const QString listed
            = output({ QStringLiteral("team"), QStringLiteral("list"), QStringLiteral("--json"),
                       QStringLiteral("--workspace"), m_server });
        QVERIFY2(listed.contains(QStringLiteral("\"login\": \"%1\"").arg(login)),
                 qPrintable(listed));
        QVERIFY(listed.contains(QStringLiteral("\"role\": \"viewer\"")));
        QString asViewer = m_server;
        asViewer.replace(QStringLiteral("postgresql://cohort@"),
                         QStringLiteral("postgresql://") + login + QLatin1Char('@'));
        QCOMPARE(output({ QStringLiteral("stats"), QStringLiteral("--json"),
                          QStringLiteral("--workspace"), asViewer }),
                 output({ QStringLiteral("stats"), QStringLiteral("--json"),
                          QStringLiteral("--workspace"), m_server }));
        err.clear();
        QCOMPARE(run({ QStringLiteral("import"), QStringLiteral("--workspace"), asViewer,
                       QStringLiteral("--group"), QStringLiteral("Another"),
                       test::dataPath(QStringLiteral("solitaire/fruit_group_whatsapp.txt")) },
                     &out, &err),
                 1);
        QVERIFY2(err.contains(QStringLiteral("role does not allow")), qPrintable(err));
    }

    /// `team backup` dumps the team workspace with pg_dump into the backup folder; `team
    /// restore` puts a dump into a new database, row for row, and refuses one that holds a
    /// workspace.
    void backsUpAndRestores()
    {
        COHORT_REQUIRE_TOOL("pg_dump");
        COHORT_REQUIRE_TOOL("pg_restore");
        const QString folder = m_dir.filePath(QStringLiteral("team-backups"));
        QString out;
        QString err;
        QCOMPARE(
            run({ QStringLiteral("team"), QStringLiteral("backup"), QStringLiteral("--workspace"),
                  m_server, QStringLiteral("--backup-folder"), folder },
                &out, &err),
            0);
        const QList<ServerBackup::Entry> made = ServerBackup(folder).backups(m_server);
        QCOMPARE(made.size(), 1);
        QVERIFY2(out.contains(made.first().path), qPrintable(out));
        QVERIFY(made.first().size > 0);
#ifdef Q_OS_UNIX
        // Every member's data: readable by this user only.
        QCOMPARE(QFileInfo(made.first().path).permissions()
                     & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
#endif

        const QString restored = test::createScratchDatabase();
        QCOMPARE(run({ QStringLiteral("team"), QStringLiteral("restore"),
                       QStringLiteral("--workspace"), restored, made.first().path },
                     &out, &err),
                 0);
        QCOMPARE(rowsOf(restored), rowsOf(m_server));
        QCOMPARE(output({ QStringLiteral("stats"), QStringLiteral("--json"),
                          QStringLiteral("--workspace"), restored }),
                 output({ QStringLiteral("stats"), QStringLiteral("--json"),
                          QStringLiteral("--workspace"), m_server }));

        // Never over a workspace: the one there stays as it was.
        err.clear();
        QCOMPARE(run({ QStringLiteral("team"), QStringLiteral("restore"),
                       QStringLiteral("--workspace"), restored, made.first().path },
                     &out, &err),
                 1);
        QVERIFY2(err.contains(QStringLiteral("not empty")), qPrintable(err));
        QCOMPARE(rowsOf(restored), rowsOf(m_server));
    }

    void exportsBack()
    {
        const QString back = m_dir.filePath(QStringLiteral("back.cohort"));
        QString out;
        QString err;
        QCOMPARE(run({ QStringLiteral("export-local"), QStringLiteral("--from"), m_server,
                       QStringLiteral("--to"), back },
                     &out, &err),
                 0);
        QCOMPARE(rowsOf(back), rowsOf(m_local));
        // The exported file is a workspace like any: its numbers are the original's.
        QCOMPARE(output({ QStringLiteral("stats"), QStringLiteral("--json"),
                          QStringLiteral("--workspace"), back }),
                 output({ QStringLiteral("stats"), QStringLiteral("--json"),
                          QStringLiteral("--workspace"), m_local }));
    }
};

QTEST_MAIN(TestCliPublish)
#include "tst_clipublish.moc"
