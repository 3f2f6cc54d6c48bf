#include "storage/database.h"

#include "testsupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace cohort;

namespace {

/// Kills per run: 20 in the test suite, more through scripts/crash-soak (COHORT_CRASH_KILLS).
int killCount()
{
    bool ok = false;
    const int fromEnv = qEnvironmentVariableIntValue("COHORT_CRASH_KILLS", &ok);
    return ok && fromEnv > 0 ? fromEnv : 20;
}

quint32 seed()
{
    bool ok = false;
    const int fromEnv = qEnvironmentVariableIntValue("COHORT_CRASH_SEED", &ok);
    return ok ? quint32(fromEnv) : 20261122u;
}

struct Contents
{
    QString integrity;
    qint64 messages = -1;
    qint64 batches = -1;
};

Contents contentsOf(const QString &path)
{
    Contents result;
    Database db;
    const WorkspaceError error = db.open(path);
    if (error.isError()) {
        result.integrity = error.message;
        return result;
    }
    QSqlQuery query(db.connection());
    QStringList lines;
    if (query.exec(QStringLiteral("PRAGMA integrity_check"))) {
        while (query.next())
            lines << query.value(0).toString();
    }
    result.integrity = lines.join(QStringLiteral("; "));
    if (query.exec(QStringLiteral("SELECT COUNT(*) FROM messages")) && query.next())
        result.messages = query.value(0).toLongLong();
    if (query.exec(QStringLiteral("SELECT COUNT(*) FROM import_batches")) && query.next())
        result.batches = query.value(0).toLongLong();
    return result;
}

QStringList importArguments(const QString &workspace, const QString &file)
{
    return { QStringLiteral("import"),
             QStringLiteral("--workspace"),
             workspace,
             QStringLiteral("--format"),
             QStringLiteral("whatsapp"),
             QStringLiteral("--timezone"),
             QStringLiteral("UTC"),
             QStringLiteral("--date-order"),
             QStringLiteral("mdy"),
             file };
}

} // namespace

/// Kills `cohort-cli import` at seeded random moments: afterwards the workspace passes
/// integrity_check and holds either the whole import or none of it.
class TestCrashSafety : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_chat;
    QString m_emptyWorkspace;
    qint64 m_expectedMessages = 0;
    qint64 m_importMs = 0;

    bool copyEmptyWorkspaceTo(const QString &path) const
    {
        for (const QString &suffix :
             { QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral(".lock") })
            QFile::remove(path + suffix);
        return QFile::copy(m_emptyWorkspace, path);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QProcess probe;
        probe.start(QStringLiteral(COHORT_CLI),
                    { QStringLiteral("import"), QStringLiteral("--help") });
        QVERIFY(probe.waitForFinished(30000));
        QVERIFY2(!(probe.exitCode() == 2 && probe.readAllStandardError().contains("unknown command")),
                 "cohort-cli has no import command");

        m_chat = m_dir.filePath(QStringLiteral("chat.txt"));
        COHORT_REQUIRE_TOOL("python3"); // the export generator of ../shared/bench
        QProcess generator;
        generator.start(QStringLiteral("python3"),
                        { QStringLiteral(COHORT_GEN_CHAT), QStringLiteral("--format"),
                          QStringLiteral("whatsapp"), QStringLiteral("--messages"),
                          QStringLiteral("50000"), QStringLiteral("--seed"), QStringLiteral("3"),
                          QStringLiteral("--out"), m_chat });
        QVERIFY(generator.waitForFinished(120000));
        QVERIFY2(generator.exitCode() == 0, generator.readAllStandardError().constData());

        m_emptyWorkspace = m_dir.filePath(QStringLiteral("empty.cohort"));
        {
            Database db;
            QVERIFY(!db.open(m_emptyWorkspace, Database::OpenMode::CreateOrOpen).isError());
        }

        // A complete import: the reference for "entirely present" and for the kill moments.
        const QString reference = m_dir.filePath(QStringLiteral("reference.cohort"));
        QVERIFY(copyEmptyWorkspaceTo(reference));
        QProcess import;
        QElapsedTimer timer;
        timer.start();
        import.start(QStringLiteral(COHORT_CLI), importArguments(reference, m_chat));
        QVERIFY(import.waitForFinished(300000));
        m_importMs = timer.elapsed();
        QVERIFY2(import.exitStatus() == QProcess::NormalExit && import.exitCode() == 0,
                 import.readAllStandardError().constData());
        const Contents complete = contentsOf(reference);
        QCOMPARE(complete.integrity, QStringLiteral("ok"));
        QCOMPARE(complete.batches, 1);
        QVERIFY(complete.messages > 40000);
        m_expectedMessages = complete.messages;
        qInfo("complete import: %lld messages in %lld ms", m_expectedMessages, m_importMs);
    }

    void killedImportIsAllOrNothing()
    {
        const int wanted = killCount();
        QRandomGenerator random(seed());
        const QString workspace = m_dir.filePath(QStringLiteral("killed.cohort"));
        int kills = 0;
        int present = 0;
        int absent = 0;
        int attempts = 0;
        // Moments spread over the whole import; a run that finishes first is not counted as a kill.
        while (kills < wanted && attempts < wanted * 3) {
            ++attempts;
            const int moment = int(random.bounded(qint64(m_importMs) * 95 / 100 + 1));
            QVERIFY(copyEmptyWorkspaceTo(workspace));
            QProcess import;
            import.start(QStringLiteral(COHORT_CLI), importArguments(workspace, m_chat));
            QVERIFY(import.waitForStarted());
            if (!import.waitForFinished(moment)) {
                import.kill(); // SIGKILL: no clean-up runs
                QVERIFY(import.waitForFinished(30000));
                ++kills;
            }
            const Contents after = contentsOf(workspace);
            const QByteArray where
                = QByteArray("killed after ") + QByteArray::number(moment) + " ms";
            QVERIFY2(after.integrity == QLatin1String("ok"),
                     QByteArray(where + ": " + after.integrity.toUtf8()).constData());
            const bool none = after.messages == 0 && after.batches == 0;
            const bool all = after.messages == m_expectedMessages && after.batches == 1;
            QVERIFY2(none || all,
                     QByteArray(where + ": " + QByteArray::number(after.messages) + " messages, "
                                + QByteArray::number(after.batches) + " batches")
                         .constData());
            ++(all ? present : absent);
        }
        qInfo("%d kills in %d runs: %d imports entirely present, %d entirely absent", kills,
              attempts, present, absent);
        QVERIFY2(kills >= wanted, "the import finished before most kill moments");
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
