#include "clirun.h"
#include "storage/database.h"
#include "storage/workspacelock.h"
#include "testsupport.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace cohort;

/// The CLI honours the lock the window takes: a command that writes is refused, in one line
/// naming who holds the workspace, and writes nothing; reading commands still run; once the
/// lock is released the same command works.
class TestCliLock : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static qint64 count(const QString &path, const QString &sql)
    {
        Database db;
        if (db.open(path).isError())
            return -1;
        QSqlQuery q(db.connection());
        return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
    }

private Q_SLOTS:
    void writingCommandsRespectTheWindowsLock_data()
    {
        QTest::addColumn<QStringList>("args");
        const QString chat = test::dataPath(QStringLiteral("import/whatsapp/android_en_24h.txt"));
        QTest::newRow("import") << QStringList { QStringLiteral("import"),
                                                 QStringLiteral("--timezone"),
                                                 QStringLiteral("UTC"), chat };
        QTest::newRow("demo") << QStringList { QStringLiteral("demo") };
    }

    void writingCommandsRespectTheWindowsLock()
    {
        QFETCH(QStringList, args);
        const QString workspace = m_dir.filePath(QString::fromLatin1(QTest::currentDataTag())
                                                 + QStringLiteral(".cohort"));
        {
            Database db;
            QVERIFY(!db.open(workspace, Database::OpenMode::CreateOrOpen).isError());
        }
        const qint64 groups = count(workspace, QStringLiteral("SELECT COUNT(*) FROM chat_groups"));
        QStringList command = args;
        command.insert(1, QStringLiteral("--workspace"));
        command.insert(2, workspace);

        QString out;
        QString err;
        {
            WorkspaceLock window(workspace); // as the window holds it
            QCOMPARE(window.tryLock(), WorkspaceLock::Result::Acquired);
            QCOMPARE(test::runCli(command, &out, &err), 1);
            QVERIFY2(err.startsWith(QStringLiteral("cohort-cli: ") + workspace)
                         && err.contains(QStringLiteral("is open in Cohort"))
                         && err.count(QLatin1Char('\n')) == 1,
                     qPrintable(err));
            QCOMPARE(count(workspace, QStringLiteral("SELECT COUNT(*) FROM chat_groups")), groups);
            QCOMPARE(count(workspace, QStringLiteral("SELECT COUNT(*) FROM messages")), qint64(0));

            // Reading does not need the lock.
            out.clear();
            err.clear();
            QCOMPARE(
                test::runCli({ QStringLiteral("stats"), QStringLiteral("--workspace"), workspace },
                             &out, &err),
                0);
            QVERIFY2(err.isEmpty(), qPrintable(err));
        }
        out.clear();
        err.clear();
        QCOMPARE(test::runCli(command, &out, &err), 0);
        QVERIFY(count(workspace, QStringLiteral("SELECT COUNT(*) FROM messages")) > 0);
        QVERIFY(!QFile::exists(WorkspaceLock::lockPathFor(workspace))); // released again
    }
};

QTEST_GUILESS_MAIN(TestCliLock)
#include "tst_clilock.moc"
