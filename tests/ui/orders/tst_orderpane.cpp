#include "models/sqlpagedtablemodel.h"
#include "storage/database.h"
#include "storage/memberrepository.h"
#include "storage/orderrepository.h"
#include "storage/productrepository.h"
#include "ui/orders/orderpane.h"

#include <QAction>
#include <QApplication>
#include <QItemSelectionModel>
#include <QMenu>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>

using namespace cohort;

/// Status changes in the Orders pane: toolbar actions enabled only for valid transitions of the
/// whole selection, keyboard shortcuts, the row menu, undo and redo through the window's stack.
class TestOrderPane : public QObject
{
    Q_OBJECT

    std::unique_ptr<Database> m_db;
    std::unique_ptr<QUndoStack> m_stack;
    std::unique_ptr<OrderPane> m_pane;
    QHash<OrderStatus, qint64> m_orders;

    OrderStatus status(qint64 id) const { return OrderRepository(*m_db).find(id)->status; }

    void select(const QList<qint64> &ids)
    {
        QTableView *view = m_pane->view();
        view->clearSelection();
        for (const qint64 id : ids) {
            const int row = m_pane->listModel()->rowOfId(id);
            QVERIFY(row >= 0);
            view->selectionModel()->select(m_pane->listModel()->index(row, 0),
                                           QItemSelectionModel::Select | QItemSelectionModel::Rows);
        }
    }

    bool enabled(OrderStatus s) const { return m_pane->statusAction(s)->isEnabled(); }

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<Database>();
        QVERIFY(!m_db->openInMemory().isError());
        Member m;
        m.displayName = QStringLiteral("Wang Fang");
        QVERIFY(MemberRepository(*m_db).insert(m));
        Product p;
        p.name = QStringLiteral("Tea");
        p.price = Money(1990, QStringLiteral("CNY"));
        QVERIFY(ProductRepository(*m_db).insert(p));
        m_orders.clear();
        int minute = 0;
        for (const OrderStatus s : { OrderStatus::Placed, OrderStatus::Paid, OrderStatus::Delivered,
                                     OrderStatus::Refunded }) {
            Order o;
            o.memberId = m.id;
            o.productId = p.id;
            o.unitPrice = p.price;
            o.orderedAt = QDateTime(QDate(2026, 3, 2), QTime(12, minute++), Qt::UTC);
            o.status = s;
            QVERIFY(OrderRepository(*m_db).insert(o));
            m_orders.insert(s, o.id);
        }
        m_stack = std::make_unique<QUndoStack>();
        m_pane = std::make_unique<OrderPane>(*m_db, m_stack.get());
        m_pane->resize(1000, 500);
        m_pane->show();
        m_pane->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_pane.get()));
        QCOMPARE(m_pane->listModel()->rowCount(), 4);
    }

    void cleanup()
    {
        m_pane.reset();
        m_stack.reset();
        m_db.reset();
    }

    void actionsFollowTheSelection()
    {
        select({});
        QVERIFY(!enabled(OrderStatus::Paid));
        QVERIFY(!enabled(OrderStatus::Delivered));
        QVERIFY(!enabled(OrderStatus::Refunded));
        select({ m_orders[OrderStatus::Placed] });
        QVERIFY(enabled(OrderStatus::Paid));
        QVERIFY(enabled(OrderStatus::Delivered));
        QVERIFY(!enabled(OrderStatus::Refunded));
        select({ m_orders[OrderStatus::Placed], m_orders[OrderStatus::Paid] });
        QVERIFY(!enabled(OrderStatus::Paid));
        QVERIFY(enabled(OrderStatus::Delivered));
        QVERIFY(!enabled(OrderStatus::Refunded));
        select({ m_orders[OrderStatus::Paid], m_orders[OrderStatus::Delivered] });
        QVERIFY(enabled(OrderStatus::Refunded));
        select({ m_orders[OrderStatus::Refunded] });
        QVERIFY(!enabled(OrderStatus::Paid));
        QVERIFY(!enabled(OrderStatus::Delivered));
        QVERIFY(!enabled(OrderStatus::Refunded));
        // They are on the toolbar, with their shortcuts in the tooltip.
        auto *toolBar = m_pane->findChild<QToolBar *>();
        QVERIFY(toolBar->actions().contains(m_pane->statusAction(OrderStatus::Paid)));
        QVERIFY(toolBar->actions().contains(m_pane->importAction()));
        QVERIFY(m_pane->statusAction(OrderStatus::Paid)
                    ->toolTip()
                    .contains(QLatin1String("Ctrl+Shift+P")));
    }

    void multiSelectChangeUndoRedo()
    {
        const qint64 placed = m_orders[OrderStatus::Placed];
        const qint64 paid = m_orders[OrderStatus::Paid];
        select({ placed, paid });
        m_pane->statusAction(OrderStatus::Delivered)->trigger();
        QCOMPARE(status(placed), OrderStatus::Delivered);
        QCOMPARE(status(paid), OrderStatus::Delivered);
        QCOMPARE(m_stack->count(), 1);
        // The selection is kept and now allows a refund only.
        QCOMPARE(m_pane->selectedIds().size(), 2);
        QVERIFY(enabled(OrderStatus::Refunded));
        QVERIFY(!enabled(OrderStatus::Delivered));
        m_stack->undo();
        QCOMPARE(status(placed), OrderStatus::Placed);
        QCOMPARE(status(paid), OrderStatus::Paid);
        m_stack->redo();
        QCOMPARE(status(placed), OrderStatus::Delivered);
        QCOMPARE(status(paid), OrderStatus::Delivered);
    }

    void keyboardShortcut()
    {
        const qint64 placed = m_orders[OrderStatus::Placed];
        select({ placed });
        m_pane->view()->setFocus();
        QTest::keyClick(m_pane->view(), Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(status(placed), OrderStatus::Paid);
        // A shortcut of a disabled action does nothing.
        QTest::keyClick(m_pane->view(), Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(m_stack->count(), 1);
        QTest::keyClick(m_pane->view(), Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(status(placed), OrderStatus::Refunded);
        QCOMPARE(m_stack->count(), 2);
    }

    void contextMenuHasTheActions()
    {
        select({ m_orders[OrderStatus::Placed] });
        bool seen = false;
        QTimer::singleShot(50, this, [&seen] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            if (!menu)
                return;
            for (QAction *action : menu->actions())
                seen = seen || action->objectName() == QLatin1String("markAction_paid");
            menu->close();
        });
        const QRect rect = m_pane->view()->visualRect(m_pane->listModel()->index(0, 0));
        Q_EMIT m_pane->view()->customContextMenuRequested(rect.center());
        QVERIFY(seen);
    }
};

QTEST_MAIN(TestOrderPane)
#include "tst_orderpane.moc"
