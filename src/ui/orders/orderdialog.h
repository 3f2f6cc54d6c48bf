#pragma once

#include "domain/order.h"
#include "domain/product.h"

#include <QDialog>
#include <QList>

#include <memory>

namespace Ui {
class OrderDialog;
}

namespace cohort {

class Database;

/// Edits one order; the unit price follows the chosen product and the total is computed.
class OrderDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit OrderDialog(Database &database, QWidget *parent = nullptr);
    ~OrderDialog() override;

    void setOrder(const Order &order);
    Order order() const;
    QStringList problems() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillCombos();
    void productChosen();
    QString currency() const;
    void validate();

    std::unique_ptr<Ui::OrderDialog> m_ui;
    Database &m_database;
    QList<Product> m_products;
    Order m_order;
};

} // namespace cohort
