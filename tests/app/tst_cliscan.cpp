#include "app/cli/cliapplication.h"
#include "rules/rulesetrepository.h"
#include "storage/database.h"
#include "storage/grouprepository.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace cohort;

/// `cohort-cli scan` and the violations of `cohort-cli import --json`: JSON shape, times in the
/// workspace zone, --rules overriding the groups' own checks without saving them, --group,
/// usage errors.
class TestCliScan : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_workspace;

    int run(const QStringList &args, QString *out, QString *err)
    {
        QTextStream outStream(out);
        QTextStream errStream(err);
        cli::CliContext context { outStream, errStream };
        cli::CliApplication app;
        const int code = app.run(QStringList { QStringLiteral("cohort-cli") } + args, context);
        outStream.flush();
        errStream.flush();
        return code;
    }

    QJsonObject scanJson(const QStringList &extra)
    {
        QString out;
        QString err;
        const int code = run(QStringList { QStringLiteral("scan"), QStringLiteral("--workspace"),
                                           m_workspace, QStringLiteral("--json") }
                                 + extra,
                             &out, &err);
        if (code != 0)
            qWarning("%s", qPrintable(err));
        return QJsonDocument::fromJson(out.toUtf8()).object();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_workspace = m_dir.filePath(QStringLiteral("scan.cohort"));
        {
            Database db;
            QVERIFY(!db.open(m_workspace, Database::OpenMode::CreateOrOpen).isError());
            QVERIFY(db.setTimeZoneId(QStringLiteral("Asia/Shanghai")));
            Group g;
            g.name = QStringLiteral("Book club");
            QVERIFY(GroupRepository(db).insert(g));
            rules::RuleSet set;
            set.builtins = { rules::BuiltinRule::NoLinks, rules::BuiltinRule::NoFlooding };
            set.keywords = { rules::KeywordRule {
                QStringLiteral("rivals"), { QStringLiteral("竞品") }, QString() } };
            QVERIFY(rules::RuleSetRepository(db).save(g.id, set));
        }
        const QString file = m_dir.filePath(QStringLiteral("chat.txt"));
        QFile chat(file);
        QVERIFY(chat.open(QIODevice::WriteOnly));
        chat.write("11/01/2023, 10:00 - Ann: see www.example.com\n"
                   "11/01/2023, 10:01 - Ben joined using this group's invite link\n"
                   "11/01/2023, 10:02 - Ben: 竞品更便宜 加我微信\n"
                   "11/01/2023, 10:03 - Cid: hello\n");
        chat.close();
        QString out;
        QString err;
        QCOMPARE(run({ QStringLiteral("import"), QStringLiteral("--workspace"), m_workspace,
                       QStringLiteral("--group"), QStringLiteral("Book club"),
                       QStringLiteral("--timezone"), QStringLiteral("UTC"),
                       QStringLiteral("--json"), file },
                     &out, &err),
                 0);
        const QJsonArray files = QJsonDocument::fromJson(out.toUtf8()).array();
        QCOMPARE(files.size(), 1);
        QCOMPARE(files.at(0).toObject().value(QLatin1String("violations")).toInt(), 2);
    }

    void jsonShape()
    {
        const QJsonObject root = scanJson({});
        const QJsonArray violations = root.value(QLatin1String("violations")).toArray();
        QCOMPARE(violations.size(), 2);
        const QJsonObject first = violations.at(0).toObject();
        QCOMPARE(first.value(QLatin1String("group")).toString(), QStringLiteral("Book club"));
        QCOMPARE(first.value(QLatin1String("member")).toString(), QStringLiteral("Ann"));
        QCOMPARE(first.value(QLatin1String("rule")).toString(), QStringLiteral("no_links"));
        // 10:00 UTC is 18:00 in the workspace zone.
        QCOMPARE(first.value(QLatin1String("at")).toString(),
                 QStringLiteral("2023-11-01T18:00:00"));
        QVERIFY(first.value(QLatin1String("message_id")).toInteger() > 0);
        QCOMPARE(first.value(QLatin1String("matched")).toString(),
                 QStringLiteral("www.example.com"));
        QCOMPARE(violations.at(1).toObject().value(QLatin1String("rule")).toString(),
                 QStringLiteral("keyword:rivals"));
        const QJsonObject counts = root.value(QLatin1String("counts")).toObject();
        QCOMPARE(counts.value(QLatin1String("no_links")).toInt(), 1);
        QCOMPARE(counts.value(QLatin1String("keyword:rivals")).toInt(), 1);
        QCOMPARE(counts.size(), 2);
    }

    void rulesOverrideForOneRun()
    {
        // Soliciting is not one of the group's checks: --rules runs it for this re-scan only.
        QJsonObject root = scanJson({ QStringLiteral("--rescan"), QStringLiteral("--rules"),
                                      QStringLiteral("no_private_soliciting") });
        QCOMPARE(root.value(QLatin1String("counts")).toObject().size(), 1);
        QCOMPARE(root.value(QLatin1String("counts"))
                     .toObject()
                     .value(QLatin1String("no_private_soliciting"))
                     .toInt(),
                 1);
        // The group's own re-scan afterwards has its own checks again.
        root = scanJson({ QStringLiteral("--rescan") });
        const QJsonObject counts = root.value(QLatin1String("counts")).toObject();
        QCOMPARE(counts.value(QLatin1String("no_links")).toInt(), 1);
        QCOMPARE(counts.value(QLatin1String("keyword:rivals")).toInt(), 1);
        QVERIFY(!counts.contains(QLatin1String("no_private_soliciting")));
        // Idempotent.
        QCOMPARE(scanJson({ QStringLiteral("--rescan") }), root);
    }

    void groupFilterAndErrors()
    {
        QCOMPARE(scanJson({ QStringLiteral("--group"), QStringLiteral("Book club") })
                     .value(QLatin1String("violations"))
                     .toArray()
                     .size(),
                 2);
        QString out;
        QString err;
        QCOMPARE(run({ QStringLiteral("scan"), QStringLiteral("--workspace"), m_workspace,
                       QStringLiteral("--group"), QStringLiteral("Nope") },
                     &out, &err),
                 1);
        QCOMPARE(run({ QStringLiteral("scan"), QStringLiteral("--workspace"), m_workspace,
                       QStringLiteral("--rules"), QStringLiteral("no_such_rule") },
                     &out, &err),
                 2);
        QVERIFY(err.contains(QStringLiteral("no_such_rule")));
        QCOMPARE(run({ QStringLiteral("scan") }, &out, &err), 2);
        // Text output: one line per violation and the counts.
        out.clear();
        QCOMPARE(
            run({ QStringLiteral("scan"), QStringLiteral("--workspace"), m_workspace }, &out, &err),
            0);
        QVERIFY(out.contains(QStringLiteral("2023-11-01 18:00:00")));
        QVERIFY(out.contains(QStringLiteral("2 violations")));
    }
};

QTEST_GUILESS_MAIN(TestCliScan)
#include "tst_cliscan.moc"
