#include "ui/orders/orderpane.h"

#include "domain/orderstatusflow.h"
#include "models/commands/addentitycommand.h"
#include "models/commands/deleteentitycommand.h"
#include "models/commands/editentitycommand.h"
#include "models/commands/setorderstatuscommand.h"
#include "models/orderlistmodel.h"
#include "storage/orderrepository.h"
#include "ui/orders/orderdialog.h"

#include <QAction>
#include <QIcon>
#include <QItemSelectionModel>
#include <QTableView>

namespace cohort {

OrderPane::OrderPane(Database &database, QUndoStack *undoStack, QWidget *parent)
    : EntityPane(QStringLiteral("orders"), database, undoStack, parent)
{
    setObjectName(QStringLiteral("orderPane"));
    setListModel(new OrderListModel(database));

    const struct
    {
        OrderStatus status;
        QKeySequence shortcut;
        const char *icon;
    } statuses[] = {
        { OrderStatus::Paid, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P), "dialog-ok-apply" },
        { OrderStatus::Delivered, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D), "document-send" },
        { OrderStatus::Refunded, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), "view-refresh" },
    };
    QList<QAction *> actions;
    for (const auto &entry : statuses) {
        auto *action = new QAction(QIcon::fromTheme(QLatin1String(entry.icon)), QString(), this);
        action->setShortcut(entry.shortcut);
        action->setObjectName(QLatin1String("markAction_") + enumKey(entry.status));
        const OrderStatus status = entry.status;
        connect(action, &QAction::triggered, this, [this, status] { setSelectedStatus(status); });
        m_statusActions.insert(status, action);
        actions << action;
    }
    m_importAction
        = new QAction(QIcon::fromTheme(QStringLiteral("document-import")), QString(), this);
    m_importAction->setObjectName(QStringLiteral("importOrdersAction"));
    connect(m_importAction, &QAction::triggered, this, &OrderPane::importRequested);
    actions << m_importAction;
    addPaneActions(actions);
    retranslate();
}

void OrderPane::retranslate()
{
    const auto set = [this](OrderStatus status, const QString &text, const QString &tip) {
        QAction *action = m_statusActions.value(status);
        action->setText(text);
        action->setToolTip(QStringLiteral("%1 (%2)").arg(
            tip, action->shortcut().toString(QKeySequence::NativeText)));
    };
    set(OrderStatus::Paid, tr("Mark Paid"), tr("Mark the selected placed orders as paid"));
    set(OrderStatus::Delivered, tr("Mark Delivered"),
        tr("Mark the selected placed or paid orders as delivered"));
    set(OrderStatus::Refunded, tr("Mark Refunded"),
        tr("Mark the selected paid or delivered orders as refunded"));
    m_importAction->setText(tr("Import CSV…"));
    m_importAction->setToolTip(tr("Import orders from a CSV file"));
}

QList<OrderStatus> OrderPane::selectedStatuses() const
{
    QList<OrderStatus> statuses;
    const int column = listModel()->columnOf(QStringLiteral("status"));
    if (column < 0)
        return statuses;
    const QList<int> rows = selectedRows();
    for (const int row : rows) {
        const QString key
            = listModel()
                  ->data(listModel()->index(row, column), SqlPagedTableModel::RawValueRole)
                  .toString();
        statuses << enumFromKey(key, OrderStatus::Placed);
    }
    return statuses;
}

void OrderPane::updatePaneActions()
{
    if (m_statusActions.isEmpty())
        return; // called from the base constructor
    const QList<OrderStatus> statuses = selectedStatuses();
    for (auto it = m_statusActions.cbegin(); it != m_statusActions.cend(); ++it)
        it.value()->setEnabled(isWritable() && OrderStatusFlow::canChangeAll(statuses, it.key()));
}

void OrderPane::setSelectedStatus(OrderStatus status)
{
    const QList<qint64> ids = selectedIds();
    const QList<OrderStatus> statuses = selectedStatuses();
    if (ids.isEmpty() || !OrderStatusFlow::canChangeAll(statuses, status))
        return;
    QList<QPair<qint64, OrderStatus>> before;
    for (int i = 0; i < ids.size(); ++i)
        before.append({ ids.at(i), statuses.at(i) });
    push(new SetOrderStatusCommand(m_database, before, status,
                                   [this](const QString &message) { reportError(message); }));
    // The list reloads after the commit; the same orders stay selected for the next step.
    for (const qint64 id : ids) {
        const int row = listModel()->rowOfId(id);
        if (row >= 0)
            view()->selectionModel()->select(listModel()->index(row, 0),
                                             QItemSelectionModel::Select
                                                 | QItemSelectionModel::Rows);
    }
    updatePaneActions();
}

QString OrderPane::title() const
{
    return tr("Orders");
}

void OrderPane::createItem()
{
    OrderDialog dialog(m_database, this);
    dialog.setWindowTitle(tr("New Order"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto *command = new AddEntityCommand<Order>(
        m_database, dialog.order(), [this](const QString &message) { reportError(message); });
    push(command);
    selectId(command->entity().id);
}

void OrderPane::editRow(int row)
{
    const std::optional<Order> before = OrderRepository(m_database).find(listModel()->idAt(row));
    if (!before)
        return;
    OrderDialog dialog(m_database, this);
    dialog.setWindowTitle(tr("Edit Order"));
    dialog.setOrder(*before);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Order after = dialog.order();
    if (after == *before)
        return;
    auto *command = new EditEntityCommand<Order>(
        m_database, *before, after, [this](const QString &message) { reportError(message); });
    command->setConflictHandler([this](const QString &message) { reportConflict(message); });
    push(command);
    selectId(after.id);
}

void OrderPane::deleteRows(const QList<int> &rows)
{
    QList<qint64> ids;
    for (const int row : rows)
        ids << listModel()->idAt(row);
    if (ids.isEmpty())
        return;
    push(new DeleteEntityCommand<Order>(m_database, ids,
                                        [this](const QString &message) { reportError(message); }));
}

QString OrderPane::emptyHint() const
{
    return tr("No orders yet — add one with “Add…” or import a CSV file with “Import CSV…” above "
              "once you have members and products.");
}

QString OrderPane::deleteQuestion(int count) const
{
    return tr("Delete %n order(s)?", nullptr, count);
}

QString OrderPane::rowCountText(qint64 rows) const
{
    return tr("%Ln order(s)", nullptr, int(rows));
}

} // namespace cohort
