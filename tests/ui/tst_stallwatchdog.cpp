#include "storage/checkedquery.h"
#include "storage/database.h"
#include "ui/guardedapplication.h"
#include "ui/stallwatchdog.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QTest>
#include <QThread>
#include <QTimer>

using namespace cohort;

namespace {

/// Runs the event loop as the application does (waiting when idle, which ends a stretch of work)
/// until the watchdog reports or `ms` pass. QTest::qWait never waits, so it cannot be used here.
void waitForStall(StallWatchdog &watchdog, int ms)
{
    QEventLoop loop;
    QObject::connect(&watchdog, &StallWatchdog::stalled, &loop, &QEventLoop::quit);
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

/// Counts with a recursive CTE: SQLite's own work, as long as the caller wants.
QString countingTo(qint64 n)
{
    return QStringLiteral("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c "
                          "WHERE x < %1) SELECT count(*) FROM c")
        .arg(n);
}

} // namespace

/// The debug watchdog names the event and the statement behind a stall of the GUI thread, and
/// does not take a modal dialog's own event loop for one.
class TestStallWatchdog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QVERIFY(!m_db.openInMemory().isError()); }

    void cleanup() { m_db.close(); }

    void slowQueryInASlotIsNamed()
    {
        StallWatchdog watchdog(100);
        QObject receiver;
        receiver.setObjectName(QStringLiteral("slowReceiver"));
        qint64 busyMs = 0;
        QTimer::singleShot(0, &receiver, [this, &busyMs] {
            QElapsedTimer busy;
            busy.start();
            // Longer and longer counts until the GUI thread has been held well past 100 ms.
            for (qint64 n = 100000; busy.elapsed() < 300; n *= 2)
                CheckedQuery(m_db, countingTo(n)).scalar();
            busyMs = busy.elapsed();
        });
        waitForStall(watchdog, 10000);
        QVERIFY(!watchdog.findings().isEmpty());
        const StallWatchdog::Finding finding = watchdog.findings().constFirst();
        QVERIFY2(finding.ms >= busyMs - 5, qPrintable(finding.toString()));
        QVERIFY2(finding.event.contains(QLatin1String("\"slowReceiver\"")),
                 qPrintable(finding.toString()));
        QVERIFY(!finding.statements.isEmpty());
        QVERIFY2(finding.statements.constFirst().contains(QLatin1String("WITH RECURSIVE")),
                 qPrintable(finding.toString()));
    }

    void modalLoopIsNoStall()
    {
        StallWatchdog watchdog(100);
        QObject receiver;
        bool ran = false;
        QTimer::singleShot(0, &receiver, [&ran] {
            // What QDialog::exec() does: the slot waits in a loop of its own, the GUI is free.
            QEventLoop loop;
            QTimer::singleShot(500, &loop, &QEventLoop::quit);
            loop.exec();
            ran = true;
        });
        waitForStall(watchdog, 1000);
        QVERIFY(ran);
        // A busy machine may hold the thread for a moment; never for the loop's 500 ms.
        for (const StallWatchdog::Finding &finding : watchdog.findings())
            QVERIFY2(finding.ms < 400, qPrintable(finding.toString()));
    }

    void stallWithoutStatementsIsReported()
    {
        StallWatchdog watchdog(100);
        QObject receiver;
        QTimer::singleShot(0, &receiver, [] { QThread::msleep(150); });
        waitForStall(watchdog, 10000);
        QVERIFY(!watchdog.findings().isEmpty());
        QVERIFY2(watchdog.findings().constFirst().statements.isEmpty(),
                 qPrintable(watchdog.findings().constFirst().toString()));
    }

private:
    Database m_db;
};

int main(int argc, char *argv[])
{
    GuardedApplication app(argc, argv);
    TestStallWatchdog test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_stallwatchdog.moc"
