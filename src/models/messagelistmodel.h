#pragma once

#include "models/sqlpagedtablemodel.h"

namespace cohort {

/// The Messages view's list (a million rows and more): time, author, kind, text, group; newest
/// first, paged lazily, filtered by group and by text in SQL.
class MessageListModel final : public SqlPagedTableModel
{
    Q_OBJECT

public:
    explicit MessageListModel(Database &database, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    /// Only messages of this group (0 = all groups).
    void setGroupFilter(qint64 groupId);
    qint64 groupFilter() const;
    /// Only messages written by this member (0 = everyone).
    void setMemberFilter(qint64 memberId);
};

} // namespace cohort
