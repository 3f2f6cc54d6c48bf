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

    std::unique_ptr<Ui::ProductDialog> m_ui;
    Product m_product;
};

} // namespace cohort
