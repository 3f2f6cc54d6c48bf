#include "models/commands/deletegroupscommand.h"
#include "storage/checkedquery.h"
#include "storage/database.h"
#include "storage/grouprepository.h"
#include "storage/grouptrash.h"
#include "storage/memberrepository.h"
#include "storage/orderrepository.h"
#include "storage/productrepository.h"

#include <QSqlQuery>
#include <QTest>
#include <QUndoStack>

using namespace cohort;

/// Deleting a group cascades to its seats, events, messages, violations, links and roll-ups and
/// clears the group and source message of orders and import batches: undo brings every row and
/// link back, redo takes them again.
class TestGroupDeleteUndo : public QObject
{
    Q_OBJECT

    std::unique_ptr<Database> m_db;
    qint64 m_group = 0;
    qint64 m_other = 0;
    qint64 m_order = 0;

    bool exec(const QString &sql, const QVariantList &values = {})
    {
        QSqlQuery q(m_db->connection());
        q.prepare(sql);
        for (const QVariant &v : values)
            q.addBindValue(v);
        if (!q.exec()) {
            qWarning("%s", qPrintable(sql));
            return false;
        }
        return true;
    }

    /// Rows of every table that refers to the group, and the links that point at it.
    QString census() const
    {
        QStringList parts;
        const QStringList tables { QStringLiteral("memberships"),
                                   QStringLiteral("membership_events"),
                                   QStringLiteral("messages"),
                                   QStringLiteral("rule_violations"),
                                   QStringLiteral("campaign_groups"),
                                   QStringLiteral("partner_groups"),
                                   QStringLiteral("member_day_activity"),
                                   QStringLiteral("group_hour_activity") };
        QSqlQuery q(m_db->connection());
        for (const QString &table : tables) {
            q.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table);
            q.next();
            parts << table + QLatin1Char('=') + q.value(0).toString();
        }
        q.exec(QStringLiteral("SELECT group_id, source_message_id FROM orders WHERE id = %1")
                   .arg(m_order));
        q.next();
        parts << QStringLiteral("order=") + q.value(0).toString() + QLatin1Char('/')
                + q.value(1).toString();
        q.exec(QStringLiteral("SELECT group_id FROM import_batches"));
        q.next();
        parts << QStringLiteral("batch=") + q.value(0).toString();
        q.exec(QStringLiteral("SELECT body FROM messages ORDER BY id"));
        while (q.next())
            parts << q.value(0).toString();
        return parts.join(QLatin1Char(' '));
    }

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<Database>();
        QVERIFY(!m_db->openInMemory().isError());
        GroupRepository groups(*m_db);
        Group g;
        g.name = QStringLiteral("Fruit");
        QVERIFY(groups.insert(g));
        m_group = g.id;
        Group other;
        other.name = QStringLiteral("Tea");
        QVERIFY(groups.insert(other));
        m_other = other.id;
        Member m;
        m.displayName = QStringLiteral("李娜");
        QVERIFY(MemberRepository(*m_db).insert(m));
        Product p;
        p.name = QStringLiteral("Grapes");
        p.price = Money(1000, QStringLiteral("CNY"));
        QVERIFY(ProductRepository(*m_db).insert(p));

        QVERIFY(exec(
            QStringLiteral("INSERT INTO import_batches (id, group_id, file_name, format, "
                           "sha256, imported_at) VALUES (7, ?, 'chat.txt', 'whatsapp', 'x', 1)"),
            { m_group }));
        QVERIFY(
            exec(QStringLiteral("INSERT INTO memberships (group_id, member_id, role, joined_at) "
                                "VALUES (?, ?, 'partner', 100), (?, ?, 'member', 100)"),
                 { m_group, m.id, m_other, m.id }));
        QVERIFY(exec(QStringLiteral("INSERT INTO membership_events (group_id, member_id, kind, at, "
                                    "batch_id, fingerprint) VALUES (?, ?, 'join', 100, 7, 11)"),
                     { m_group, m.id }));
        QVERIFY(exec(QStringLiteral("INSERT INTO messages (id, group_id, member_id, sent_at, kind, "
                                    "body, batch_id, fingerprint) VALUES (41, ?, ?, 200, 3, "
                                    "'#接龙 葡萄', 7, 1), (42, ?, ?, 300, 0, 'hello', 7, 2), "
                                    "(43, ?, ?, 300, 0, 'tea time', NULL, 3)"),
                     { m_group, m.id, m_group, m.id, m_other, m.id }));
        QVERIFY(exec(QStringLiteral("INSERT INTO rule_violations (group_id, member_id, message_id, "
                                    "rule, at) VALUES (?, ?, 42, 'ads', 300)"),
                     { m_group, m.id }));
        QVERIFY(exec(QStringLiteral("INSERT INTO member_day_activity (group_id, day, member_id, "
                                    "messages) VALUES (?, 1, ?, 2), (?, 1, ?, 1)"),
                     { m_group, m.id, m_other, m.id }));
        QVERIFY(
            exec(QStringLiteral("INSERT INTO group_hour_activity (group_id, day, hour, messages) "
                                "VALUES (?, 1, 8, 2)"),
                 { m_group }));
        QVERIFY(exec(QStringLiteral("INSERT INTO campaigns (id, name, type) VALUES (3, 'Buy', "
                                    "'solitaire_group_buy')")));
        QVERIFY(exec(
            QStringLiteral("INSERT INTO campaign_groups (campaign_id, group_id) VALUES (3, ?)"),
            { m_group }));
        QVERIFY(exec(QStringLiteral("INSERT INTO partners (member_id, rate_bp) VALUES (?, 800)"),
                     { m.id }));
        QVERIFY(
            exec(QStringLiteral("INSERT INTO partner_groups (member_id, group_id) VALUES (?, ?)"),
                 { m.id, m_group }));
        Order o;
        o.memberId = m.id;
        o.productId = p.id;
        o.groupId = m_group;
        o.unitPrice = p.price;
        o.orderedAt = QDateTime::fromSecsSinceEpoch(250, Qt::UTC);
        o.sourceMessageId = 41;
        QVERIFY(OrderRepository(*m_db).insert(o));
        m_order = o.id;
    }

    void cleanup() { m_db.reset(); }

    void undoBringsEveryRowAndLinkBack()
    {
        const QString before = census();
        QVERIFY2(before.contains(QStringLiteral("messages=3")), qPrintable(before));
        QStringList errors;
        QUndoStack stack;
        stack.push(new DeleteGroupsCommand(*m_db, { m_group },
                                           [&](const QString &message) { errors << message; }));
        const QString deleted = census();
        QVERIFY2(deleted.contains(QStringLiteral("messages=1")), qPrintable(deleted));
        QVERIFY2(deleted.contains(QStringLiteral("order=/")), qPrintable(deleted));
        QVERIFY(!GroupRepository(*m_db).find(m_group));

        stack.undo();
        QCOMPARE(census(), before);
        QVERIFY(GroupRepository(*m_db).find(m_group));
        stack.redo();
        QCOMPARE(census(), deleted);
        stack.undo();
        QCOMPARE(census(), before);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_key_check")));
        QVERIFY(!q.next());
        QCOMPARE(GroupTrash(*m_db).batchCount(), qint64(0)); // undone: nothing left in the trash
    }

    /// A read that fails while the deletion moves rows aborts it with a message: nothing is
    /// deleted and no command stays on the stack.
    void failedReadAbortsTheDelete()
    {
        const QString before = census();
        QStringList errors;
        QUndoStack stack;
        CheckedQuery::failMatching(QStringLiteral("FROM messages WHERE group_id"), 1);
        stack.push(new DeleteGroupsCommand(*m_db, { m_group },
                                           [&](const QString &message) { errors << message; }));
        CheckedQuery::clearFailures();
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.first().contains(QStringLiteral("disk I/O error")),
                 qPrintable(errors.first()));
        QCOMPARE(stack.count(), 0);
        QCOMPARE(census(), before);
        QVERIFY(GroupRepository(*m_db).find(m_group));
        QCOMPARE(GroupTrash(*m_db).batchCount(), qint64(0));
    }

    /// A command the undo limit pushes off the stack takes its trash batch with it, and so does
    /// clearing the stack; the deletions stay.
    void commandsLeavingTheStackPurgeTheirTrash()
    {
        const QString before = census();
        QUndoStack stack;
        stack.setUndoLimit(1);
        auto *first = new DeleteGroupsCommand(*m_db, { m_group });
        stack.push(first);
        const qint64 firstBatch = first->trashBatch();
        QVERIFY(firstBatch > 0);
        auto *second = new DeleteGroupsCommand(*m_db, { m_other });
        stack.push(second);
        QCOMPARE(stack.count(), 1);
        // The batch the stack let go is purged by a job of the workspace.
        QTRY_COMPARE(GroupTrash(*m_db).batchCount(), qint64(1));
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT DISTINCT trash_batch FROM trash_messages")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toLongLong(), second->trashBatch());
        QVERIFY(!q.next());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM trash_links")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0); // the order and batch links were the first group's
        q.finish(); // an in-memory workspace's open read would lock the purge job out

        stack.clear();
        QTRY_COMPARE(GroupTrash(*m_db).batchCount(), qint64(0));
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM trash_messages")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM chat_groups")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        QVERIFY(census() != before);
    }

    /// A deletion a job already did is pushed without doing it again; undo still restores it.
    void pushingADeletionDoneInTheBackground()
    {
        const QString before = census();
        GroupTrash trash(*m_db);
        const qint64 batch = trash.moveToTrash({ m_group });
        QVERIFY(batch > 0);
        const QString deleted = census();
        QUndoStack stack;
        stack.push(new DeleteGroupsCommand(*m_db, { m_group }, batch));
        QCOMPARE(census(), deleted);
        QCOMPARE(trash.batchCount(), qint64(1));
        stack.undo();
        QCOMPARE(census(), before);
        QCOMPARE(trash.batchCount(), qint64(0));
        stack.redo();
        QCOMPARE(census(), deleted);
    }
};

QTEST_GUILESS_MAIN(TestGroupDeleteUndo)
#include "tst_groupdeleteundo.moc"
