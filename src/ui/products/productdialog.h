#pragma once

#include "domain/product.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ProductDialog;
}

namespace cohort {

/// Edits one product; shows the margin as price and cost are typed.
class ProductDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ProductDialog(QWidget *parent = nullptr);
    ~ProductDialog() override;

    void setProduct(const Product &product);
    Product product() const;
    QStringList problems() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    QString currency() const;
    void validate();
    /// The product as the form reads now, before the fields the user left alone are restored
    /// from setProduct().
    Product formProduct() const;

    std::unique_ptr<Ui::ProductDialog> m_ui;
    Product m_product;
    Product m_shown; ///< formProduct() right after setProduct()
};

} // namespace cohort
