#include "storage/database.h"
#include "storage/workspacelock.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimeZone>

#include <cstring>

using namespace cohort;

namespace {

/// Child mode of this executable: holds the lock of argv[2] until killed.
int holdLock(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    WorkspaceLock lock(QString::fromLocal8Bit(argv[2]));
    if (lock.tryLock() != WorkspaceLock::Result::Acquired)
        return 1;
    QTextStream(stdout) << "locked" << Qt::endl;
    for (;;)
        QThread::sleep(1);
}

} // namespace

/// WorkspaceLock: one holder at a time, who holds it, stale locks after a crash.
class TestWorkspaceLock : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString workspace(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void secondHolderIsToldWhoHoldsIt()
    {
        const QString path = workspace(QStringLiteral("shop.cohort"));
        WorkspaceLock first(path);
        QCOMPARE(first.lockPath(), path + QStringLiteral(".lock"));
        QCOMPARE(first.tryLock(), WorkspaceLock::Result::Acquired);
        QVERIFY(first.isLocked());
        QVERIFY(QFileInfo::exists(first.lockPath()));

        WorkspaceLock second(path);
        QCOMPARE(second.tryLock(), WorkspaceLock::Result::HeldByOther);
        QVERIFY(!second.isLocked());
        const auto holder = second.holder();
        QVERIFY(holder);
        QCOMPARE(holder->pid, QCoreApplication::applicationPid());
        QCOMPARE(holder->hostName, QSysInfo::machineHostName());
        QVERIFY(!holder->user.isEmpty());
        QVERIFY(holder->since.secsTo(QDateTime::currentDateTime()) < 60);
        const QString text = second.holderDescription();
        QVERIFY2(text.contains(QStringLiteral("shop.cohort")), qPrintable(text));
        QVERIFY2(text.contains(holder->user), qPrintable(text));
        QVERIFY2(text.contains(QString::number(holder->pid)), qPrintable(text));
        // A live holder on this machine cannot be broken.
        QVERIFY(!second.breakLock());

        first.unlock();
        QVERIFY(!QFileInfo::exists(first.lockPath()));
        QCOMPARE(second.tryLock(), WorkspaceLock::Result::Acquired);
    }

    /// "Since" is written in the workspace's zone, like every time of the workspace.
    void holderSinceIsInTheWorkspaceZone()
    {
        const QString path = workspace(QStringLiteral("zoned.cohort"));
        {
            Database db;
            QVERIFY(!db.open(path, Database::OpenMode::CreateOrOpen).isError());
            QVERIFY(db.setTimeZoneId(QStringLiteral("Pacific/Kiritimati"))); // UTC+14
        }
        QCOMPARE(Database::storedTimeZoneId(path), QStringLiteral("Pacific/Kiritimati"));
        WorkspaceLock first(path);
        QCOMPARE(first.tryLock(), WorkspaceLock::Result::Acquired);
        WorkspaceLock second(path);
        QCOMPARE(second.tryLock(), WorkspaceLock::Result::HeldByOther);
        const QDateTime since = second.holder()->since;
        const QString expected = QLocale().toString(
            since.toTimeZone(QTimeZone(QByteArrayLiteral("Pacific/Kiritimati"))),
            QLocale::ShortFormat);
        const QString text = second.holderDescription();
        QVERIFY2(text.contains(expected), qPrintable(text + QLatin1String(" / ") + expected));
        // Reading the zone left no side files and did not change the file.
        QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));
        QCOMPARE(Database::storedTimeZoneId(workspace(QStringLiteral("missing.cohort"))),
                 QString());
    }

    void destructorReleases()
    {
        const QString path = workspace(QStringLiteral("scoped.cohort"));
        {
            WorkspaceLock lock(path);
            QCOMPARE(lock.tryLock(), WorkspaceLock::Result::Acquired);
        }
        QVERIFY(!QFileInfo::exists(WorkspaceLock::lockPathFor(path)));
        WorkspaceLock again(path);
        QCOMPARE(again.tryLock(), WorkspaceLock::Result::Acquired);
    }

    void staleLockOfACrashedProcessIsRecovered()
    {
        const QString path = workspace(QStringLiteral("crash.cohort"));
        QProcess child;
        child.start(QCoreApplication::applicationFilePath(),
                    { QStringLiteral("--hold-lock"), path });
        QVERIFY(child.waitForStarted());
        QVERIFY(child.waitForReadyRead(10000));
        QCOMPARE(child.readLine().trimmed(), QByteArray("locked"));

        WorkspaceLock lock(path);
        QCOMPARE(lock.tryLock(), WorkspaceLock::Result::HeldByOther);
        const auto holder = lock.holder();
        QVERIFY(holder);
        QCOMPARE(holder->pid, child.processId());

        child.kill(); // SIGKILL: no chance to remove the lock file
        QVERIFY(child.waitForFinished());
        QVERIFY(QFileInfo::exists(lock.lockPath()));
        QCOMPARE(lock.tryLock(), WorkspaceLock::Result::Acquired);
        QCOMPARE(lock.holder()->pid, QCoreApplication::applicationPid());
    }

    void halfWrittenLockIsRecoveredOnceOld()
    {
        // A power cut right after QLockFile created its file leaves it empty: nobody to ask
        // whether they still run. Fresh, it may be a holder writing it this instant; old, stale.
        const QString path = workspace(QStringLiteral("powercut.cohort"));
        const QString lockPath = WorkspaceLock::lockPathFor(path);
        QFile file(lockPath);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();

        WorkspaceLock lock(path);
        QCOMPARE(lock.tryLock(), WorkspaceLock::Result::HeldByOther);
        QVERIFY(!lock.holder());

        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.setFileTime(QDateTime::currentDateTime().addSecs(-60),
                                 QFileDevice::FileModificationTime));
        file.close();
        QCOMPARE(lock.tryLock(), WorkspaceLock::Result::Acquired);
        QVERIFY(lock.holder());
        QCOMPARE(lock.holder()->pid, QCoreApplication::applicationPid());
    }

    void unwritableFolderIsAnError()
    {
        // A regular file where the folder should be: no lock file can be made, even as root.
        const QString notAFolder = workspace(QStringLiteral("plain-file"));
        QFile file(notAFolder);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        WorkspaceLock lock(notAFolder + QStringLiteral("/w.cohort"));
        QCOMPARE(lock.tryLock(), WorkspaceLock::Result::Error);
        QVERIFY(!lock.errorString().isEmpty());
        QVERIFY(!lock.isLocked());
    }
};

int main(int argc, char **argv)
{
    if (argc == 3 && std::strcmp(argv[1], "--hold-lock") == 0)
        return holdLock(argc, argv);
    QCoreApplication app(argc, argv);
    TestWorkspaceLock test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_workspacelock.moc"
