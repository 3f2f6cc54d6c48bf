#pragma once

#include "domain/product.h"
#include "storage/workspaceerror.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace cohort {

class Database;

/// Reads and writes products. The SKU is unique when set; the margin is derived (price - cost),
/// never stored. Each write is one transaction.
class ProductRepository final
{
    Q_DECLARE_TR_FUNCTIONS(ProductRepository)

public:
    explicit ProductRepository(const Database &database)
        : m_database(database)
    {
    }

    std::optional<Product> find(qint64 id) const;
    std::optional<Product> findBySku(const QString &sku) const;
    QList<Product> all() const;
    /// Inserts `product` and sets its id.
    bool insert(Product &product);
    /// Re-inserts a deleted product with its old id (undo).
    bool restore(const Product &product);
    bool update(const Product &product);
    /// Deletes products nobody ordered; refuses the whole call otherwise.
    bool remove(const QList<qint64> &ids);
    const WorkspaceError &lastError() const { return m_error; }

private:
    bool write(const Product &product, bool insert, qint64 *newId);
    bool fail(const QString &message);

    const Database &m_database;
    WorkspaceError m_error;
};

} // namespace cohort
