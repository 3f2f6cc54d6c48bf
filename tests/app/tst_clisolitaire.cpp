#include "clirun.h"
#include "storage/database.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace cohort;

/// `cohort-cli solitaire` in-process over an imported fixture chat: the JSON of every thread
/// after edits and removals, members, the text form and the exit codes.
class TestCliSolitaire : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_workspace;

    static int run(const QStringList &args, QString *out, QString *err)
    {
        return test::runCli(args, out, err);
    }

    qint64 memberId(const QString &name) const
    {
        Database db;
        if (db.open(m_workspace).isError())
            return -1;
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral("SELECT id FROM members WHERE display_name = ?"));
        q.addBindValue(name);
        return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_workspace = m_dir.filePath(QStringLiteral("fruit.cohort"));
        {
            // Times print in the workspace zone, here the zone the chat was written in.
            Database db;
            QVERIFY(!db.open(m_workspace, Database::OpenMode::CreateOrOpen).isError());
            QVERIFY(db.setTimeZoneId(QStringLiteral("Asia/Shanghai")));
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(QStringLiteral("INSERT INTO chat_groups (platform, name, created_at) "
                                          "VALUES ('wechat', 'Empty group', 0)")));
        }
        QString out;
        QString err;
        QCOMPARE(run({ QStringLiteral("import"), QStringLiteral("--workspace"), m_workspace,
                       QStringLiteral("--group"), QStringLiteral("鲜果邻居团"),
                       QStringLiteral("--timezone"), QStringLiteral("Asia/Shanghai"),
                       test::dataPath(QStringLiteral("solitaire/fruit_group_whatsapp.txt")) },
                     &out, &err),
                 0);
    }

    void json()
    {
        QString out;
        QString err;
        QCOMPARE(run({ QStringLiteral("solitaire"), QStringLiteral("--workspace"), m_workspace,
                       QStringLiteral("--group"), QStringLiteral("鲜果邻居团"),
                       QStringLiteral("--json") },
                     &out, &err),
                 0);
        QVERIFY2(err.isEmpty(), qPrintable(err));
        QJsonParseError parseError;
        const QJsonArray threads = QJsonDocument::fromJson(out.toUtf8(), &parseError).array();
        QCOMPARE(parseError.error, QJsonParseError::NoError);
        QCOMPARE(threads.size(), 3);

        const QJsonObject grapes = threads.at(0).toObject();
        QCOMPARE(grapes.keys(),
                 (QStringList { QStringLiteral("entries"), QStringLiteral("group"),
                                QStringLiteral("started"), QStringLiteral("title"),
                                QStringLiteral("updated") }));
        QCOMPARE(grapes.value(QStringLiteral("title")).toString(),
                 QStringLiteral("周五阳光玫瑰葡萄 🍇"));
        QCOMPARE(grapes.value(QStringLiteral("group")).toString(), QStringLiteral("鲜果邻居团"));
        QCOMPARE(grapes.value(QStringLiteral("started")).toString(),
                 QStringLiteral("2026-05-15T09:00:00"));
        QCOMPARE(grapes.value(QStringLiteral("updated")).toString(),
                 QStringLiteral("2026-05-15T16:05:00"));
        const QJsonArray entries = grapes.value(QStringLiteral("entries")).toArray();
        QCOMPARE(entries.size(), 4);
        const QJsonObject zhang = entries.at(1).toObject();
        QCOMPARE(zhang.keys(),
                 (QStringList { QStringLiteral("member_id"), QStringLiteral("name"),
                                QStringLiteral("note"), QStringLiteral("position"),
                                QStringLiteral("quantity"), QStringLiteral("unit") }));
        QCOMPARE(zhang.value(QStringLiteral("position")).toInt(), 2);
        QCOMPARE(zhang.value(QStringLiteral("name")).toString(), QStringLiteral("张伟"));
        QCOMPARE(zhang.value(QStringLiteral("member_id")).toInteger(),
                 memberId(QStringLiteral("张伟")));
        QCOMPARE(zhang.value(QStringLiteral("quantity")).toInt(), 3); // edited from 2
        QCOMPARE(zhang.value(QStringLiteral("unit")).toString(), QStringLiteral("份"));
        QCOMPARE(zhang.value(QStringLiteral("note")).toString(), QStringLiteral("多要一份给我妈"));
        // 李娜 withdrew; 小美 is nobody in the group.
        for (const QJsonValue &entry : entries)
            QVERIFY(entry.toObject().value(QStringLiteral("name")).toString()
                    != QStringLiteral("李娜"));
        const QJsonObject neighbour = entries.at(3).toObject();
        QCOMPARE(neighbour.value(QStringLiteral("name")).toString(), QStringLiteral("小美"));
        QVERIFY(neighbour.value(QStringLiteral("member_id")).isNull());

        const QJsonObject bread = threads.at(1).toObject();
        QCOMPARE(bread.value(QStringLiteral("title")).toString(),
                 QStringLiteral("Saturday sourdough bread"));
        const QJsonObject tom = bread.value(QStringLiteral("entries")).toArray().at(1).toObject();
        QCOMPARE(tom.value(QStringLiteral("quantity")).toInt(), 2);
        QCOMPARE(tom.value(QStringLiteral("unit")).toString(), QStringLiteral("packs"));
        QCOMPARE(tom.value(QStringLiteral("member_id")).toInteger(),
                 memberId(QStringLiteral("Tom Baker")));
    }

    void allGroups()
    {
        QString out;
        QString err;
        QCOMPARE(run({ QStringLiteral("solitaire"), QStringLiteral("--workspace"), m_workspace,
                       QStringLiteral("--json") },
                     &out, &err),
                 0);
        QCOMPARE(QJsonDocument::fromJson(out.toUtf8()).array().size(), 3);

        out.clear();
        QCOMPARE(run({ QStringLiteral("solitaire"), QStringLiteral("--workspace"), m_workspace,
                       QStringLiteral("--group"), QStringLiteral("Empty group"),
                       QStringLiteral("--json") },
                     &out, &err),
                 0);
        QCOMPARE(QJsonDocument::fromJson(out.toUtf8()).array().size(), 0);
    }

    void text()
    {
        QString out;
        QString err;
        QCOMPARE(run({ QStringLiteral("solitaire"), QStringLiteral("--workspace"), m_workspace },
                     &out, &err),
                 0);
        QVERIFY(out.contains(QStringLiteral("鲜果邻居团 — Saturday sourdough bread")));
        QVERIFY(out.contains(QStringLiteral("2026-05-15 09:00:00")));
        QVERIFY(out.contains(QStringLiteral("小美")));
        QVERIFY(out.contains(QStringLiteral("unmatched")));
        QVERIFY(!out.contains(QStringLiteral("李娜")));
    }

    void exitCodes_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown group")
            << QStringList { QStringLiteral("--group"), QStringLiteral("Nope") } << 1
            << QStringLiteral("“Nope”");
        QTest::newRow("unknown option")
            << QStringList { QStringLiteral("--frobnicate") } << 2 << QStringLiteral("frobnicate");
        QTest::newRow("stray argument")
            << QStringList { QStringLiteral("extra") } << 2 << QStringLiteral("Usage");
        QTest::newRow("missing workspace")
            << QStringList { QStringLiteral("--no-workspace") } << 2 << QString();
    }

    void exitCodes()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, message);
        QString out;
        QString err;
        QStringList full { QStringLiteral("solitaire") };
        if (args != QStringList { QStringLiteral("--no-workspace") })
            full << QStringLiteral("--workspace") << m_workspace << args;
        QCOMPARE(run(full, &out, &err), code);
        QVERIFY(out.isEmpty());
        QVERIFY(!err.isEmpty());
        QVERIFY2(err.contains(message), qPrintable(err));
        QCOMPARE(err.count(QLatin1Char('\n')), 1);
    }

    void missingFile()
    {
        QString out;
        QString err;
        const QString missing = m_dir.filePath(QStringLiteral("none.cohort"));
        QCOMPARE(run({ QStringLiteral("solitaire"), QStringLiteral("--workspace"), missing }, &out,
                     &err),
                 1);
        QVERIFY2(err.contains(missing), qPrintable(err));
    }
};

QTEST_GUILESS_MAIN(TestCliSolitaire)
#include "tst_clisolitaire.moc"
