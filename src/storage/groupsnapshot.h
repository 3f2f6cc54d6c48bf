#pragma once

#include "domain/group.h"

#include <QList>
#include <QPair>
#include <QStringList>
#include <QVariantList>

namespace cohort {

/// Everything deleting groups takes away, so undo can put it back with the same ids: the group
/// rows, the rows that cascade with them (memberships, membership events, messages, rule
/// violations, campaign and partner links, activity roll-ups) and the links that are cleared
/// (orders' group and source message, import batches' group).
struct GroupSnapshot
{
    struct TableRows
    {
        QString table;
        QStringList columns;
        QList<QVariantList> rows;
    };

    QList<Group> groups;
    QList<TableRows> dependents; ///< in an order that satisfies their foreign keys
    QList<QPair<qint64, qint64>> orderGroups; ///< order id, group id
    QList<QPair<qint64, qint64>> orderSourceMessages; ///< order id, message id
    QList<QPair<qint64, qint64>> batchGroups; ///< import batch id, group id
};

} // namespace cohort
