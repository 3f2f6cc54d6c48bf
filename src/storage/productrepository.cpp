#include "storage/productrepository.h"

#include "storage/checkedquery.h"
#include "storage/database.h"
#include "storage/rowstamps.h"
#include "storage/sqltransaction.h"
#include "storage/sqlvalues.h"

#include <QSqlError>
#include <QSqlQuery>

namespace cohort {

namespace {

const char *const Select
    = "SELECT id, name, sku, category, role, price_minor, cost_minor, currency, "
      "repurchase_cycle_days, active, notes FROM products";

Product readProduct(const QSqlQuery &q)
{
    Product p;
    p.id = q.value(0).toLongLong();
    p.name = q.value(1).toString();
    p.sku = q.value(2).toString();
    p.category = q.value(3).toString();
    p.role = enumFromKey(q.value(4).toString(), ProductRole::Traffic);
    const QString currency = q.value(7).toString();
    p.price = Money(q.value(5).toLongLong(), currency);
    p.cost = Money(q.value(6).toLongLong(), currency);
    p.repurchaseCycleDays = q.value(8).toInt();
    p.active = q.value(9).toInt() != 0;
    p.notes = q.value(10).toString();
    return p;
}

} // namespace

bool ProductRepository::fail(const QString &message)
{
    m_error = { WorkspaceError::Kind::Invalid, message };
    return false;
}

std::optional<Product> ProductRepository::find(qint64 id) const
{
    CheckedQuery q(m_database, QLatin1String(Select) + QStringLiteral(" WHERE id = ?"));
    if (q.bind(id).exec().next())
        return readProduct(q);
    return std::nullopt;
}

std::optional<Product> ProductRepository::findBySku(const QString &sku) const
{
    if (sku.trimmed().isEmpty())
        return std::nullopt;
    CheckedQuery q(m_database, QLatin1String(Select) + QStringLiteral(" WHERE sku = ?"));
    if (q.bind(sku.trimmed()).exec().next())
        return readProduct(q);
    return std::nullopt;
}

QList<Product> ProductRepository::all() const
{
    QList<Product> result;
    CheckedQuery q(m_database, QLatin1String(Select) + QStringLiteral(" ORDER BY name, id"));
    q.exec();
    while (q.next())
        result << readProduct(q);
    return result;
}

bool ProductRepository::insert(Product &product)
{
    qint64 id = 0;
    if (!write(product, true, &id))
        return false;
    product.id = id;
    return true;
}

bool ProductRepository::restore(const Product &product)
{
    Q_ASSERT(product.id > 0);
    return write(product, true, nullptr);
}

bool ProductRepository::update(const Product &product)
{
    return write(product, false, nullptr);
}

bool ProductRepository::write(const Product &p, bool insert, qint64 *newId)
{
    if (p.name.trimmed().isEmpty())
        return fail(tr("A product needs a name."));
    if (p.price.isNegative() || p.cost.isNegative())
        return fail(tr("Price and cost cannot be negative."));
    if (p.repurchaseCycleDays < 0)
        return fail(tr("The repurchase cycle cannot be negative."));
    QString currency = p.price.currency();
    if (currency.isEmpty())
        currency = p.cost.currency();
    if (!p.cost.currency().isEmpty() && !p.price.currency().isEmpty()
        && p.cost.currency() != p.price.currency())
        return fail(tr("Price and cost must be in the same currency."));
    if (currency.isEmpty())
        currency = Money::defaultCurrency();
    const QString sku = p.sku.trimmed();

    SqlTransaction tx(m_database);
    if (!tx.isActive()) {
        m_error = tx.error();
        return false;
    }
    QSqlQuery q(tx.connection());
    if (!sku.isEmpty()) {
        // Checked here so the user reads which product holds the SKU instead of a constraint name.
        q.prepare(QStringLiteral("SELECT name FROM products WHERE sku = ? AND id <> ?"));
        q.addBindValue(sku);
        q.addBindValue(insert && p.id <= 0 ? qint64(0) : p.id);
        if (!q.exec()) {
            m_error = Database::errorFromSql(q.lastError());
            return false;
        }
        if (q.next())
            return fail(
                tr("The SKU “%1” is already used by “%2”.").arg(sku, q.value(0).toString()));
        q.finish();
    }
    const bool explicitId = insert && p.id > 0;
    const QString columns
        = QStringLiteral("name, sku, category, role, price_minor, cost_minor, currency, "
                         "repurchase_cycle_days, active, notes");
    if (insert) {
        q.prepare(QStringLiteral("INSERT INTO products (") + columns
                  + (explicitId ? QStringLiteral(", id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                                : QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")));
    } else {
        q.prepare(QStringLiteral(
                      "UPDATE products SET name = ?, sku = ?, category = ?, role = ?, "
                      "price_minor = ?, cost_minor = ?, currency = ?, repurchase_cycle_days = ?, "
                      "active = ?, notes = ?, ")
                  + RowStamps::stamp(m_database.dialect()) + QStringLiteral(" WHERE id = ?"));
    }
    q.addBindValue(sql::text(p.name.trimmed()));
    // An empty SKU is stored as NULL so the unique index allows any number of products without one.
    q.addBindValue(sku.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(sku));
    q.addBindValue(sql::text(p.category));
    q.addBindValue(enumKey(p.role));
    q.addBindValue(p.price.minorUnits());
    q.addBindValue(p.cost.minorUnits());
    q.addBindValue(currency);
    q.addBindValue(p.repurchaseCycleDays);
    q.addBindValue(p.active ? 1 : 0);
    q.addBindValue(sql::text(p.notes));
    if (!insert || explicitId)
        q.addBindValue(p.id);
    if (!q.exec()) {
        m_error = Database::errorFromSql(q.lastError());
        return false;
    }
    if (!insert && q.numRowsAffected() == 0) {
        m_error = { WorkspaceError::Kind::NotFound, tr("The product no longer exists.") };
        return false;
    }
    if (newId)
        *newId = explicitId ? p.id : q.lastInsertId().toLongLong();
    tx.touch(Table::Products);
    if (!tx.commit()) {
        m_error = tx.error();
        return false;
    }
    return true;
}

bool ProductRepository::remove(const QList<qint64> &ids)
{
    SqlTransaction tx(m_database);
    if (!tx.isActive()) {
        m_error = tx.error();
        return false;
    }
    QSqlQuery check(tx.connection());
    check.prepare(
        QStringLiteral("SELECT name, (SELECT COUNT(*) FROM orders WHERE product_id = p.id) "
                       "FROM products p WHERE p.id = ?"));
    QSqlQuery del(tx.connection());
    del.prepare(QStringLiteral("DELETE FROM products WHERE id = ?"));
    for (const qint64 id : ids) {
        check.addBindValue(id);
        if (!check.exec()) {
            m_error = Database::errorFromSql(check.lastError());
            return false;
        }
        if (!check.next())
            continue;
        if (check.value(1).toLongLong() > 0) {
            return fail(tr("“%1” has %n order(s) and cannot be deleted. Mark it inactive instead.",
                           nullptr, check.value(1).toInt())
                            .arg(check.value(0).toString()));
        }
        del.addBindValue(id);
        if (!del.exec()) {
            m_error = Database::errorFromSql(del.lastError());
            return false;
        }
    }
    tx.touch(Table::Products | Table::Campaigns);
    if (!tx.commit()) {
        m_error = tx.error();
        return false;
    }
    return true;
}

} // namespace cohort
