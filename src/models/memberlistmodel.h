#pragma once

#include "models/sqlpagedtablemodel.h"
#include "domain/enums.h"

#include <optional>

namespace cohort {

/// The Members pane's list (200,000 rows and more): contact, roles, tags, groups, order roll-up.
class MemberListModel final : public SqlPagedTableModel
{
    Q_OBJECT

public:
    explicit MemberListModel(Database &database, QObject *parent = nullptr);

    /// Only current members of this group (0 = all).
    void setGroupFilter(qint64 groupId);
    /// Only members with this tag (empty = all).
    void setTagFilter(const QString &tag);
    /// Only members holding this role in some group (nullopt = all).
    void setRoleFilter(std::optional<MemberRole> role);
    void setSourceFilter(std::optional<SourceChannel> source);
};

} // namespace cohort
