#pragma once

#include "ui/widgets/entitypane.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QTableWidget;

namespace cohort {

class ViolationListModel;

/// The Violations pane: what the group rules found in the imported history (docs/rules.md),
/// filtered by group, rule, member (the search box) and period. A row opens the message in
/// context; Dismiss marks false positives (undoable); Copy Warning copies a reminder to paste
/// into the group; Re-scan checks a group's history again. Below the list, each member's strikes
/// over the group's strike window, with those at or over the group's limit flagged.
class ViolationPane final : public EntityPane
{
    Q_OBJECT

public:
    ViolationPane(Database &database, QUndoStack *undoStack, QWidget *parent = nullptr);

    QString title() const override;
    ViolationListModel *violationModel() const { return m_model; }
    QComboBox *groupFilter() const { return m_group; }
    QComboBox *ruleFilter() const { return m_rule; }
    QComboBox *periodFilter() const { return m_period; }
    QCheckBox *showDismissedBox() const { return m_showDismissed; }
    QTableWidget *strikesTable() const { return m_strikes; }
    QAction *dismissAction() const { return m_dismiss; }
    QAction *copyWarningAction() const { return m_copyWarning; }
    QAction *rescanAction() const { return m_rescan; }
    QAction *ruleSettingsAction() const { return m_settings; }
    /// The warning text for the selected violation (what Copy Warning copies).
    QString warningText() const;
    /// The conversation around the selected violation's message, as the context dialog shows it.
    QString contextText();

    void setGroup(qint64 groupId);
    /// Shows one member's violations (0 = everyone's).
    void setMember(qint64 memberId);

protected:
    void createItem() override { }
    void editRow(int row) override;
    void deleteRows(const QList<int> &rows) override { Q_UNUSED(rows) }
    QString emptyHint() const override;
    QString deleteQuestion(int count) const override;
    QString rowCountText(qint64 rows) const override;
    void retranslate() override;
    void updatePaneActions() override;
    void retryLoad() override;

private:
    bool fillFilters();
    void applyPeriod();
    void refreshStrikes();
    void dismissSelected();
    void copyWarning();
    void rescanGroup();
    void editRuleSettings();
    qint64 selectedGroupForRescan() const;

    ViolationListModel *m_model;
    QLabel *m_groupLabel = nullptr;
    QComboBox *m_group = nullptr;
    QLabel *m_ruleLabel = nullptr;
    QComboBox *m_rule = nullptr;
    QLabel *m_periodLabel = nullptr;
    QComboBox *m_period = nullptr;
    QCheckBox *m_showDismissed = nullptr;
    QLabel *m_strikesHeading = nullptr;
    QTableWidget *m_strikes = nullptr;
    QAction *m_dismiss = nullptr;
    QAction *m_copyWarning = nullptr;
    QAction *m_context = nullptr;
    QAction *m_rescan = nullptr;
    QAction *m_settings = nullptr;
    qint64 m_memberId = 0;
};

} // namespace cohort
