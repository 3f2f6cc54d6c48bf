#include "storage/ledgerrepository.h"

#include "storage/checkedquery.h"
#include "storage/database.h"
#include "storage/sqldialect.h"
#include "storage/sqltransaction.h"
#include "storage/sqlvalues.h"
#include "storage/sqlwrite.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace cohort {

namespace {

LedgerEntry readEntry(const QSqlQuery &q)
{
    LedgerEntry e;
    e.id = q.value(0).toLongLong();
    e.beneficiaryId = q.value(1).toLongLong();
    e.orderId = q.value(2).toLongLong();
    e.kind = ledgerKindFromKey(q.value(3).toString()).value_or(LedgerKind::Rebate);
    e.amount = Money(q.value(4).toLongLong(), q.value(5).toString());
    e.at = sql::toDateTime(q.value(6));
    e.paidAt = sql::toDateTime(q.value(7));
    return e;
}

const char *const EntryColumns
    = "SELECT id, beneficiary_id, order_id, kind, amount_minor, currency, created_at, paid_at "
      "FROM commission_ledger";

} // namespace

bool LedgerRepository::append(QList<LedgerEntry> &entries)
{
    SqlTransaction tx(m_database);
    if (!tx.isActive()) {
        m_error = tx.error();
        return false;
    }
    QSqlQuery q(tx.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO commission_ledger (beneficiary_id, order_id, kind, "
        "amount_minor, currency, created_at, paid_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    for (LedgerEntry &e : entries) {
        q.addBindValue(e.beneficiaryId);
        q.addBindValue(sql::fromId(e.orderId));
        q.addBindValue(ledgerKindKey(e.kind));
        q.addBindValue(e.amount.minorUnits());
        q.addBindValue(sql::text(e.amount.currency()));
        q.addBindValue(e.at.isValid() ? e.at.toSecsSinceEpoch()
                                      : QDateTime::currentSecsSinceEpoch());
        q.addBindValue(sql::fromDateTime(e.paidAt));
        if (!q.exec()) {
            m_error = Database::errorFromSql(q.lastError());
            return false;
        }
        e.id = q.lastInsertId().toLongLong();
    }
    tx.touch(Table::Ledger);
    if (!tx.commit()) {
        m_error = tx.error();
        return false;
    }
    return true;
}

QList<LedgerEntry> LedgerRepository::entriesForOrder(qint64 orderId) const
{
    QList<LedgerEntry> result;
    CheckedQuery q(m_database,
                   QLatin1String(EntryColumns) + QStringLiteral(" WHERE order_id = ? ORDER BY id"));
    q.bind(orderId).exec();
    while (q.next())
        result << readEntry(q);
    return result;
}

QList<LedgerEntry> LedgerRepository::entries(qint64 beneficiaryId, const QDateTime &from,
                                             const QDateTime &to) const
{
    QList<LedgerEntry> result;
    CheckedQuery q(
        m_database,
        QLatin1String(EntryColumns)
            + QStringLiteral(" WHERE (? = 0 OR beneficiary_id = ?) AND created_at >= ? AND "
                             "created_at < ? ORDER BY created_at, id"));
    q.bind(beneficiaryId)
        .bind(beneficiaryId)
        .bind(from.toSecsSinceEpoch())
        .bind(to.toSecsSinceEpoch())
        .exec();
    while (q.next())
        result << readEntry(q);
    return result;
}

QList<LedgerRepository::PayoutTotal> LedgerRepository::payoutTotals(const QDateTime &from,
                                                                    const QDateTime &to) const
{
    QList<PayoutTotal> result;
    CheckedQuery q(
        m_database,
        QStringLiteral(
            "SELECT beneficiary_id, currency, SUM(amount_minor), "
            "SUM(CASE WHEN paid_at IS NULL THEN 0 ELSE amount_minor END) FROM commission_ledger "
            "WHERE created_at >= ? AND created_at < ? GROUP BY beneficiary_id, currency "
            "ORDER BY beneficiary_id, currency"));
    q.bind(from.toSecsSinceEpoch()).bind(to.toSecsSinceEpoch()).exec();
    while (q.next()) {
        const QString currency = q.value(1).toString();
        const Money earned(q.value(2).toLongLong(), currency);
        const Money paid(q.value(3).toLongLong(), currency);
        result.append({ q.value(0).toLongLong(), earned, paid, earned - paid });
    }
    return result;
}

bool LedgerRepository::markPaid(const QList<qint64> &entryIds, const QDateTime &at)
{
    return writeEach(
        m_database,
        QStringLiteral("UPDATE commission_ledger SET paid_at = ? WHERE id = ? AND paid_at IS NULL"),
        entryIds, Table::Ledger,
        [&at](QSqlQuery &q, qint64 id) {
            q.addBindValue(at.toSecsSinceEpoch());
            q.addBindValue(id);
        },
        &m_error);
}

bool LedgerRepository::markUnpaid(const QList<qint64> &entryIds)
{
    return writeEach(
        m_database, QStringLiteral("UPDATE commission_ledger SET paid_at = NULL WHERE id = ?"),
        entryIds, Table::Ledger, [](QSqlQuery &q, qint64 id) { q.addBindValue(id); }, &m_error);
}

QList<qint64> LedgerRepository::unpaidAmong(const QList<qint64> &entryIds) const
{
    QList<qint64> result;
    CheckedQuery q(
        m_database,
        QStringLiteral("SELECT 1 FROM commission_ledger WHERE id = ? AND paid_at IS NULL"));
    for (const qint64 id : entryIds) {
        if (q.bind(id).exec().next())
            result << id;
    }
    return result;
}

bool LedgerRepository::savePartner(const PartnerTerms &terms)
{
    SqlTransaction tx(m_database);
    if (!tx.isActive()) {
        m_error = tx.error();
        return false;
    }
    QSqlQuery q(tx.connection());
    // Delete and insert rather than an upsert: the old partner_groups rows go with the partner
    // row (ON DELETE CASCADE) and the current ones are inserted below.
    q.prepare(QStringLiteral("DELETE FROM partners WHERE member_id = ?"));
    q.addBindValue(terms.memberId);
    bool ok = q.exec();
    if (ok) {
        q.prepare(QStringLiteral("INSERT INTO partners (member_id, rate_bp, recruiter_id, "
                                 "recruiter_rate_bp) VALUES (?, ?, ?, ?)"));
        q.addBindValue(terms.memberId);
        q.addBindValue(terms.rateBasisPoints);
        q.addBindValue(sql::fromId(terms.recruiterId));
        q.addBindValue(terms.recruiterRateBasisPoints);
        ok = q.exec();
    }
    if (ok) {
        q.prepare(QStringLiteral("INSERT INTO partner_groups (member_id, group_id) VALUES (?, ?)"));
        for (const qint64 group : terms.groupIds) {
            q.addBindValue(terms.memberId);
            q.addBindValue(group);
            if (!(ok = q.exec()))
                break;
        }
    }
    if (!ok) {
        m_error = Database::errorFromSql(q.lastError());
        return false;
    }
    tx.touch(Table::Ledger);
    if (!tx.commit()) {
        m_error = tx.error();
        return false;
    }
    return true;
}

bool LedgerRepository::removePartner(qint64 memberId)
{
    SqlTransaction tx(m_database);
    if (!tx.isActive()) {
        m_error = tx.error();
        return false;
    }
    QSqlQuery q(tx.connection());
    q.prepare(QStringLiteral("UPDATE partners SET recruiter_id = NULL, recruiter_rate_bp = 0 "
                             "WHERE recruiter_id = ?"));
    q.addBindValue(memberId);
    bool ok = q.exec();
    if (ok) {
        q.prepare(QStringLiteral("DELETE FROM partners WHERE member_id = ?"));
        q.addBindValue(memberId);
        ok = q.exec();
    }
    if (!ok) {
        m_error = Database::errorFromSql(q.lastError());
        return false;
    }
    tx.touch(Table::Ledger);
    if (!tx.commit()) {
        m_error = tx.error();
        return false;
    }
    return true;
}

QList<PartnerTerms> LedgerRepository::partners() const
{
    QList<PartnerTerms> result;
    QHash<qint64, qsizetype> index;
    CheckedQuery q(m_database,
                   QStringLiteral("SELECT member_id, rate_bp, recruiter_id, recruiter_rate_bp FROM "
                                  "partners ORDER BY member_id"));
    q.exec();
    while (q.next()) {
        PartnerTerms t;
        t.memberId = q.value(0).toLongLong();
        t.rateBasisPoints = q.value(1).toLongLong();
        t.recruiterId = q.value(2).toLongLong();
        t.recruiterRateBasisPoints = q.value(3).toLongLong();
        index.insert(t.memberId, result.size());
        result << t;
    }
    CheckedQuery groups(m_database,
                        QStringLiteral("SELECT member_id, group_id FROM partner_groups"));
    groups.exec();
    while (groups.next()) {
        const auto it = index.constFind(groups.value(0).toLongLong());
        if (it != index.constEnd())
            result[*it].groupIds.insert(groups.value(1).toLongLong());
    }
    return result;
}

bool LedgerRepository::appendPoints(QList<PointsEntry> &entries)
{
    SqlTransaction tx(m_database);
    if (!tx.isActive()) {
        m_error = tx.error();
        return false;
    }
    QSqlQuery q(tx.connection());
    q.prepare(QStringLiteral("INSERT INTO points_ledger (member_id, points, reason, order_id, at) "
                             "VALUES (?, ?, ?, ?, ?)"));
    for (PointsEntry &e : entries) {
        q.addBindValue(e.memberId);
        q.addBindValue(e.points);
        q.addBindValue(sql::text(e.reason));
        q.addBindValue(sql::fromId(e.orderId));
        q.addBindValue(e.at.isValid() ? e.at.toSecsSinceEpoch()
                                      : QDateTime::currentSecsSinceEpoch());
        if (!q.exec()) {
            m_error = Database::errorFromSql(q.lastError());
            return false;
        }
        e.id = q.lastInsertId().toLongLong();
    }
    tx.touch(Table::Points);
    if (!tx.commit()) {
        m_error = tx.error();
        return false;
    }
    return true;
}

QList<PointsEntry> LedgerRepository::pointsOf(qint64 memberId) const
{
    QList<PointsEntry> result;
    CheckedQuery q(
        m_database,
        QStringLiteral("SELECT id, member_id, points, reason, order_id, at FROM points_ledger "
                       "WHERE member_id = ? ORDER BY at, id"));
    q.bind(memberId).exec();
    while (q.next()) {
        PointsEntry e;
        e.id = q.value(0).toLongLong();
        e.memberId = q.value(1).toLongLong();
        e.points = q.value(2).toLongLong();
        e.reason = q.value(3).toString();
        e.orderId = q.value(4).toLongLong();
        e.at = sql::toDateTime(q.value(5));
        result << e;
    }
    return result;
}

qint64 LedgerRepository::pointsBalance(qint64 memberId) const
{
    CheckedQuery q(
        m_database,
        QStringLiteral("SELECT COALESCE(SUM(points), 0) FROM points_ledger WHERE member_id = ?"));
    if (q.bind(memberId).exec().next())
        return q.value(0).toLongLong();
    return 0;
}

} // namespace cohort
