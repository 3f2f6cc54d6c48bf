#include "ui/orders/orderpane.h"

#include "models/commands/addentitycommand.h"
#include "models/commands/deleteentitycommand.h"
#include "models/commands/editentitycommand.h"
#include "models/orderlistmodel.h"
#include "storage/orderrepository.h"
#include "ui/orders/orderdialog.h"

namespace cohort {

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
    push(new EditEntityCommand<Order>(m_database, *before, after,
                                      [this](const QString &message) { reportError(message); }));
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
    return tr("No orders yet — add one with “Add…” above once you have members and products.");
}

QString OrderPane::deleteQuestion(int count) const
{
    return tr("Delete %n order(s)?", nullptr, count);
}

} // namespace cohort
