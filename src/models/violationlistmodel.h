#pragma once

#include "models/sqlpagedtablemodel.h"

namespace cohort {

/// The Violations view's list: time, group, member, rule, matched text and whether it is
/// dismissed; newest first, paged lazily, filtered by group, rule, member and time in SQL.
class ViolationListModel final : public SqlPagedTableModel
{
    Q_OBJECT

public:
    explicit ViolationListModel(Database &database, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    void setGroupFilter(qint64 groupId); ///< 0 = all groups
    void setRuleFilter(const QString &rule); ///< empty = every rule
    void setMemberFilter(qint64 memberId); ///< 0 = everyone
    /// Only violations at or after `from` and before `to` (Unix seconds; 0 = open).
    void setTimeFilter(qint64 from, qint64 to);
    void setShowDismissed(bool show);

    /// The raw value of column `key` in `row`.
    QVariant rawValue(int row, const QString &key) const;
};

} // namespace cohort
