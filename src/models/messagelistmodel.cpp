#include "models/messagelistmodel.h"

#include "domain/biditext.h"
#include "storage/database.h"
#include "storage/listspecs.h"

namespace cohort {

MessageListModel::MessageListModel(Database &database, QObject *parent)
    : SqlPagedTableModel(database, ListSpecs::messages(database.dialect()), parent)
{
}

QVariant MessageListModel::data(const QModelIndex &index, int role) const
{
    if (role == Qt::ToolTipRole && index.isValid()
        && index.column() == columnOf(QStringLiteral("text"))) {
        // The whole message, however long or multi-line; tooltips are rich text, the body is not.
        const QString body = SqlPagedTableModel::data(index, RawValueRole).toString();
        if (body.isEmpty())
            return {};
        return QString(QStringLiteral("<p style='white-space:pre-wrap'>")
                       + BidiText::isolated(body).toHtmlEscaped() + QStringLiteral("</p>"));
    }
    return SqlPagedTableModel::data(index, role);
}

void MessageListModel::setGroupFilter(qint64 groupId)
{
    setFilterValue(ListSpecs::Group, groupId > 0 ? QVariant(groupId) : QVariant());
}

qint64 MessageListModel::groupFilter() const
{
    return filter().values.value(ListSpecs::Group).toLongLong();
}

void MessageListModel::setMemberFilter(qint64 memberId)
{
    setFilterValue(ListSpecs::Member, memberId > 0 ? QVariant(memberId) : QVariant());
}

} // namespace cohort
