#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace cohort::import {

/// What a column of an order CSV holds.
enum class OrderField {
    Ignore,
    MemberName,
    Phone,
    WechatId,
    Sku,
    ProductName,
    Quantity,
    UnitPrice,
    Total,
    OrderedAt,
    Status,
    Group,
    Notes
};

/// Keys (stable ASCII, used by `--map` and stored profiles), translated names and the header
/// words that suggest each field.
class OrderFields final
{
    Q_DECLARE_TR_FUNCTIONS(OrderFields)

public:
    /// Every field but Ignore, in the order the mapping page lists them.
    static QList<OrderField> all();
    static QString key(OrderField field);
    static std::optional<OrderField> fromKey(const QString &key);
    static QString displayName(OrderField field);
    /// The field a column header suggests ("手机号" → Phone), or Ignore.
    static OrderField guess(const QString &header);
};

} // namespace cohort::import
