#pragma once

#include "ui/widgets/entitypane.h"

class QComboBox;
class QLabel;
class QPlainTextEdit;

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
    /// The whole text of the selected message, however many lines it has.
    QPlainTextEdit *detailView() const { return m_detail; }
    /// Shows the messages of `groupId` (0 = all groups).
    void setGroup(qint64 groupId);
    /// "Indexing…", shown while the search index is behind (MessageIndexRunner).
    QLabel *indexingLabel() const { return m_indexing; }
    /// Reads again whether the search index is behind; MainWindow calls it as the index
    /// catches up, and new messages call it too.
    void updateIndexState();

protected:
    void createItem() override { }
    void editRow(int row) override { Q_UNUSED(row) }
    void deleteRows(const QList<int> &rows) override { Q_UNUSED(rows) }
    QString emptyHint() const override;
    QString deleteQuestion(int count) const override;
    QString rowCountText(qint64 rows) const override;
    void retranslate() override;
    void updatePaneActions() override;
    /// Refills the group filter, then the rows.
    void retryLoad() override;

private:
    /// Returns false (the banner shows) when the groups cannot be read.
    bool fillGroups();
    void showSelectedMessage();

    MessageListModel *m_model;
    QLabel *m_groupLabel = nullptr;
    QComboBox *m_group = nullptr;
    QLabel *m_indexing = nullptr;
    QLabel *m_detailHeading = nullptr;
    QPlainTextEdit *m_detail = nullptr;
    qint64 m_shownId = -1;
};

} // namespace cohort
