#pragma once

#include "domain/group.h"
#include "storage/changeset.h"

#include <QAbstractTableModel>
#include <QList>

namespace cohort {

class Database;

/// The Groups pane's rows: every group of the workspace (a few dozen at most, so they are held in
/// memory), filtered by a search text and sorted in place; reloads after commits touching groups.
class GroupTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Name,
        Platform,
        Status,
        MainBusiness,
        Goals,
        Threshold,
        Capacity,
        Created,
        ColumnCount
    };
    enum Role { IdRole = Qt::UserRole + 1 };

    explicit GroupTableModel(const Database &database, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    /// Case-insensitive substring match on name, main business, platform and portrait.
    void setSearchText(const QString &text);
    QString searchText() const { return m_search; }
    const Group &groupAt(int row) const { return m_rows.at(row); }
    /// Row of the group with `id`, or -1 when it is filtered out or gone.
    int rowOf(qint64 id) const;
    void reload();
    /// Re-announces headers and cells after a language change (names come from tr()).
    void retranslate();

private:
    bool matches(const Group &group) const;
    void applySort();
    QString text(const Group &group, int column) const;

    const Database &m_database;
    QList<Group> m_all;
    QList<Group> m_rows;
    QString m_search;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace cohort
