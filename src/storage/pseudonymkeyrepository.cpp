#include "storage/pseudonymkeyrepository.h"

#include "storage/database.h"
#include "storage/sqltransaction.h"
#include "storage/sqlvalues.h"

#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>

namespace cohort {

namespace {

const QString MetaKey = QStringLiteral("pseudonym_key");

} // namespace

QByteArray PseudonymKeyRepository::key()
{
    m_error = WorkspaceError();
    SqlTransaction transaction(m_database);
    if (!transaction.isActive()) {
        m_error = transaction.error();
        return {};
    }
    QSqlQuery query(transaction.connection());
    query.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    query.addBindValue(sql::text(MetaKey));
    if (!query.exec()) {
        m_error = Database::errorFromSql(query.lastError());
        return {};
    }
    if (query.next()) {
        const QByteArray stored = QByteArray::fromHex(query.value(0).toString().toLatin1());
        if (!stored.isEmpty())
            return stored;
    }
    query.finish();

    // The key only has to be unguessable from outside the workspace; 256 bits from the system
    // generator are plenty.
    QByteArray fresh(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(fresh.data()),
                                          fresh.size() / 4);
    query.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?) "
                                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    query.addBindValue(sql::text(MetaKey));
    query.addBindValue(sql::text(QString::fromLatin1(fresh.toHex())));
    if (!query.exec()) {
        m_error = Database::errorFromSql(query.lastError());
        return {};
    }
    if (!transaction.commit()) {
        m_error = transaction.error();
        return {};
    }
    return fresh;
}

} // namespace cohort
