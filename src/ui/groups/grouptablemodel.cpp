#include "ui/groups/grouptablemodel.h"

#include "storage/database.h"
#include "storage/grouprepository.h"

#include <QCollator>
#include <QEvent>
#include <QLocale>

#include <algorithm>

namespace cohort {

GroupTableModel::GroupTableModel(const Database &database, QObject *parent)
    : QAbstractTableModel(parent)
    , m_database(database)
{
    connect(&database, &Database::changed, this, [this](Tables tables) {
        if (tables.testFlag(Table::Groups))
            reload();
    });
    reload();
}

int GroupTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int GroupTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString GroupTableModel::text(const Group &g, int column) const
{
    switch (column) {
    case Name:
        return g.name;
    case Platform:
        return enumDisplayName(g.platform);
    case Status:
        return enumDisplayName(g.status);
    case MainBusiness:
        return g.mainBusiness;
    case Goals: {
        QStringList names;
        for (const GroupGoal goal : g.goals)
            names << enumDisplayName(goal);
        return names.join(QLatin1String(", "));
    }
    case Threshold:
        if (g.entryThreshold == EntryThreshold::Paid && !g.entryFee.currency().isEmpty())
            return tr("%1 (%2)").arg(enumDisplayName(g.entryThreshold),
                                     g.entryFee.toDisplayString(QLocale()));
        return enumDisplayName(g.entryThreshold);
    case Capacity:
        return g.capacity > 0 ? QLocale().toString(g.capacity) : QString();
    case Created:
        return QLocale().toString(g.createdAt.toLocalTime().date(), QLocale::ShortFormat);
    default:
        return {};
    }
}

QVariant GroupTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Group &g = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return text(g, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Name || index.column() == MainBusiness)
            return text(g, index.column()).toHtmlEscaped();
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Capacity)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case IdRole:
        return g.id;
    default:
        return {};
    }
}

QVariant GroupTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Platform:
        return tr("Platform");
    case Status:
        return tr("Status");
    case MainBusiness:
        return tr("Main business");
    case Goals:
        return tr("Goals");
    case Threshold:
        return tr("Entry");
    case Capacity:
        return tr("Capacity");
    case Created:
        return tr("Created");
    default:
        return {};
    }
}

void GroupTableModel::sort(int column, Qt::SortOrder order)
{
    m_sortColumn = column;
    m_sortOrder = order;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<qint64> ids;
    for (const QModelIndex &index : before)
        ids << m_rows.at(index.row()).id;
    applySort();
    QModelIndexList after;
    for (int i = 0; i < before.size(); ++i)
        after << index(rowOf(ids.at(i)), before.at(i).column());
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void GroupTableModel::applySort()
{
    if (m_sortColumn < 0 || m_sortColumn >= ColumnCount)
        return;
    QCollator collator;
    collator.setNumericMode(true);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    const int column = m_sortColumn;
    auto less = [&](const Group &a, const Group &b) {
        switch (column) {
        case Capacity:
            return a.capacity < b.capacity;
        case Created:
            return a.createdAt < b.createdAt;
        default:
            return collator.compare(text(a, column), text(b, column)) < 0;
        }
    };
    if (m_sortOrder == Qt::AscendingOrder)
        std::stable_sort(m_rows.begin(), m_rows.end(), less);
    else
        std::stable_sort(m_rows.begin(), m_rows.end(),
                         [&](const Group &a, const Group &b) { return less(b, a); });
}

void GroupTableModel::setSearchText(const QString &text)
{
    if (text == m_search)
        return;
    beginResetModel();
    m_search = text;
    m_rows.clear();
    for (const Group &g : std::as_const(m_all)) {
        if (matches(g))
            m_rows << g;
    }
    applySort();
    endResetModel();
}

bool GroupTableModel::matches(const Group &g) const
{
    if (m_search.isEmpty())
        return true;
    const QString fields[] = { g.name,
                               g.mainBusiness,
                               enumDisplayName(g.platform),
                               g.portrait.region,
                               g.portrait.needs,
                               g.portrait.tags.join(QLatin1Char(' ')),
                               g.notes };
    for (const QString &field : fields) {
        if (field.contains(m_search, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

int GroupTableModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == id)
            return row;
    }
    return -1;
}

void GroupTableModel::reload()
{
    beginResetModel();
    m_all = GroupRepository(m_database).all();
    m_rows.clear();
    for (const Group &g : std::as_const(m_all)) {
        if (matches(g))
            m_rows << g;
    }
    applySort();
    endResetModel();
}

void GroupTableModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

} // namespace cohort
