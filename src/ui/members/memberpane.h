#pragma once

#include "ui/widgets/entitypane.h"

class QCheckBox;
class QComboBox;
class QLabel;

namespace cohort {

class MemberListModel;

/// The Members pane: people across groups, with filters by group, tag, role and source.
class MemberPane final : public EntityPane
{
    Q_OBJECT

public:
    MemberPane(Database &database, QUndoStack *undoStack, QWidget *parent = nullptr);

    QString title() const override;
    QComboBox *groupFilter() const { return m_group; }
    /// Shows the members who left the chosen group (or every group) instead of current ones.
    QCheckBox *formerFilter() const { return m_former; }
    QComboBox *tagFilter() const { return m_tag; }
    QComboBox *roleFilter() const { return m_role; }
    QComboBox *sourceFilter() const { return m_source; }

protected:
    void createItem() override;
    void editRow(int row) override;
    void deleteRows(const QList<int> &rows) override;
    QString emptyHint() const override;
    QString deleteQuestion(int count) const override;
    QString rowCountText(qint64 rows) const override;
    void retranslate() override;
    /// Refills the group and tag filters, then the rows.
    void retryLoad() override;

private:
    /// Returns false (the banner shows) when the groups or tags cannot be read.
    bool fillFilters();
    void applyFilters();

    MemberListModel *m_model;
    QLabel *m_groupLabel = nullptr;
    QLabel *m_tagLabel = nullptr;
    QLabel *m_roleLabel = nullptr;
    QLabel *m_sourceLabel = nullptr;
    QComboBox *m_group = nullptr;
    QComboBox *m_tag = nullptr;
    QComboBox *m_role = nullptr;
    QComboBox *m_source = nullptr;
    QCheckBox *m_former = nullptr;
};

} // namespace cohort
