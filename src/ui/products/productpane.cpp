#include "ui/products/productpane.h"

#include "models/productlistmodel.h"
#include "storage/productrepository.h"
#include "ui/products/productdialog.h"
#include "ui/widgets/entitycommand.h"

namespace cohort {

namespace {
using ProductCommand = EntityCommand<ProductRepository, Product>;
}

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
    const Product product = dialog.product();
    auto *command
        = new ProductCommand(m_database, {}, { product }, tr("Add Product “%1”").arg(product.name),
                             [this](const QString &message) { reportError(message); });
    push(command);
    selectId(command->entityId());
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
    push(new ProductCommand(m_database, { *before }, { after },
                            tr("Edit Product “%1”").arg(after.name),
                            [this](const QString &message) { reportError(message); }));
    selectId(after.id);
}

void ProductPane::deleteRows(const QList<int> &rows)
{
    QList<Product> products;
    ProductRepository repository(m_database);
    for (const int row : rows) {
        if (const std::optional<Product> product = repository.find(listModel()->idAt(row)))
            products << *product;
    }
    if (products.isEmpty())
        return;
    const QString text = products.size() == 1
        ? tr("Delete Product “%1”").arg(products.first().name)
        : tr("Delete %n Products", nullptr, int(products.size()));
    push(new ProductCommand(m_database, products, {}, text,
                            [this](const QString &message) { reportError(message); }));
}

QString ProductPane::emptyHint() const
{
    return tr("No products yet — add one with “Add…” above.");
}

QString ProductPane::deleteQuestion(int count) const
{
    return tr("Delete %n product(s)?", nullptr, count);
}

} // namespace cohort
