#include "ui/products/productpane.h"

#include "models/commands/addentitycommand.h"
#include "models/commands/deleteentitycommand.h"
#include "models/commands/editentitycommand.h"
#include "models/productlistmodel.h"
#include "storage/productrepository.h"
#include "ui/products/productdialog.h"

namespace cohort {

ProductPane::ProductPane(Database &database, QUndoStack *undoStack, QWidget *parent)
    : EntityPane(QStringLiteral("products"), database, undoStack, parent)
{
    setObjectName(QStringLiteral("productPane"));
    setListModel(new ProductListModel(database));
}

QString ProductPane::title() const
{
    return tr("Products");
}

void ProductPane::createItem()
{
    ProductDialog dialog(this);
    dialog.setWindowTitle(tr("New Product"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto *command = new AddEntityCommand<Product>(
        m_database, dialog.product(), [this](const QString &message) { reportError(message); });
    push(command);
    selectId(command->entity().id);
}

void ProductPane::editRow(int row)
{
    const std::optional<Product> before
        = ProductRepository(m_database).find(listModel()->idAt(row));
    if (!before)
        return;
    ProductDialog dialog(this);
    dialog.setWindowTitle(tr("Edit Product"));
    dialog.setProduct(*before);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Product after = dialog.product();
    if (after == *before)
        return;
    auto *command = new EditEntityCommand<Product>(
        m_database, *before, after, [this](const QString &message) { reportError(message); });
    command->setConflictHandler([this](const QString &message) { reportConflict(message); });
    push(command);
    selectId(after.id);
}

void ProductPane::deleteRows(const QList<int> &rows)
{
    QList<qint64> ids;
    for (const int row : rows)
        ids << listModel()->idAt(row);
    if (ids.isEmpty())
        return;
    push(new DeleteEntityCommand<Product>(
        m_database, ids, [this](const QString &message) { reportError(message); }));
}

QString ProductPane::emptyHint() const
{
    return tr("No products yet — add one with “Add…” above.");
}

QString ProductPane::deleteQuestion(int count) const
{
    return tr("Delete %n product(s)?", nullptr, count);
}

QString ProductPane::rowCountText(qint64 rows) const
{
    return tr("%Ln product(s)", nullptr, int(rows));
}

} // namespace cohort
