#include "models/commands/setorderstatuscommand.h"
#include "storage/database.h"
#include "storage/memberrepository.h"
#include "storage/orderrepository.h"
#include "storage/productrepository.h"

#include <QSqlQuery>
#include <QTest>
#include <QUndoStack>

using namespace cohort;

/// SetOrderStatusCommand on a QUndoStack: one status for many orders, undo restores each
/// order's own previous status, redo repeats; member spend follows refunds.
class TestSetOrderStatusCommand : public QObject
{
    Q_OBJECT

    std::unique_ptr<Database> m_db;
    QList<qint64> m_orders;
    qint64 m_member = 0;

    OrderStatus status(qint64 id) const { return OrderRepository(*m_db).find(id)->status; }

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<Database>();
        QVERIFY(!m_db->openInMemory().isError());
        Member m;
        m.displayName = QStringLiteral("Wang Fang");
        QVERIFY(MemberRepository(*m_db).insert(m));
        m_member = m.id;
        Product p;
        p.name = QStringLiteral("Tea");
        p.price = Money(1990, QStringLiteral("CNY"));
        QVERIFY(ProductRepository(*m_db).insert(p));
        m_orders.clear();
        const OrderStatus statuses[] = { OrderStatus::Placed, OrderStatus::Paid };
        for (const OrderStatus s : statuses) {
            Order o;
            o.memberId = m.id;
            o.productId = p.id;
            o.unitPrice = p.price;
            o.orderedAt = QDateTime(QDate(2026, 3, 2), QTime(12, 0), Qt::UTC);
            o.status = s;
            QVERIFY(OrderRepository(*m_db).insert(o));
            m_orders << o.id;
        }
    }

    void cleanup() { m_db.reset(); }

    void undoRestoresEachStatus()
    {
        QUndoStack stack;
        stack.push(new SetOrderStatusCommand(
            *m_db,
            { { m_orders.at(0), OrderStatus::Placed }, { m_orders.at(1), OrderStatus::Paid } },
            OrderStatus::Delivered));
        QCOMPARE(stack.text(0), QStringLiteral("Mark 2 order(s) delivered"));
        QCOMPARE(status(m_orders.at(0)), OrderStatus::Delivered);
        QCOMPARE(status(m_orders.at(1)), OrderStatus::Delivered);
        stack.undo();
        QCOMPARE(status(m_orders.at(0)), OrderStatus::Placed);
        QCOMPARE(status(m_orders.at(1)), OrderStatus::Paid);
        stack.redo();
        QCOMPARE(status(m_orders.at(0)), OrderStatus::Delivered);
        QCOMPARE(status(m_orders.at(1)), OrderStatus::Delivered);
    }

    void refundLowersSpend()
    {
        const auto spend = [this] {
            QSqlQuery q(m_db->connection());
            q.prepare(QStringLiteral("SELECT spent_minor FROM members WHERE id = ?"));
            q.addBindValue(m_member);
            return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
        };
        QCOMPARE(spend(), 3980);
        QUndoStack stack;
        stack.push(new SetOrderStatusCommand(*m_db, { { m_orders.at(1), OrderStatus::Paid } },
                                             OrderStatus::Refunded));
        QCOMPARE(spend(), 1990);
        stack.undo();
        QCOMPARE(spend(), 3980);
    }
};

QTEST_GUILESS_MAIN(TestSetOrderStatusCommand)
#include "tst_setorderstatuscommand.moc"
