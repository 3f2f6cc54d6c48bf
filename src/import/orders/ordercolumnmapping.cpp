#include "import/orders/ordercolumnmapping.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace cohort::import {

OrderColumnMapping OrderColumnMapping::guess(const QStringList &headers)
{
    OrderColumnMapping mapping;
    QSet<OrderField> taken;
    for (const QString &header : headers) {
        const OrderField field = OrderFields::guess(header);
        if (field == OrderField::Ignore || taken.contains(field))
            continue;
        taken.insert(field);
        mapping.set(header.trimmed(), field);
    }
    return mapping;
}

std::optional<OrderColumnMapping> OrderColumnMapping::parseSpec(const QString &spec, QString *error)
{
    OrderColumnMapping mapping;
    const QStringList entries = spec.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &entry : entries) {
        const qsizetype eq = entry.lastIndexOf(QLatin1Char('='));
        const QString column = eq < 0 ? QString() : entry.left(eq).trimmed();
        const std::optional<OrderField> field
            = eq < 0 ? std::nullopt : OrderFields::fromKey(entry.mid(eq + 1));
        if (column.isEmpty() || !field) {
            if (error) {
                QStringList keys;
                const QList<OrderField> fields = OrderFields::all();
                for (const OrderField f : fields)
                    keys << OrderFields::key(f);
                *error = tr("“%1” is not COLUMN=FIELD; the fields are %2.")
                             .arg(entry.trimmed(), keys.join(QLatin1String(", ")));
            }
            return std::nullopt;
        }
        mapping.set(column, *field);
    }
    if (mapping.isEmpty()) {
        if (error)
            *error = tr("The column mapping is empty.");
        return std::nullopt;
    }
    return mapping;
}

std::optional<OrderColumnMapping> OrderColumnMapping::fromJson(const QString &json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    const QJsonArray columns = doc.object().value(QLatin1String("columns")).toArray();
    OrderColumnMapping mapping;
    for (const QJsonValue &value : columns) {
        const QJsonObject object = value.toObject();
        const std::optional<OrderField> field
            = OrderFields::fromKey(object.value(QLatin1String("field")).toString());
        const QString column = object.value(QLatin1String("column")).toString();
        if (!field || column.isEmpty())
            return std::nullopt;
        mapping.set(column, *field);
    }
    return mapping;
}

QString OrderColumnMapping::toJson() const
{
    QJsonArray columns;
    for (const auto &[column, field] : m_entries)
        columns.append(QJsonObject { { QStringLiteral("column"), column },
                                     { QStringLiteral("field"), OrderFields::key(field) } });
    const QJsonObject root { { QStringLiteral("version"), 1 },
                             { QStringLiteral("columns"), columns } };
    return QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Compact));
}

void OrderColumnMapping::set(const QString &column, OrderField field)
{
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).first.compare(column, Qt::CaseInsensitive) == 0) {
            if (field == OrderField::Ignore)
                m_entries.removeAt(i);
            else
                m_entries[i].second = field;
            return;
        }
    }
    if (field != OrderField::Ignore)
        m_entries.append({ column, field });
}

OrderField OrderColumnMapping::field(const QString &column) const
{
    for (const auto &[name, field] : m_entries) {
        if (name.compare(column.trimmed(), Qt::CaseInsensitive) == 0)
            return field;
    }
    return OrderField::Ignore;
}

int OrderColumnMapping::columnIndex(const QString &column, const QStringList &headers)
{
    for (int i = 0; i < headers.size(); ++i) {
        if (headers.at(i).trimmed().compare(column, Qt::CaseInsensitive) == 0)
            return i;
    }
    bool isNumber = false;
    const int number = column.toInt(&isNumber);
    if (isNumber && number >= 1 && number <= headers.size())
        return number - 1;
    return -1;
}

QHash<OrderField, int> OrderColumnMapping::resolve(const QStringList &headers) const
{
    QHash<OrderField, int> columns;
    for (const auto &[column, field] : m_entries) {
        const int index = columnIndex(column, headers);
        if (index >= 0 && !columns.contains(field))
            columns.insert(field, index);
    }
    return columns;
}

QStringList OrderColumnMapping::problems(const QStringList &headers) const
{
    QStringList problems;
    QHash<OrderField, QStringList> sources;
    for (const auto &[column, field] : m_entries) {
        if (columnIndex(column, headers) < 0)
            problems << tr("The file has no column “%1”.").arg(column);
        else
            sources[field] << column;
    }
    for (auto it = sources.cbegin(); it != sources.cend(); ++it) {
        if (it.value().size() > 1)
            problems << tr("“%1” is mapped from several columns: %2.")
                            .arg(OrderFields::displayName(it.key()),
                                 it.value().join(QLatin1String(", ")));
    }
    if (!sources.contains(OrderField::MemberName) && !sources.contains(OrderField::Phone)
        && !sources.contains(OrderField::WechatId))
        problems << tr("Map a column to the member’s name, phone or WeChat ID.");
    if (!sources.contains(OrderField::Sku) && !sources.contains(OrderField::ProductName))
        problems << tr("Map a column to the product’s SKU or name.");
    if (!sources.contains(OrderField::OrderedAt))
        problems << tr("Map a column to the order date.");
    return problems;
}

} // namespace cohort::import
