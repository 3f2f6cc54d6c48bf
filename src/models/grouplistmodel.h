#pragma once

#include "analytics/positioningscorecard.h"
#include "models/sqlpagedtablemodel.h"

#include <QHash>

namespace cohort {

/// The Groups pane's list: platform, name, status, member count and positioning, plus each
/// group against its own targets (a column computed outside SQL, after the stored ones).
class GroupListModel final : public SqlPagedTableModel
{
    Q_OBJECT

public:
    explicit GroupListModel(Database &database, QObject *parent = nullptr);

    /// The targets column: after the columns of the list's spec.
    int targetsColumn() const { return int(spec().columns.size()); }
    /// The groups against their targets (PositioningScorecard); groups not in it show nothing.
    void setScorecards(const QList<GroupScorecard> &cards);
    std::optional<GroupScorecard> scorecard(qint64 groupId) const;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    /// The targets column sorts missed first (PositioningScorecard::sortWorstFirst), groups
    /// without a scorecard last; the other columns sort in SQL.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    bool sortedByTargets() const { return m_targetsSort; }

protected:
    std::shared_ptr<const ListCellFormatter> makeFormatter() const override;

private:
    void applyTargetsSort();

    QHash<qint64, GroupScorecard> m_cards;
    bool m_targetsSort = false;
    Qt::SortOrder m_targetsOrder = Qt::AscendingOrder;
};

} // namespace cohort
