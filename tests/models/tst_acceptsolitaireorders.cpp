#include "import/importpipeline.h"
#include "import/solitaire/solitaireorderplanner.h"
#include "models/commands/acceptsolitaireorderscommand.h"
#include "storage/database.h"
#include "storage/orderrepository.h"
#include "storage/productrepository.h"
#include "testsupport.h"

#include <QSqlQuery>
#include <QTest>
#include <QUndoStack>

using namespace cohort;
using namespace cohort::import;

namespace {

qint64 count(const Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

} // namespace

/// Accepting a thread's proposed orders: one transaction, idempotent, undoable.
class TestAcceptSolitaireOrders : public QObject
{
    Q_OBJECT

    std::unique_ptr<Database> m_database; ///< a fresh workspace per test function
    Database &db() const { return *m_database; }
    qint64 m_group = 0;
    qint64 m_product = 0;

    SolitaireBook grapes() const { return SolitaireDetector::detect(db(), m_group).at(0); }

    QList<SolitaireProposal> proposals() const
    {
        const SolitaireBook book = grapes();
        const SolitairePricing pricing { 0, m_product, Money(5800, QStringLiteral("CNY")) };
        return SolitaireOrderPlanner::plan(book, pricing,
                                           SolitaireRepository(db()).ordersFrom(book.messageIds));
    }

private Q_SLOTS:
    void init()
    {
        m_database = std::make_unique<Database>();
        QVERIFY(!db().openInMemory().isError());
        ImportOptions options;
        options.timeZoneId = QStringLiteral("UTC");
        const ImportSummary summary = ImportPipeline(db()).importFile(
            test::dataPath(QStringLiteral("solitaire/fruit_group_whatsapp.txt")), options);
        QVERIFY(summary.ok());
        m_group = summary.groupIds.first();
        Product p;
        p.name = QStringLiteral("阳光玫瑰葡萄 2斤");
        p.price = Money(5800, QStringLiteral("CNY"));
        QVERIFY(ProductRepository(db()).insert(p));
        m_product = p.id;
    }

    void acceptOnce()
    {
        const QList<Order> ready = SolitaireOrderPlanner::readyOrders(proposals());
        QCOMPARE(ready.size(), 3); // 王芳, 张伟, 陈静; 小美 is nobody in the group
        QUndoStack stack;
        auto *command = new AcceptSolitaireOrdersCommand(db(), ready, grapes().thread.title);
        stack.push(command);
        QVERIFY(!command->failed());
        QCOMPARE(count(db(), QStringLiteral("SELECT count(*) FROM orders")), 3);
        QCOMPARE(count(db(), QStringLiteral("SELECT sum(total_minor) FROM orders")), 7 * 5800);
        QCOMPARE(count(db(),
                       QStringLiteral("SELECT count(*) FROM orders WHERE channel = 'solitaire' "
                                      "AND source_message_id IS NOT NULL")),
                 3);
        // The member roll-up follows in the same transaction.
        QCOMPARE(count(db(), QStringLiteral("SELECT sum(order_count) FROM members")), 3);

        // Shown again, every matched entry is in Orders and nothing is left to accept.
        const QList<SolitaireProposal> after = proposals();
        QVERIFY(SolitaireOrderPlanner::readyOrders(after).isEmpty());
        QCOMPARE(std::count_if(after.cbegin(), after.cend(),
                               [](const SolitaireProposal &p) {
                                   return p.status == SolitaireProposal::Status::Accepted;
                               }),
                 3);
    }

    void acceptingTwiceIsRefused()
    {
        QList<Order> ready = SolitaireOrderPlanner::readyOrders(proposals());
        QList<Order> again = ready;
        SolitaireRepository repository(db());
        QVERIFY(repository.insertOrders(ready));
        // A stale copy of the same proposals (a second window, say) meets the unique source link
        // and none of it is written.
        QVERIFY(!repository.insertOrders(again));
        QVERIFY(!repository.lastError().message.isEmpty());
        QCOMPARE(again.first().id, 0);
        QCOMPARE(count(db(), QStringLiteral("SELECT count(*) FROM orders")), 3);
    }

    void undoRedo()
    {
        QUndoStack stack;
        stack.push(new AcceptSolitaireOrdersCommand(
            db(), SolitaireOrderPlanner::readyOrders(proposals()), grapes().thread.title));
        QCOMPARE(stack.count(), 1);
        QVERIFY(stack.text(0).contains(grapes().thread.title));
        const auto *command = static_cast<const AcceptSolitaireOrdersCommand *>(stack.command(0));
        QList<qint64> ids;
        for (const Order &o : command->orders())
            ids << o.id;
        // Marked paid meanwhile: undo and redo keep that.
        QVERIFY(OrderRepository(db()).setStatus({ ids.first() }, OrderStatus::Paid));

        stack.undo();
        QCOMPARE(count(db(), QStringLiteral("SELECT count(*) FROM orders")), 0);
        QCOMPARE(count(db(), QStringLiteral("SELECT sum(order_count) FROM members")), 0);
        QCOMPARE(SolitaireOrderPlanner::readyOrders(proposals()).size(), 3);

        stack.redo();
        QCOMPARE(count(db(), QStringLiteral("SELECT count(*) FROM orders")), 3);
        QList<Order> back = OrderRepository(db()).findMany(ids);
        QCOMPARE(back.size(), 3);
        QCOMPARE(OrderRepository(db()).find(ids.first())->status, OrderStatus::Paid);
        QVERIFY(SolitaireOrderPlanner::readyOrders(proposals()).isEmpty());
    }

    void failureWritesNothing()
    {
        QList<Order> ready = SolitaireOrderPlanner::readyOrders(proposals());
        ready.last().memberId = 999999; // no such member: the last insert fails
        QString error;
        QUndoStack stack;
        stack.push(new AcceptSolitaireOrdersCommand(db(), ready, QStringLiteral("x"),
                                                    [&error](const QString &m) { error = m; }));
        QVERIFY(!error.isEmpty());
        QCOMPARE(stack.count(), 0); // obsolete: dropped from the stack
        QCOMPARE(count(db(), QStringLiteral("SELECT count(*) FROM orders")), 0);
    }
};

QTEST_GUILESS_MAIN(TestAcceptSolitaireOrders)
#include "tst_acceptsolitaireorders.moc"
