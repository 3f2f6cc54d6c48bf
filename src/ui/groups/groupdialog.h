#pragma once

#include "domain/group.h"

#include <QDialog>

#include <memory>

namespace Ui {
class GroupDialog;
}

namespace cohort {

class KpiTargetsEditor;

/// Edits one group and its positioning; OK stays disabled while the input is invalid.
class GroupDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit GroupDialog(QWidget *parent = nullptr);
    ~GroupDialog() override;

    void setGroup(const Group &group);
    /// The edited group: fields the user did not change are exactly those of setGroup().
    Group group() const;
    /// Problems that keep OK disabled, most important first (empty when the input is valid).
    QStringList problems() const;
    /// Names of the group's approved promoters (chosen from its members in the rule settings),
    /// shown read-only.
    void setPromoterNames(const QStringList &names);
    /// Opens on the goals (a group without positioning is sent here to get one).
    void showGoals();
    KpiTargetsEditor *targetsEditor() const { return m_targets; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillCombos();
    void showPromoters();
    void validate();
    /// The group exactly as the form reads now, before the fields the user left alone are
    /// restored from setGroup().
    Group formGroup() const;

    std::unique_ptr<Ui::GroupDialog> m_ui;
    KpiTargetsEditor *m_targets = nullptr;
    QStringList m_promoterNames;
    Group m_group;
    Group m_shown; ///< formGroup() right after setGroup()
};

} // namespace cohort
