#pragma once

#include "domain/enums.h"
#include "domain/membershiptiers.h"
#include "models/sqlpagedtablemodel.h"

#include <optional>

namespace cohort {

/// The Members pane's list (200,000 rows and more): contact, roles, tags, groups, order roll-up,
/// points balance and membership tier.
class MemberListModel final : public SqlPagedTableModel
{
    Q_OBJECT

public:
    explicit MemberListModel(Database &database, QObject *parent = nullptr);

    /// Only current members of this group (0 = all); with `former`, only those who left it
    /// (or, for all groups, those in no group any more).
    void setGroupFilter(qint64 groupId, bool former = false);
    /// Only members with this tag (empty = all).
    void setTagFilter(const QString &tag);
    /// Only members holding this role in some group (nullopt = all).
    void setRoleFilter(std::optional<MemberRole> role);
    void setSourceFilter(std::optional<SourceChannel> source);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    std::shared_ptr<const ListCellFormatter> makeFormatter() const override;

private:
    void loadTiers();

    Database &m_database;
    MembershipTiers m_tiers;
    int m_tierColumn = -1;
};

} // namespace cohort
