#include "storage/backupmanager.h"
#include "storage/database.h"
#include "storage/grouprepository.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace cohort;

namespace {

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool addGroup(const Database &db, const QString &name)
{
    Group group;
    group.name = name;
    GroupRepository repository(db);
    return repository.insert(group);
}

/// Number of groups in a workspace file, opened read-only (-1 when it does not open).
int groupsIn(const QString &path)
{
    Database db;
    if (db.open(path, Database::OpenMode::ReadOnly).isError())
        return -1;
    return int(GroupRepository(db).all().size());
}

QDateTime utc(int y, int m, int d, int h = 9)
{
    return QDateTime(QDate(y, m, d), QTime(h, 0), QTimeZone::utc());
}

} // namespace

/// BackupManager: daily and pre-migration copies, rotation, listing, restore, damaged workspaces.
class TestBackupManager : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QDateTime m_now;

    /// A manager on its own backup root whose clock is m_now.
    std::unique_ptr<BackupManager> manager(const QString &rootName = QStringLiteral("backups"))
    {
        auto result = std::make_unique<BackupManager>(m_dir.filePath(rootName));
        result->setClock([this] { return m_now; });
        return result;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_now = utc(2026, 3, 2);
    }

    void folderIsNamedAfterTheWorkspace()
    {
        BackupManager backups(QStringLiteral("/data/backups"));
        QCOMPARE(backups.folderFor(QStringLiteral("/home/a/Shop 2026.cohort")),
                 QStringLiteral("/data/backups/Shop 2026"));
        QVERIFY(BackupManager::defaultRoot().endsWith(QStringLiteral("/backups")));
    }

    void noCopyWithoutChanges()
    {
        const QString path = m_dir.filePath(QStringLiteral("quiet.cohort"));
        auto backups = manager(QStringLiteral("quiet"));
        Database db;
        backups->attach(db);
        QVERIFY(!db.open(path, Database::OpenMode::CreateOrOpen).isError());
        QVERIFY(!backups->backupIfDue(db));
        m_now = m_now.addDays(3);
        QVERIFY(!backups->backupIfDue(db));
        QVERIFY(backups->list(path).isEmpty());
    }

    void dailyCopyAfterADayWithChanges()
    {
        const QString path = m_dir.filePath(QStringLiteral("shop.cohort"));
        auto backups = manager(QStringLiteral("daily"));
        {
            Database db;
            backups->attach(db);
            QVERIFY(!db.open(path, Database::OpenMode::CreateOrOpen).isError());
            QVERIFY(addGroup(db, QStringLiteral("A")));
            // First change ever and no copy yet: the first open takes one.
            const auto first = backups->backupIfDue(db);
            QVERIFY2(first, qPrintable(backups->lastError().message));
            QCOMPARE(first->createdAt, m_now);
            QCOMPARE(first->reason, BackupManager::Reason::Daily);
            QCOMPARE(groupsIn(first->path), 1);

            // More changes the same day: not due again.
            QVERIFY(addGroup(db, QStringLiteral("B")));
            m_now = m_now.addSecs(3600 * 8);
            QVERIFY(!backups->backupIfDue(db));
        }
        // Opened again the next day: the day with changes gets its copy.
        m_now = utc(2026, 3, 3, 8);
        {
            Database db;
            backups->attach(db);
            QVERIFY(!db.open(path).isError());
            const auto second = backups->backupIfDue(db);
            QVERIFY2(second, qPrintable(backups->lastError().message));
            QCOMPARE(second->createdAt, m_now);
            QCOMPARE(second->size, QFileInfo(second->path).size());
            QVERIFY(second->size > 0);
            QCOMPARE(groupsIn(second->path), 2);
            QVERIFY(!Database::inspectFile(second->path).isError());

            // A day later without changes since that copy: nothing to do.
            m_now = m_now.addDays(1);
            QVERIFY(!backups->backupIfDue(db));
        }
        const QList<BackupManager::Entry> entries = backups->list(path);
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(0).createdAt, utc(2026, 3, 3, 8));
        QCOMPARE(entries.at(1).createdAt, utc(2026, 3, 2));
        QVERIFY(QFileInfo(entries.at(0).path)
                    .fileName()
                    .startsWith(QStringLiteral("shop-20260303-080000")));
    }

    void copyBeforeMigration()
    {
        QVERIFY(Database::latestSchemaVersion() >= 2); // an older format to upgrade from
        const QString path = m_dir.filePath(QStringLiteral("old.cohort"));
        QVERIFY(!Database().createAtVersion(path, 1).isError());
        auto backups = manager(QStringLiteral("migration"));
        Database db;
        backups->attach(db);
        QVERIFY(!db.open(path).isError());
        QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
        const QList<BackupManager::Entry> entries = backups->list(path);
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.at(0).reason, BackupManager::Reason::BeforeMigration);
        int version = 0;
        QVERIFY(!Database::inspectFile(entries.at(0).path, &version).isError());
        QCOMPARE(version, 1);
    }

    void failedCopyStopsTheMigration()
    {
        QVERIFY(Database::latestSchemaVersion() >= 2); // an older format to upgrade from
        const QString path = m_dir.filePath(QStringLiteral("old2.cohort"));
        QVERIFY(!Database().createAtVersion(path, 1).isError());
        // The backup root is a file, so no backup folder can be made.
        const QString blocker = m_dir.filePath(QStringLiteral("blocker"));
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        BackupManager backups(blocker);
        Database db;
        backups.attach(db);
        const WorkspaceError error = db.open(path);
        QVERIFY(error.isError());
        QVERIFY2(error.message.contains(QStringLiteral("not upgraded")), qPrintable(error.message));
        int version = 0;
        QVERIFY(!Database::inspectFile(path, &version).isError());
        QCOMPARE(version, 1);
    }

    void rotationKeepsDailyWeeklyMonthly()
    {
        const QString path = m_dir.filePath(QStringLiteral("rotate.cohort"));
        auto backups = manager(QStringLiteral("rotate"));
        Database db;
        QVERIFY(!db.open(path, Database::OpenMode::CreateOrOpen).isError());
        QVERIFY(addGroup(db, QStringLiteral("A")));
        // One copy a day from 2025-09-20 to Wednesday 2026-03-18, plus a second one on the last
        // day.
        for (QDate day(2025, 9, 20); day <= QDate(2026, 3, 18); day = day.addDays(1)) {
            m_now = QDateTime(day, QTime(9, 0), QTimeZone::utc());
            QVERIFY2(backups->backupNow(db, BackupManager::Reason::Daily),
                     qPrintable(backups->lastError().message));
        }
        m_now = utc(2026, 3, 18, 17);
        QVERIFY(backups->backupNow(db, BackupManager::Reason::Manual));

        QList<QDate> kept;
        for (const BackupManager::Entry &entry : backups->list(path))
            kept << entry.createdAt.date();
        const QList<QDate> expected {
            // 7 daily (the newest copy of 03-18 is the 17:00 one)
            { 2026, 3, 18 },
            { 2026, 3, 17 },
            { 2026, 3, 16 },
            { 2026, 3, 15 },
            { 2026, 3, 14 },
            { 2026, 3, 13 },
            { 2026, 3, 12 },
            // 4 weekly: ISO weeks of 03-16, 03-09 (03-15, already kept), 03-02 and 02-23
            { 2026, 3, 8 },
            { 2026, 3, 1 },
            // 6 monthly: March (03-18), February ... October 2025
            { 2026, 2, 28 },
            { 2026, 1, 31 },
            { 2025, 12, 31 },
            { 2025, 11, 30 },
            { 2025, 10, 31 }
        };
        QCOMPARE(kept, expected);
        QCOMPARE(backups->list(path).first().reason, BackupManager::Reason::Manual);
    }

    void restoreIntoANewFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("restore.cohort"));
        auto backups = manager(QStringLiteral("restore"));
        Database db;
        QVERIFY(!db.open(path, Database::OpenMode::CreateOrOpen).isError());
        QVERIFY(addGroup(db, QStringLiteral("Kept")));
        const auto entry = backups->backupNow(db);
        QVERIFY(entry);
        QVERIFY(addGroup(db, QStringLiteral("Later")));

        const QString target = m_dir.filePath(QStringLiteral("restored.cohort"));
        const WorkspaceError error = backups->restoreTo(entry->path, target);
        QVERIFY2(!error.isError(), qPrintable(error.message));
        QVERIFY(!QFileInfo::exists(target + QStringLiteral(".part")));
        Database restored;
        QVERIFY(!restored.open(target).isError());
        const QList<Group> groups = GroupRepository(restored).all();
        QCOMPARE(groups.size(), 1);
        QCOMPARE(groups.first().name, QStringLiteral("Kept"));

        // Never over an existing file.
        const QByteArray before = fileBytes(path);
        QCOMPARE(backups->restoreTo(entry->path, path).kind, WorkspaceError::Kind::Io);
        QCOMPARE(fileBytes(path), before);
    }

    void damagedWorkspaceIsUntouchedAndLatestGoodRestores()
    {
        const QString path = m_dir.filePath(QStringLiteral("precious.cohort"));
        auto backups = manager(QStringLiteral("damaged"));
        {
            Database db;
            QVERIFY(!db.open(path, Database::OpenMode::CreateOrOpen).isError());
            QVERIFY(addGroup(db, QStringLiteral("Old")));
            QVERIFY(backups->backupNow(db));
            QVERIFY(addGroup(db, QStringLiteral("Newer")));
            m_now = m_now.addDays(1);
            QVERIFY(backups->backupNow(db));
            m_now = m_now.addDays(1);
            QVERIFY(backups->backupNow(db));
        }
        // The newest backup is damaged too: latestGood must skip it.
        const QList<BackupManager::Entry> entries = backups->list(path);
        QCOMPARE(entries.size(), 3);
        {
            QFile newest(entries.at(0).path);
            QVERIFY(newest.open(QIODevice::ReadWrite));
            newest.seek(100);
            newest.write(QByteArray(int(newest.size()) - 100, '\xAB'));
        }

        // Damage the workspace after its header: every page but the first is garbage.
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.size() > 3 * 4096);
            file.seek(4096);
            file.write(QByteArray(int(file.size()) - 4096, '\x5A'));
        }
        const QByteArray damaged = fileBytes(path);
        {
            Database db;
            const WorkspaceError error = db.open(path);
            QCOMPARE(error.kind, WorkspaceError::Kind::Corrupt);
            QVERIFY(!db.isOpen());
        }
        QCOMPARE(fileBytes(path), damaged);

        const auto good = backups->latestGood(path);
        QVERIFY(good);
        QCOMPARE(good->path, entries.at(1).path);
        const QString target = m_dir.filePath(QStringLiteral("precious (restored).cohort"));
        QVERIFY(!backups->restoreTo(good->path, target).isError());
        QCOMPARE(groupsIn(target), 2);
        // Restoring the damaged copy is refused and leaves no file behind.
        const QString refused = m_dir.filePath(QStringLiteral("refused.cohort"));
        QVERIFY(backups->restoreTo(entries.at(0).path, refused).isError());
        QVERIFY(!QFileInfo::exists(refused));
        QCOMPARE(fileBytes(path), damaged);
    }

    void latestGoodWithoutBackups()
    {
        auto backups = manager(QStringLiteral("none"));
        QVERIFY(!backups->latestGood(m_dir.filePath(QStringLiteral("never.cohort"))));
    }
};

QTEST_GUILESS_MAIN(TestBackupManager)
#include "tst_backupmanager.moc"
