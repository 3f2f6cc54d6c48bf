#pragma once

#include "domain/campaign.h"
#include "domain/order.h"
#include "domain/product.h"

#include <QDialog>
#include <QList>
#include <QTimeZone>

#include <memory>

namespace Ui {
class OrderDialog;
}

namespace cohort {

class Database;

/// Edits one order; the unit price follows the chosen product, or the tier a tiered campaign
/// reaches with this order (the refunds owed to earlier buyers are shown, never applied). The
/// stored total is kept (and a difference to quantity × unit price shown as a discount) until
/// the quantity or the unit price changes. Times are those of the workspace's zone.
class OrderDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit OrderDialog(Database &database, QWidget *parent = nullptr);
    ~OrderDialog() override;

    void setOrder(const Order &order);
    Order order() const;
    QStringList problems() const;
    /// What the Total line shows; for tests.
    QString totalText() const;
    /// The text of the tier line (empty and hidden without a tiered campaign); for tests.
    QString tierText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillCombos();
    void productChosen();
    /// Re-prices from the tier a tiered campaign reaches after the member or campaign changed.
    void tiersChanged();
    void updateTierText();
    const Campaign *currentCampaign() const;
    QString currency() const;
    void validate();
    /// The order as the form reads now, with the total computed, before the fields the user
    /// left alone are restored from setOrder().
    Order formOrder() const;

    std::unique_ptr<Ui::OrderDialog> m_ui;
    Database &m_database;
    QTimeZone m_zone;
    QList<Product> m_products;
    QList<Campaign> m_campaigns;
    qint64 m_campaignOrdersOf = -1; ///< campaign whose orders m_campaignOrders holds
    QList<Order> m_campaignOrders;
    Order m_order;
    Order m_shown; ///< formOrder() right after setOrder()
};

} // namespace cohort
