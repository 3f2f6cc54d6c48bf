#include "app/cli/cliapplication.h"
#include "storage/database.h"
#include "storage/messageindexer.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace cohort;

/// `cohort-cli index` and `import --index` in-process: a plain import leaves the messages to the
/// index, `index` catches up with a progress line, `import --index` does so after its commit,
/// and the usage and error exits.
class TestCliIndex : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

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

    static qint64 backlog(const QString &path)
    {
        Database db;
        if (db.open(path).isError())
            return -1;
        return MessageIndexer(db).backlog();
    }

    static qint64 messages(const QString &path)
    {
        Database db;
        if (db.open(path).isError())
            return -1;
        QSqlQuery q(db.connection());
        return q.exec(QStringLiteral("SELECT count(*) FROM messages")) && q.next()
            ? q.value(0).toLongLong()
            : -1;
    }

private Q_SLOTS:
    void indexCatchesUpAfterAPlainImport()
    {
        const QString workspace = m_dir.filePath(QStringLiteral("plain.cohort"));
        QString out;
        QString err;
        QCOMPARE(run({ QStringLiteral("import"), QStringLiteral("--workspace"), workspace,
                       test::dataPath(QStringLiteral("import/whatsapp/android_en_24h.txt")) },
                     &out, &err),
                 0);
        const qint64 total = messages(workspace);
        QVERIFY(total > 0);
        QCOMPARE(backlog(workspace), total);

        out.clear();
        err.clear();
        QCOMPARE(
            run({ QStringLiteral("index"), QStringLiteral("--workspace"), workspace }, &out, &err),
            0);
        QVERIFY2(err.contains(QStringLiteral("Indexing messages: 100% (%1 of %1)").arg(total)),
                 qPrintable(err));
        QVERIFY2(out.startsWith(QStringLiteral("Indexed %1 messages in ").arg(total)),
                 qPrintable(out));
        QCOMPARE(backlog(workspace), 0);

        // Up to date: nothing to do, and it says so.
        out.clear();
        err.clear();
        QCOMPARE(
            run({ QStringLiteral("index"), QStringLiteral("--workspace"), workspace }, &out, &err),
            0);
        QVERIFY2(out.startsWith(QStringLiteral("Indexed 0 messages in ")), qPrintable(out));
    }

    void importWithIndexCatchesUpAfterItsCommit()
    {
        const QString workspace = m_dir.filePath(QStringLiteral("indexed.cohort"));
        QString out;
        QString err;
        QCOMPARE(run({ QStringLiteral("import"), QStringLiteral("--workspace"), workspace,
                       QStringLiteral("--index"), QStringLiteral("--json"),
                       test::dataPath(QStringLiteral("import/whatsapp/android_en_24h.txt")) },
                     &out, &err),
                 0);
        // stdout stays one JSON document; the index's words go to stderr.
        QJsonParseError parseError;
        const QJsonArray files = QJsonDocument::fromJson(out.toUtf8(), &parseError).array();
        QCOMPARE(parseError.error, QJsonParseError::NoError);
        QCOMPARE(files.size(), 1);
        QVERIFY2(err.contains(QStringLiteral("Indexed ")), qPrintable(err));
        QVERIFY(messages(workspace) > 0);
        QCOMPARE(backlog(workspace), 0);
    }

    void usageAndErrors()
    {
        QString out;
        QString err;
        QCOMPARE(run({ QStringLiteral("index") }, &out, &err), 2);
        QVERIFY(err.contains(QStringLiteral("Usage: cohort-cli index")));
        err.clear();
        QCOMPARE(run({ QStringLiteral("index"), QStringLiteral("--workspace"),
                       m_dir.filePath(QStringLiteral("missing.cohort")) },
                     &out, &err),
                 1);
        QVERIFY(err.startsWith(QStringLiteral("cohort-cli: ")));
        out.clear();
        QCOMPARE(run({ QStringLiteral("index"), QStringLiteral("--help") }, &out, &err), 0);
        QVERIFY(out.contains(QStringLiteral("cohort-cli index [options]")));
    }
};

QTEST_GUILESS_MAIN(TestCliIndex)
#include "tst_cliindex.moc"
