#pragma once

#include "domain/campaign.h"
#include "domain/group.h"
#include "domain/member.h"
#include "domain/order.h"
#include "domain/product.h"
#include "storage/campaignrepository.h"
#include "storage/database.h"
#include "storage/grouprepository.h"
#include "storage/memberrepository.h"
#include "storage/membersnapshot.h"
#include "storage/orderrepository.h"
#include "storage/productrepository.h"
#include "storage/sqltransaction.h"

#include <QCoreApplication>

namespace cohort {

/// How the generic add/edit/delete commands reach one entity's repository: what a deletion must
/// keep to be undone with the same ids, and the translated command texts.
template<typename T> struct EntityCommandTraits;

namespace detail {

/// Snapshot of entities whose repository re-inserts one row with its old id (restore(T)).
template<typename T, typename Repository> struct RowSnapshotTraits
{
    using Snapshot = QList<T>;

    static Snapshot snapshot(Repository &repository, const QList<qint64> &ids)
    {
        Snapshot rows;
        for (const qint64 id : ids) {
            if (std::optional<T> row = repository.find(id))
                rows << *row;
        }
        return rows;
    }

    /// All rows or none: the repository calls nest as savepoints in one transaction.
    static bool restore(const Database &database, Repository &repository, const Snapshot &rows,
                        QString *error)
    {
        SqlTransaction tx(database);
        if (!tx.isActive()) {
            *error = tx.error().message;
            return false;
        }
        for (const T &row : rows) {
            if (!repository.restore(row)) {
                *error = repository.lastError().message;
                return false;
            }
        }
        if (!tx.commit()) {
            *error = tx.error().message;
            return false;
        }
        return true;
    }

    static qsizetype size(const Snapshot &rows) { return rows.size(); }
};

} // namespace detail

template<> struct EntityCommandTraits<Group>
{
    using Repository = GroupRepository;
    /// A group takes its members' seats, messages, roll-ups and links with it: all come back.
    using Snapshot = GroupSnapshot;
    static Snapshot snapshot(Repository &repository, const QList<qint64> &ids)
    {
        return repository.snapshot(ids);
    }
    static bool restore(const Database &, Repository &repository, const Snapshot &snapshot,
                        QString *error)
    {
        if (repository.restore(snapshot))
            return true;
        *error = repository.lastError().message;
        return false;
    }
    static qsizetype size(const Snapshot &snapshot) { return snapshot.groups.size(); }
    static QString table() { return QStringLiteral("chat_groups"); }
    static QString name(const Group &g) { return g.name; }
    static QString addText(const Group &g)
    {
        return QCoreApplication::translate("UndoCommand", "Add group “%1”").arg(g.name);
    }
    static QString editText(const Group &g)
    {
        return QCoreApplication::translate("UndoCommand", "Edit group “%1”").arg(g.name);
    }
    static QString deleteText(int n)
    {
        return QCoreApplication::translate("UndoCommand", "Delete %n group(s)", nullptr, n);
    }
};

template<>
struct EntityCommandTraits<Product> : detail::RowSnapshotTraits<Product, ProductRepository>
{
    using Repository = ProductRepository;
    static QString table() { return QStringLiteral("products"); }
    static QString name(const Product &p) { return p.name; }
    static QString addText(const Product &p)
    {
        return QCoreApplication::translate("UndoCommand", "Add product “%1”").arg(p.name);
    }
    static QString editText(const Product &p)
    {
        return QCoreApplication::translate("UndoCommand", "Edit product “%1”").arg(p.name);
    }
    static QString deleteText(int n)
    {
        return QCoreApplication::translate("UndoCommand", "Delete %n product(s)", nullptr, n);
    }
};

template<>
struct EntityCommandTraits<Campaign> : detail::RowSnapshotTraits<Campaign, CampaignRepository>
{
    using Repository = CampaignRepository;
    static QString table() { return QStringLiteral("campaigns"); }
    static QString name(const Campaign &c) { return c.name; }
    static QString addText(const Campaign &c)
    {
        return QCoreApplication::translate("UndoCommand", "Add campaign “%1”").arg(c.name);
    }
    static QString editText(const Campaign &c)
    {
        return QCoreApplication::translate("UndoCommand", "Edit campaign “%1”").arg(c.name);
    }
    static QString deleteText(int n)
    {
        return QCoreApplication::translate("UndoCommand", "Delete %n campaign(s)", nullptr, n);
    }
};

template<> struct EntityCommandTraits<Order> : detail::RowSnapshotTraits<Order, OrderRepository>
{
    using Repository = OrderRepository;
    static QString table() { return QStringLiteral("orders"); }
    static QString name(const Order &o)
    {
        return QCoreApplication::translate("UndoCommand", "order %1").arg(o.id);
    }
    static QString addText(const Order &)
    {
        return QCoreApplication::translate("UndoCommand", "Add order");
    }
    static QString editText(const Order &)
    {
        return QCoreApplication::translate("UndoCommand", "Edit order");
    }
    static QString deleteText(int n)
    {
        return QCoreApplication::translate("UndoCommand", "Delete %n order(s)", nullptr, n);
    }
};

/// Members: deleting one also removes memberships, identities and events and unlinks referrals;
/// the repository's MemberSnapshot carries all of it back.
template<> struct EntityCommandTraits<Member>
{
    using Repository = MemberRepository;
    using Snapshot = MemberSnapshot;

    static Snapshot snapshot(Repository &repository, const QList<qint64> &ids)
    {
        return repository.snapshot(ids);
    }
    static bool restore(const Database &, Repository &repository, const Snapshot &snapshot,
                        QString *error)
    {
        if (repository.restore(snapshot))
            return true;
        *error = repository.lastError().message;
        return false;
    }
    static qsizetype size(const Snapshot &snapshot) { return snapshot.members.size(); }
    static QString table() { return QStringLiteral("members"); }
    static QString name(const Member &m) { return m.displayName; }
    static QString addText(const Member &m)
    {
        return QCoreApplication::translate("UndoCommand", "Add member “%1”").arg(m.displayName);
    }
    static QString editText(const Member &m)
    {
        return QCoreApplication::translate("UndoCommand", "Edit member “%1”").arg(m.displayName);
    }
    static QString deleteText(int n)
    {
        return QCoreApplication::translate("UndoCommand", "Delete %n member(s)", nullptr, n);
    }
};

} // namespace cohort
