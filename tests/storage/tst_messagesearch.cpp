#include "storage/checkedquery.h"
#include "storage/database.h"
#include "storage/grouptrash.h"
#include "storage/listquery.h"
#include "storage/listspecs.h"
#include "storage/messageindexer.h"
#include "storage/sqltransaction.h"

#include <QRandomGenerator>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace cohort;

namespace {

/// SQLite's LIKE folds ASCII letters only: the reference does the same, in C++.
QString asciiLower(QString text)
{
    for (QChar &c : text) {
        if (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
            c = QChar(c.unicode() + 32);
    }
    return text;
}

bool contains(const QString &value, const QString &text)
{
    return asciiLower(value).contains(asciiLower(text));
}

bool exec(QSqlQuery &q, const QString &sql, const QVariantList &binds = {})
{
    q.prepare(sql);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec()) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return false;
    }
    return true;
}

/// Words of the generated messages: common and rare, English and Chinese, mixed case, LIKE
/// wildcards and FTS5 syntax.
const QStringList &words()
{
    static const QStringList list = {
        QStringLiteral("meeting"),    QStringLiteral("hello"),   QStringLiteral("Birthday"),
        QStringLiteral("PARTY"),      QStringLiteral("coffee"),  QStringLiteral("明白"),
        QStringLiteral("周末"),       QStringLiteral("开会"),    QStringLiteral("恭喜恭喜"),
        QStringLiteral("图片"),       QStringLiteral("50%"),     QStringLiteral("a_b"),
        QStringLiteral("x\\y"),       QStringLiteral("O'Brien"), QStringLiteral("\"quoted\""),
        QStringLiteral("NEAR(a b)"),  QStringLiteral("😀ok"),     QStringLiteral("Élodie"),
        QStringLiteral("Жук"),        QStringLiteral("⚽"),       QStringLiteral("你\u3000好"),
        QStringLiteral("cafe\u0301"), QStringLiteral("王"),
    };
    return list;
}

/// What is typed: whole words, substrings across words, 1-2 characters (no trigram), case,
/// wildcards, query syntax, author names and absent words.
const QStringList &queries()
{
    static const QStringList list = {
        QStringLiteral("m"),
        QStringLiteral("me"),
        QStringLiteral("mee"),
        QStringLiteral("MEETING"),
        QStringLiteral("ting hel"),
        QStringLiteral("hello"),
        QStringLiteral("birthday party"),
        QStringLiteral("明"),
        QStringLiteral("明白"),
        QStringLiteral("白周末"),
        QStringLiteral("恭喜恭"),
        QStringLiteral("50%"),
        QStringLiteral("%"),
        QStringLiteral("_"),
        QStringLiteral("a_b"),
        QStringLiteral("x\\y"),
        QStringLiteral("'"),
        QStringLiteral("O'B"),
        QStringLiteral("\"quo"),
        QStringLiteral("NEAR(a"),
        QStringLiteral("😀"),
        QStringLiteral("😀o"),
        QStringLiteral("élo"),
        QStringLiteral("ÉLO"),
        QStringLiteral("王芳"),
        QStringLiteral("Anna"),
        QStringLiteral("nna"),
        QStringLiteral("zzz"),
        QStringLiteral("quokka"),
        QStringLiteral("新词"),
        // One or two characters with something beyond ASCII: through messages_grams, whose
        // tokenizer folds case where LIKE does not (Ж, ж), and whatever else a body holds.
        QStringLiteral("Ж"),
        QStringLiteral("ж"),
        QStringLiteral("жу"),
        QStringLiteral("⚽"),
        QStringLiteral("王"),
        QStringLiteral("é"),
        QStringLiteral("É"),
        QStringLiteral("\u0301"),
        QStringLiteral("e\u0301"),
        QStringLiteral("你\u3000"),
        QStringLiteral("\u3000好"),
        QStringLiteral("喵"),
    };
    return list;
}

} // namespace

/// The Messages list's search through the full-text index (migration 0011) returns what a plain
/// ASCII-case-insensitive substring test of body and author name returns: before indexing,
/// part way (index and scan mixed), indexed, after a group deletion and its undo, after an
/// import's messages are removed, after freed ids are taken again, and after an interrupted
/// indexer resumed in a reopened workspace.
class TestMessageSearch : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    QRandomGenerator m_rng { 1515 };
    qint64 m_nextSentAt = 1700000000;

    QString path() const { return m_dir.filePath(QStringLiteral("search.cohort")); }

    QString randomBody()
    {
        QStringList parts;
        const int n = 1 + int(m_rng.bounded(6));
        for (int i = 0; i < n; ++i) {
            // Common words often, the rest rarely; Chinese sometimes glued together.
            const int pick = m_rng.bounded(100) < 60 ? int(m_rng.bounded(6))
                                                     : int(m_rng.bounded(words().size()));
            parts << words().at(pick);
        }
        return parts.join(m_rng.bounded(3) == 0 ? QString() : QStringLiteral(" "));
    }

    /// `count` messages of `group` from random members, as an import writes them (no trigger
    /// indexes them), under a new import batch.
    qint64 addMessages(qint64 group, int count)
    {
        SqlTransaction tx(*m_db);
        if (!tx.isActive())
            return 0;
        QSqlQuery q(tx.connection());
        if (!exec(q,
                  QStringLiteral("INSERT INTO import_batches (group_id, file_name, format, sha256, "
                                 "imported_at) VALUES (?, 'chat.txt', 'whatsapp', '', 0)"),
                  { group }))
            return 0;
        const qint64 batch = q.lastInsertId().toLongLong();
        const qint64 members
            = CheckedQuery(tx.connection(), QStringLiteral("SELECT count(*) FROM members"))
                  .scalar()
                  .toLongLong();
        for (int i = 0; i < count; ++i) {
            const QVariant member = m_rng.bounded(20) == 0
                ? QVariant(QMetaType(QMetaType::LongLong))
                : QVariant(qint64(1 + m_rng.bounded(members)));
            if (!exec(q,
                      QStringLiteral("INSERT INTO messages (group_id, member_id, sent_at, body, "
                                     "batch_id, fingerprint) VALUES (?, ?, ?, ?, ?, ?)"),
                      { group, member, m_nextSentAt + m_rng.bounded(50000), randomBody(), batch,
                        qint64(m_rng.generate64() >> 1) }))
                return 0;
        }
        m_nextSentAt += 10000;
        tx.touch(Table::Messages);
        return tx.commit() ? batch : 0;
    }

    QSet<qint64> expected(const QString &text, qint64 group) const
    {
        const QString needle = text.trimmed();
        QSet<qint64> ids;
        QSqlQuery q(m_db->connection());
        q.exec(QStringLiteral("SELECT msg.id, msg.body, m.display_name, msg.group_id FROM messages "
                              "msg LEFT JOIN members m ON m.id = msg.member_id"));
        while (q.next()) {
            if (group > 0 && q.value(3).toLongLong() != group)
                continue;
            if (contains(q.value(1).toString(), needle) || contains(q.value(2).toString(), needle))
                ids.insert(q.value(0).toLongLong());
        }
        return ids;
    }

    /// Count, one big page and seek paging in small pages agree with `expected`.
    static void checkQuery(const ListQuery &query, const ListFilter &filter,
                           const QSet<qint64> &expected)
    {
        QCOMPARE(query.count(filter), qint64(expected.size()));
        const ListPage all = query.page(filter, {}, 0, 1000000);
        QList<qint64> ids;
        for (const ListRow &row : all.rows)
            ids << row.id;
        QCOMPARE(QSet<qint64>(ids.cbegin(), ids.cend()), expected);
        QCOMPARE(ids.size(), expected.size());
        QList<qint64> seek;
        ListCursor cursor;
        const int pageSize = 256;
        for (int guard = 0; guard < 1000; ++guard) {
            const ListPage page = query.pageAfter(filter, {}, cursor, pageSize);
            for (const ListRow &row : page.rows)
                seek << row.id;
            if (page.rows.size() < pageSize)
                break;
            cursor = page.last;
        }
        QCOMPARE(seek, ids);
    }

    void checkAll()
    {
        // The index's own consistency: a deletion of a row it never held would break it.
        QSqlQuery q(m_db->connection());
        for (const char *index : { "messages_search", "messages_grams" }) {
            QVERIFY2(q.exec(QStringLiteral("INSERT INTO %1 (%1) VALUES ('integrity-check')")
                                .arg(QLatin1String(index))),
                     qPrintable(q.lastError().text()));
        }
        // messages_grams only proposes rows, which the search then tests, so a row it kept
        // after its message was deleted would go unnoticed by the searches: its tokens must
        // count exactly the indexed messages holding them (either case of Ж).
        QVERIFY2(q.exec(QStringLiteral("CREATE VIRTUAL TABLE IF NOT EXISTS temp.grams_vocab "
                                       "USING fts5vocab(main, messages_grams, row)")),
                 qPrintable(q.lastError().text()));
        for (const QString &token : { QStringLiteral("ж"), QStringLiteral("⚽"),
                                      QStringLiteral("王"), QStringLiteral("好") }) {
            const qint64 indexed = CheckedQuery(*m_db,
                                                QStringLiteral("SELECT coalesce(sum(doc), 0) FROM "
                                                               "grams_vocab WHERE term = ?"))
                                       .bind(token)
                                       .scalar()
                                       .toLongLong();
            const qint64 holding
                = CheckedQuery(
                      *m_db,
                      QStringLiteral("SELECT count(*) FROM messages WHERE id <= (SELECT "
                                     "indexed_through FROM message_index_state) AND id NOT IN "
                                     "(SELECT id FROM message_index_pending) AND (instr(body, ?) "
                                     "> 0 OR instr(body, ?) > 0)"))
                      .bind(token)
                      .bind(token.toUpper())
                      .scalar()
                      .toLongLong();
            QCOMPARE(indexed, holding);
        }
        ListQuery messages(*m_db, ListSpecs::messages(m_db->dialect()));
        for (const QString &text : queries()) {
            for (const qint64 group : { qint64(0), qint64(2) }) {
                ListFilter filter;
                filter.text = text;
                if (group > 0)
                    filter.values.insert(ListSpecs::Group, group);
                checkQuery(messages, filter, expected(text, group));
                if (QTest::currentTestFailed()) {
                    qWarning("text \"%s\", group %lld", qPrintable(text), group);
                    return;
                }
            }
        }
    }

    qint64 scalar(const QString &sql) const
    {
        return CheckedQuery(*m_db, sql).scalar().toLongLong();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = std::make_unique<Database>();
        QVERIFY(!m_db->open(path(), Database::OpenMode::CreateOrOpen).isError());
        SqlTransaction tx(*m_db);
        QVERIFY(tx.isActive());
        QSqlQuery q(tx.connection());
        for (int g = 1; g <= 3; ++g)
            QVERIFY(exec(q,
                         QStringLiteral("INSERT INTO chat_groups (id, platform, name, created_at) "
                                        "VALUES (?, 'whatsapp', ?, 0)"),
                         { g, QStringLiteral("G%1").arg(g) }));
        const QStringList names = { QStringLiteral("王芳"),         QStringLiteral("Anna"),
                                    QStringLiteral("Meeting Room"), QStringLiteral("hello kitty"),
                                    QStringLiteral("李明白"),       QStringLiteral("Bob") };
        for (int i = 0; i < 60; ++i)
            QVERIFY(exec(q,
                         QStringLiteral("INSERT INTO members (display_name, created_at) "
                                        "VALUES (?, 0)"),
                         { QString(names.at(i % names.size()) + QString::number(i)) }));
        QVERIFY(tx.commit());
        // Enough rows that common words take the walk plan (ListQuery::SetPlanRows) and rare
        // ones the set plan.
        QVERIFY(addMessages(1, 3000));
        QVERIFY(addMessages(2, 2500));
        QVERIFY(addMessages(3, 1500));
    }

    void notIndexedSearchesByScanning()
    {
        MessageIndexer indexer(*m_db);
        QCOMPARE(indexer.backlog(), 7000);
        QVERIFY(indexer.isBehind());
        checkAll();
    }

    void partlyIndexedMixesIndexAndScan()
    {
        MessageIndexer indexer(*m_db);
        QCOMPARE(indexer.indexChunk(2500), 2500);
        QCOMPARE(indexer.backlog(), 4500);
        QCOMPARE(scalar(QStringLiteral("SELECT indexed_through FROM message_index_state")),
                 scalar(QStringLiteral("SELECT id FROM messages ORDER BY id LIMIT 1 OFFSET 2499")));
        checkAll();
    }

    void failedChunkChangesNothingAndResumes()
    {
        MessageIndexer indexer(*m_db);
        CheckedQuery::failMatching(QStringLiteral("SELECT indexed_through FROM"), 1);
        QCOMPARE(indexer.indexChunk(1000), -1);
        CheckedQuery::clearFailures();
        QVERIFY(indexer.lastError().isError());
        QCOMPARE(indexer.backlog(), 4500);
        checkAll();
    }

    void resumesInReopenedWorkspace()
    {
        {
            MessageIndexer indexer(*m_db);
            QCOMPARE(indexer.indexChunk(1000), 1000);
        }
        m_db = std::make_unique<Database>();
        QVERIFY(!m_db->open(path()).isError());
        MessageIndexer indexer(*m_db);
        QCOMPARE(indexer.backlog(), 3500);
        QList<qint64> steps;
        QVERIFY(
            indexer.catchUp(1000, {}, [&](qint64 done, qint64 total) { steps << done << total; }));
        QCOMPARE(steps.mid(0, 2), (QList<qint64> { 1000, 3500 }));
        QCOMPARE(steps.mid(steps.size() - 2), (QList<qint64> { 3500, 3500 }));
        QCOMPARE(indexer.backlog(), 0);
        QVERIFY(!indexer.isBehind());
        QCOMPARE(indexer.indexChunk(), 0);
        checkAll();
    }

    void newMessagesAreScannedUntilIndexed()
    {
        QVERIFY(addMessages(2, 400));
        MessageIndexer indexer(*m_db);
        QCOMPARE(indexer.backlog(), 400);
        checkAll();
        QVERIFY(indexer.catchUp(MessageIndexer::DefaultChunk, {}, {}));
        checkAll();
    }

    void groupDeletionAndUndo()
    {
        GroupTrash trash(*m_db);
        const qint64 batch = trash.moveToTrash({ 2 });
        QVERIFY2(batch > 0, qPrintable(trash.lastError().message));
        MessageIndexer indexer(*m_db);
        QVERIFY(!indexer.isBehind()); // the deletion took its rows out of the index at once
        checkAll();
        QVERIFY2(trash.restore(batch), qPrintable(trash.lastError().message));
        // The rows are back below the mark: queued, and found by the scan until indexed.
        QCOMPARE(indexer.backlog(),
                 scalar(QStringLiteral("SELECT count(*) FROM messages WHERE group_id = 2")));
        checkAll();
        QCOMPARE(indexer.indexChunk(700), 700); // part of the queue
        checkAll();
        // Deleted again while part of it is still queued.
        const qint64 again = trash.moveToTrash({ 2 });
        QVERIFY(again > 0);
        QCOMPARE(indexer.backlog(), 0);
        checkAll();
        QVERIFY(trash.restore(again));
        QVERIFY(indexer.catchUp(MessageIndexer::DefaultChunk, {}, {}));
        QVERIFY(!indexer.isBehind());
        checkAll();
    }

    void removedImportLeavesTheIndex()
    {
        // An import's messages go with its batch (ON DELETE CASCADE), indexed or not.
        const qint64 indexedBatch = scalar(QStringLiteral("SELECT min(id) FROM import_batches"));
        const qint64 newBatch = addMessages(1, 300);
        QVERIFY(newBatch > 0);
        MessageIndexer indexer(*m_db);
        QCOMPARE(indexer.indexChunk(100), 100);
        for (const qint64 batch : { indexedBatch, newBatch }) {
            SqlTransaction tx(*m_db);
            QSqlQuery q(tx.connection());
            QVERIFY(exec(q, QStringLiteral("DELETE FROM import_batches WHERE id = ?"), { batch }));
            tx.touch(Table::Messages | Table::ImportBatches);
            QVERIFY(tx.commit());
            QCOMPARE(
                scalar(
                    QStringLiteral("SELECT count(*) FROM messages WHERE batch_id = %1").arg(batch)),
                0);
            checkAll();
        }
        QVERIFY(!indexer.isBehind());
    }

    void freedIdsTakenAgainCountAsNotIndexed()
    {
        // The newest messages are deleted, and new ones take their ids again (SQLite reuses the
        // largest): they were indexed under those ids before, but are not now.
        const qint64 top = scalar(QStringLiteral("SELECT max(id) FROM messages"));
        const qint64 group
            = scalar(QStringLiteral("SELECT group_id FROM messages WHERE id = %1").arg(top));
        GroupTrash trash(*m_db);
        const qint64 batch = trash.moveToTrash({ group });
        QVERIFY(batch > 0);
        QVERIFY(trash.purge(batch));
        QVERIFY(scalar(QStringLiteral("SELECT indexed_through FROM message_index_state")) < top);
        QSqlQuery q(m_db->connection());
        QVERIFY(exec(q,
                     QStringLiteral("INSERT INTO chat_groups (id, platform, name, created_at) "
                                    "VALUES (?, 'whatsapp', 'again', 0)"),
                     { group }));
        QVERIFY(addMessages(group, 500));
        QVERIFY(
            scalar(QStringLiteral("SELECT min(id) FROM messages WHERE group_id = %1").arg(group))
            <= top);
        MessageIndexer indexer(*m_db);
        QCOMPARE(indexer.backlog(), 500);
        checkAll();
        QVERIFY(indexer.catchUp(MessageIndexer::DefaultChunk, {}, {}));
        checkAll();
    }
};

QTEST_GUILESS_MAIN(TestMessageSearch)
#include "tst_messagesearch.moc"
