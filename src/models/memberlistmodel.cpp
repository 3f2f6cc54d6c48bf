#include "models/memberlistmodel.h"

#include "storage/database.h"
#include "storage/listspecs.h"

namespace cohort {

MemberListModel::MemberListModel(Database &database, QObject *parent)
    : SqlPagedTableModel(database, ListSpecs::members(database.dialect()), parent)
{
}

void MemberListModel::setGroupFilter(qint64 groupId)
{
    setFilterValue(ListSpecs::Group, groupId > 0 ? QVariant(groupId) : QVariant());
}

void MemberListModel::setTagFilter(const QString &tag)
{
    setFilterValue(ListSpecs::Tag, tag.isEmpty() ? QVariant() : QVariant(tag));
}

void MemberListModel::setRoleFilter(std::optional<MemberRole> role)
{
    setFilterValue(ListSpecs::Role, role ? QVariant(enumKey(*role)) : QVariant());
}

void MemberListModel::setSourceFilter(std::optional<SourceChannel> source)
{
    setFilterValue(ListSpecs::Source, source ? QVariant(enumKey(*source)) : QVariant());
}

} // namespace cohort
