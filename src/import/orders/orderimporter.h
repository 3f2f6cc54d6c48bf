#pragma once

#include "import/orders/ordercolumnmapping.h"
#include "import/orders/ordercsvfile.h"
#include "import/orders/orderimportplan.h"
#include "storage/orderimportstore.h"

#include <QCoreApplication>
#include <QHash>

namespace cohort {
class Database;
}

namespace cohort::import {

/// Turns an order CSV and a column mapping into an OrderImportPlan (value parsing, member
/// matching by phone, then WeChat ID, then exact name; product matching by SKU, then name) and
/// writes a ready plan in one transaction. Widget-free: the wizard and cohort-cli share it.
class OrderImporter final
{
    Q_DECLARE_TR_FUNCTIONS(OrderImporter)

public:
    explicit OrderImporter(const Database &database);

    OrderImportPlan prepare(const OrderCsvFile &file, const OrderColumnMapping &mapping);

    /// Writes `plan` (which must be ready) as orders of the CSV channel, creating the new members;
    /// everything or nothing. On failure errorString() says why, naming the line.
    bool commit(const OrderImportPlan &plan,
                const OrderImportStore::ProgressCallback &progress = {},
                const OrderImportStore::CancelFlag &cancel = {});
    bool wasCancelled() const { return m_cancelled; }
    QString errorString() const { return m_error; }
    qint64 errorLine() const { return m_errorLine; }
    /// Orders and new members written by the last successful commit.
    qsizetype committedOrders() const { return m_orderIds.size(); }
    qsizetype committedMembers() const { return m_memberIds.size(); }
    /// Ids written by the last successful commit (an undo command removes them again).
    const QList<qint64> &committedOrderIds() const { return m_orderIds; }
    const QList<qint64> &committedMemberIds() const { return m_memberIds; }

private:
    /// prepare() without its guard: throws QueryError when the workspace cannot be read.
    OrderImportPlan prepareUnguarded(const OrderCsvFile &file, const OrderColumnMapping &mapping);

    struct MemberResult
    {
        qint64 memberId = 0;
        int newMember = -1;
        int ambiguous = -1;
        QString error;
    };
    MemberResult matchMember(OrderImportPlan &plan, const QString &name, const QString &phone,
                             const QString &wechatId, qint64 line);
    const QList<OrderImportStore::MemberKey> &membersWithPhone(const QString &digits);
    const QList<OrderImportStore::MemberKey> &membersWithWechatId(const QString &wechatId);
    const QList<OrderImportStore::MemberKey> &membersNamed(const QString &name);

    const Database &m_database;
    OrderImportStore m_store;
    bool m_phonesLoaded = false;
    QHash<QString, QList<OrderImportStore::MemberKey>> m_phones;
    bool m_wechatIdsLoaded = false;
    QHash<QString, QList<OrderImportStore::MemberKey>> m_wechatIds; ///< by lower-case id
    QHash<QString, QList<OrderImportStore::MemberKey>> m_names; ///< names looked up so far
    QHash<QString, int> m_newMemberByKey;
    QHash<QString, int> m_ambiguousByKey;
    QString m_error;
    qint64 m_errorLine = 0;
    bool m_cancelled = false;
    QList<qint64> m_orderIds;
    QList<qint64> m_memberIds;
};

} // namespace cohort::import
