#pragma once

#include "storage/importbatchrepository.h"

#include <QAbstractTableModel>
#include <QLocale>
#include <QTimeZone>

namespace cohort {

class Database;

/// The import history of one group: one row per recorded import batch (file, format, when,
/// counts), newest first; reloads when a commit touches the batches.
class ImportHistoryModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        FileColumn,
        FormatColumn,
        ImportedColumn,
        MessagesColumn,
        DuplicatesColumn,
        NewMembersColumn,
        JoinsColumn,
        LeavesColumn,
        WarningsColumn,
        ColumnCount
    };
    enum Role { BatchIdRole = Qt::UserRole, RawValueRole };

    explicit ImportHistoryModel(Database &database, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// Shows the batches of `groupId` (0 = none).
    void setGroupId(qint64 groupId);
    qint64 groupId() const { return m_groupId; }
    const ImportBatchRecord &batchAt(int row) const { return m_batches.at(row); }
    bool hasFailed() const { return m_failed; }

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    /// The last load failed and the model is empty: `message` is for the user, `details` names
    /// the statement and the driver's message. A successful load clears hasFailed().
    void loadFailed(const QString &message, const QString &details);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    Database &m_database;
    qint64 m_groupId = 0;
    QList<ImportBatchRecord> m_batches;
    bool m_failed = false;
    QLocale m_locale;
    QTimeZone m_timeZone;
};

} // namespace cohort
