#pragma once

#include "domain/group.h"
#include "domain/member.h"
#include "domain/order.h"
#include "domain/product.h"
#include "storage/workspaceerror.h"

#include <QCoreApplication>
#include <QList>

#include <functional>

namespace cohort {

class Database;

/// What the order CSV import reads to match rows (members, products, groups) and how it writes
/// them: new members and all orders in one transaction, so a failing row leaves nothing behind.
class OrderImportStore final
{
    Q_DECLARE_TR_FUNCTIONS(OrderImportStore)

public:
    /// The fields of a member that identify them in a CSV row.
    struct MemberKey
    {
        qint64 id = 0;
        QString displayName;
        QString phone;
        QString wechatId;
    };
    /// What one import writes. `orderNewMember[i]` is the index in `newMembers` of the member
    /// order i belongs to, or -1 when its memberId is set; `lines[i]` is its line in the file.
    struct Batch
    {
        QList<Member> newMembers;
        QList<Order> orders;
        QList<int> orderNewMember;
        QList<qint64> lines;
    };
    using ProgressCallback = std::function<void(qsizetype done, qsizetype total)>;
    using CancelFlag = std::function<bool()>;

    explicit OrderImportStore(const Database &database)
        : m_database(database)
    {
    }

    /// Every member with a phone number (numbers are normalized by the caller).
    QList<MemberKey> membersWithPhone() const;
    /// Every member with a WeChat ID (the caller compares them ignoring case: an index on
    /// LOWER(wechat_id) is not portable, and one pass beats a scan per row).
    QList<MemberKey> membersWithWechatId() const;
    /// Members whose display name is exactly `name`.
    QList<MemberKey> membersNamed(const QString &name) const;
    /// Whether the workspace holds an order of the same member, product, time, quantity and
    /// total (an export imported before, or overlapping with this one).
    bool hasSameOrder(const Order &order) const;
    QList<Product> products() const;
    QList<Group> groups() const;

    /// Inserts `batch` in one transaction (ids are set in it). On failure nothing is written,
    /// lastError() says why and errorLine() names the row (0 when no row is to blame). Cancelling
    /// rolls back too and reports wasCancelled().
    bool write(Batch &batch, const ProgressCallback &progress = {}, const CancelFlag &cancel = {});

    const WorkspaceError &lastError() const { return m_error; }
    qint64 errorLine() const { return m_errorLine; }
    bool wasCancelled() const { return m_cancelled; }

private:
    QList<MemberKey> members(const QString &where, const QString &value) const;

    const Database &m_database;
    WorkspaceError m_error;
    qint64 m_errorLine = 0;
    bool m_cancelled = false;
};

} // namespace cohort
