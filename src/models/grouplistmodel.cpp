#include "models/grouplistmodel.h"

#include "models/groupcellformatter.h"
#include "models/statuscolors.h"
#include "reports/scorecardtext.h"
#include "storage/database.h"
#include "storage/listspecs.h"

#include <QGuiApplication>
#include <QPalette>

namespace cohort {

GroupListModel::GroupListModel(Database &database, QObject *parent)
    : SqlPagedTableModel(database, ListSpecs::groups(database.dialect()), parent)
{
}

void GroupListModel::setScorecards(const QList<GroupScorecard> &cards)
{
    m_cards.clear();
    for (const GroupScorecard &card : cards)
        m_cards.insert(card.groupId, card);
    resetFormatter(); // an export started from now on writes these
    if (m_targetsSort)
        applyTargetsSort();
    else if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, targetsColumn()), index(rowCount() - 1, targetsColumn()));
}

void GroupListModel::sort(int column, Qt::SortOrder order)
{
    if (column != targetsColumn()) {
        const bool wasTargets = m_targetsSort;
        m_targetsSort = false;
        const int before = sortColumn();
        const Qt::SortOrder beforeOrder = sortOrder();
        SqlPagedTableModel::sort(column, order);
        // The SQL sort did not change, so it did not reload: the rows are still in targets order.
        if (wasTargets && before == sortColumn() && beforeOrder == sortOrder())
            refresh();
        return;
    }
    m_targetsSort = true;
    m_targetsOrder = order;
    applyTargetsSort();
}

void GroupListModel::applyTargetsSort()
{
    QHash<qint64, int> rank;
    QList<GroupScorecard> cards = m_cards.values();
    PositioningScorecard::sortWorstFirst(cards);
    for (int i = 0; i < cards.size(); ++i)
        rank.insert(cards.at(i).groupId, i);
    const bool descending = m_targetsOrder == Qt::DescendingOrder;
    sortLoadedRows([&rank, descending](const ListRow &a, const ListRow &b) {
        // Rows without a scorecard (not computed yet) stay last either way.
        const int ra = rank.value(a.id, -1);
        const int rb = rank.value(b.id, -1);
        if ((ra < 0) != (rb < 0))
            return rb < 0;
        return descending ? rb < ra : ra < rb;
    });
}

std::shared_ptr<const ListCellFormatter> GroupListModel::makeFormatter() const
{
    QHash<qint64, QString> targets;
    for (auto it = m_cards.cbegin(); it != m_cards.cend(); ++it)
        targets.insert(it.key(), ScorecardText::attainmentName(it->attainment));
    return std::make_shared<GroupCellFormatter>(spec().columns, locale(), timeZone(), targets);
}

std::optional<GroupScorecard> GroupListModel::scorecard(qint64 groupId) const
{
    const auto it = m_cards.constFind(groupId);
    return it == m_cards.cend() ? std::nullopt : std::optional<GroupScorecard>(*it);
}

int GroupListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : SqlPagedTableModel::columnCount(parent) + 1;
}

QVariant GroupListModel::data(const QModelIndex &index, int role) const
{
    if (index.column() != targetsColumn() || !index.isValid() || index.parent().isValid())
        return SqlPagedTableModel::data(index, role);
    if (role == IdRole)
        return idAt(index.row());
    const auto it = m_cards.constFind(idAt(index.row()));
    if (it == m_cards.cend())
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return ScorecardText::attainmentName(it->attainment);
    case RawValueRole:
        return int(it->attainment);
    case Qt::ToolTipRole:
        return ScorecardText::details(*it, locale());
    case Qt::ForegroundRole:
        if (it->attainment == Attainment::Missed)
            return StatusColors::bad(QGuiApplication::palette());
        if (it->attainment == Attainment::Met)
            return StatusColors::good(QGuiApplication::palette());
        return {};
    default:
        return {};
    }
}

QVariant GroupListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && section == targetsColumn()) {
        if (role == Qt::DisplayRole)
            return tr("Targets");
        if (role == Qt::ToolTipRole)
            return tr("Each group against the targets of its goals over the last 30 days of "
                      "data");
        return {};
    }
    return SqlPagedTableModel::headerData(section, orientation, role);
}

} // namespace cohort
