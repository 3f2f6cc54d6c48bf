#include "storage/orderimportprofilerepository.h"

#include "storage/checkedquery.h"
#include "storage/database.h"
#include "storage/sqltransaction.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace cohort {

QStringList OrderImportProfileRepository::names() const
{
    QStringList result;
    CheckedQuery q(m_database, QStringLiteral("SELECT name FROM order_import_profiles"));
    q.exec();
    while (q.next())
        result << q.value(0).toString();
    std::sort(result.begin(), result.end(), [](const QString &a, const QString &b) {
        return a.compare(b, Qt::CaseInsensitive) < 0;
    });
    return result;
}

std::optional<QString> OrderImportProfileRepository::mapping(const QString &name) const
{
    CheckedQuery q(m_database,
                   QStringLiteral("SELECT mapping FROM order_import_profiles WHERE name = ?"));
    if (q.bind(name).exec().next())
        return q.value(0).toString();
    return std::nullopt;
}

bool OrderImportProfileRepository::save(const QString &name, const QString &mapping)
{
    if (name.trimmed().isEmpty()) {
        m_error = { WorkspaceError::Kind::Invalid, tr("A mapping profile needs a name.") };
        return false;
    }
    SqlTransaction tx(m_database);
    if (!tx.isActive()) {
        m_error = tx.error();
        return false;
    }
    QSqlQuery q(tx.connection());
    q.prepare(QStringLiteral("INSERT INTO order_import_profiles (name, mapping, updated_at) "
                             "VALUES (?, ?, ?) ON CONFLICT (name) DO UPDATE SET "
                             "mapping = excluded.mapping, updated_at = excluded.updated_at"));
    q.addBindValue(name.trimmed());
    q.addBindValue(mapping);
    q.addBindValue(QDateTime::currentSecsSinceEpoch());
    if (!q.exec()) {
        m_error = Database::errorFromSql(q.lastError());
        return false;
    }
    if (!tx.commit()) {
        m_error = tx.error();
        return false;
    }
    return true;
}

bool OrderImportProfileRepository::remove(const QString &name)
{
    SqlTransaction tx(m_database);
    if (!tx.isActive()) {
        m_error = tx.error();
        return false;
    }
    QSqlQuery q(tx.connection());
    q.prepare(QStringLiteral("DELETE FROM order_import_profiles WHERE name = ?"));
    q.addBindValue(name);
    if (!q.exec()) {
        m_error = Database::errorFromSql(q.lastError());
        return false;
    }
    if (!tx.commit()) {
        m_error = tx.error();
        return false;
    }
    return true;
}

} // namespace cohort
