#pragma once

#include "ui/widgets/entitypane.h"

class QLabel;
class QTableView;

namespace cohort {

class GroupListModel;
class GroupTargetsPanel;
class ImportHistoryModel;
class PositioningLoader;

/// The Groups pane: the workspace's chat groups with their positioning.
class GroupPane final : public EntityPane
{
    Q_OBJECT

public:
    GroupPane(Database &database, QUndoStack *undoStack, QWidget *parent = nullptr);

    QString title() const override;
    QAction *showMessagesAction() const { return m_showMessagesAction; }
    ImportHistoryModel *historyModel() const { return m_historyModel; }
    QTableView *historyView() const { return m_historyView; }
    PositioningLoader *positioningLoader() const { return m_positioning; }
    GroupTargetsPanel *targetsPanel() const { return m_targetsPanel; }
    /// Opens the group dialog of `groupId` on its goals (a group without positioning).
    void editGoals(qint64 groupId);

Q_SIGNALS:
    /// "Show Messages": the Messages view should show this group.
    void showMessagesRequested(qint64 groupId);
    /// A deletion that ran in the background ended (done, cancelled or failed).
    void backgroundDeleteFinished();

protected:
    void createItem() override;
    void editRow(int row) override;
    void deleteRows(const QList<int> &rows) override;
    QString emptyHint() const override;
    QString deleteQuestion(int count) const override;
    QString rowCountText(qint64 rows) const override;
    void retranslate() override;
    /// Reads the groups and the selected group's import history again.
    void retryLoad() override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void updateHistory();
    void updateTargets();
    GroupListModel *groupModel() const;
    /// The group's approved promoters (member ids in its rule settings) by name.
    QStringList promoterNames(qint64 groupId) const;
    /// The dialog for `row`, on its goals when `goals`; pushes the edit on OK.
    void editGroup(int row, bool goals);
    /// Deletes `ids` as a job behind a progress dialog with Cancel (GroupTrashJob); pushes the
    /// undo command once the job has committed.
    void deleteInBackground(const QList<qint64> &ids);

    QAction *m_showMessagesAction = nullptr;
    ImportHistoryModel *m_historyModel = nullptr;
    QLabel *m_historyLabel = nullptr;
    QTableView *m_historyView = nullptr;
    PositioningLoader *m_positioning = nullptr;
    GroupTargetsPanel *m_targetsPanel = nullptr;
};

} // namespace cohort
