#include "import/orders/orderfield.h"

#include <QStringList>

namespace cohort::import {

namespace {

struct FieldInfo
{
    OrderField field;
    const char *key;
    /// Lower-case header words, English and Chinese, in UTF-8; exact matches win over prefixes.
    const char *headers;
};

// Order matters for guessing: "unit price" must be tried before "price" is taken as a total.
const FieldInfo Fields[] = {
    { OrderField::MemberName, "member",
      "member|name|customer|buyer|member name|customer name|姓名|昵称|客户|买家|会员|收货人|成员" },
    { OrderField::Phone, "phone",
      "phone|mobile|tel|telephone|phone number|电话|手机|手机号|手机号码|联系电话" },
    { OrderField::WechatId, "wechat_id", "wechat|wechat id|weixin|wxid|微信|微信号" },
    { OrderField::Sku, "sku", "sku|item code|product code|code|货号|商品编码|编码|sku编码" },
    { OrderField::ProductName, "product",
      "product|item|goods|product name|商品|商品名称|产品|品名|商品名" },
    { OrderField::Quantity, "quantity", "quantity|qty|count|amount ordered|数量|件数|购买数量" },
    { OrderField::UnitPrice, "unit_price", "unit price|price|单价|价格|成交价" },
    { OrderField::Total, "total",
      "total|amount|sum|order total|金额|总价|合计|实付|实付金额|订单金额|总金额" },
    { OrderField::OrderedAt, "ordered_at",
      "date|time|ordered|ordered at|order date|order time|created|日期|时间|下单时间|订单时间|"
      "下单日期|付款时间" },
    { OrderField::Status, "status", "status|order status|state|状态|订单状态" },
    { OrderField::Group, "group", "group|group name|chat group|群|群名|社群|群聊" },
    { OrderField::Notes, "notes", "notes|note|remark|remarks|comment|备注|留言" },
};

} // namespace

QList<OrderField> OrderFields::all()
{
    QList<OrderField> fields;
    for (const FieldInfo &info : Fields)
        fields << info.field;
    return fields;
}

QString OrderFields::key(OrderField field)
{
    for (const FieldInfo &info : Fields) {
        if (info.field == field)
            return QLatin1String(info.key);
    }
    return QStringLiteral("ignore");
}

std::optional<OrderField> OrderFields::fromKey(const QString &key)
{
    const QString wanted = key.trimmed().toLower();
    if (wanted == QLatin1String("ignore"))
        return OrderField::Ignore;
    for (const FieldInfo &info : Fields) {
        if (wanted == QLatin1String(info.key))
            return info.field;
    }
    return std::nullopt;
}

QString OrderFields::displayName(OrderField field)
{
    switch (field) {
    case OrderField::Ignore:
        return tr("(ignore)");
    case OrderField::MemberName:
        return tr("Member name");
    case OrderField::Phone:
        return tr("Phone");
    case OrderField::WechatId:
        return tr("WeChat ID");
    case OrderField::Sku:
        return tr("Product SKU");
    case OrderField::ProductName:
        return tr("Product name");
    case OrderField::Quantity:
        return tr("Quantity");
    case OrderField::UnitPrice:
        return tr("Unit price");
    case OrderField::Total:
        return tr("Total");
    case OrderField::OrderedAt:
        return tr("Order date");
    case OrderField::Status:
        return tr("Status");
    case OrderField::Group:
        return tr("Group");
    case OrderField::Notes:
        return tr("Notes");
    }
    return QString();
}

OrderField OrderFields::guess(const QString &header)
{
    const QString h = header.trimmed().toLower();
    if (h.isEmpty())
        return OrderField::Ignore;
    for (const FieldInfo &info : Fields) {
        const QStringList words = QString::fromUtf8(info.headers).split(QLatin1Char('|'));
        if (words.contains(h))
            return info.field;
    }
    return OrderField::Ignore;
}

} // namespace cohort::import
