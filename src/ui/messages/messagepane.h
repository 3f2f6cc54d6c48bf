#pragma once

#include "ui/widgets/entitypane.h"

class QComboBox;
class QLabel;

namespace cohort {

class MessageListModel;

/// The Messages pane: imported chat messages of all groups or one, newest first, searchable.
/// Messages are read-only here (they come from imports).
class MessagePane final : public EntityPane
{
    Q_OBJECT

public:
    MessagePane(Database &database, QUndoStack *undoStack, QWidget *parent = nullptr);

    QString title() const override;
    QComboBox *groupFilter() const { return m_group; }
    MessageListModel *messageModel() const { return m_model; }
    /// Shows the messages of `groupId` (0 = all groups).
    void setGroup(qint64 groupId);

protected:
    void createItem() override { }
    void editRow(int row) override { Q_UNUSED(row) }
    void deleteRows(const QList<int> &rows) override { Q_UNUSED(rows) }
    QString emptyHint() const override;
    QString deleteQuestion(int count) const override;
    void retranslate() override;
    /// Refills the group filter, then the rows.
    void retryLoad() override;

private:
    /// Returns false (the banner shows) when the groups cannot be read.
    bool fillGroups();

    MessageListModel *m_model;
    QLabel *m_groupLabel = nullptr;
    QComboBox *m_group = nullptr;
};

} // namespace cohort
