#include "demo/demogenerator.h"
#include "import/importpipeline.h"
#include "storage/activityrollups.h"
#include "storage/database.h"
#include "storage/grouprepository.h"
#include "storage/grouptrash.h"
#include "storage/memberrepository.h"

#include <QDateTime>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace cohort;

namespace {

QList<qint64> ids(const Database &db, const QString &sql)
{
    QList<qint64> result;
    QSqlQuery q(db.connection());
    q.exec(sql);
    while (q.next())
        result << q.value(0).toLongLong();
    return result;
}

/// A WhatsApp export across St John's autumn change (1 November 2026, 02:00 NDT -> 01:00 NST, a
/// UTC offset on the half hour): five authors, one message every seven minutes, and system lines
/// (joins, the encryption notice) that must not count.
QByteArray chatAcrossTheChange(int firstAuthor)
{
    QByteArray text;
    QDateTime at(QDate(2026, 10, 31), QTime(19, 0), Qt::UTC); // naive wall clock
    text += "31/10/2026, 18:59 - Messages and calls are end-to-end encrypted.\n";
    for (int i = 0; i < 160; ++i, at = at.addSecs(7 * 60)) {
        const QByteArray stamp = at.toString(QStringLiteral("dd/MM/yyyy, HH:mm")).toUtf8();
        const int author = firstAuthor + i % 5;
        if (i % 40 == 0)
            text += stamp + " - Person " + QByteArray::number(author + 10)
                + " joined using this group's invite link\n";
        text += stamp + " - Person " + QByteArray::number(author) + ": message "
            + QByteArray::number(i) + "\n";
    }
    return text;
}

} // namespace

/// The activity roll-ups written by every path that writes them (an import, the demo data, a
/// member merge, a group's deletion and its undo, a message deletion) equal a recomputation from
/// the messages, which uses the same MessageActivity definition.
class TestActivityWriters : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static qint64 mismatches(const Database &db) { return ActivityRollups(db).countMismatches(); }

    /// Merges two members with activity, deletes a group and undoes it, deletes some messages:
    /// after each, the roll-ups are exact.
    static void editEverywhere(const Database &db)
    {
        const QList<qint64> active
            = ids(db,
                  QStringLiteral("SELECT member_id FROM member_day_activity "
                                 "GROUP BY member_id ORDER BY member_id LIMIT 2"));
        QCOMPARE(active.size(), 2);
        MemberRepository members(db);
        QVERIFY2(members.merge(active.at(0), active.at(1)),
                 qPrintable(members.lastError().message));
        QCOMPARE(mismatches(db), qint64(0));

        const QList<qint64> groups
            = ids(db, QStringLiteral("SELECT group_id FROM group_hour_activity LIMIT 1"));
        QCOMPARE(groups.size(), 1);
        GroupRepository repository(db);
        const GroupSnapshot snapshot = repository.snapshot(groups);
        QVERIFY2(repository.remove(groups), qPrintable(repository.lastError().message));
        QCOMPARE(mismatches(db), qint64(0));
        QVERIFY2(repository.restore(snapshot), qPrintable(repository.lastError().message));
        QCOMPARE(mismatches(db), qint64(0));

        GroupTrash trash(db);
        const qint64 batch = trash.moveToTrash(groups);
        QVERIFY2(batch > 0, qPrintable(trash.lastError().message));
        QCOMPARE(mismatches(db), qint64(0));
        QVERIFY2(trash.restore(batch), qPrintable(trash.lastError().message));
        QCOMPARE(mismatches(db), qint64(0));

        ActivityRollups rollups(db);
        QVERIFY(rollups.removeMessages(
            ids(db, QStringLiteral("SELECT id FROM messages WHERE id % 3 = 0"))));
        QCOMPARE(mismatches(db), qint64(0));
    }

private Q_SLOTS:
    void importedChats()
    {
        QVERIFY(m_dir.isValid());
        Database db;
        QVERIFY(!db.open(m_dir.filePath(QStringLiteral("import.cohort")),
                         Database::OpenMode::CreateOrOpen)
                     .isError());
        QVERIFY(db.setTimeZoneId(QStringLiteral("America/St_Johns")));
        for (int chat = 0; chat < 2; ++chat) {
            const QString path = m_dir.filePath(QStringLiteral("chat%1.txt").arg(chat));
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(chatAcrossTheChange(chat * 3));
            file.close();
            import::ImportOptions options;
            options.groupName = QStringLiteral("Group %1").arg(chat);
            options.timeZoneId = QStringLiteral("America/St_Johns");
            options.dateOrder = import::DateOrder::DayMonthYear;
            const import::ImportSummary summary
                = import::ImportPipeline(db).importFile(path, options);
            QVERIFY2(summary.ok(), qPrintable(summary.errors.value(0).message));
            QCOMPARE(summary.messages, 160);
        }
        QVERIFY(ids(db, QStringLiteral("SELECT 1 FROM group_hour_activity")).size() > 2);
        QCOMPARE(mismatches(db), qint64(0));
        editEverywhere(db);
    }

    void demoData()
    {
        Database db;
        QVERIFY(!db.open(m_dir.filePath(QStringLiteral("demo.cohort")),
                         Database::OpenMode::CreateOrOpen)
                     .isError());
        DemoGenerator generator(db);
        QVERIFY2(generator.generate(5, DemoGenerator::Scale::Small),
                 qPrintable(generator.lastError().message));
        QCOMPARE(mismatches(db), qint64(0));
        editEverywhere(db);
    }

    void rebuildAfterATimeZoneChange()
    {
        Database db;
        QVERIFY(!db.open(m_dir.filePath(QStringLiteral("import.cohort"))).isError());
        QVERIFY(db.setTimeZoneId(QStringLiteral("Australia/Lord_Howe")));
        ActivityRollups rollups(db);
        QVERIFY(mismatches(db) > 0); // the local days and hours moved
        QVERIFY(rollups.rebuild());
        QCOMPARE(mismatches(db), qint64(0));
    }
};

QTEST_GUILESS_MAIN(TestActivityWriters)
#include "tst_activitywriters.moc"
