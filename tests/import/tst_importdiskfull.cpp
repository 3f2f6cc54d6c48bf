#include "import/importpipeline.h"
#include "storage/checkedquery.h"
#include "storage/database.h"
#include "storage/walcheckpoint.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <atomic>

using namespace cohort;

namespace {

/// A disk that fills up under the workspace file while its log still takes writes: a VFS over
/// the default one whose writes to main database files fail with SQLITE_FULL while `full` is
/// set. That is where a commit ends on a nearly full disk: the commit appends to the -wal file,
/// and copying it into the workspace file (the checkpoint) needs new space.
namespace fulldisk {

std::atomic<bool> full { false };
sqlite3_vfs *real = nullptr;
sqlite3_vfs shim;

struct File
{
    sqlite3_file base;
    bool mainDb;
    sqlite3_file *inner() { return reinterpret_cast<sqlite3_file *>(this + 1); }
};

File *file(sqlite3_file *f)
{
    return reinterpret_cast<File *>(f);
}

int close(sqlite3_file *f)
{
    return file(f)->inner()->pMethods->xClose(file(f)->inner());
}
int read(sqlite3_file *f, void *buffer, int amount, sqlite3_int64 offset)
{
    return file(f)->inner()->pMethods->xRead(file(f)->inner(), buffer, amount, offset);
}
int write(sqlite3_file *f, const void *buffer, int amount, sqlite3_int64 offset)
{
    if (file(f)->mainDb && full.load())
        return SQLITE_FULL;
    return file(f)->inner()->pMethods->xWrite(file(f)->inner(), buffer, amount, offset);
}
int truncate(sqlite3_file *f, sqlite3_int64 size)
{
    return file(f)->inner()->pMethods->xTruncate(file(f)->inner(), size);
}
int sync(sqlite3_file *f, int flags)
{
    return file(f)->inner()->pMethods->xSync(file(f)->inner(), flags);
}
int fileSize(sqlite3_file *f, sqlite3_int64 *size)
{
    return file(f)->inner()->pMethods->xFileSize(file(f)->inner(), size);
}
int lock(sqlite3_file *f, int level)
{
    return file(f)->inner()->pMethods->xLock(file(f)->inner(), level);
}
int unlock(sqlite3_file *f, int level)
{
    return file(f)->inner()->pMethods->xUnlock(file(f)->inner(), level);
}
int checkReservedLock(sqlite3_file *f, int *out)
{
    return file(f)->inner()->pMethods->xCheckReservedLock(file(f)->inner(), out);
}
int fileControl(sqlite3_file *f, int op, void *arg)
{
    return file(f)->inner()->pMethods->xFileControl(file(f)->inner(), op, arg);
}
int sectorSize(sqlite3_file *f)
{
    return file(f)->inner()->pMethods->xSectorSize(file(f)->inner());
}
int deviceCharacteristics(sqlite3_file *f)
{
    return file(f)->inner()->pMethods->xDeviceCharacteristics(file(f)->inner());
}
int shmMap(sqlite3_file *f, int page, int size, int extend, void volatile **out)
{
    return file(f)->inner()->pMethods->xShmMap(file(f)->inner(), page, size, extend, out);
}
int shmLock(sqlite3_file *f, int offset, int n, int flags)
{
    return file(f)->inner()->pMethods->xShmLock(file(f)->inner(), offset, n, flags);
}
void shmBarrier(sqlite3_file *f)
{
    file(f)->inner()->pMethods->xShmBarrier(file(f)->inner());
}
int shmUnmap(sqlite3_file *f, int deleteFlag)
{
    return file(f)->inner()->pMethods->xShmUnmap(file(f)->inner(), deleteFlag);
}

// Version 2: no memory-mapped reads, which would bypass nothing here but need more methods.
const sqlite3_io_methods methods = {
    2,
    close,
    read,
    write,
    truncate,
    sync,
    fileSize,
    lock,
    unlock,
    checkReservedLock,
    fileControl,
    sectorSize,
    deviceCharacteristics,
    shmMap,
    shmLock,
    shmBarrier,
    shmUnmap,
    nullptr,
    nullptr,
};

int open(sqlite3_vfs *, sqlite3_filename name, sqlite3_file *f, int flags, int *outFlags)
{
    File *shimFile = file(f);
    shimFile->base.pMethods = nullptr;
    shimFile->mainDb = (flags & SQLITE_OPEN_MAIN_DB) != 0;
    const int rc = real->xOpen(real, name, shimFile->inner(), flags, outFlags);
    if (rc == SQLITE_OK && shimFile->inner()->pMethods)
        shimFile->base.pMethods = &methods;
    return rc;
}

/// Installs the shim as the default VFS, so every connection opened after it uses it.
void install()
{
    if (real)
        return;
    real = sqlite3_vfs_find(nullptr);
    shim = *real;
    shim.zName = "cohort-full-disk";
    shim.pNext = nullptr;
    shim.szOsFile = int(sizeof(File)) + real->szOsFile;
    shim.xOpen = open;
    sqlite3_vfs_register(&shim, 1);
}

} // namespace fulldisk

QByteArray chatLines(int lines)
{
    QByteArray text;
    for (int i = 0; i < lines; ++i)
        text += "12/03/2024, 09:" + QByteArray::number(10 + i % 50) + " - Ann: message number "
            + QByteArray::number(i) + '\n';
    return text;
}

qint64 messageCount(const Database &database)
{
    return CheckedQuery(database, QStringLiteral("SELECT count(*) FROM messages"))
        .scalar()
        .toLongLong();
}

} // namespace

/// Issue 17: a disk that is full after the commit. The import stands (in the log), the user is
/// told what is safe and what to free, and the copy into the workspace file is retried when the
/// workspace opens again.
class TestImportDiskFull : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { fulldisk::install(); }
    void cleanup() { fulldisk::full = false; }

    void importThatStaysInTheLogIsSaidAndCopiedAtTheNextOpen()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("full.cohort"));
        const QString chat = dir.filePath(QStringLiteral("chat.txt"));
        {
            QFile file(chat);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(chatLines(3000));
        }
        {
            Database database;
            QVERIFY(!database.open(path, Database::OpenMode::CreateOrOpen).isError());
            QVERIFY(WalCheckpoint::run(database).message.isEmpty());
            fulldisk::full = true;
            import::ImportOptions options;
            options.groupName = QStringLiteral("Full disk");
            const import::ImportSummary summary
                = import::ImportPipeline(database).importFile(chat, options);
            QVERIFY2(
                summary.ok(),
                qPrintable(summary.errors.isEmpty() ? QString() : summary.errors.first().message));
            QCOMPARE(summary.messages, qint64(3000));
            // Said, with what is safe and what to do.
            QVERIFY2(summary.logOnly.contains(QStringLiteral("full.cohort-wal")),
                     qPrintable(summary.logOnly));
            QVERIFY(summary.logOnly.contains(QStringLiteral("disk is full")));
            QVERIFY(WalCheckpoint::logBytes(database) > 0);
            QCOMPARE(messageCount(database), qint64(3000));
            database.close();
        }
        // The workspace file alone is behind; with its log it holds the import.
        QVERIFY(QFileInfo(path + QStringLiteral("-wal")).size() > 0);
        {
            // Opened while the disk is still full: said again, and the data is there.
            Database database;
            QVERIFY(!database.open(path).isError());
            QCOMPARE(messageCount(database), qint64(3000));
            const WorkspaceError again
                = WalCheckpoint::run(database, WalCheckpoint::Mode::Truncate);
            QCOMPARE(again.kind, WorkspaceError::Kind::Io);
            QVERIFY(again.message.contains(QStringLiteral("full.cohort-wal")));
            database.close();
        }
        fulldisk::full = false;
        {
            // Space freed: the next open copies the log into the file and empties it.
            Database database;
            QVERIFY(!database.open(path).isError());
            QVERIFY(WalCheckpoint::logBytes(database) > 0);
            const WorkspaceError copied
                = WalCheckpoint::run(database, WalCheckpoint::Mode::Truncate);
            QVERIFY2(!copied.isError(), qPrintable(copied.message));
            QCOMPARE(WalCheckpoint::logBytes(database), qint64(0));
            QCOMPARE(messageCount(database), qint64(3000));
            database.close();
        }
        // The workspace file alone now holds everything: opened without its log.
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
        Database database;
        QVERIFY(!database.open(path).isError());
        QCOMPARE(messageCount(database), qint64(3000));
    }
};

QTEST_GUILESS_MAIN(TestImportDiskFull)
#include "tst_importdiskfull.moc"
