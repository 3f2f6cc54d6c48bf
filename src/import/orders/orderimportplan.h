#pragma once

#include "domain/member.h"
#include "domain/order.h"
#include "storage/orderimportstore.h"

#include <QList>
#include <QString>

namespace cohort::import {

/// A problem with one line of an order CSV.
struct OrderImportIssue
{
    qint64 line = 0; ///< 0 = the whole file
    QString message;
    bool operator==(const OrderImportIssue &) const = default;
};

/// Rows naming a member the workspace cannot tell apart (two "Li Na"s, or a name whose only
/// match has another phone number): the user picks one of `candidates` or a new member.
struct AmbiguousMember
{
    QString name;
    QString phone;
    QString wechatId;
    QList<OrderImportStore::MemberKey> candidates;
    QList<qint64> lines;
    /// The member chosen, NewMember, or Unresolved.
    qint64 choice = Unresolved;

    static constexpr qint64 Unresolved = -1;
    static constexpr qint64 NewMember = 0;
};

/// One order ready to write; its member is existing (order.memberId), new (newMember) or
/// awaiting a choice (ambiguous).
struct OrderImportRow
{
    qint64 line = 0;
    Order order;
    int newMember = -1; ///< index into OrderImportPlan::newMembers
    int ambiguous = -1; ///< index into OrderImportPlan::ambiguous
    /// The workspace already holds the same order (member, product, time, quantity, total).
    bool duplicate = false;
};

/// What an order CSV would import: the orders, the members it would create, the rows needing a
/// member choice and the lines that cannot be imported. Nothing is written until commit.
struct OrderImportPlan
{
    QList<OrderImportRow> rows;
    QList<Member> newMembers;
    QList<AmbiguousMember> ambiguous;
    QList<OrderImportIssue> errors;
    QList<OrderImportIssue> warnings;
    /// Rows already in the workspace are left out unless the user says otherwise: re-importing
    /// an overlapping export must not count purchases twice.
    bool skipDuplicates = true;

    int duplicateCount() const
    {
        int n = 0;
        for (const OrderImportRow &row : rows)
            n += row.duplicate ? 1 : 0;
        return n;
    }
    /// Orders a commit would write.
    int importCount() const { return int(rows.size()) - (skipDuplicates ? duplicateCount() : 0); }

    bool hasUnresolved() const
    {
        for (const AmbiguousMember &a : ambiguous) {
            if (a.choice == AmbiguousMember::Unresolved)
                return true;
        }
        return false;
    }
    /// Whether commit may run: no bad line, every member settled and something to import.
    bool isReady() const { return errors.isEmpty() && !hasUnresolved() && importCount() > 0; }
};

} // namespace cohort::import
