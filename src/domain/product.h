#pragma once

#include "domain/enums.h"
#include "domain/money.h"

#include <QString>

namespace cohort {

/// Something the operator sells, with its role in the offer (DOMAIN.md §3).
struct Product
{
    qint64 id = 0;
    QString name;
    QString sku;
    QString category;
    ProductRole role = ProductRole::Traffic;
    Money price;
    Money cost;
    int repurchaseCycleDays = 0; ///< 0 = not a repurchase product
    bool active = true;
    QString notes;
    bool operator==(const Product &) const = default;
};

} // namespace cohort
