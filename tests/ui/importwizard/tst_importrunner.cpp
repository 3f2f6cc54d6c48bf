#include "storage/database.h"
#include "testsupport.h"
#include "ui/importwizard/importrunner.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace cohort;

/// The wizard's worker: every file of a run in one outer transaction, a failing file rolled back
/// alone, the others committed together, results delivered on the GUI thread.
class TestImportRunner : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static qint64 scalar(const Database &db, const QString &sql)
    {
        QSqlQuery q(db.connection());
        return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
    }

    static ImportRunner::Request request(const char *fixture, const QString &group)
    {
        ImportRunner::Request r;
        r.path = test::dataPath(QStringLiteral("import/") + QLatin1String(fixture));
        r.options.groupName = group;
        r.options.timeZoneId = QStringLiteral("UTC");
        return r;
    }

private Q_SLOTS:
    void failingFileIsRolledBackAlone()
    {
        QVERIFY(m_dir.isValid());
        Database db;
        QVERIFY(
            !db.open(m_dir.filePath(QStringLiteral("w.cohort")), Database::OpenMode::CreateOrOpen)
                 .isError());
        ImportRunner runner(db);
        QSignalSpy finished(&runner, &ImportRunner::finished);
        QSignalSpy files(&runner, &ImportRunner::fileFinished);
        QSignalSpy changed(&db, &Database::changed);
        ImportRunner::Request broken = request("telegram/truncated.json", QStringLiteral("Broken"));
        broken.options.formatKey = QStringLiteral("telegram");
        runner.start({ request("whatsapp/android_en_24h.txt", QStringLiteral("Books")), broken });
        QVERIFY(runner.isRunning());
        QVERIFY(finished.wait(30000));
        QVERIFY(!runner.isRunning());
        QCOMPARE(files.size(), 2);
        QCOMPARE(runner.summaries().size(), 2);
        QVERIFY(runner.summaries().at(0).ok());
        QCOMPARE(runner.summaries().at(1).status, import::ImportSummary::Status::Error);
        QVERIFY(!runner.summaries().at(1).errors.isEmpty());
        QVERIFY(runner.committed());
        QVERIFY(runner.error().isEmpty());
        // One change signal for the whole run, after the outer commit.
        QTRY_COMPARE(changed.size(), 1);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM messages")),
                 runner.summaries().at(0).messages);
        QCOMPARE(
            scalar(db, QStringLiteral("SELECT count(*) FROM chat_groups WHERE name = 'Broken'")),
            qint64(0));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM import_batches")), qint64(1));
    }
};

QTEST_MAIN(TestImportRunner)
#include "tst_importrunner.moc"
