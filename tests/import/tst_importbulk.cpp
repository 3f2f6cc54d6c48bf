#include "import/importpipeline.h"
#include "storage/activityrollups.h"
#include "storage/database.h"

#include "testbackends.h"
#include <QBuffer>
#include <QDateTime>
#include <QFile>
#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>

#include <QTest>

#include <vector>

using namespace cohort;
using namespace cohort::import;

namespace {

/// Feeds a fixed list of records as if a parser read them; can fail midway.
class FeedParser final : public ChatParser
{
public:
    QString name = QStringLiteral("Bulk chat");
    std::vector<ChatRecord> records;
    int failAt = -1; ///< index of the record that is a fatal parse error
    QString secondName; ///< a second chat of the same file, when set
    std::vector<ChatRecord> secondRecords;

    QString formatKey() const override { return QStringLiteral("feed"); }
    Platform platform() const override { return Platform::WhatsApp; }
    int sniff(QByteArrayView) const override { return 0; }
    ParseResult parse(QIODevice &, const ParseOptions &, RecordSink &sink) override
    {
        ParseResult result;
        sink.beginChat(ChatInfo { Platform::WhatsApp, name, QString() });
        for (int i = 0; i < int(records.size()); ++i) {
            if (i == failAt) {
                result.status = ParseResult::Status::Error;
                result.errorLine = i + 1;
                result.errorMessage = QStringLiteral("broken record");
                return result;
            }
            ChatRecord copy = records[size_t(i)];
            sink.record(std::move(copy));
        }
        if (!secondName.isEmpty()) {
            sink.beginChat(ChatInfo { Platform::WhatsApp, secondName, QString() });
            for (const ChatRecord &r : secondRecords) {
                ChatRecord copy = r;
                sink.record(std::move(copy));
            }
        }
        return result;
    }
};

constexpr qint64 kStart = 1704067200; // 2024-01-01T00:00:00

/// Message `i` of a synthetic chat: 37 authors, one message every 20 s, so three share a
/// minute; every 500th message is a "+1" said three times in its minute by the same author,
/// which must all be kept. Texts carry quotes, backslashes, newlines and non-Latin script.
std::vector<ChatRecord> chat(int from, int to)
{
    std::vector<ChatRecord> records;
    for (int i = from; i < to; ++i) {
        ChatRecord r;
        r.type = RecordType::Message;
        const bool repeated = (i / 3) % 500 == 0;
        const int author = repeated ? 0 : i % 37;
        r.author = { QString(), QStringLiteral("Author %1 “%2”").arg(author).arg(author % 5) };
        r.wallSeconds = kStart + qint64(i) * 20;
        r.text = repeated ? QStringLiteral("+1")
                          : QStringLiteral("msg %1 \"q\" \\ 接龙\nline 2 👍").arg(i);
        r.line = i + 1;
        records.push_back(r);
    }
    return records;
}

/// A long chat in which new people keep turning up: message `i` every 10 minutes (144 a day)
/// by one of a crowd that grows by one every 20 messages, so the day roll-up fills up fast
/// and cites members created just before.
std::vector<ChatRecord> crowd(int from, int to)
{
    std::vector<ChatRecord> records;
    for (int i = from; i < to; ++i) {
        ChatRecord r;
        r.type = RecordType::Message;
        const int author = int((qint64(i) * 7919) % (50 + i / 20));
        r.author = { QString(), QStringLiteral("Crowd %1").arg(author) };
        r.wallSeconds = kStart + qint64(i) * 600;
        r.text = QStringLiteral("crowd %1").arg(i);
        r.line = i + 1;
        records.push_back(r);
    }
    return records;
}

QVariant scalar(const Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        return QVariant();
    return q.value(0);
}

/// The indexes of the tables an import may rebuild, as (name, SQL), and on PostgreSQL their
/// foreign keys, which it may drop and add back too.
QStringList indexes(const Database &db)
{
    QStringList result;
    QSqlQuery q(db.connection());
    QSqlQuery keys(db.connection());
    q.prepare(db.dialect().secondaryIndexesQuery());
    if (!db.dialect().isSqlite())
        keys.prepare(QStringLiteral("SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint "
                                    "WHERE conrelid = to_regclass(?) AND contype = 'f'"));
    for (const char *table : { "messages", "member_day_activity", "group_hour_activity" }) {
        q.addBindValue(QString::fromLatin1(table));
        q.exec();
        while (q.next())
            result << q.value(0).toString() + QLatin1Char('|') + q.value(1).toString();
        if (db.dialect().isSqlite())
            continue;
        keys.addBindValue(QString::fromLatin1(table));
        keys.exec();
        while (keys.next())
            result << keys.value(0).toString() + QLatin1Char('|') + keys.value(1).toString();
    }
    result.sort();
    return result;
}

/// Every row of the tables an import writes, for before/after comparisons.
QStringList dump(const Database &db)
{
    QStringList rows;
    for (const QString &table :
         { QStringLiteral("members"), QStringLiteral("identities"),
           QStringLiteral("identity_names"), QStringLiteral("memberships"),
           QStringLiteral("messages"), QStringLiteral("import_batches"),
           QStringLiteral("member_day_activity"), QStringLiteral("group_hour_activity") }) {
        QSqlQuery q(db.connection());
        q.exec(QStringLiteral("SELECT * FROM ") + table + QStringLiteral(" ORDER BY 1, 2, 3"));
        while (q.next()) {
            QStringList fields { table };
            for (int i = 0; i < q.record().count(); ++i)
                fields << q.value(i).toString();
            rows << fields.join(QLatin1Char('|'));
        }
    }
    return rows;
}

ImportSummary run(Database &db, FeedParser &parser)
{
    ImportOptions options;
    options.timeZoneId = QStringLiteral("UTC");
    QBuffer buffer;
    buffer.open(QIODevice::ReadOnly);
    return ImportPipeline(db).importStream(parser, buffer, QStringLiteral("bulk.txt"),
                                           QStringLiteral("sha"), options);
}

} // namespace

/// The import's bulk paths: chunked JSON inserts across chunk boundaries, indexes dropped for
/// a large import and rebuilt at commit, dedup against earlier imports, all or nothing.
class TestImportBulk : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { cohort::test::addBackendRows(); }
    void largeImportRebuildsIndexes()
    {
        Database db;
        COHORT_OPEN_FRESH_WORKSPACE(db);
        const QStringList before = indexes(db);
        QVERIFY(before.size() >= 4);
        FeedParser p;
        p.records = chat(0, 25000); // past the deferral threshold, 13 chunks
        const ImportSummary s = run(db, p);
        QVERIFY2(s.ok(), qPrintable(s.errors.value(0).message));
        QCOMPARE(s.messages, 25000);
        QCOMPARE(s.duplicates, 0);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM messages")).toInt(), 25000);
        QCOMPARE(
            scalar(db, QStringLiteral("SELECT count(*) FROM messages WHERE body = '+1'")).toInt(),
            3 * 17);
        QCOMPARE(indexes(db), before);
        QCOMPARE(cohort::test::integrityCheck(db), QStringLiteral("ok"));
        QCOMPARE(ActivityRollups(db).countMismatches(), qint64(0));
        // Text went through JSON unchanged.
        QCOMPARE(scalar(db,
                        QStringLiteral("SELECT body FROM messages WHERE id = (SELECT "
                                       "min(id) FROM messages WHERE body LIKE 'msg 4%')"))
                     .toString(),
                 QStringLiteral("msg 4 \"q\" \\ 接龙\nline 2 👍"));

        // The same export again adds nothing, and the indexes are still the same.
        const QStringList rows = dump(db);
        FeedParser again;
        again.records = chat(0, 25000);
        const ImportSummary s2 = run(db, again);
        QVERIFY(s2.ok());
        QCOMPARE(s2.duplicates, 25000);
        QStringList after = dump(db);
        after.removeIf([](const QString &r) { return r.startsWith(QLatin1String("import_")); });
        QStringList expected = rows;
        expected.removeIf([](const QString &r) { return r.startsWith(QLatin1String("import_")); });
        QCOMPARE(after, expected);
        QCOMPARE(indexes(db), before);
    }

    void textSurvivesTheBulkPath()
    {
        // On PostgreSQL the rows go as COPY text, where tabs, line ends and backslashes mean
        // something: a small import (through a temporary table and INSERT ... ON CONFLICT), then
        // a large one (straight into the table, indexes and foreign keys dropped) store every
        // text exactly as SQLite does. Platform ids are NULL where the file has none.
        const QStringList texts { QStringLiteral("tab\there\tand there\t"),
                                  QStringLiteral("a\\b\\\\c \\N \\. \\t \\"),
                                  QStringLiteral("\\."),
                                  QStringLiteral("\\N"),
                                  QStringLiteral("crlf\r\nnext\rcr"),
                                  QStringLiteral("\n\nblank lines\n\n"),
                                  QString::fromUtf8("控制\x01\x1f字符 \x7f"),
                                  QString::fromUtf8(
                                      "emoji 👍🏽 👨‍👩‍👧 𝄞 and é"),
                                  QStringLiteral("'quotes' \"double\" ; -- DROP TABLE x") };
        const auto records = [&texts](int from, int to) {
            std::vector<ChatRecord> result;
            for (int i = from; i < to; ++i) {
                ChatRecord r;
                r.author = { QString(), QStringLiteral("Author %1").arg(i % 7) };
                r.wallSeconds = kStart + qint64(i) * 20;
                r.text = texts[i % texts.size()] + QString::number(i);
                if (i % 3 == 0)
                    r.messageId = QStringLiteral("id\t%1\\").arg(i);
                if (i % 5 == 0)
                    r.replyToId = QStringLiteral("re\n%1").arg(i - 1);
                r.line = i + 1;
                result.push_back(r);
            }
            return result;
        };
        Database db;
        COHORT_OPEN_FRESH_WORKSPACE(db);
        const QStringList before = indexes(db);
        FeedParser small;
        small.records = records(0, 100);
        QVERIFY(run(db, small).ok());
        FeedParser large;
        large.records = records(100, 25100);
        const ImportSummary s = run(db, large);
        QVERIFY2(s.ok(), qPrintable(s.errors.value(0).message));
        QCOMPARE(s.messages, 25000);
        QCOMPARE(indexes(db), before);
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT body, external_id, reply_to, member_id FROM "
                                      "messages ORDER BY id")));
        int i = 0;
        for (; q.next(); ++i) {
            const ChatRecord expected = records(i, i + 1).front();
            QCOMPARE(q.value(0).toString(), expected.text);
            QCOMPARE(q.value(1).isNull(), expected.messageId.isEmpty());
            QCOMPARE(q.value(1).toString(), expected.messageId);
            QCOMPARE(q.value(2).isNull(), expected.replyToId.isEmpty());
            QCOMPARE(q.value(2).toString(), expected.replyToId);
            QVERIFY(!q.value(3).isNull());
        }
        QCOMPARE(i, 25100);
        QCOMPARE(ActivityRollups(db).countMismatches(), qint64(0));
        QCOMPARE(cohort::test::integrityCheck(db), QStringLiteral("ok"));
    }

    void overlapAcrossChunkBoundary_data()
    {
        QTest::addColumn<int>("firstEnd");
        QTest::addColumn<int>("secondStart");
        QTest::addColumn<int>("secondEnd");
        // Chunks hold 2000 messages: overlaps that start and end on either side of a boundary.
        QTest::newRow("small") << 1999 << 1500 << 2001;
        QTest::newRow("across two chunks") << 4001 << 1999 << 6002;
        QTest::newRow("large second") << 3000 << 2000 << 30000;
    }

    void overlapAcrossChunkBoundary()
    {
        QFETCH(int, firstEnd);
        QFETCH(int, secondStart);
        QFETCH(int, secondEnd);
        Database db;
        COHORT_OPEN_FRESH_WORKSPACE(db);
        FeedParser first;
        first.records = chat(0, firstEnd);
        QVERIFY(run(db, first).ok());
        FeedParser second;
        second.records = chat(secondStart, secondEnd);
        const ImportSummary s = run(db, second);
        QVERIFY2(s.ok(), qPrintable(s.errors.value(0).message));
        QCOMPARE(s.messages, secondEnd - secondStart);
        QCOMPARE(s.duplicates, firstEnd - secondStart);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM messages")).toInt(), secondEnd);
        QCOMPARE(scalar(db, QStringLiteral("SELECT sum(duplicates) FROM import_batches")).toInt(),
                 firstEnd - secondStart);
        QCOMPARE(ActivityRollups(db).countMismatches(), qint64(0));
        QCOMPARE(cohort::test::integrityCheck(db), QStringLiteral("ok"));

        // One import of the whole range gives the same messages.
        Database whole;
        COHORT_OPEN_FRESH_WORKSPACE(whole);
        FeedParser all;
        all.records = chat(0, secondEnd);
        QVERIFY(run(whole, all).ok());
        const QString bodies = QStringLiteral(
            "SELECT fingerprint || ':' || sent_at FROM messages ORDER BY fingerprint");
        QCOMPARE(cohort::test::joinedColumn(db, bodies), cohort::test::joinedColumn(whole, bodies));
    }

    void failureMidway_data()
    {
        QTest::addColumn<bool>("crowded");
        QTest::addColumn<int>("seed");
        QTest::addColumn<int>("end");
        QTest::addColumn<int>("failAt");
        // After the indexes were dropped for the load.
        QTest::newRow("indexes dropped") << false << 100 << 30000 << 26000;
        // After members, messages and day roll-ups went out in chunks.
        QTest::newRow("roll-ups written") << true << 300 << 45000 << 43700;
    }

    void failureMidway()
    {
        QFETCH(bool, crowded);
        QFETCH(int, seed);
        QFETCH(int, end);
        QFETCH(int, failAt);
        const auto records = crowded ? crowd : chat;
        Database db;
        COHORT_OPEN_FRESH_WORKSPACE(db);
        FeedParser first;
        first.records = records(0, seed);
        QVERIFY(run(db, first).ok());
        const QStringList rows = dump(db);
        const QStringList before = indexes(db);
        FeedParser p;
        p.records = records(seed, end);
        p.failAt = failAt;
        const ImportSummary s = run(db, p);
        QCOMPARE(s.status, ImportSummary::Status::Error);
        QCOMPARE(s.errors.value(0).line, qint64(failAt + 1));
        QCOMPARE(dump(db), rows);
        QCOMPARE(indexes(db), before);
        QCOMPARE(ActivityRollups(db).countMismatches(), qint64(0));
    }

    void laterChatInExistingGroup()
    {
        // The first chat of the file is large (its indexes are dropped); the second lands in a
        // group that holds messages already, which are found again through the index.
        Database db;
        COHORT_OPEN_FRESH_WORKSPACE(db);
        FeedParser old;
        old.name = QStringLiteral("Old chat");
        old.records = chat(0, 100);
        QVERIFY(run(db, old).ok());
        const QStringList before = indexes(db);
        FeedParser p;
        p.records = chat(1000, 26000);
        p.secondName = QStringLiteral("Old chat");
        p.secondRecords = chat(50, 150);
        const ImportSummary s = run(db, p);
        QVERIFY2(s.ok(), qPrintable(s.errors.value(0).message));
        QCOMPARE(s.groupIds.size(), 2);
        QCOMPARE(s.duplicates, 50);
        QCOMPARE(scalar(db,
                        QStringLiteral("SELECT count(*) FROM messages m JOIN chat_groups g "
                                       "ON g.id = m.group_id WHERE g.name = 'Old chat'"))
                     .toInt(),
                 150);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM messages")).toInt(), 25150);
        QCOMPARE(indexes(db), before);
        QCOMPARE(ActivityRollups(db).countMismatches(), qint64(0));
        QCOMPARE(cohort::test::integrityCheck(db), QStringLiteral("ok"));
    }

    void rollupsWrittenWhileReading()
    {
        // Enough (day, member) pairs that the day roll-up goes out in chunks while the file is
        // still read, each after the members it cites; then an overlapping export adds to the
        // rows already there.
        Database db;
        COHORT_OPEN_FRESH_WORKSPACE(db);
        FeedParser first;
        first.records = crowd(20000, 45000);
        const ImportSummary s1 = run(db, first);
        QVERIFY2(s1.ok(), qPrintable(s1.errors.value(0).message));
        QVERIFY(scalar(db, QStringLiteral("SELECT count(*) FROM member_day_activity")).toInt()
                > 3 * 5000);
        QCOMPARE(ActivityRollups(db).countMismatches(), qint64(0));
        FeedParser second;
        second.records = crowd(0, 50000);
        const ImportSummary s2 = run(db, second);
        QVERIFY2(s2.ok(), qPrintable(s2.errors.value(0).message));
        QCOMPARE(s2.messages, 50000);
        QCOMPARE(s2.duplicates, 25000);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM messages")).toInt(), 50000);
        QCOMPARE(ActivityRollups(db).countMismatches(), qint64(0));
        QCOMPARE(
            scalar(db, QStringLiteral("SELECT sum(messages) FROM member_day_activity")).toInt(),
            50000);
        QSet<QString> authors;
        for (const ChatRecord &r : second.records)
            authors.insert(r.author.displayName);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM members")).toInt(),
                 authors.size());
        QCOMPARE(
            scalar(db, QStringLiteral("SELECT count(DISTINCT stable_key) FROM identities")).toInt(),
            authors.size());
        QCOMPARE(cohort::test::foreignKeyProblems(db), qint64(0));
        QCOMPARE(cohort::test::integrityCheck(db), QStringLiteral("ok"));
    }

    void checksumComputedAlongside()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("WhatsApp Chat.txt"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        for (int i = 0; i < 3000; ++i)
            file.write(QStringLiteral("1/%1/24, 10:%2 - Ann: message %3\n")
                           .arg(1 + i / 60 % 28)
                           .arg(i % 60, 2, 10, QLatin1Char('0'))
                           .arg(i)
                           .toUtf8());
        file.close();
        Database db;
        COHORT_OPEN_FRESH_WORKSPACE(db);
        ImportOptions options;
        options.timeZoneId = QStringLiteral("UTC");
        options.dateOrder = DateOrder::MonthDayYear;
        const ImportSummary s = ImportPipeline(db).importFile(path, options);
        QVERIFY2(s.ok(), qPrintable(s.errors.value(0).message));
        QCOMPARE(s.messages, 3000);
        const QString expected = ImportPipeline::fileSha256(path);
        QCOMPARE(expected.size(), 64);
        QCOMPARE(scalar(db, QStringLiteral("SELECT sha256 FROM import_batches")).toString(),
                 expected);
    }
};

QTEST_GUILESS_MAIN(TestImportBulk)
#include "tst_importbulk.moc"
