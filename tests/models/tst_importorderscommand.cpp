#include "models/commands/importorderscommand.h"
#include "storage/database.h"
#include "storage/memberrepository.h"
#include "storage/orderrepository.h"
#include "storage/productrepository.h"

#include <QSqlQuery>
#include <QTest>
#include <QUndoStack>

using namespace cohort;

/// ImportOrdersCommand: pushing an import already written changes nothing; undo removes its
/// orders and new members, redo restores them with the same ids; existing members stay.
class TestImportOrdersCommand : public QObject
{
    Q_OBJECT

    qint64 count(const Database &db, const QString &table) const
    {
        QSqlQuery q(db.connection());
        return q.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table) && q.next()
            ? q.value(0).toLongLong()
            : -1;
    }

private Q_SLOTS:
    void undoRedo()
    {
        Database db;
        QVERIFY(!db.openInMemory().isError());
        Member existing;
        existing.displayName = QStringLiteral("Wang Fang");
        QVERIFY(MemberRepository(db).insert(existing));
        Member added;
        added.displayName = QStringLiteral("New Buyer");
        added.phone = QStringLiteral("13500001111");
        QVERIFY(MemberRepository(db).insert(added));
        Product p;
        p.name = QStringLiteral("Tea");
        p.price = Money(1990, QStringLiteral("CNY"));
        QVERIFY(ProductRepository(db).insert(p));
        QList<qint64> orderIds;
        for (const qint64 member : { existing.id, added.id, added.id }) {
            Order o;
            o.memberId = member;
            o.productId = p.id;
            o.unitPrice = p.price;
            o.orderedAt = QDateTime(QDate(2026, 3, 2), QTime(12, 0), Qt::UTC);
            o.channel = OrderChannel::Csv;
            QVERIFY(OrderRepository(db).insert(o));
            orderIds << o.id;
        }
        const Order before = *OrderRepository(db).find(orderIds.at(1));

        QUndoStack stack;
        stack.push(new ImportOrdersCommand(db, orderIds, { added.id }));
        QCOMPARE(stack.text(0), QStringLiteral("Import 3 order(s)"));
        QCOMPARE(count(db, QStringLiteral("orders")), 3);
        stack.undo();
        QCOMPARE(count(db, QStringLiteral("orders")), 0);
        QCOMPARE(count(db, QStringLiteral("members")), 1);
        QVERIFY(MemberRepository(db).find(existing.id));
        stack.redo();
        QCOMPARE(count(db, QStringLiteral("orders")), 3);
        QCOMPARE(MemberRepository(db).find(added.id)->phone, QStringLiteral("13500001111"));
        QCOMPARE(*OrderRepository(db).find(orderIds.at(1)), before);
    }
};

QTEST_GUILESS_MAIN(TestImportOrdersCommand)
#include "tst_importorderscommand.moc"
