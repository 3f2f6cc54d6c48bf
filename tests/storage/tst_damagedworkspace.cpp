#include "storage/checkedquery.h"
#include "storage/database.h"
#include "storage/grouprepository.h"
#include "storage/listquery.h"
#include "storage/listspecs.h"
#include "storage/memberrepository.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace cohort;

namespace {

constexpr int Members = 20000;

} // namespace

/// A workspace whose pages are damaged on disk while it is open: with a page cache too small to
/// hold them, the reads reach the damaged pages and fail as errors, never as "no data".
class TestDamagedWorkspace : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_original;

    static QString attempt(const std::function<void()> &read)
    {
        try {
            read();
        } catch (const QueryError &error) {
            return error.message();
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_original = m_dir.filePath(QStringLiteral("original.cohort"));
        Database db;
        QVERIFY(!db.open(m_original, Database::OpenMode::CreateOrOpen).isError());
        Group group;
        group.name = QStringLiteral("Tea");
        QVERIFY(GroupRepository(db).insert(group));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("BEGIN")));
        q.prepare(QStringLiteral("INSERT INTO members (display_name, notes, created_at) "
                                 "VALUES (?, ?, 0)"));
        // Long notes spread the members over many pages, far more than the cache below holds.
        const QString notes(200, QLatin1Char('n'));
        for (int i = 0; i < Members; ++i) {
            q.addBindValue(QStringLiteral("Member %1").arg(i));
            q.addBindValue(notes);
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        }
        QVERIFY(q.exec(QStringLiteral("COMMIT")));
        q.finish();
        QCOMPARE(MemberRepository(db).count(), qint64(Members));
        db.close(); // the last connection checkpoints the log into the file
    }

    void damagedPagesReadAsErrors()
    {
        const QString path = m_dir.filePath(QStringLiteral("damaged.cohort"));
        QVERIFY(QFile::copy(m_original, path));
        Database db;
        QVERIFY(!db.open(path).isError()); // intact when opened: quick_check passes
        QCOMPARE(MemberRepository(db).count(), qint64(Members));
        {
            // A small cache, so the next reads go to the file rather than to pages held since
            // the open.
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(QStringLiteral("PRAGMA cache_size = 2")));
        }

        // Every page but the header page is overwritten: b-trees, the log untouched.
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        const qint64 pageSize = 16384;
        const QByteArray garbage(int(pageSize), char(0xA5));
        for (qint64 offset = pageSize; offset + pageSize <= file.size(); offset += pageSize) {
            QVERIFY(file.seek(offset));
            QCOMPARE(file.write(garbage), pageSize);
        }
        file.close();

        const QString count = attempt([&db] { MemberRepository(db).count(); });
        QVERIFY2(!count.isEmpty(), "counting members on damaged pages answered a number");
        const QString list = attempt(
            [&db] { ListQuery(db, ListSpecs::members(db.dialect())).page({}, {}, 0, 100); });
        QVERIFY2(!list.isEmpty(), "listing members on damaged pages answered rows");
        const QString groups = attempt([&db] { GroupRepository(db).all(); });
        QVERIFY2(!groups.isEmpty(), "listing groups on damaged pages answered a list");
        try {
            MemberRepository(db).find(Members / 2);
            QFAIL("finding a member on damaged pages answered");
        } catch (const QueryError &error) {
            QCOMPARE(error.kind(), WorkspaceError::Kind::Corrupt);
            QVERIFY2(error.driverMessage().contains(QLatin1String("malformed")),
                     qPrintable(error.driverMessage()));
        }
    }

    /// A file whose members' pages are damaged but whose schema and meta pages are not: a
    /// deferred open reads the marks and opens it, the check run afterwards finds the damage.
    void deferredCheckFindsWhatTheOpenDidNotRead()
    {
        const QString path = m_dir.filePath(QStringLiteral("deferred.cohort"));
        QVERIFY(QFile::copy(m_original, path));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            const qint64 pageSize = 16384;
            const qint64 pages = file.size() / pageSize;
            QVERIFY(pages > 8);
            // Bits flipped in the second half of the file, where the members' rows are.
            for (qint64 page = pages / 2; page < pages; ++page) {
                QVERIFY(file.seek(page * pageSize));
                QByteArray bytes = file.read(pageSize);
                for (int i = 0; i < bytes.size(); i += 97)
                    bytes[i] = char(bytes.at(i) ^ 0xFF);
                QVERIFY(file.seek(page * pageSize));
                QCOMPARE(file.write(bytes), bytes.size());
            }
        }
        {
            Database db;
            const WorkspaceError atOpen = db.open(path);
            QCOMPARE(atOpen.kind, WorkspaceError::Kind::Corrupt);
            QVERIFY(!db.isOpen());
        }
        // Refused without a trace: no -wal or -shm file was left beside it.
        QVERIFY(!QFile::exists(path + QLatin1String("-wal")));
        QVERIFY(!QFile::exists(path + QLatin1String("-shm")));
        Database db;
        QVERIFY(!db.open(path, Database::OpenMode::ReadWrite, Database::IntegrityCheck::Deferred)
                     .isError());
        const WorkspaceError found = db.checkIntegrity();
        QCOMPARE(found.kind, WorkspaceError::Kind::Corrupt);
        QVERIFY2(found.message.contains(path) && !found.message.contains(QLatin1Char('\n')),
                 qPrintable(found.message));
        QVERIFY(!found.details.isEmpty());
    }

    /// A deferred check is not deferred past a migration: an older file is checked in full
    /// before it is written.
    void migrationIsNotDeferred()
    {
        const QString path = m_dir.filePath(QStringLiteral("old.cohort"));
        {
            Database db;
            QVERIFY(!db.createAtVersion(path, 1).isError());
        }
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            const qint64 size = file.size();
            QVERIFY(size > 4 * 4096);
            // The last page: a b-tree page of the schema's tables, not the header or sqlite_master.
            QVERIFY(file.seek(size - 4096));
            QCOMPARE(file.write(QByteArray(4096, char(0x5A))), qint64(4096));
        }
        QByteArray before;
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            before = file.readAll();
        }
        Database db;
        const WorkspaceError error
            = db.open(path, Database::OpenMode::ReadWrite, Database::IntegrityCheck::Deferred);
        QCOMPARE(error.kind, WorkspaceError::Kind::Corrupt);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll() == before); // not migrated, not written
    }
};

QTEST_GUILESS_MAIN(TestDamagedWorkspace)
#include "tst_damagedworkspace.moc"
