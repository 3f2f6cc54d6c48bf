#pragma once

#include "import/orders/orderfield.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QPair>
#include <QStringList>

#include <optional>

namespace cohort::import {

/// Which field each column of an order CSV holds, keyed by the column's header (or its 1-based
/// number) so a saved profile applies to every export of the same shop system.
class OrderColumnMapping final
{
    Q_DECLARE_TR_FUNCTIONS(OrderColumnMapping)

public:
    /// Fields suggested by the headers; a field is given to its first matching column only.
    static OrderColumnMapping guess(const QStringList &headers);
    /// Parses "Header=field,Other=field" (fields by key; a header may be a 1-based column
    /// number). On failure `error` says which entry is wrong.
    static std::optional<OrderColumnMapping> parseSpec(const QString &spec, QString *error);
    static std::optional<OrderColumnMapping> fromJson(const QString &json);
    QString toJson() const;

    /// Maps the column named `column` (Ignore removes it).
    void set(const QString &column, OrderField field);
    OrderField field(const QString &column) const;
    /// (column, field) in the order they were set.
    const QList<QPair<QString, OrderField>> &entries() const { return m_entries; }
    bool isEmpty() const { return m_entries.isEmpty(); }

    /// Column index of each mapped field in a file with `headers` (columns not in the file are
    /// left out).
    QHash<OrderField, int> resolve(const QStringList &headers) const;
    /// What keeps this mapping from importing a file with `headers`: a member, a product and a
    /// date column are needed, and no field may come from two columns.
    QStringList problems(const QStringList &headers) const;

    bool operator==(const OrderColumnMapping &) const = default;

private:
    static int columnIndex(const QString &column, const QStringList &headers);

    QList<QPair<QString, OrderField>> m_entries;
};

} // namespace cohort::import
