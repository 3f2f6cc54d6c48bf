#include "ui/orders/orderpane.h"

#include "models/orderlistmodel.h"
#include "storage/orderrepository.h"
#include "ui/orders/orderdialog.h"
#include "ui/widgets/entitycommand.h"

namespace cohort {

namespace {
using OrderCommand = EntityCommand<OrderRepository, Order>;
}

OrderPane::OrderPane(Database &database, QUndoStack *undoStack, QWidget *parent)
    : EntityPane(QStringLiteral("orders"), database, undoStack, parent)
{
    setObjectName(QStringLiteral("orderPane"));
    setListModel(new OrderListModel(database));
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
    auto *command = new OrderCommand(m_database, {}, { dialog.order() }, tr("Add Order"),
                                     [this](const QString &message) { reportError(message); });
    push(command);
    selectId(command->entityId());
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
    push(new OrderCommand(m_database, { *before }, { after }, tr("Edit Order"),
                          [this](const QString &message) { reportError(message); }));
    selectId(after.id);
}

void OrderPane::deleteRows(const QList<int> &rows)
{
    QList<qint64> ids;
    for (const int row : rows)
        ids << listModel()->idAt(row);
    const QList<Order> orders = OrderRepository(m_database).findMany(ids);
    if (orders.isEmpty())
        return;
    push(new OrderCommand(m_database, orders, {},
                          tr("Delete %n Order(s)", nullptr, int(orders.size())),
                          [this](const QString &message) { reportError(message); }));
}

QString OrderPane::emptyHint() const
{
    return tr("No orders yet — add one with “Add…” above once you have members and products.");
}

QString OrderPane::deleteQuestion(int count) const
{
    return tr("Delete %n order(s)?", nullptr, count);
}

} // namespace cohort
