#include "storage/database.h"
#include "storage/jobrunner.h"

#include <QFutureWatcher>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <memory>

using namespace cohort;

/// JobRunner: jobs run on the workspace's own pool with their own connection, which is closed
/// after each job; closing the workspace cancels and waits for every job.
class TestJobRunner : public QObject
{
    Q_OBJECT

    static int openConnections()
    {
        int open = 0;
        const QStringList names = QSqlDatabase::connectionNames();
        for (const QString &name : names)
            open += name.startsWith(QLatin1String("cohort-")) ? 1 : 0;
        return open;
    }

    static qint64 groupCount(Database &db)
    {
        QSqlQuery query(db.connection());
        return query.exec(QStringLiteral("SELECT COUNT(*) FROM chat_groups")) && query.next()
            ? query.value(0).toLongLong()
            : -1;
    }

private Q_SLOTS:
    void runsOnItsOwnPoolAndReleasesTheConnection()
    {
        Database db;
        QVERIFY(!db.openInMemory().isError());
        QVERIFY(QSqlQuery(db.connection())
                    .exec(QStringLiteral("INSERT INTO chat_groups(name, platform, created_at) "
                                         "VALUES('A', 'wechat', 0)")));
        const int before = openConnections();
        QThread *const gui = QThread::currentThread();
        QFuture<qint64> future = db.jobs().run([gui](JobContext &job) -> qint64 {
            if (QThread::currentThread() == gui
                || QThreadPool::globalInstance()->activeThreadCount() > 0)
                return -2; // neither on the GUI thread nor on Qt's global pool
            return groupCount(job.database());
        });
        QFutureWatcher<qint64> watcher;
        QSignalSpy finished(&watcher, &QFutureWatcher<qint64>::finished);
        watcher.setFuture(future);
        QVERIFY(finished.wait(5000));
        QCOMPARE(future.result(), qint64(1)); // the worker sees the in-memory workspace
        QCOMPARE(openConnections(), before); // its connection is gone
        QCOMPARE(db.jobs().activeJobs(), 0);
    }

    void waitingNeverRunsAQueuedJobOnTheWaitingThread()
    {
        Database db;
        QVERIFY(!db.openInMemory().isError());
        std::atomic<bool> release = false;
        QList<QFuture<void>> blockers;
        for (int i = 0; i < db.jobs().pool().maxThreadCount(); ++i)
            blockers << db.jobs().run([&release](JobContext &) {
                while (!release)
                    QThread::msleep(1);
            });
        QThread *ranOn = nullptr;
        QFuture<void> queued
            = db.jobs().run([&ranOn](JobContext &) { ranOn = QThread::currentThread(); });
        QTimer::singleShot(50, this, [&release] { release = true; });
        // A QtConcurrent future would run the queued job right here, on the GUI thread, and
        // the runner would then close the GUI thread's connection: the in-memory workspace.
        while (!release)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        queued.waitForFinished();
        QVERIFY(ranOn != nullptr);
        QVERIFY(ranOn != QThread::currentThread());
        QCOMPARE(groupCount(db), qint64(0)); // still there
    }

    void cancelAndWaitStopsRunningJobs()
    {
        Database db;
        QVERIFY(!db.openInMemory().isError());
        std::atomic<bool> started = false;
        std::atomic<bool> sawCancel = false;
        QFuture<int> future = db.jobs().run([&](JobContext &job) {
            started = true;
            while (!job.isCancelled())
                QThread::msleep(1);
            sawCancel = true;
            return 42;
        });
        QTRY_VERIFY(started.load());
        QCOMPARE(db.jobs().activeJobs(), 1);
        db.jobs().cancelAndWait();
        QVERIFY(sawCancel.load());
        QVERIFY(future.isFinished());
        QVERIFY(future.isCanceled());
        QCOMPARE(future.resultCount(), 0); // a cancelled job's result is never applied
        QCOMPARE(db.jobs().activeJobs(), 0);
        // Still usable afterwards: only shutdown() refuses new jobs.
        QFuture<int> again = db.jobs().run([](JobContext &) { return 7; });
        again.waitForFinished();
        QCOMPARE(again.result(), 7);
    }

    void closingTheDatabaseWaitsForItsJobs()
    {
        auto db = std::make_unique<Database>();
        QVERIFY(!db->openInMemory().isError());
        std::atomic<bool> finishedQuery = false;
        std::atomic<bool> started = false;
        QFuture<void> future = db->jobs().run([&](JobContext &job) {
            started = true;
            QThread::msleep(30); // the destructor runs meanwhile
            groupCount(job.database());
            finishedQuery = true;
        });
        QTRY_VERIFY(started.load());
        db.reset();
        QVERIFY(finishedQuery.load());
        QVERIFY(future.isFinished());
    }

    void nothingRunsAfterShutdown()
    {
        Database db;
        QVERIFY(!db.openInMemory().isError());
        db.jobs().shutdown();
        bool ran = false;
        QFuture<int> future = db.jobs().run([&ran](JobContext &) {
            ran = true;
            return 1;
        });
        QVERIFY(future.isFinished());
        QVERIFY(future.isCanceled());
        QThread::msleep(20);
        QVERIFY(!ran);
    }

    void progressReachesTheWatcher()
    {
        Database db;
        QVERIFY(!db.openInMemory().isError());
        QFutureWatcher<void> watcher;
        QSignalSpy progress(&watcher, &QFutureWatcher<void>::progressValueChanged);
        QSignalSpy text(&watcher, &QFutureWatcher<void>::progressTextChanged);
        QSignalSpy finished(&watcher, &QFutureWatcher<void>::finished);
        watcher.setFuture(db.jobs().run([](JobContext &job) {
            job.setProgress(10, QStringLiteral("reading"));
            job.setProgress(100, QStringLiteral("done"));
        }));
        QVERIFY(finished.wait(5000));
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.constLast().at(0).toInt(), 100); // the last step is never dropped
        QCOMPARE(text.constLast().at(0).toString(), QStringLiteral("done"));
    }
};

QTEST_GUILESS_MAIN(TestJobRunner)
#include "tst_jobrunner.moc"
