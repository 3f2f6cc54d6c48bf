#include "import/importpipeline.h"
#include "storage/database.h"

#include "testbackends.h"
#include <QBuffer>
#include <QDateTime>
#include <QSqlQuery>
#include <QSqlRecord>

#include <QTest>
#include <QTimeZone>

#include <thread>
#include <vector>

using namespace cohort;
using namespace cohort::import;

namespace {

/// Feeds a fixed list of records as if a parser read them; can fail or get cancelled midway.
class FeedParser final : public ChatParser
{
public:
    ChatInfo info { Platform::Telegram, QStringLiteral("Feed chat"), QString() };
    std::vector<ChatRecord> records;
    int failAt = -1; ///< index of the record that is a fatal parse error
    int cancelAt = -1; ///< index after which the "user" presses Cancel
    bool *cancelFlag = nullptr;

    QString formatKey() const override { return QStringLiteral("feed"); }
    Platform platform() const override { return info.platform; }
    int sniff(QByteArrayView) const override { return 0; }
    ParseResult parse(QIODevice &, const ParseOptions &, RecordSink &sink) override
    {
        ParseResult result;
        sink.beginChat(info);
        for (int i = 0; i < int(records.size()); ++i) {
            if (i == cancelAt && cancelFlag)
                *cancelFlag = true;
            if (sink.isCancelled()) {
                result.status = ParseResult::Status::Cancelled;
                return result;
            }
            if (i == failAt) {
                result.status = ParseResult::Status::Error;
                result.errorLine = records[size_t(i)].line;
                result.errorMessage = QStringLiteral("broken record");
                return result;
            }
            ChatRecord copy = records[size_t(i)];
            sink.record(std::move(copy));
        }
        return result;
    }
};

qint64 wall(int y, int mo, int d, int h, int mi, int s = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), Qt::UTC).toSecsSinceEpoch();
}

ChatRecord msg(const QString &key, const QString &name, qint64 wallSeconds, const QString &text,
               qint64 line = 1)
{
    ChatRecord r;
    r.type = RecordType::Message;
    r.author = { key, name };
    r.wallSeconds = wallSeconds;
    r.text = text;
    r.line = line;
    return r;
}

ChatRecord membershipRecord(RecordType type, const QString &subject, const QString &actor,
                            qint64 wallSeconds)
{
    ChatRecord r;
    r.type = type;
    r.author = { QString(), subject };
    if (!actor.isEmpty())
        r.actor = { QString(), actor };
    r.wallSeconds = wallSeconds;
    return r;
}

QVariant scalar(const Database &db, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery q(db.connection());
    q.prepare(sql);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return QVariant();
    return q.value(0);
}

/// Every row of every table the import writes, as text, for before/after comparisons.
QStringList dump(const Database &db)
{
    QStringList rows;
    const QStringList tables { QStringLiteral("chat_groups"),
                               QStringLiteral("members"),
                               QStringLiteral("identities"),
                               QStringLiteral("identity_names"),
                               QStringLiteral("memberships"),
                               QStringLiteral("membership_events"),
                               QStringLiteral("messages"),
                               QStringLiteral("import_batches"),
                               QStringLiteral("member_day_activity"),
                               QStringLiteral("group_hour_activity"),
                               QStringLiteral("meta") };
    for (const QString &table : tables) {
        QSqlQuery q(db.connection());
        q.exec(QStringLiteral("SELECT * FROM ") + table + QStringLiteral(" ORDER BY 1, 2"));
        while (q.next()) {
            QStringList fields { table };
            for (int i = 0; i < q.record().count(); ++i)
                fields << q.value(i).toString();
            rows << fields.join(QLatin1Char('|'));
        }
    }
    return rows;
}

} // namespace

/// ImportPipeline on synthetic record streams: identities, dedup, memberships, referrers,
/// all-or-nothing, roll-ups, time zones and the batch row.
class TestImportPipeline : public QObject
{
    Q_OBJECT

    ImportSummary run(Database &db, FeedParser &parser, ImportOptions options = {},
                      const QString &file = QStringLiteral("feed.json"))
    {
        if (options.timeZoneId.isEmpty())
            options.timeZoneId = QStringLiteral("UTC");
        QBuffer buffer;
        buffer.open(QIODevice::ReadOnly);
        return ImportPipeline(db).importStream(parser, buffer, file, QStringLiteral("abc123"),
                                               options);
    }

private Q_SLOTS:
    void initTestCase_data() { cohort::test::addBackendRows(); }
    void identities()
    {
        Database db;
        COHORT_OPEN_FRESH_WORKSPACE(db);
        FeedParser p;
        p.records = {
            msg(QStringLiteral("user1"), QStringLiteral("Ann"), wall(2024, 1, 1, 10, 0),
                QStringLiteral("hi")),
            msg(QStringLiteral("user1"), QStringLiteral("Ann B."), wall(2024, 1, 1, 10, 1),
                QStringLiteral("renamed")),
            msg(QString(), QStringLiteral("Bob"), wall(2024, 1, 1, 10, 2), QStringLiteral("no id")),
            msg(QString(), QStringLiteral("Bob"), wall(2024, 1, 1, 10, 3), QStringLiteral("again"))
        };
        const ImportSummary s = run(db, p);
        QVERIFY2(s.ok(), qPrintable(s.errors.value(0).message));
        QCOMPARE(s.messages, 4);
        QCOMPARE(s.authors, 2);
        QCOMPARE(s.newMembers, 2);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM members")).toInt(), 2);
        QCOMPARE(
            scalar(db,
                   QStringLiteral("SELECT count(*) FROM members WHERE source_channel = 'import'"))
                .toInt(),
            2);
        QCOMPARE(scalar(db,
                        QStringLiteral("SELECT count(*) FROM identities WHERE platform = "
                                       "'telegram' AND stable_key IN ('user1', 'name:Bob')"))
                     .toInt(),
                 2);
        QCOMPARE(cohort::test::joinedColumn(
                     db,
                     QStringLiteral("SELECT n.name FROM identity_names n JOIN identities i ON "
                                    "i.id = n.identity_id WHERE i.stable_key = 'user1' ORDER "
                                    "BY n.name")),
                 QStringLiteral("Ann,Ann B."));
        QCOMPARE(
            scalar(db, QStringLiteral("SELECT first_seen FROM members WHERE display_name = 'Bob'"))
                .toLongLong(),
            wall(2024, 1, 1, 10, 2));
        QCOMPARE(
            scalar(db, QStringLiteral("SELECT last_active FROM members WHERE display_name = 'Bob'"))
                .toLongLong(),
            wall(2024, 1, 1, 10, 3));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM memberships")).toInt(), 2);

        // A second file maps the same people to the same members.
        FeedParser again;
        again.records = { msg(QStringLiteral("user1"), QStringLiteral("Ann"),
                              wall(2024, 2, 1, 9, 0), QStringLiteral("back")) };
        const ImportSummary s2 = run(db, again);
        QCOMPARE(s2.newMembers, 0);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM members")).toInt(), 2);
        QCOMPARE(scalar(db,
                        QStringLiteral("SELECT last_active FROM members WHERE id = (SELECT "
                                       "member_id FROM identities WHERE stable_key = 'user1')"))
                     .toLongLong(),
                 wall(2024, 2, 1, 9, 0));
    }

    void referrerAndMemberships()
    {
        Database db;
        COHORT_OPEN_FRESH_WORKSPACE(db);
        FeedParser p;
        p.info.platform = Platform::WhatsApp;
        p.records = { membershipRecord(RecordType::Join, QStringLiteral("Yan"),
                                       QStringLiteral("Xia"), wall(2024, 3, 1, 8, 0)),
                      membershipRecord(RecordType::Join, QStringLiteral("Zoe"), QString(),
                                       wall(2024, 3, 1, 8, 5)),
                      membershipRecord(RecordType::Join, QStringLiteral("Self"),
                                       QStringLiteral("Self"), wall(2024, 3, 1, 8, 6)),
                      membershipRecord(RecordType::Leave, QStringLiteral("Zoe"), QString(),
                                       wall(2024, 3, 2, 8, 0)),
                      membershipRecord(RecordType::Leave, QStringLiteral("Yan"), QString(),
                                       wall(2024, 3, 3, 8, 0)),
                      membershipRecord(RecordType::Join, QStringLiteral("Yan"),
                                       QStringLiteral("Wei"), wall(2024, 3, 4, 8, 0)),
                      membershipRecord(RecordType::Removed, QStringLiteral("Self"),
                                       QStringLiteral("Xia"), wall(2024, 3, 5, 8, 0)) };
        const ImportSummary s = run(db, p);
        QVERIFY2(s.ok(), qPrintable(s.errors.value(0).message));
        QCOMPARE(s.joins, 4);
        QCOMPARE(s.leaves, 3);
        QCOMPARE(s.systemEvents, 7);
        QCOMPARE(s.messages, 0);
        auto id = [&](const QString &name) {
            return scalar(db,
                          QStringLiteral("SELECT member_id FROM identities WHERE stable_key = ?"),
                          { QString(QStringLiteral("name:") + name) })
                .toLongLong();
        };
        // The first inviter stays the referrer; nobody refers themselves.
        QCOMPARE(scalar(db, QStringLiteral("SELECT referrer_id FROM members WHERE id = ?"),
                        { id(QStringLiteral("Yan")) })
                     .toLongLong(),
                 id(QStringLiteral("Xia")));
        QVERIFY(scalar(db, QStringLiteral("SELECT referrer_id FROM members WHERE id = ?"),
                       { id(QStringLiteral("Zoe")) })
                    .isNull());
        QVERIFY(scalar(db, QStringLiteral("SELECT referrer_id FROM members WHERE id = ?"),
                       { id(QStringLiteral("Self")) })
                    .isNull());
        // Rejoined: the stint starts at the rejoin; left: left_at set.
        QCOMPARE(scalar(db, QStringLiteral("SELECT joined_at FROM memberships WHERE member_id = ?"),
                        { id(QStringLiteral("Yan")) })
                     .toLongLong(),
                 wall(2024, 3, 4, 8, 0));
        QVERIFY(scalar(db, QStringLiteral("SELECT left_at FROM memberships WHERE member_id = ?"),
                       { id(QStringLiteral("Yan")) })
                    .isNull());
        QCOMPARE(scalar(db, QStringLiteral("SELECT left_at FROM memberships WHERE member_id = ?"),
                        { id(QStringLiteral("Zoe")) })
                     .toLongLong(),
                 wall(2024, 3, 2, 8, 0));
        QCOMPARE(scalar(db, QStringLiteral("SELECT left_at FROM memberships WHERE member_id = ?"),
                        { id(QStringLiteral("Self")) })
                     .toLongLong(),
                 wall(2024, 3, 5, 8, 0));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM membership_events")).toInt(), 7);
        QCOMPARE(
            scalar(db,
                   QStringLiteral("SELECT actor_id FROM membership_events WHERE kind = 'removed'"))
                .toLongLong(),
            id(QStringLiteral("Xia")));
        QCOMPARE(scalar(db, QStringLiteral("SELECT referred_at FROM members WHERE id = ?"),
                        { id(QStringLiteral("Yan")) })
                     .toLongLong(),
                 wall(2024, 3, 1, 8, 0));
        {
            // A later export: Zoe, who had no referrer, gets Wei; Yan keeps Xia.
            FeedParser later;
            later.info.platform = Platform::WhatsApp;
            later.records = { membershipRecord(RecordType::Join, QStringLiteral("Zoe"),
                                               QStringLiteral("Wei"), wall(2024, 4, 1, 8, 0)),
                              membershipRecord(RecordType::Join, QStringLiteral("Yan"),
                                               QStringLiteral("Zoe"), wall(2024, 4, 2, 8, 0)) };
            Database copy;
            COHORT_OPEN_FRESH_WORKSPACE(copy);
            QVERIFY(run(copy, p).ok());
            QVERIFY(run(copy, later).ok());
            auto referrerOf = [&](const QString &name) {
                return scalar(copy,
                              QStringLiteral("SELECT r.display_name FROM members m JOIN "
                                             "identities i ON i.member_id = m.id JOIN members r "
                                             "ON r.id = m.referrer_id WHERE i.stable_key = ?"),
                              { QString(QStringLiteral("name:") + name) })
                    .toString();
            };
            QCOMPARE(referrerOf(QStringLiteral("Zoe")), QStringLiteral("Wei"));
            QCOMPARE(referrerOf(QStringLiteral("Yan")), QStringLiteral("Xia"));
        }

        // Re-importing changes nothing; an older export (Yan's first stint only) leaves the
        // current stint alone.
        const QStringList before = dump(db);
        FeedParser same = p;
        const ImportSummary s2 = run(db, same);
        QVERIFY(s2.ok());
        // The joins and leaves are already there: the summary reports none added.
        QCOMPARE(s2.joins, 0);
        QCOMPARE(s2.leaves, 0);
        QStringList after = dump(db);
        after.removeIf(
            [](const QString &row) { return row.startsWith(QLatin1String("import_batches|")); });
        QStringList beforeNoBatches = before;
        beforeNoBatches.removeIf(
            [](const QString &row) { return row.startsWith(QLatin1String("import_batches|")); });
        QCOMPARE(after, beforeNoBatches);
    }

    void creatorOwnsTheGroup()
    {
        Database db;
        COHORT_OPEN_FRESH_WORKSPACE(db);
        FeedParser p;
        p.info.platform = Platform::WhatsApp;
        ChatRecord created;
        created.type = RecordType::Rename;
        created.actor = { QString(), QStringLiteral("Alice") };
        created.text = QStringLiteral("Book Club");
        created.groupCreated = true;
        created.wallSeconds = wall(2024, 3, 1, 8, 0);
        ChatRecord renamed = created; // a later rename by someone else is not a creation
        renamed.actor = { QString(), QStringLiteral("Bob") };
        renamed.groupCreated = false;
        renamed.wallSeconds = wall(2024, 3, 2, 8, 0);
        p.records = { created,
                      membershipRecord(RecordType::Join, QStringLiteral("Bob"),
                                       QStringLiteral("Alice"), wall(2024, 3, 1, 8, 1)),
                      renamed,
                      msg(QString(), QStringLiteral("Bob"), wall(2024, 3, 2, 9, 0),
                          QStringLiteral("hi")) };
        const ImportSummary s = run(db, p);
        QVERIFY2(s.ok(), qPrintable(s.errors.value(0).message));
        QCOMPARE(s.joins, 1); // Bob; creating the group is not joining it
        const auto membership = [&](const QString &name, const char *column) {
            return scalar(db,
                          QStringLiteral("SELECT ms.") + QLatin1String(column)
                              + QStringLiteral(" FROM memberships ms JOIN members m ON m.id = "
                                               "ms.member_id WHERE m.display_name = ?"),
                          { name });
        };
        // Alice never wrote, yet she is the owner and a member since the creation.
        QCOMPARE(membership(QStringLiteral("Alice"), "role").toString(), QStringLiteral("owner"));
        QCOMPARE(membership(QStringLiteral("Alice"), "joined_at").toLongLong(),
                 wall(2024, 3, 1, 8, 0));
        QCOMPARE(membership(QStringLiteral("Bob"), "role").toString(), QStringLiteral("member"));
        // A role the operator gave is not taken back by importing the chat again.
        QVERIFY(scalar(db,
                       QStringLiteral("UPDATE memberships SET role = 'operator' WHERE role = "
                                      "'owner' RETURNING role"))
                    .isValid());
        FeedParser again = p;
        QVERIFY(run(db, again).ok());
        QCOMPARE(membership(QStringLiteral("Alice"), "role").toString(),
                 QStringLiteral("operator"));
    }

    void reimportAndOverlap()
    {
        Database db;
        COHORT_OPEN_FRESH_WORKSPACE(db);
        const QString ann = QStringLiteral("Ann");
        FeedParser first;
        first.info.platform = Platform::WhatsApp;
        first.records = { msg(QString(), ann, wall(2024, 1, 1, 9, 0), QStringLiteral("a")),
                          msg(QString(), ann, wall(2024, 1, 1, 9, 0), QStringLiteral("+1")),
                          msg(QString(), ann, wall(2024, 1, 1, 9, 0, 30), QStringLiteral("+1")),
                          msg(QString(), ann, wall(2024, 1, 1, 9, 0, 59), QStringLiteral("+1")),
                          msg(QString(), ann, wall(2024, 1, 1, 9, 1), QStringLiteral("b")) };
        ImportSummary s = run(db, first);
        QVERIFY(s.ok());
        QCOMPARE(s.messages, 5);
        QCOMPARE(s.duplicates, 0);
        // Three identical messages in one minute are all kept.
        QCOMPARE(
            scalar(db, QStringLiteral("SELECT count(*) FROM messages WHERE body = '+1'")).toInt(),
            3);

        s = run(db, first);
        QCOMPARE(s.messages, 5);
        QCOMPARE(s.duplicates, 5);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM messages")).toInt(), 5);

        // A newer export overlapping the first: only the tail is new.
        FeedParser newer;
        newer.info.platform = Platform::WhatsApp;
        newer.records = first.records;
        newer.records.push_back(msg(QString(), ann, wall(2024, 1, 2, 9, 0), QStringLiteral("c")));
        newer.records.push_back(msg(QString(), ann, wall(2024, 1, 2, 9, 0), QStringLiteral("+1")));
        s = run(db, newer);
        QCOMPARE(s.messages, 7);
        QCOMPARE(s.duplicates, 5);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM messages")).toInt(), 7);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM import_batches")).toInt(), 3);
        QCOMPARE(
            scalar(db, QStringLiteral("SELECT sum(messages) FROM member_day_activity")).toInt(), 7);
    }

    void allOrNothing_data()
    {
        QTest::addColumn<bool>("cancel");
        QTest::newRow("parse error") << false;
        QTest::newRow("cancel") << true;
    }

    void allOrNothing()
    {
        QFETCH(bool, cancel);
        Database db;
        COHORT_OPEN_FRESH_WORKSPACE(db);
        FeedParser seed;
        seed.records = { msg(QStringLiteral("u1"), QStringLiteral("Ann"), wall(2024, 1, 1, 9, 0),
                             QStringLiteral("kept")) };
        QVERIFY(run(db, seed).ok());
        const QStringList before = dump(db);

        FeedParser p;
        p.info.name = QStringLiteral("Another chat");
        for (int i = 0; i < 1000; ++i) {
            p.records.push_back(msg(QStringLiteral("u") + QString::number(i % 7),
                                    QStringLiteral("N"), wall(2024, 1, 2, 9, 0) + i * 60,
                                    QStringLiteral("m"), i + 1));
            if (i % 100 == 0)
                p.records.push_back(
                    membershipRecord(RecordType::Join, QStringLiteral("J") + QString::number(i),
                                     QStringLiteral("Ann"), wall(2024, 1, 2, 9, 0) + i));
        }
        bool cancelled = false;
        ImportOptions options;
        if (cancel) {
            p.cancelAt = 900;
            p.cancelFlag = &cancelled;
            options.cancelled = [&cancelled] { return cancelled; };
        } else {
            p.failAt = 900;
        }
        const ImportSummary s = run(db, p, options);
        QCOMPARE(s.status,
                 cancel ? ImportSummary::Status::Cancelled : ImportSummary::Status::Error);
        if (!cancel) {
            QCOMPARE(s.errors.size(), 1);
            QCOMPARE(s.errors.first().line, p.records[900].line);
        }
        QCOMPARE(dump(db), before);
    }

    void rollupsMatchRecomputation()
    {
        Database db;
        COHORT_OPEN_FRESH_WORKSPACE(db);
        QVERIFY(db.setTimeZoneId(QStringLiteral("Asia/Shanghai")));
        FeedParser a;
        FeedParser b;
        for (int i = 0; i < 500; ++i) {
            ChatRecord r = msg(QStringLiteral("u") + QString::number(i % 11), QStringLiteral("N"),
                               wall(2024, 5, 1, 0, 0) + qint64(i) * 1777,
                               QStringLiteral("t") + QString::number(i % 3));
            (i < 300 ? a : b).records.push_back(r);
            if (i >= 250 && i < 300)
                b.records.push_back(r); // overlap
        }
        ImportOptions options;
        options.timeZoneId = QStringLiteral("America/New_York");
        QVERIFY(run(db, a, options).ok());
        QVERIFY(run(db, b, options).ok());
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM messages")).toInt(), 500);

        const QTimeZone zone("Asia/Shanghai");
        QMap<QString, int> dayExpected;
        QMap<QString, int> hourExpected;
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT group_id, member_id, sent_at FROM messages")));
        while (q.next()) {
            const QDateTime local = QDateTime::fromSecsSinceEpoch(q.value(2).toLongLong(), zone);
            const qint64 day = QDate(1970, 1, 1).daysTo(local.date());
            ++dayExpected[QStringLiteral("%1/%2/%3")
                              .arg(q.value(0).toLongLong())
                              .arg(day)
                              .arg(q.value(1).toLongLong())];
            ++hourExpected[QStringLiteral("%1/%2/%3")
                               .arg(q.value(0).toLongLong())
                               .arg(day)
                               .arg(local.time().hour())];
        }
        QMap<QString, int> dayStored;
        QVERIFY(q.exec(
            QStringLiteral("SELECT group_id, day, member_id, messages FROM member_day_activity")));
        while (q.next())
            dayStored[QStringLiteral("%1/%2/%3")
                          .arg(q.value(0).toLongLong())
                          .arg(q.value(1).toLongLong())
                          .arg(q.value(2).toLongLong())]
                = q.value(3).toInt();
        QMap<QString, int> hourStored;
        QVERIFY(q.exec(
            QStringLiteral("SELECT group_id, day, hour, messages FROM group_hour_activity")));
        while (q.next())
            hourStored[QStringLiteral("%1/%2/%3")
                           .arg(q.value(0).toLongLong())
                           .arg(q.value(1).toLongLong())
                           .arg(q.value(2).toLongLong())]
                = q.value(3).toInt();
        QCOMPARE(dayStored, dayExpected);
        QCOMPARE(hourStored, hourExpected);
    }

    void timeZoneAcrossDst_data()
    {
        QTest::addColumn<qint64>("wallTime");
        QTest::addColumn<qint64>("expectedUtc");
        QTest::newRow("winter") << wall(2026, 3, 29, 1, 30) << wall(2026, 3, 29, 0, 30);
        QTest::newRow("summer") << wall(2026, 3, 29, 3, 30) << wall(2026, 3, 29, 1, 30);
        QTest::newRow("summer evening") << wall(2026, 10, 24, 23, 0) << wall(2026, 10, 24, 21, 0);
        QTest::newRow("winter again") << wall(2026, 10, 25, 3, 30) << wall(2026, 10, 25, 2, 30);
    }

    void timeZoneAcrossDst()
    {
        QFETCH(qint64, wallTime);
        QFETCH(qint64, expectedUtc);
        Database db;
        COHORT_OPEN_FRESH_WORKSPACE(db);
        FeedParser p;
        // Neighbours in the same file exercise the per-hour offset cache.
        p.records
            = { msg(QStringLiteral("u"), QStringLiteral("U"), wallTime - 7200,
                    QStringLiteral("before")),
                msg(QStringLiteral("u"), QStringLiteral("U"), wallTime, QStringLiteral("probe")),
                msg(QStringLiteral("u"), QStringLiteral("U"), wallTime + 7200,
                    QStringLiteral("after")) };
        ImportOptions options;
        options.timeZoneId = QStringLiteral("Europe/Berlin");
        const ImportSummary s = run(db, p, options);
        QVERIFY(s.ok());
        QCOMPARE(scalar(db, QStringLiteral("SELECT sent_at FROM messages WHERE body = 'probe'"))
                     .toLongLong(),
                 expectedUtc);
        // Records with a true instant are taken as they are.
        ChatRecord exact
            = msg(QStringLiteral("u"), QStringLiteral("U"), wallTime, QStringLiteral("exact"));
        exact.hasUtc = true;
        exact.utcSeconds = 1700000000;
        FeedParser q;
        q.records = { exact };
        QVERIFY(run(db, q, options).ok());
        QCOMPARE(scalar(db, QStringLiteral("SELECT sent_at FROM messages WHERE body = 'exact'"))
                     .toLongLong(),
                 1700000000);
    }

    void workerThread()
    {
        // The GUI runs imports off its thread: the pipeline must use that thread's connection.
        Database db;
        COHORT_OPEN_FRESH_WORKSPACE(db);
        FeedParser p;
        for (int i = 0; i < 600; ++i)
            p.records.push_back(msg(QStringLiteral("u") + QString::number(i % 5),
                                    QStringLiteral("N"), wall(2024, 7, 1, 0, 0) + i * 61,
                                    QStringLiteral("w")));
        ImportSummary s;
        std::thread worker([&] {
            s = run(db, p);
            db.releaseThreadConnection();
        });
        worker.join();
        QVERIFY2(s.ok(), qPrintable(s.errors.value(0).message));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM messages")).toInt(), 600);
    }

    void solitaireKind_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("expected");
        const int text = int(MessageKind::Text);
        const int solitaire = int(MessageKind::Solitaire);
        QTest::newRow("hash 接龙")
            << QStringLiteral("#接龙 周五草莓\n1. 张三 2份") << text << solitaire;
        QTest::newRow("bare 接龙 with entries")
            << QStringLiteral("【接龙】周六面包\n1. Ann x2\n2. Bo 1 pack") << text << solitaire;
        QTest::newRow("copied list under a reply")
            << QStringLiteral("我也要\n#接龙 周五草莓\n1. 张三 2份\n2. 李四 1份") << text
            << solitaire;
        QTest::newRow("english sign-up list")
            << QStringLiteral("Sign-up list: Saturday bread\n1. Ann x2") << text << solitaire;
        QTest::newRow("hash signup, nobody yet")
            << QStringLiteral("#signup Saturday bread") << text << solitaire;
        QTest::newRow("shouted signup")
            << QStringLiteral("#SIGNUP bread\n1. Ann x2") << text << solitaire;
        QTest::newRow("chatter naming 接龙")
            << QStringLiteral("不好意思，我先退出这次接龙") << text << text;
        QTest::newRow("chatter naming sign")
            << QStringLiteral("Sign me up next time!") << text << text;
        QTest::newRow("plain text") << QStringLiteral("大家好") << text << text;
        QTest::newRow("media stays media")
            << QStringLiteral("#接龙 照片") << int(MessageKind::Media) << int(MessageKind::Media);
    }

    /// Every format's solitaire posts are stored as such, not only where the parser said so.
    void solitaireKind()
    {
        QFETCH(QString, text);
        QFETCH(int, kind);
        QFETCH(int, expected);
        Database db;
        COHORT_OPEN_FRESH_WORKSPACE(db);
        FeedParser p;
        p.records
            = { msg(QStringLiteral("u1"), QStringLiteral("Ann"), wall(2024, 6, 1, 12, 0), text) };
        p.records[0].kind = MessageKind(kind);
        QVERIFY(run(db, p).ok());
        QCOMPARE(scalar(db, QStringLiteral("SELECT kind FROM messages")).toInt(), expected);
    }

    void batchRow()
    {
        Database db;
        COHORT_OPEN_FRESH_WORKSPACE(db);
        FeedParser p;
        p.info = { Platform::Telegram, QStringLiteral("Book club"), QStringLiteral("4242") };
        p.records = { msg(QStringLiteral("u1"), QStringLiteral("Ann"), wall(2024, 6, 1, 12, 0),
                          QStringLiteral("x")),
                      membershipRecord(RecordType::Join, QStringLiteral("Bo"),
                                       QStringLiteral("Ann"), wall(2024, 6, 1, 12, 5)),
                      membershipRecord(RecordType::Leave, QStringLiteral("Bo"), QString(),
                                       wall(2024, 6, 2, 12, 5)),
                      msg(QStringLiteral("u1"), QStringLiteral("Ann"), wall(2024, 6, 3, 12, 0),
                          QStringLiteral("y")) };
        ChatRecord rename;
        rename.type = RecordType::Rename;
        rename.text = QStringLiteral("Book club 2024");
        rename.wallSeconds = wall(2024, 6, 2, 0, 0);
        p.records.push_back(rename);
        p.records[1].author.key = QStringLiteral("u2");
        p.records[2].author.key = QStringLiteral("u2");
        p.records[1].actor.key = QStringLiteral("u1");
        ImportOptions options;
        options.timeZoneId = QStringLiteral("Asia/Tokyo");
        const ImportSummary s = run(db, p, options, QStringLiteral("result.json"));
        QVERIFY(s.ok());
        QCOMPARE(s.groups, QStringList { QStringLiteral("Book club 2024") });
        QCOMPARE(s.first, QStringLiteral("2024-06-01T12:00:00"));
        QCOMPARE(s.last, QStringLiteral("2024-06-03T12:00:00"));
        QSqlQuery q(db.connection());
        QVERIFY(
            q.exec(QStringLiteral("SELECT file_name, format, sha256, time_zone, messages, "
                                  "duplicates, system_events, new_members, joins, leaves, "
                                  "warnings, first_at, last_at, group_id FROM import_batches")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("result.json"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("feed"));
        QCOMPARE(q.value(2).toString(), QStringLiteral("abc123"));
        QCOMPARE(q.value(3).toString(), QStringLiteral("Asia/Tokyo"));
        QCOMPARE(q.value(4).toInt(), 2);
        QCOMPARE(q.value(5).toInt(), 0);
        QCOMPARE(q.value(6).toInt(), 3);
        QCOMPARE(q.value(7).toInt(), 2);
        QCOMPARE(q.value(8).toInt(), 1);
        QCOMPARE(q.value(9).toInt(), 1);
        QCOMPARE(q.value(10).toInt(), 0);
        QCOMPARE(q.value(11).toLongLong(), wall(2024, 6, 1, 3, 0));
        QCOMPARE(q.value(12).toLongLong(), wall(2024, 6, 3, 3, 0));
        // Found again by the chat id after the rename, so a re-import lands in the same group.
        FeedParser again = p;
        const ImportSummary s2 = run(db, again, options, QStringLiteral("result.json"));
        QCOMPARE(s2.groupIds, s.groupIds);
        QCOMPARE(s2.duplicates, 2);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM chat_groups")).toInt(), 1);
    }
};

QTEST_GUILESS_MAIN(TestImportPipeline)
#include "tst_importpipeline.moc"
